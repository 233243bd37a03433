import type { DeclarationId } from '../signing/declarations';

/** Interface text of the signing demo (module 11). */
export const signingText = {
  title: 'Sign a picture with Content Credentials',
  intro:
    'Pick a picture, say how it was made, and sign that statement into the file. Everything happens in your browser: nothing is uploaded.',
  demoNotice:
    'This demo signs with the course’s public DEMO certificate. Its private key is published on this site on purpose, so anyone can make the same signature.',
  pictureLegend: '1. Pick a picture',
  pictureOrigin: 'How it was really made:',
  declarationLegend: '2. What do you declare about it?',
  declarations: {
    'ai-generated': {
      label: 'I made it with a generative AI tool',
      hint: 'The whole picture came from an AI image generator.',
    },
    'ai-edited': {
      label: 'I took it with my camera, then changed part of it with generative AI',
      hint: 'For example, an AI tool filled in or replaced part of the photo.',
    },
    'camera-edited': {
      label: 'I took it with my camera, then edited it without AI',
      hint: 'Cropping, brightness or colours only.',
    },
    camera: {
      label: 'I took it with my camera and did not edit it',
      hint: 'Straight from the camera.',
    },
  } satisfies Record<DeclarationId, { label: string; hint: string }>,
  previewHeading: 'What the credentials will say',
  previewAction: (action: string) => (action === 'c2pa.created' ? 'Created' : 'Edited'),
  previewSourceType: 'digitalSourceType:',
  previewNoSourceType: 'no source type (an ordinary edit)',
  disclosureYes:
    'When you post it, also switch on the platform’s own AI disclosure: a platform may not read the credentials, and many apps strip them.',
  disclosureNo: 'No AI disclosure is needed for this declaration, as long as it is true.',
  choosePicture: 'Pick a picture first.',
  chooseDeclaration: 'Choose what you declare first.',
  sign: '3. Sign with the demo certificate',
  signing: 'Signing…',
  loadingEngine: 'Signing in your browser. The first time, the Content Credentials engine (about 8 MB) loads first.',
  reading: 'Signed. Reading the file back with the course’s reader…',
  done: (fileName: string) =>
    `Signed ${fileName}. The reader found the credentials intact, but the signer is not on the trust list.`,
  failed: (message: string) => `The picture could not be signed: ${message}`,
  resultHeading: 'What the reader says about your signed file',
  signerLabel: 'Signed by',
  trustUnrecognized: 'Unrecognized: not on the C2PA trust list',
  trustRecognized: 'Recognized: on the C2PA trust list',
  lessonUnrecognized:
    'Anyone can sign anything: this key is public, and you just used it. A signature proves that the credentials have not changed since they were signed. Whether to believe them depends on who signed, and the trust list is how a reader knows that. Nobody vouches for this demo signer, so the reader calls it unrecognized.',
  lessonContradiction:
    'Notice: your declaration does not match how this picture was really made, and the signature is still valid. A signature records who made a claim. It cannot check whether the claim is true.',
  download: 'Download the signed file',
  downloadNote: 'Open it in the course’s Inspector, or on Content Credentials Verify, and compare.',
  restart: 'Start again',
  restarted: 'Cleared. Pick a picture to start again.',
  restored: 'Your signed file from last time is shown below.',
} as const;
