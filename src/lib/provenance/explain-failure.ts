/** C2PA validation failure codes, each as one sentence a 15-year-old understands. */
import type { ValidationStatus } from '@contentauth/c2pa-types';
import type { ValidationIssue } from './report-types';

const sentences: Record<string, string> = {
  'assertion.dataHash.mismatch': 'The file’s content was changed after it was signed.',
  'assertion.bmffHash.mismatch': 'The picture, video or sound in the file was changed after it was signed.',
  'assertion.boxesHash.mismatch': 'Part of the file was changed after it was signed.',
  'assertion.collectionHash.mismatch': 'One of the files in this collection was changed after it was signed.',
  'assertion.hashedURI.mismatch': 'Some information inside the credentials was changed after they were signed.',
  'assertion.missing': 'Some information the credentials point to is missing.',
  'assertion.action.ingredientMismatch':
    'The list of changes names a source file that does not match the files recorded as used.',
  'assertion.action.malformed': 'The list of changes is not written the way the standard requires.',
  'claimSignature.mismatch':
    'The signature does not match the credentials: they were altered after signing, or the signature is broken.',
  'claimSignature.missing': 'The credentials are not signed.',
  'claimSignature.outsideValidity': 'The credentials were signed while the signer’s certificate was not valid.',
  'signingCredential.untrusted':
    'The signer is not on the list of recognized signers. Anyone can make a certificate, so this does not tell you who really signed it.',
  'signingCredential.invalid': 'The signer’s certificate is not a valid one for signing Content Credentials.',
  'signingCredential.revoked':
    'The signer’s certificate was cancelled by whoever issued it, so its signature cannot be relied on.',
  'signingCredential.expired': 'The signer’s certificate had expired when the credentials were signed.',
  'timeStamp.mismatch': 'The time stamp does not match the signature, so the signing time cannot be confirmed.',
  'timeStamp.untrusted': 'The time stamp comes from a service that is not on the list of recognized ones.',
  'timeStamp.outsideValidity': 'The time stamp was made while the time-stamp service’s certificate was not valid.',
  'ingredient.manifest.missing': 'The credentials of a file used to make this one are missing.',
  'ingredient.manifest.mismatch': 'The credentials of a file used to make this one were changed after it was used.',
  'manifest.missing': 'The credentials this file points to could not be found.',
  'manifest.inaccessible': 'The credentials this file points to could not be reached.',
  'claim.missing': 'The main record of the credentials is missing.',
  'algorithm.unsupported': 'The credentials were signed with a method this checker does not support.',
  'general.error': 'Something went wrong while checking the credentials.',
};

// For codes without a sentence of their own: the code names what was checked, then what went wrong.
const subjects: Record<string, string> = {
  assertion: 'A piece of information in the credentials',
  claim: 'The main record of the credentials',
  claimSignature: 'The signature on the credentials',
  signingCredential: 'The signer’s certificate',
  timeStamp: 'The time stamp',
  ingredient: 'The credentials of a file used to make this one',
  manifest: 'The credentials',
  algorithm: 'The signing method',
  hashedURI: 'A link inside the credentials',
};

const problems: Record<string, string> = {
  mismatch: 'does not match what was signed',
  missing: 'is missing',
  malformed: 'is damaged or badly written',
  invalid: 'is not valid',
  untrusted: 'does not come from a recognized source',
  revoked: 'was cancelled by whoever issued it',
  expired: 'had expired',
  outsideValidity: 'was used outside the dates it was valid for',
  inaccessible: 'could not be read',
  unsupported: 'uses something this checker does not support',
  deprecated: 'uses a method that is no longer considered safe',
};

export function explainFailure(code: string): string {
  const known = sentences[code];
  if (known) return known;
  const parts = code.split('.');
  const subject = subjects[parts[0] ?? ''] ?? 'Part of the credentials';
  const problem = problems[parts.at(-1) ?? ''];
  return problem ? `${subject} ${problem}.` : `${subject} failed a check (“${code}”).`;
}

export function describeFailure(status: ValidationStatus): ValidationIssue {
  return {
    code: status.code,
    sentence: explainFailure(status.code),
    explanation: status.explanation ?? undefined,
    url: status.url ?? undefined,
  };
}
