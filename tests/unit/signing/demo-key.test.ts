/** The shipped DEMO certificate and key: they match, say what they are, and chain to nothing trusted. */
import { X509Certificate, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pemBlocks } from '../../../src/lib/signing/pem';
import { createEs256Signer } from '../../../src/lib/signing/demo-signer';
import { protectedHeader, toBeSigned } from '../../../src/lib/signing/cose';

const root = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(root, 'public', path), 'utf8');
const signerPem = read('demo-signing/demo-signer.pem');
const keyPem = read('demo-signing/demo-signer.key');
const rootPem = read('demo-signing/demo-root.pem');
const signerCert = new X509Certificate(signerPem);
const rootCert = new X509Certificate(rootPem);

describe('the public demo signing certificate', () => {
  it('is clearly marked as a public demo that nobody should trust', () => {
    expect(signerCert.subject).toContain('CN=Look Closer Demo Signer');
    expect(signerCert.subject).toContain('PUBLIC DEMO KEY - NOT TRUSTED');
    expect(rootCert.subject).toContain('PUBLIC DEMO KEY - NOT TRUSTED');
    expect(read('demo-signing/README.txt')).toMatch(/THIS KEY IS PUBLIC ON PURPOSE/);
  });

  it('is issued by the demo root and is an end-entity certificate C2PA accepts for signing', () => {
    expect(signerCert.checkIssued(rootCert)).toBe(true);
    expect(signerCert.verify(rootCert.publicKey)).toBe(true);
    expect(signerCert.ca).toBe(false);
    expect(rootCert.ca).toBe(true);
    // emailProtection is one of the extended key usages the C2PA accepts for claim signing.
    expect(signerCert.keyUsage).toContain('1.3.6.1.5.5.7.3.4');
    expect(signerCert.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
  });

  it('stays valid for years, from before the course was published', () => {
    expect(new Date(signerCert.validFrom).getTime()).toBeLessThanOrEqual(Date.parse('2026-01-01T00:00:00Z'));
    expect(new Date(signerCert.validTo).getFullYear()).toBeGreaterThanOrEqual(2046);
  });

  it('is not on the C2PA trust list the site reads with', () => {
    const trustList = pemBlocks(read('trust/c2pa-trust-list.pem'), 'CERTIFICATE').map(
      (der) => new X509Certificate(der).fingerprint256,
    );
    expect(trustList.length).toBeGreaterThan(0);
    expect(trustList).not.toContain(rootCert.fingerprint256);
    expect(trustList).not.toContain(signerCert.fingerprint256);
  });

  it('has the private key that belongs to the certificate, in a form WebCrypto imports', async () => {
    const [privateKey] = pemBlocks(keyPem, 'PRIVATE KEY');
    const chain = pemBlocks(signerPem, 'CERTIFICATE');
    expect(chain).toHaveLength(1);
    const signer = await createEs256Signer({ privateKey: privateKey!, chain });
    const claim = new TextEncoder().encode('a claim');
    const cose = await signer.sign(claim, 2048);
    const publicKey = await crypto.subtle.importKey(
      'spki',
      createPublicKey(signerPem).export({ type: 'spki', format: 'der' }),
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    const valid = await crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      publicKey,
      cose.slice(-64),
      toBeSigned(protectedHeader(chain), claim),
    );
    expect(valid).toBe(true);
  });
});

describe('pemBlocks', () => {
  it('decodes every block of the asked kind, in order, and ignores others', () => {
    const both = `${signerPem}\n${rootPem}\n${keyPem}`;
    const certs = pemBlocks(both, 'CERTIFICATE');
    expect(certs).toHaveLength(2);
    expect(new X509Certificate(certs[0]!).subject).toBe(signerCert.subject);
    expect(new X509Certificate(certs[1]!).subject).toBe(rootCert.subject);
    expect(pemBlocks(both, 'PRIVATE KEY')).toHaveLength(1);
    expect(pemBlocks('no pem here', 'CERTIFICATE')).toEqual([]);
  });
});
