import { describe, expect, it } from 'vitest';
import { describeFailure, explainFailure } from '../../../src/lib/provenance/explain-failure';

describe('explainFailure', () => {
  it.each([
    ['assertion.dataHash.mismatch', 'The file’s content was changed after it was signed.'],
    ['assertion.bmffHash.mismatch', 'The picture, video or sound in the file was changed after it was signed.'],
    ['assertion.boxesHash.mismatch', 'Part of the file was changed after it was signed.'],
    [
      'signingCredential.untrusted',
      'The signer is not on the list of recognized signers. Anyone can make a certificate, so this does not tell you who really signed it.',
    ],
    ['signingCredential.expired', 'The signer’s certificate had expired when the credentials were signed.'],
    ['general.error', 'Something went wrong while checking the credentials.'],
  ])('%s', (code, sentence) => {
    expect(explainFailure(code)).toBe(sentence);
  });

  it('has its own sentence for every code the readout must explain', () => {
    const codes = [
      'assertion.hashedURI.mismatch',
      'claimSignature.mismatch',
      'claimSignature.outsideValidity',
      'signingCredential.invalid',
      'signingCredential.revoked',
      'timeStamp.mismatch',
      'timeStamp.untrusted',
      'assertion.missing',
      'assertion.action.ingredientMismatch',
      'assertion.action.malformed',
      'ingredient.manifest.missing',
      'manifest.missing',
      'claim.missing',
    ];
    const sentences = codes.map(explainFailure);
    for (const sentence of sentences) expect(sentence).toMatch(/^[A-Z][^“]*\.$/);
    expect(new Set(sentences).size).toBe(codes.length);
  });

  it('builds a sentence from the parts of an unknown code', () => {
    expect(explainFailure('assertion.cloudData.malformed')).toBe(
      'A piece of information in the credentials is damaged or badly written.',
    );
    expect(explainFailure('timeStamp.revoked')).toBe('The time stamp was cancelled by whoever issued it.');
    expect(explainFailure('signingCredential.ocsp.unknown')).toBe(
      'The signer’s certificate failed a check (“signingCredential.ocsp.unknown”).',
    );
    expect(explainFailure('com.example.oops')).toBe('Part of the credentials failed a check (“com.example.oops”).');
    expect(explainFailure('')).toBe('Part of the credentials failed a check (“”).');
  });
});

describe('describeFailure', () => {
  it('keeps the code, the engine’s explanation and the URL beside the sentence', () => {
    expect(
      describeFailure({
        code: 'claimSignature.mismatch',
        explanation: 'claim signature is not valid',
        url: 'self#jumbf=/c2pa/x/c2pa.signature',
      }),
    ).toEqual({
      code: 'claimSignature.mismatch',
      sentence:
        'The signature does not match the credentials: they were altered after signing, or the signature is broken.',
      explanation: 'claim signature is not valid',
      url: 'self#jumbf=/c2pa/x/c2pa.signature',
    });
    expect(describeFailure({ code: 'general.error', explanation: null, url: null })).toEqual({
      code: 'general.error',
      sentence: 'Something went wrong while checking the credentials.',
      explanation: undefined,
      url: undefined,
    });
  });
});
