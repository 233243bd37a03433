import { join } from 'node:path';
import { expect, test } from './fixtures';
import { pageWeights } from '../../scripts/site-weight.mjs';

interface PageWeight {
  route: string;
  onLoad: { files: string[]; gzip: number };
  wholePage: { files: string[]; gzip: number };
  budget: { name: string; bytes: number } | null;
}

const weights: PageWeight[] = pageWeights(join(import.meta.dirname, '../../dist'));

// Sizes of the built output, not timings: `npm run bench:site` prints the same numbers with the rest.
test('every page loads no more JavaScript than its budget allows', () => {
  // The import graph is followed: an island's own file imports the Svelte runtime, which must be counted.
  const modulePage = weights.find((page) => page.route === '/modules/what-ai-generated-content-is/')!;
  expect(modulePage.onLoad.files.filter((file) => /\/client\.[\w-]+\.js$/.test(file))).toHaveLength(1);
  const budgeted = weights.filter((page) => page.budget);
  expect(budgeted.map((page) => page.budget!.name)).toEqual(expect.arrayContaining(['hub', 'module', 'no island']));
  const over = budgeted
    .filter((page) => page.onLoad.gzip > page.budget!.bytes)
    .map((page) => `${page.route}: ${page.onLoad.gzip} B gzip > ${page.budget!.name} budget ${page.budget!.bytes} B`);
  expect(over).toEqual([]);
});

test('no module page imports the C2PA engine statically, not even in widgets further down', () => {
  const modulePages = weights.filter((page) => page.route.startsWith('/modules/') && page.route !== '/modules/');
  expect(modulePages).toHaveLength(12);
  for (const page of modulePages) expect(page.wholePage.files.filter((file) => /c2pa|\.wasm/.test(file))).toEqual([]);
});
