// Makes the benchmark's large signed MP4: a fixture video grown to the wanted size, then signed with
// @contentauth/c2pa-wasm in Node using the TEST-ONLY fixture CA. Used by scripts/bench-inspector.mjs only.
import { createPrivateKey, sign as cryptoSign, X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const C2PA_UUID = 'd8fec3d61b0e483c92975828877ec481';
const COSE_RESERVE = 10_000; // bytes set aside for the signature box; the certificate is ~550 of them
const DIGITAL_CAPTURE = 'http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture';

// ---------------------------------------------------------------------------------------------------
// ISO BMFF: grow the mdat box. Padding at the end of mdat is unreferenced by the sample tables, so the
// video still plays, and (unlike a `free` box, which C2PA excludes) every padding byte is hashed.

function* topLevelBoxes(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = 0; offset < bytes.length;) {
    let size = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (size === 1) size = Number(view.getBigUint64(offset + 8));
    if (size === 0) size = bytes.length - offset;
    yield {
      offset,
      size,
      type,
      uuid: type === 'uuid' ? Buffer.from(bytes.subarray(offset + 8, offset + 24)).toString('hex') : '',
    };
    offset += size;
  }
}

/**
 * Returns an unsigned copy of `base` (an MP4 whose last box is mdat) of exactly `targetBytes`. Its old
 * Content Credentials box becomes a `free` box of the same size, so no chunk offset has to move.
 */
function growMp4(base, targetBytes) {
  const boxes = [...topLevelBoxes(base)];
  const mdat = boxes.at(-1);
  if (mdat?.type !== 'mdat') throw new Error('growMp4 needs an MP4 whose last top-level box is mdat');
  const newMdatSize = mdat.size + (targetBytes - base.length);
  if (newMdatSize > 0xffffffff) throw new Error('growMp4 keeps a 32-bit mdat size: stay below 4 GB');

  const out = Buffer.allocUnsafe(targetBytes);
  base.copy(out);
  for (const box of boxes) if (box.uuid === C2PA_UUID) out.write('free', box.offset + 4, 'latin1');
  out.writeUInt32BE(newMdatSize, mdat.offset);
  // Fill with repeats of the real media payload: realistic bytes, and cheaper than random ones.
  const payload = base.subarray(mdat.offset + 8);
  for (let at = base.length; at < targetBytes; at += payload.length)
    payload.copy(out, at, 0, Math.min(payload.length, targetBytes - at));
  return out;
}

// ---------------------------------------------------------------------------------------------------
// A Blob look-alike that c2pa-wasm can read in Node. The wasm reads blobs through `size`, `slice()`
// and FileReaderSync (a worker-only browser API Node lacks); those three are all it touches.

class BytesBlob {
  constructor(bytes) {
    this.bytes = bytes;
  }
  get size() {
    return this.bytes.length;
  }
  slice(start = 0, end = this.bytes.length) {
    return new BytesBlob(this.bytes.subarray(start, end));
  }
}

function installFileReaderSync() {
  globalThis.FileReaderSync ??= class FileReaderSync {
    readAsArrayBuffer(blob) {
      const { bytes } = blob;
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    }
  };
}

// ---------------------------------------------------------------------------------------------------
// COSE_Sign1 (RFC 9052) as C2PA wants it. c2pa-wasm 0.15.0's signer callback gets the claim bytes and
// must return the whole COSE structure (its signer has direct_cose_handling = true and no certificates),
// exactly `reserveSize` bytes long, so the certificate chain and the padding are ours to add.

function cborHead(major, value) {
  if (value < 24) return Buffer.from([(major << 5) | value]);
  if (value < 0x100) return Buffer.from([(major << 5) | 24, value]);
  if (value < 0x10000) return Buffer.from([(major << 5) | 25, value >> 8, value & 0xff]);
  const head = Buffer.alloc(5);
  head[0] = (major << 5) | 26;
  head.writeUInt32BE(value, 1);
  return head;
}

/** Minimal CBOR encoder: integers, byte and text strings, arrays, Maps, null and tags ({ tag, value }). */
function cbor(value) {
  if (value === null) return Buffer.from([0xf6]);
  if (typeof value === 'number') return value >= 0 ? cborHead(0, value) : cborHead(1, -1 - value);
  if (typeof value === 'string') return Buffer.concat([cborHead(3, Buffer.byteLength(value)), Buffer.from(value)]);
  if (value instanceof Uint8Array) return Buffer.concat([cborHead(2, value.length), value]);
  if (Array.isArray(value)) return Buffer.concat([cborHead(4, value.length), ...value.map(cbor)]);
  if (value instanceof Map) return Buffer.concat([cborHead(5, value.size), ...[...value].flat().map(cbor)]);
  if ('tag' in value) return Buffer.concat([cborHead(6, value.tag), cbor(value.value)]);
  throw new Error(`cbor: cannot encode ${typeof value}`);
}

function pemCertificates(pem) {
  return [...pem.matchAll(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g)].map(
    (m) => new X509Certificate(m[0]).raw,
  );
}

/** A c2pa-wasm SignerDefinition that signs ES256 with node:crypto. */
function es256CoseSigner({ certPem, keyPem, reserveSize = COSE_RESERVE }) {
  const key = createPrivateKey(keyPem);
  const chain = pemCertificates(certPem);
  // Header labels: 1 = alg (-7 = ES256), 33 = x5chain (one certificate as a bstr, more as an array).
  const protectedHeader = cbor(
    new Map([
      [1, -7],
      [33, chain.length === 1 ? chain[0] : chain],
    ]),
  );

  const encode = (signature, padLength) =>
    cbor({ tag: 18, value: [protectedHeader, new Map([['pad', Buffer.alloc(padLength)]]), null, signature] });

  return {
    alg: 'es256',
    reserveSize,
    async sign(claim) {
      // The payload is detached (null in the structure) but signed: Sig_structure per RFC 9052 §4.4.
      const toBeSigned = cbor(['Signature1', protectedHeader, Buffer.alloc(0), Buffer.from(claim)]);
      // COSE wants the raw r||s form (IEEE P1363), not node's default DER.
      const signature = cryptoSign('sha256', toBeSigned, { key, dsaEncoding: 'ieee-p1363' });
      // The pad's own length prefix grows with it, so search the few lengths around the gap.
      const gap = reserveSize - encode(signature, 0).length;
      for (let pad = Math.max(0, gap - 4); pad <= gap; pad++) {
        const cose = encode(signature, pad);
        if (cose.length === reserveSize) return new Uint8Array(cose);
      }
      throw new Error(`COSE signature does not fit in ${reserveSize} bytes`);
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// c2pa-wasm in Node

let wasmModule;
async function c2paWasm() {
  if (!wasmModule) {
    installFileReaderSync();
    wasmModule = await import('@contentauth/c2pa-wasm');
    wasmModule.initSync({ module: readFileSync(require.resolve('@contentauth/c2pa-wasm/c2pa.wasm')) });
  }
  return wasmModule;
}

/** Signs `bytes` (an MP4) as a new camera capture with the fixture CA; returns the signed bytes. */
async function signMp4(bytes, { certsDir, title }) {
  const { WasmBuilder } = await c2paWasm();
  const definition = {
    claim_generator_info: [{ name: 'look-closer-bench', version: '0.1.0' }],
    title,
    format: 'video/mp4',
  };
  const builder = WasmBuilder.fromJson(JSON.stringify(definition));
  try {
    builder.setIntent({ create: DIGITAL_CAPTURE });
    const signer = es256CoseSigner({
      certPem: readFileSync(join(certsDir, 'ee.pem'), 'utf8'),
      keyPem: readFileSync(join(certsDir, 'ee.key'), 'utf8'),
    });
    return await builder.sign(signer, [], 'video/mp4', new BytesBlob(bytes));
  } finally {
    builder.free();
  }
}

/**
 * Reads `bytes` with c2pa-wasm's WasmReader and returns { state, failures, digitalSourceType } of the
 * active manifest (state null when the file has no Content Credentials), trusting the given PEM anchors.
 */
async function readMp4(bytes, { trustAnchorsPem } = {}) {
  const { WasmReader } = await c2paWasm();
  const context = trustAnchorsPem
    ? JSON.stringify({ trust: { trust_anchors: trustAnchorsPem }, verify: { verify_trust: true, ocsp_fetch: false } })
    : undefined;
  let reader;
  try {
    reader = await WasmReader.fromBytes('video/mp4', bytes, context);
  } catch (error) {
    if (String(error).includes('JumbfNotFound')) return { state: null, failures: [] };
    throw error;
  }
  try {
    const store = reader.manifestStore();
    const active = store.manifests?.[store.active_manifest];
    const actions = active?.assertions?.find((assertion) => assertion.label === 'c2pa.actions.v2')?.data?.actions;
    const failures = (store.validation_results?.activeManifest?.failure ?? []).map((entry) => entry.code);
    return { state: store.validation_state, failures, digitalSourceType: actions?.[0]?.digitalSourceType };
  } finally {
    reader.free();
  }
}

// ---------------------------------------------------------------------------------------------------

/** Checks that the top-level boxes tile the file exactly: a cheap proof the grown MP4 is well formed. */
function assertBoxesTile(bytes) {
  let end = 0;
  for (const box of topLevelBoxes(bytes)) {
    if (box.size < 8 || box.offset + box.size > bytes.length) throw new Error(`bad ${box.type} box at ${box.offset}`);
    end = box.offset + box.size;
  }
  if (end !== bytes.length) throw new Error(`boxes end at ${end}, file at ${bytes.length}`);
}

const since = (start) => Math.round(performance.now() - start);

/**
 * Grows `baseFile` to `targetBytes`, signs it and checks it in c2pa-wasm, then writes it to `outFile`.
 * Throws unless the signed file validates and chains to `trustAnchorFile`. Returns timings in ms.
 */
export async function makeLargeSignedMp4({ baseFile, targetBytes, certsDir, trustAnchorFile, outFile }) {
  let start = performance.now();
  const unsigned = growMp4(readFileSync(baseFile), targetBytes);
  assertBoxesTile(unsigned);
  const growMs = since(start);

  start = performance.now();
  const before = await readMp4(unsigned);
  if (before.state !== null) throw new Error(`the grown MP4 still carries credentials (${before.state})`);
  const unsignedReadMs = since(start);

  start = performance.now();
  const signed = await signMp4(unsigned, { certsDir, title: outFile.split('/').at(-1) });
  const signMs = since(start);

  start = performance.now();
  const check = await readMp4(signed, { trustAnchorsPem: readFileSync(trustAnchorFile, 'utf8') });
  const verifyMs = since(start);
  if (check.state !== 'Trusted' || check.failures.length > 0) {
    throw new Error(`the signed MP4 does not validate: ${check.state} ${check.failures.join(', ')}`);
  }
  if (check.digitalSourceType !== DIGITAL_CAPTURE) throw new Error(`unexpected source type ${check.digitalSourceType}`);
  writeFileSync(outFile, signed);
  return { bytes: signed.length, state: check.state, growMs, unsignedReadMs, signMs, verifyMs };
}

// Run as a worker thread, so the ~1 GB the wasm heap grows to while signing is handed back to the
// system when the thread ends, instead of sitting in the benchmark's process while Chromium is measured.
if (!isMainThread && workerData?.task === 'make-large-signed-mp4') {
  parentPort.postMessage(await makeLargeSignedMp4(workerData.options));
}
