/**
 * An ES256 signer for the C2PA engine, built on WebCrypto: it signs in the browser with a key it is given.
 * The site uses it only with its public DEMO key, so anyone can make the same signature: that is the lesson.
 */
import { coseSign1, protectedHeader, toBeSigned } from './cose';

/** The shape the C2PA engine expects of a signer (structurally the SDK's `Signer`). */
export interface EngineSigner {
  alg: 'es256';
  reserveSize: () => Promise<number>;
  sign: (data: Uint8Array<ArrayBuffer>, reserveSize: number) => Promise<Uint8Array<ArrayBuffer>>;
}

export interface KeyMaterial {
  /** The private key, PKCS #8 DER. */
  privateKey: Uint8Array<ArrayBuffer>;
  /** The signing certificate first, then any intermediates, DER. */
  chain: Uint8Array[];
}

/** Bytes set aside for the signature box; the demo certificate takes about 600 of them. */
export const RESERVE_SIZE = 10_000;

export async function createEs256Signer(
  material: KeyMaterial,
  subtle: SubtleCrypto = crypto.subtle,
): Promise<EngineSigner> {
  const key = await subtle.importKey('pkcs8', material.privateKey, { name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
  ]);
  const header = protectedHeader(material.chain);
  return {
    alg: 'es256',
    reserveSize: async () => RESERVE_SIZE,
    async sign(data, reserveSize) {
      // WebCrypto returns ECDSA signatures as raw r||s, which is the form COSE wants.
      const signature = new Uint8Array(
        await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, toBeSigned(header, data)),
      );
      return coseSign1(header, signature, reserveSize);
    },
  };
}
