/**
 * Which built files the service worker keeps, decided when the site is built. Pure: the integration
 * (src/integrations/offline.ts) lists and hashes dist/, this sorts the files into the manifest.
 */
import { createHash } from 'node:crypto';
import type { OfflineFile, OfflineManifest } from './offline-cache';

export interface BuiltFile {
  /** Relative to the output folder, with forward slashes: `about/index.html`. */
  path: string;
  bytes: number;
  /** Hex SHA-256 of the content. */
  sha256: string;
}

/** Never saved: what no page fetches. */
const skipped = [
  // The worker itself: the browser fetches it to check for updates.
  /^\/sw\.js$/,
  // Only the server shows it; offline, the worker shows /offline/ instead.
  /^\/404\.html$/,
  /^\/robots\.txt$/,
  // Pagefind's ready-made interfaces: the site uses its search API alone (src/lib/search/pagefind.ts).
  /^\/pagefind\/pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/,
];

/** Large files only some pages use: about 90 % of the site's bytes. A phone should not fetch them unasked. */
const onDemand = [/^\/_astro\/[^/]+\.wasm$/, /^\/samples\//, /^\/quiz-media\//];

/** The URL a file is fetched by: a folder's index.html is the folder. */
export function fileUrl(path: string): string {
  return encodeURI(`/${path}`.replace(/\/index\.html$/, '/'));
}

/** Enough of the content hash to tell revisions apart. */
const revision = (sha256: string) => sha256.slice(0, 10);

export function planPrecache(files: readonly BuiltFile[]): OfflineManifest {
  const core: OfflineFile[] = [];
  const large: OfflineFile[] = [];
  const sorted = files.map((file) => ({ ...file, url: fileUrl(file.path) })).sort((a, b) => (a.url < b.url ? -1 : 1));
  for (const { url, sha256, bytes } of sorted) {
    if (skipped.some((pattern) => pattern.test(url))) continue;
    (onDemand.some((pattern) => pattern.test(url)) ? large : core).push([url, revision(sha256), bytes]);
  }
  const version = createHash('sha256')
    .update(JSON.stringify([core, large]))
    .digest('hex')
    .slice(0, 12);
  return { version, core, onDemand: large };
}
