/**
 * The signing demo's one action: fetch the picture and the site's public DEMO key, sign the picture in the
 * browser with the learner's declaration, and read the signed file back with the site's own reader. The engine
 * (about 8 MB) loads here, on the learner's first click, never before.
 */
import type { ManifestDefinition } from '@contentauth/c2pa-types';
import { signWithEngine } from '../provenance/engine';
import { inspectFile, releaseInspection, type Inspection } from '../provenance/inspect';
import { manifestDefinition, signedFileName, type DeclarationId, type PictureFacts } from './declarations';
import { createEs256Signer } from './demo-signer';
import { pemBlocks } from './pem';

export const DEMO_KEY_URL = '/demo-signing/demo-signer.key';
export const DEMO_CERT_URL = '/demo-signing/demo-signer.pem';

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} could not be loaded (${response.status})`);
  return response;
}

export interface SignedPicture {
  file: File;
  inspection: Inspection;
}

export async function signPicture(
  picture: PictureFacts & { src: string },
  declarationId: DeclarationId,
): Promise<SignedPicture> {
  const [asset, keyPem, certPem] = await Promise.all([
    fetchOk(picture.src).then((response) => response.blob()),
    fetchOk(DEMO_KEY_URL).then((response) => response.text()),
    fetchOk(DEMO_CERT_URL).then((response) => response.text()),
  ]);
  const [privateKey] = pemBlocks(keyPem, 'PRIVATE KEY');
  const chain = pemBlocks(certPem, 'CERTIFICATE');
  if (!privateKey || chain.length === 0) throw new Error('The demo key or certificate is damaged');
  const signer = await createEs256Signer({ privateKey, chain });
  const definition = manifestDefinition(picture, declarationId) as unknown as ManifestDefinition;
  const bytes = await signWithEngine(definition, signer, picture.mimeType, asset);
  const file = new File([bytes], signedFileName(picture.fileName), { type: picture.mimeType });
  const inspection = await inspectFile(file);
  // The demo's manifests carry no thumbnails; release any object URL all the same.
  releaseInspection(inspection);
  return { file, inspection: { ...inspection, resources: new Map() } };
}
