/**
 * What the service worker and the pages agree on about the offline copy: the manifest's shape, the cache and
 * its keys, which files an install fetches and which entries it leaves behind. Pure, so it is unit-tested;
 * src/lib/offline/service-worker.ts does the I/O.
 */

/** One built file: its URL, a hash of its content and its size in bytes. */
export type OfflineFile = readonly [url: string, revision: string, bytes: number];

export interface OfflineManifest {
  /** Changes whenever any file of the site changes. */
  version: string;
  /** Saved when the worker installs: every page and everything pages need to run, search included. */
  core: OfflineFile[];
  /** Large files only some pages use (quiz media, samples, the inspector's engine): saved on use or on request. */
  onDemand: OfflineFile[];
}

/** One cache for every version: keys carry the revision, so unchanged files survive an update. */
export const CACHE_NAME = 'look-closer:offline';

/** Present when the learner chose to keep everything, so later versions fetch their new large files too. */
export const KEEP_EVERYTHING_KEY = '/offline-choice/keep-everything';

/** Shown for a page that is neither reachable nor saved. */
export const OFFLINE_PAGE = '/offline/';

export type OfflineMessage = { type: 'status' } | { type: 'keep-everything' } | { type: 'save'; url: string };

export interface OfflineStatus {
  version: string;
  /** Bytes of the large files, and how many of them this device holds now. */
  bytes: number;
  savedBytes: number;
  missing: OfflineFile[];
}

export function cacheKey([url, revision]: OfflineFile): string {
  return `${url}?rev=${revision}`;
}

/** The manifest URL a request is for: the query and fragment do not choose a file, and index.html is its folder. */
export function sitePath(url: URL): string {
  return url.pathname.replace(/\/index\.html$/, '/');
}

/**
 * What an install must fetch: every core file, and the large files this device already holds in some revision
 * (or all of them once the learner chose to keep everything), minus those already saved in this revision.
 */
export function filesToInstall(manifest: OfflineManifest, cachedKeys: readonly string[]): OfflineFile[] {
  const cached = new Set(cachedKeys);
  const keepEverything = cached.has(KEEP_EVERYTHING_KEY);
  const cachedUrls = new Set(cachedKeys.map((key) => key.split('?')[0]));
  const large = manifest.onDemand.filter(([url]) => keepEverything || cachedUrls.has(url));
  return [...manifest.core, ...large].filter((file) => !cached.has(cacheKey(file)));
}

/** Keys no file of this version uses: older revisions and removed files, deleted when the version takes over. */
export function staleKeys(manifest: OfflineManifest, cachedKeys: readonly string[]): string[] {
  const current = new Set([...manifest.core, ...manifest.onDemand].map(cacheKey));
  current.add(KEEP_EVERYTHING_KEY);
  return cachedKeys.filter((key) => !current.has(key));
}

export function offlineStatus(manifest: OfflineManifest, cachedKeys: readonly string[]): OfflineStatus {
  const cached = new Set(cachedKeys);
  const missing = manifest.onDemand.filter((file) => !cached.has(cacheKey(file)));
  const total = (files: readonly OfflineFile[]) => files.reduce((sum, [, , bytes]) => sum + bytes, 0);
  const bytes = total(manifest.onDemand);
  return { version: manifest.version, bytes, savedBytes: bytes - total(missing), missing };
}

/**
 * The part of a file a `Range` header asks for (media elements send them; Safari plays audio only from a 206
 * answer). Null for what is not a single satisfiable range: the whole file is then the answer.
 */
export function byteRange(header: string, size: number): { start: number; end: number } | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const [, first = '', last = ''] = match;
  const start = first === '' ? Math.max(0, size - Number(last)) : Number(first);
  const end = first === '' || last === '' ? size - 1 : Math.min(Number(last), size - 1);
  return start <= end ? { start, end } : null;
}
