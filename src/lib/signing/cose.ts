/**
 * COSE_Sign1 (RFC 9052) the way C2PA wants it. The engine's signer callback receives the claim bytes and must
 * return the whole COSE structure, exactly `reserveSize` bytes long: the certificate chain goes in the protected
 * header, and an unprotected `pad` fills the space the engine reserved.
 */
import { encodeCbor } from './cbor';

/** COSE algorithm -7 is ECDSA with SHA-256 (ES256); header 33 is x5chain. */
export const ES256 = -7;
const HEADER_ALG = 1;
const HEADER_X5CHAIN = 33;
const COSE_SIGN1_TAG = 18;

/** The protected header: algorithm and the signer's certificate chain (one certificate as a byte string). */
export function protectedHeader(chain: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  if (chain.length === 0) throw new Error('A signature needs at least the signing certificate');
  return encodeCbor(
    new Map<number, Uint8Array | readonly Uint8Array[] | number>([
      [HEADER_ALG, ES256],
      [HEADER_X5CHAIN, chain.length === 1 ? chain[0]! : chain],
    ]),
  );
}

/** The bytes actually signed: the Sig_structure of RFC 9052 §4.4 with a detached payload and no external data. */
export function toBeSigned(protectedBytes: Uint8Array, payload: Uint8Array): Uint8Array<ArrayBuffer> {
  return encodeCbor(['Signature1', protectedBytes, new Uint8Array(0), payload]);
}

function encodeSign1(protectedBytes: Uint8Array, signature: Uint8Array, padLength: number) {
  return encodeCbor({
    tag: COSE_SIGN1_TAG,
    value: [protectedBytes, new Map([['pad', new Uint8Array(padLength)]]), null, signature],
  });
}

/** The tagged COSE_Sign1 structure, padded to exactly `reserveSize` bytes. */
export function coseSign1(
  protectedBytes: Uint8Array,
  signature: Uint8Array,
  reserveSize: number,
): Uint8Array<ArrayBuffer> {
  const gap = reserveSize - encodeSign1(protectedBytes, signature, 0).length;
  if (gap < 0) throw new Error(`The signature needs more than the ${reserveSize} bytes reserved for it`);
  // The pad's length prefix grows with the pad, so try the few lengths just below the gap.
  for (let pad = Math.max(0, gap - 8); pad <= gap; pad += 1) {
    const cose = encodeSign1(protectedBytes, signature, pad);
    if (cose.length === reserveSize) return cose;
  }
  throw new Error(`The signature cannot be padded to exactly ${reserveSize} bytes`);
}
