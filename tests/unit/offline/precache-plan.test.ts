import { describe, expect, it } from 'vitest';
import { fileUrl, planPrecache, type BuiltFile } from '../../../src/lib/offline/precache-plan';

const file = (path: string, sha256 = 'a'.repeat(64), bytes = 100): BuiltFile => ({ path, sha256, bytes });

const site: BuiltFile[] = [
  file('index.html', '1'.repeat(64)),
  file('about/index.html'),
  file('offline/index.html'),
  file('404.html'),
  file('robots.txt'),
  file('sw.js'),
  file('favicon.svg'),
  file('_astro/client.abc.js'),
  file('_astro/BaseLayout.abc.css'),
  file('_astro/c2pa_bg.abc.wasm', 'b'.repeat(64), 8_000_000),
  file('pagefind/pagefind.js'),
  file('pagefind/pagefind-entry.json'),
  file('pagefind/wasm.en.pagefind'),
  file('pagefind/index/en_1.pf_index'),
  file('pagefind/pagefind-ui.js'),
  file('pagefind/pagefind-component-ui.css'),
  file('pagefind/pagefind-highlight.js'),
  file('trust/c2pa-trust-list.pem'),
  file('samples/C.jpg', 'c'.repeat(64), 130_000),
  file('quiz-media/img/0123abcd.jpg', 'd'.repeat(64), 500_000),
];

describe('the precache plan', () => {
  const manifest = planPrecache(site);
  const urls = (files: readonly (readonly [string, string, number])[]) => files.map(([url]) => url);

  it('saves every page and what pages run on install, the search index included', () => {
    expect(urls(manifest.core)).toEqual([
      '/',
      '/_astro/BaseLayout.abc.css',
      '/_astro/client.abc.js',
      '/about/',
      '/favicon.svg',
      '/offline/',
      '/pagefind/index/en_1.pf_index',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.js',
      '/pagefind/wasm.en.pagefind',
      '/trust/c2pa-trust-list.pem',
    ]);
  });

  it('leaves the engine, samples and quiz media to first use or the learner’s request', () => {
    expect(urls(manifest.onDemand)).toEqual([
      '/_astro/c2pa_bg.abc.wasm',
      '/quiz-media/img/0123abcd.jpg',
      '/samples/C.jpg',
    ]);
  });

  it('never saves the worker itself, the 404 page, robots.txt or Pagefind’s unused interfaces', () => {
    const all = urls([...manifest.core, ...manifest.onDemand]);
    for (const url of [
      '/sw.js',
      '/404.html',
      '/robots.txt',
      '/pagefind/pagefind-ui.js',
      '/pagefind/pagefind-highlight.js',
    ])
      expect(all).not.toContain(url);
    expect(all.some((url) => url.includes('component-ui'))).toBe(false);
  });

  it('records a short content hash and the size of each file', () => {
    expect(manifest.core[0]).toEqual(['/', '1111111111', 100]);
    expect(manifest.onDemand[0]).toEqual(['/_astro/c2pa_bg.abc.wasm', 'bbbbbbbbbb', 8_000_000]);
  });

  it('has a version that does not depend on the listing order', () => {
    expect(planPrecache([...site].reverse()).version).toBe(manifest.version);
    expect(manifest.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('gets a new version when any saved file changes, and only then', () => {
    const changed = (index: number) =>
      planPrecache(site.map((each, at) => (at === index ? { ...each, sha256: 'e'.repeat(64) } : each))).version;
    expect(changed(site.findIndex((each) => each.path === 'about/index.html'))).not.toBe(manifest.version);
    expect(changed(site.findIndex((each) => each.path.startsWith('quiz-media/')))).not.toBe(manifest.version);
    // The worker's own file is not in the plan: its code changing makes a new worker by itself.
    expect(changed(site.findIndex((each) => each.path === 'sw.js'))).toBe(manifest.version);
  });
});

describe('file URLs', () => {
  it('turns a folder’s index.html into the folder and keeps other names', () => {
    expect(fileUrl('index.html')).toBe('/');
    expect(fileUrl('modules/voice-clones/index.html')).toBe('/modules/voice-clones/');
    expect(fileUrl('samples/C.jpg')).toBe('/samples/C.jpg');
    expect(fileUrl('notindex.html')).toBe('/notindex.html');
  });

  it('percent-encodes names the way a browser asks for them', () => {
    expect(fileUrl('samples/a photo.jpg')).toBe('/samples/a%20photo.jpg');
  });
});
