import { describe, expect, it } from 'vitest';
import { encodeCbor } from '../../../src/lib/signing/cbor';
import { coseSign1, protectedHeader, toBeSigned } from '../../../src/lib/signing/cose';
import { createEs256Signer, RESERVE_SIZE } from '../../../src/lib/signing/demo-signer';

const certA = Uint8Array.of(0x30, 0x01, 0xaa);
const certB = Uint8Array.of(0x30, 0x01, 0xbb);
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

async function keyPair() {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const privateKey = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  return { privateKey, publicKey: pair.publicKey };
}

describe('protectedHeader', () => {
  it('holds ES256 (-7) and a single certificate as a byte string under x5chain (33)', () => {
    expect(hex(protectedHeader([certA]))).toBe(
      hex(
        encodeCbor(
          new Map<number, number | Uint8Array>([
            [1, -7],
            [33, certA],
          ]),
        ),
      ),
    );
    expect(hex(protectedHeader([certA]))).toBe('a2012618214330' + '01aa');
  });

  it('holds a longer chain as an array, signer first', () => {
    expect(hex(protectedHeader([certA, certB]))).toBe(
      hex(
        encodeCbor(
          new Map<number, number | Uint8Array[]>([
            [1, -7],
            [33, [certA, certB]],
          ]),
        ),
      ),
    );
  });

  it('needs a certificate', () => {
    expect(() => protectedHeader([])).toThrow(/certificate/);
  });
});

describe('toBeSigned', () => {
  it('is the RFC 9052 Sig_structure for COSE_Sign1 with no external data', () => {
    const header = protectedHeader([certA]);
    const payload = Uint8Array.of(9, 9);
    expect(hex(toBeSigned(header, payload))).toBe(hex(encodeCbor(['Signature1', header, new Uint8Array(0), payload])));
  });
});

describe('coseSign1', () => {
  const header = protectedHeader([certA]);
  const signature = new Uint8Array(64).fill(7);

  it.each([200, 201, 255, 256, 257, 300, 1000, 65_535, 65_536, 65_540, RESERVE_SIZE])(
    'fills exactly %i bytes with a tagged COSE_Sign1 that ends with the signature',
    (reserve) => {
      const cose = coseSign1(header, signature, reserve);
      expect(cose.length).toBe(reserve);
      expect(hex(cose.slice(0, 2))).toBe('d284'); // tag 18, array of 4
      expect(hex(cose.slice(-66))).toBe('5840' + hex(signature));
    },
  );

  it('says so when the reserved space is too small', () => {
    expect(() => coseSign1(header, signature, 50)).toThrow(/more than the 50 bytes/);
  });
});

describe('createEs256Signer', () => {
  it('signs the Sig_structure with WebCrypto ECDSA P-256 / SHA-256, verifiable with the public key', async () => {
    const { privateKey, publicKey } = await keyPair();
    const signer = await createEs256Signer({ privateKey, chain: [certA] });
    expect(signer.alg).toBe('es256');
    expect(await signer.reserveSize()).toBe(RESERVE_SIZE);

    const claim = new TextEncoder().encode('claim bytes');
    const cose = await signer.sign(claim, 4096);
    expect(cose.length).toBe(4096);
    const rawSignature = cose.slice(-64);
    const signed = toBeSigned(protectedHeader([certA]), claim);
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, publicKey, rawSignature, signed)).toBe(true);
    const tampered = toBeSigned(protectedHeader([certA]), new TextEncoder().encode('claim bytez'));
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, publicKey, rawSignature, tampered)).toBe(
      false,
    );
  });

  it('refuses a key that is not PKCS #8', async () => {
    await expect(createEs256Signer({ privateKey: new Uint8Array(10), chain: [certA] })).rejects.toThrow();
  });
});
