import { describe, expect, it } from 'vitest';
import { findConformingProduct } from '../../../src/lib/provenance/conforming-product';

describe('findConformingProduct', () => {
  it('matches the signer’s common name and organisation exactly', () => {
    expect(findConformingProduct({ commonName: 'OpenAI Media Service', issuer: 'OpenAI OpCo, LLC' })).toEqual({
      applicant: 'OpenAI OpCo, LLC',
      product: 'OpenAI Media Service',
      status: 'conformant',
    });
  });

  it('trims stray spaces on both sides', () => {
    expect(findConformingProduct({ commonName: ' Jura Trace ', issuer: 'JuraLabs CIC' })).toEqual({
      applicant: 'Jura Labs CIC',
      product: 'Jura Trace',
      status: 'conformant',
    });
  });

  it('needs both to match, with the same letters', () => {
    expect(findConformingProduct({ commonName: 'Pixel Camera', issuer: 'Adobe Inc.' })).toBeUndefined();
    expect(findConformingProduct({ commonName: 'pixel camera', issuer: 'Google LLC' })).toBeUndefined();
    expect(findConformingProduct({ commonName: 'Pixel Camera' })).toBeUndefined();
    expect(findConformingProduct({ commonName: 'C2PA Signer', issuer: 'C2PA Test Signing Cert' })).toBeUndefined();
  });
});
