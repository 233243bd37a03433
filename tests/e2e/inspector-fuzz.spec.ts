/**
 * Fuzzing the inspector: a few hundred damaged versions of the shared fixtures (flipped bits, overwritten
 * ranges, cut-short files, duplicated, dropped or moved segments and boxes, absurd declared lengths) go
 * through the real reader in Chromium. Each must end in a readout or a clear error within a time bound,
 * the page must not crash or hang, memory must stay bounded, and a valid file must still read correctly
 * afterwards.
 *
 * Reproducible: the cases come from a seed (FUZZ_SEED, default below; FUZZ_CASES sets how many), after the
 * known cases that broke the reader once (negative indexes). A failure names the seed, the case and its
 * mutation; FUZZ_SEED=<seed> FUZZ_CASE=<index> replays that one case.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { watchEngineMemory } from './fuzz/engine-memory';
import { applyMutation, describeMutation, planCases, type FuzzCase } from './fuzz/mutate';

const fixturesDir = join(import.meta.dirname, '../../../shared/fixtures/c2pa');
/** Small files, one or more of every format the reader takes. */
const FIXTURES = [
  'gen-camera-capture.jpg',
  'C.jpg',
  'gen-edited-chain.jpg',
  'ts-signed.png',
  'gen-ai-created.webp',
  'gen-ai-created.gif',
  'gen-ai-created.svg',
  'gen-ai-created.mp3',
  'gen-capture.wav',
  'gen-capture.mp4',
  'gen-ai-created.heic',
  'gen-capture.tiff',
  'gen-created.pdf',
];
const SEED = Number(process.env.FUZZ_SEED ?? 7_2026);
const CASES = Number(process.env.FUZZ_CASES ?? 200);
const ONLY = process.env.FUZZ_CASE === undefined ? undefined : Number(process.env.FUZZ_CASE);
/** Files given to the inspector at once (it queues them), between clearing the readouts. */
const BATCH = 30;
/**
 * Generous bounds: these catch hangs and runaway memory, not slowness. A read is given up after about 20 s
 * (engine.ts), so a file still without a readout after 30 s means the page or the reader is stuck.
 */
const FILE_MS = 30_000;
/** Reading leaves the page's heap near 20 MB and the engine (worker heap and WebAssembly memory) near 10 MB. */
const PAGE_HEAP_BYTES = 128 * 2 ** 20;
const ENGINE_BYTES = 64 * 2 ** 20;
/** A pristine file read after every batch: a damaged file must not spoil the reads that follow. */
const CONTROL = 'gen-camera-capture.jpg';

const fixtures = new Map(FIXTURES.map((name) => [name, new Uint8Array(readFileSync(join(fixturesDir, name)))]));
/** Cases that broke the reader once (found by fuzzing), read before the seeded ones on every run. */
const KNOWN_CASES: FuzzCase[] = [
  {
    index: -1,
    fixture: 'ts-signed.png',
    // The engine allocated the 128 MB this CBOR text declares, and WebAssembly memory never shrinks.
    mutation: { kind: 'cbor', target: { unit: 0, credentials: true }, major: 'text', length: 2 ** 27 },
    name: 'known-1-cbor-ts-signed.png',
  },
  {
    index: -2,
    fixture: 'gen-ai-created.heic',
    // A box of size 0 ("to the end of the file") sent the metadata reader into an endless loop on the page.
    mutation: { kind: 'length', target: { unit: 1, credentials: false }, value: 'zero' },
    name: 'known-2-length-gen-ai-created.heic',
  },
];
const only = (one: FuzzCase) => ONLY === undefined || one.index === ONLY;
const seeded = planCases(fixtures, SEED, CASES).filter(only);
/** The known cases make a batch of their own, so that memory is measured right after them. */
const batches = [
  KNOWN_CASES.filter(only),
  ...Array.from({ length: Math.ceil(seeded.length / BATCH) }, (_, index) =>
    seeded.slice(index * BATCH, (index + 1) * BATCH),
  ),
].filter((batch) => batch.length > 0);
const caseCount = batches.flat().length;

interface Outcome {
  name: string;
  status: string | null;
  error: string;
  /** How long it took: from the previous readout (or from choosing the files) to its own, in ms. */
  ms: number | null;
}

/** Watches for readouts as they appear, so each file's time is known without a round trip per file. */
function recordReadouts() {
  const seen: Record<string, number> = {};
  (window as unknown as { seen: typeof seen }).seen = seen;
  new MutationObserver(() => {
    for (const element of document.querySelectorAll<HTMLElement>('[data-testid="provenance-report"]')) {
      seen[element.dataset.file!] ??= performance.now();
    }
  }).observe(document.body, { childList: true, subtree: true });
}

/**
 * Gives the inspector all `paths` at once (it reads them in turn) and waits for their readouts. Files on disk,
 * not buffers: Playwright hands buffers to the page as base64 text, which costs seconds and page memory.
 */
async function readAll(page: Page, paths: string[]): Promise<Outcome[]> {
  const names = paths.map((path) => basename(path));
  const chosenAt = await page.evaluate(() => performance.now());
  await page.locator('#sandbox-files').setInputFiles(paths);
  // Done when every file has its readout, when the queue has stopped short, or when no readout has come for
  // FILE_MS (the reader is stuck).
  await page
    .waitForFunction(
      ({ names, chosenAt, limit }) => {
        const seen = (window as unknown as { seen: Record<string, number> }).seen;
        const times = names.map((name) => seen[name]).filter((time) => time !== undefined);
        return (
          times.length === names.length ||
          !document.querySelector('.inspector .progress') ||
          performance.now() - Math.max(chosenAt, ...times) > limit
        );
      },
      { names, chosenAt, limit: FILE_MS },
      { timeout: FILE_MS * names.length, polling: 100 },
    )
    .catch(() => undefined);
  return page.evaluate(
    ({ names, chosenAt }) => {
      const seen = (window as unknown as { seen: Record<string, number> }).seen;
      // The queue reads in order, so each file's time runs from the readout before it.
      let previous = chosenAt;
      return names.map((name) => {
        const report = document.querySelector<HTMLElement>(
          `[data-testid="provenance-report"][data-file="${CSS.escape(name)}"]`,
        );
        const at = seen[name];
        const ms = at === undefined ? null : at - previous;
        previous = at ?? previous;
        return {
          name,
          status: report?.dataset.status ?? null,
          error: report?.querySelector('.readout-error')?.textContent?.trim() ?? '',
          ms,
        };
      });
    },
    { names, chosenAt },
  );
}

/** What is wrong with one outcome, if anything. */
function problemWith(result: Outcome, expected?: string): string | undefined {
  if (result.status === null) return 'no readout';
  if (result.ms !== null && result.ms > FILE_MS) return `took ${Math.round(result.ms)} ms (bound ${FILE_MS} ms)`;
  if (!['valid', 'invalid', 'none', 'error'].includes(result.status)) return `unexpected status “${result.status}”`;
  if (result.status === 'error' && !result.error) return 'an error readout without a message';
  if (expected && result.status !== expected)
    return `status “${result.status}”, expected “${expected}”: ${result.error}`;
  return undefined;
}

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

test('damaged files end in a readout or a clear error, and the reader keeps working', async ({ page }, testInfo) => {
  test.setTimeout(120_000 + caseCount * 500);
  const started = Date.now();
  mkdirSync(testInfo.outputPath(), { recursive: true });
  const problems: string[] = [];
  const where = (one: FuzzCase) =>
    `seed ${SEED}, case ${one.index} (${one.fixture}, ${describeMutation(fixtures.get(one.fixture)!, one.mutation)}); ` +
    `replay: FUZZ_SEED=${SEED} FUZZ_CASE=${one.index}`;
  page.on('crash', () => problems.push(`seed ${SEED}: the page crashed`));
  page.on('pageerror', (error) => problems.push(`seed ${SEED}: page error: ${error.message}`));

  await page.goto('/sandbox/');
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await page.evaluate(recordReadouts);
  const engine = await watchEngineMemory(page);
  const peak = { pageHeap: 0, engine: 0, engineAfter: '' };
  let slowest = { ms: 0, name: '' };

  const write = (name: string, bytes: Uint8Array) => {
    const path = testInfo.outputPath(name);
    writeFileSync(path, bytes);
    return path;
  };

  for (const batch of batches) {
    if (problems.length > 0) break;
    const cases = `cases ${batch[0]!.index}..${batch.at(-1)!.index}`;
    const control = `control-after-${batch[0]!.index}-${CONTROL}`;
    const results = await readAll(page, [
      ...batch.map((one) => write(one.name, applyMutation(fixtures.get(one.fixture)!, one.mutation))),
      write(control, fixtures.get(CONTROL)!),
    ]).catch((error: Error) => {
      problems.push(`seed ${SEED}, ${cases}: ${error.message}`);
      return [];
    });
    for (const [index, result] of results.entries()) {
      const one = batch[index];
      const problem = problemWith(result, one ? undefined : 'valid');
      if (result.ms !== null && result.ms > slowest.ms) slowest = { ms: result.ms, name: result.name };
      if (!problem) continue;
      problems.push(`${one ? where(one) : `seed ${SEED}: ${control}, read after ${cases}`}: ${problem}`);
      // Past a stuck file the rest say nothing more.
      if (result.status === null) break;
    }

    const pageHeap = await page.evaluate(
      () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize,
    );
    const { heapBytes, wasmBytes } = await engine.measure();
    peak.pageHeap = Math.max(peak.pageHeap, pageHeap);
    if (heapBytes + wasmBytes > peak.engine) Object.assign(peak, { engine: heapBytes + wasmBytes, engineAfter: cases });
    await page.getByRole('button', { name: 'Clear all readouts' }).click();
  }

  console.log(
    `inspector fuzz: seed ${SEED}, ${caseCount} cases in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
      `slowest file ${Math.round(slowest.ms)} ms (${slowest.name}); peak memory: page heap ${megabytes(peak.pageHeap)}, ` +
      `engine workers (heap and WebAssembly) ${megabytes(peak.engine)}`,
  );
  expect(problems, `fuzzing with seed ${SEED}`).toEqual([]);
  expect(peak.pageHeap, `page heap, seed ${SEED}`).toBeLessThan(PAGE_HEAP_BYTES);
  expect(peak.engine, `engine memory after ${peak.engineAfter}, seed ${SEED}`).toBeLessThan(ENGINE_BYTES);

  // After everything, a valid file reads exactly as it should.
  await page.locator('#sandbox-files').setInputFiles(join(fixturesDir, 'gen-ai-created.jpg'));
  const report = page.locator('[data-testid="provenance-report"][data-file="gen-ai-created.jpg"]');
  await expect(report, `seed ${SEED}`).toHaveAttribute('data-status', 'valid', { timeout: FILE_MS });
  await expect(report).toHaveAttribute('data-label', 'ai-generated');
  await expect(report).toHaveAttribute('data-signals', /fullyGenAIMedia/);
  await expect(report.getByText('Media Literacy Fixtures (TEST ONLY)').first()).toBeVisible();
});
