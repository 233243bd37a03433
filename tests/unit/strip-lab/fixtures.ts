/**
 * One strip-lab run on the signed camera photo, as the widget would record it: the original (read from the
 * shared C2PA fixture) and two canvas copies, which the reader finds without any credentials.
 */
import { buildReport } from '../../../src/lib/provenance/report';
import type { VersionFacts } from '../../../src/lib/strip-lab/compare';
import { readings } from '../provenance/fixtures/c2pa-fixtures';

const none = (fileName: string, format: string) => buildReport({ fileName, format, store: null });

export const original: VersionFacts = {
  kind: 'original',
  fileName: 'gen-camera-capture.jpg',
  mimeType: 'image/jpeg',
  bytes: 79_311,
  width: 640,
  height: 480,
  pixelDifference: 0,
  report: buildReport({
    fileName: 'gen-camera-capture.jpg',
    format: 'image/jpeg',
    store: readings('gen-camera-capture.jpg').standard.store,
  }),
};

export const screenshot: VersionFacts = {
  kind: 'screenshot',
  fileName: 'gen-camera-capture-screenshot.png',
  mimeType: 'image/png',
  bytes: 402_118,
  width: 640,
  height: 480,
  pixelDifference: 0,
  report: none('gen-camera-capture-screenshot.png', 'image/png'),
};

export const reencoded: VersionFacts = {
  kind: 'reencoded',
  fileName: 'gen-camera-capture-resaved.jpg',
  mimeType: 'image/jpeg',
  bytes: 52_040,
  width: 640,
  height: 480,
  pixelDifference: 1.26,
  report: none('gen-camera-capture-resaved.jpg', 'image/jpeg'),
};
