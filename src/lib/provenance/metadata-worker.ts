/** The worker side of `metadata-reader.ts`: reads one file's unsigned metadata per message. */
import { readUnsignedMetadata } from './unsigned-metadata';

export interface MetadataRequest {
  id: number;
  file: Blob;
}

addEventListener('message', async ({ data }: MessageEvent<MetadataRequest>) => {
  postMessage({ id: data.id, metadata: await readUnsignedMetadata(data.file) });
});
postMessage('ready');
