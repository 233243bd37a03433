import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '../../src');
const sources = (readdirSync(src, { recursive: true }) as string[])
  .filter((name) => /\.(ts|svelte|astro)$/.test(name))
  .map((name) => readFileSync(join(src, name), 'utf8'));

/** Every `look-closer:` name in the code that is not an event name (events end in -change or -complete). */
const storageKeys = [
  ...new Set(sources.flatMap((text) => [...text.matchAll(/look-closer:([a-z-]+)/g)].map(([, name]) => name!))),
].filter((name) => !/-(change|complete)$/.test(name));

describe('the about page', () => {
  const about = readFileSync(join(src, 'pages/about.astro'), 'utf8');
  it.each(storageKeys)('says what look-closer:%s stores', (name) => {
    expect(about).toContain(`<code>look-closer:${name}`);
  });
});
