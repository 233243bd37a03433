import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  byteRange,
  cacheKey,
  filesToInstall,
  KEEP_EVERYTHING_KEY,
  offlineStatus,
  sitePath,
  staleKeys,
  type OfflineManifest,
} from '../../../src/lib/offline/offline-cache';

const manifest: OfflineManifest = {
  version: 'v2',
  core: [
    ['/', 'r1', 10],
    ['/about/', 'r2', 20],
  ],
  onDemand: [
    ['/_astro/engine.wasm', 'w2', 8000],
    ['/samples/C.jpg', 's1', 300],
    ['/quiz-media/img/a.jpg', 'q1', 700],
  ],
};

describe('cache keys', () => {
  it('name the file and its revision', () => {
    expect(cacheKey(['/about/', 'abc', 1])).toBe('/about/?rev=abc');
  });

  it('are found from the request: query and fragment ignored, index.html is its folder', () => {
    expect(sitePath(new URL('https://x.test/assignment/?code=abc#top'))).toBe('/assignment/');
    expect(sitePath(new URL('https://x.test/modules/index.html'))).toBe('/modules/');
    expect(sitePath(new URL('https://x.test/index.html'))).toBe('/');
    expect(sitePath(new URL('https://x.test/_astro/a.js?v=1'))).toBe('/_astro/a.js');
  });
});

describe('what an install fetches', () => {
  it('is every core file on a first visit, and none of the large ones', () => {
    expect(filesToInstall(manifest, [])).toEqual(manifest.core);
  });

  it('skips files already saved in the same revision', () => {
    expect(filesToInstall(manifest, ['/?rev=r1', '/about/?rev=old'])).toEqual([['/about/', 'r2', 20]]);
  });

  it('brings a large file the device already had up to its new revision, and leaves the others', () => {
    const cached = ['/?rev=r1', '/about/?rev=r2', '/_astro/engine.wasm?rev=w1'];
    expect(filesToInstall(manifest, cached)).toEqual([['/_astro/engine.wasm', 'w2', 8000]]);
  });

  it('fetches every large file once the learner chose to keep everything', () => {
    const cached = ['/?rev=r1', '/about/?rev=r2', '/samples/C.jpg?rev=s1', KEEP_EVERYTHING_KEY];
    expect(filesToInstall(manifest, cached)).toEqual([
      ['/_astro/engine.wasm', 'w2', 8000],
      ['/quiz-media/img/a.jpg', 'q1', 700],
    ]);
  });
});

describe('what an update deletes', () => {
  it('is older revisions and removed files, never the current ones or the learner’s choice', () => {
    const cached = ['/?rev=r1', '/?rev=r0', '/gone/?rev=g1', '/samples/C.jpg?rev=s1', KEEP_EVERYTHING_KEY];
    expect(staleKeys(manifest, cached)).toEqual(['/?rev=r0', '/gone/?rev=g1']);
  });
});

describe('the offline status', () => {
  it('counts the large files saved in this revision and lists the rest', () => {
    const status = offlineStatus(manifest, ['/samples/C.jpg?rev=s1', '/_astro/engine.wasm?rev=w1']);
    expect(status).toEqual({
      version: 'v2',
      bytes: 9000,
      savedBytes: 300,
      missing: [
        ['/_astro/engine.wasm', 'w2', 8000],
        ['/quiz-media/img/a.jpg', 'q1', 700],
      ],
    });
  });
});

describe('byte ranges', () => {
  it('reads the forms media elements send', () => {
    expect(byteRange('bytes=0-', 100)).toEqual({ start: 0, end: 99 });
    expect(byteRange('bytes=10-19', 100)).toEqual({ start: 10, end: 19 });
    expect(byteRange('bytes=90-500', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
  });

  it('answers null, meaning the whole file, for what it cannot satisfy', () => {
    for (const header of ['bytes=100-', 'bytes=20-10', 'bytes=-', 'bytes=0-1,5-6', 'items=0-1', 'bytes=-0'])
      expect(byteRange(header, 100), header).toBeNull();
    expect(byteRange('bytes=0-', 0)).toBeNull();
  });

  it('always stays inside the file', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.option(fc.nat(1200)), fc.option(fc.nat(1200)), (size, first, last) => {
        const range = byteRange(`bytes=${first ?? ''}-${last ?? ''}`, size);
        if (range) expect(0 <= range.start && range.start <= range.end && range.end < size).toBe(true);
      }),
    );
  });
});
