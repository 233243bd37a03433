// Measures the built site against issue 7's goals and prints the numbers (not a test: it exits 0 when a
// goal is missed, non-zero only when it cannot measure). Run: npm run bench:site
//   --no-build     measure the dist/ that is there instead of timing a fresh build
//   LH_RUNS=n      Lighthouse runs per page (default 3; the median of each score is printed)
//
// 1. Build time: `npm run build` (Astro and Pagefind) from an empty dist/ and Astro cache.
// 2. JavaScript per page, gzip, from dist/ (see scripts/site-weight.mjs), against the budgets.
// 3. Images per page: bytes, formats, and whether each has its size and lazy loading.
// 4. In Chromium: a page load of the sandbox and of a module with an inspector, scrolled to the end, must
//    request no .wasm; then a readout must request it.
// 5. Lighthouse 12.2.3 (installed on first use into node_modules/.cache/), mobile profile: performance,
//    accessibility, best practices and SEO of the home page, a module page, the sandbox and the teacher hub.
import './check-node.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startPreview, stopPreview } from './preview-server.mjs';
import { printTable } from './print-table.mjs';
import { builtHtmlPages, pageWeights } from './site-weight.mjs';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const port = 4331;
const lighthouseVersion = '12.2.3';
const lighthouseDir = join(root, 'node_modules/.cache', `lighthouse-${lighthouseVersion}`);
const lighthouseRuns = Number(process.env.LH_RUNS ?? 3);
const lighthousePages = ['/', '/modules/reading-a-content-credentials-readout/', '/sandbox/', '/teach/'];
const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'];
const goals = { buildSeconds: 60, lighthouseScore: 95 };
const inspectorPages = ['/sandbox/', '/modules/how-platforms-label-ai-content/'];
const sampleFile = join(root, 'public/samples/gen-ai-created.jpg');

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (ok) => (ok ? 'ok' : 'OVER');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function heading(text) {
  console.log(`\n## ${text}\n`);
}

// ---------------------------------------------------------------------------------------------------

function timeBuild() {
  heading('Build (astro build + pagefind), from an empty dist/ and Astro cache');
  rmSync(dist, { recursive: true, force: true });
  rmSync(join(root, 'node_modules/.astro'), { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error('`npm run build` failed');
  console.log(
    `${seconds.toFixed(1)} s on ${cpus().length} cores (goal < ${goals.buildSeconds} s: ${verdict(seconds < goals.buildSeconds)})`,
  );
  return seconds;
}

function reportScripts() {
  heading('JavaScript per page (gzip): on load, and with every widget scrolled into view');
  const pages = pageWeights(dist);
  printTable(
    ['page', 'islands', 'on load', 'whole page', 'inline', 'budget (on load)'],
    pages.map((page) => [
      page.route,
      page.islands,
      kb(page.onLoad.gzip),
      kb(page.wholePage.gzip),
      kb(page.inlineGzip),
      page.budget
        ? `${page.budget.name} ≤ ${kb(page.budget.bytes)}: ${verdict(page.onLoad.gzip <= page.budget.bytes)}`
        : '-',
    ]),
  );
  const over = pages.filter((page) => page.budget && page.onLoad.gzip > page.budget.bytes);
  console.log(
    `\n${over.length === 0 ? 'Every page is within its budget.' : `Over budget: ${over.map((page) => page.route).join(', ')}`}`,
  );
  console.log('Inline scripts (theme before first paint, island loader) are part of each page’s HTML.');
  return over.length;
}

/** The file a phone 360 CSS pixels wide at 2× would pick from a srcset (or the src). */
function phoneCandidate(tag) {
  const candidates = [...(/\ssrcset="([^"]+)"/.exec(tag)?.[1].matchAll(/(\S+) (\d+)w/g) ?? [])]
    .map(([, url, width]) => ({ url, width: Number(width) }))
    .sort((a, b) => a.width - b.width);
  return candidates.find(({ width }) => width >= 720)?.url ?? /\ssrc="([^"]+)"/.exec(tag)?.[1];
}

const fileBytes = (url) => (url?.startsWith('/') && existsSync(join(dist, url)) ? statSync(join(dist, url)).size : 0);

function reportImages() {
  heading('Images per page (files the HTML references)');
  const rows = [];
  for (const { route, file } of builtHtmlPages(dist)) {
    const tags = [...readFileSync(file, 'utf8').matchAll(/<img\b[^>]*>/g)].map(([tag]) => tag);
    if (tags.length === 0) continue;
    const count = (pattern) => `${tags.filter((tag) => pattern.test(tag)).length}/${tags.length}`;
    rows.push([
      route,
      tags.length,
      kb(tags.reduce((sum, tag) => sum + fileBytes(/\ssrc="([^"]+)"/.exec(tag)?.[1]), 0)),
      kb(tags.reduce((sum, tag) => sum + fileBytes(phoneCandidate(tag)), 0)),
      count(/\ssrcset="/),
      count(/\swidth="\d+"[^>]*\sheight="\d+"|\sheight="\d+"[^>]*\swidth="\d+"/),
      count(/\sloading="lazy"/),
    ]);
  }
  printTable(['page', 'images', 'originals', 'on a phone', 'srcset', 'sized', 'lazy'], rows);
  console.log(
    '\nQuiz pictures load one at a time as the quiz shows them, at full size: learners zoom in to judge them.',
  );
}

async function checkNoWasmBeforeReadout(baseUrl) {
  heading('No WebAssembly before a readout (Chromium)');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const rows = [];
  try {
    for (const path of inspectorPages) {
      const page = await browser.newPage();
      const wasm = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.endsWith('.wasm') && !request.url().includes('/pagefind/'))
          wasm.push(request.url());
      });
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      // Scroll through so every widget hydrates, as a learner reading to the end would.
      for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 600) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(50);
      }
      await page.waitForLoadState('networkidle');
      const beforeReadout = wasm.length;
      await page.locator('input[type="file"]').first().setInputFiles(sampleFile);
      await page.locator('[data-testid="provenance-report"]').first().waitFor({ timeout: 60_000 });
      rows.push([path, beforeReadout, wasm.length]);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  printTable(['page', '.wasm on load', '.wasm after a readout'], rows);
  return rows.filter(([, before, after]) => before !== 0 || after === 0).length;
}

function ensureLighthouse() {
  const cli = join(lighthouseDir, 'node_modules/lighthouse/cli/index.js');
  if (existsSync(cli)) return cli;
  console.log(`Installing lighthouse@${lighthouseVersion} into ${lighthouseDir} (once) …`);
  const result = spawnSync(
    'npm',
    ['install', '--prefix', lighthouseDir, '--no-save', '--no-audit', '--no-fund', `lighthouse@${lighthouseVersion}`],
    { stdio: 'inherit' },
  );
  if (result.status !== 0 || !existsSync(cli)) throw new Error(`could not install lighthouse@${lighthouseVersion}`);
  return cli;
}

function runLighthouse(cli, url, outputPath) {
  const result = spawnSync(
    process.execPath,
    [
      cli,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${outputPath}`,
      `--only-categories=${lighthouseCategories.join(',')}`,
      `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`Lighthouse failed on ${url}`);
  const report = JSON.parse(readFileSync(outputPath, 'utf8'));
  return Object.fromEntries(lighthouseCategories.map((id) => [id, Math.round(report.categories[id].score * 100)]));
}

function reportLighthouse(baseUrl) {
  heading(`Lighthouse ${lighthouseVersion}, mobile profile (median of ${lighthouseRuns} runs)`);
  const cli = ensureLighthouse();
  const scratch = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const rows = [];
  try {
    for (const path of lighthousePages) {
      const runs = Array.from({ length: lighthouseRuns }, (_, run) =>
        runLighthouse(cli, `${baseUrl}${path}`, join(scratch, `${run}.json`)),
      );
      const scores = lighthouseCategories.map((id) => median(runs.map((scores) => scores[id])));
      rows.push([path, ...scores, verdict(scores.every((score) => score >= goals.lighthouseScore))]);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  printTable(['page', ...lighthouseCategories, `all ≥ ${goals.lighthouseScore}`], rows);
  return rows.filter((row) => row.at(-1) !== 'ok').length;
}

async function main() {
  const build = process.argv.includes('--no-build') ? undefined : timeBuild();
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is empty: run `npm run build` or drop --no-build');
  const overBudget = reportScripts();
  reportImages();
  const server = await startPreview(port);
  let wasmProblems;
  let lighthouseMisses;
  try {
    wasmProblems = await checkNoWasmBeforeReadout(server.baseUrl);
    lighthouseMisses = reportLighthouse(server.baseUrl);
  } finally {
    await stopPreview(server);
  }
  heading('Goals');
  if (build !== undefined) console.log(`build < ${goals.buildSeconds} s: ${verdict(build < goals.buildSeconds)}`);
  console.log(`JavaScript budgets: ${overBudget === 0 ? 'ok' : `${overBudget} page(s) over`}`);
  console.log(`no .wasm before a readout: ${wasmProblems === 0 ? 'ok' : `${wasmProblems} page(s) failed`}`);
  console.log(
    `Lighthouse ≥ ${goals.lighthouseScore}: ${lighthouseMisses === 0 ? 'ok' : `${lighthouseMisses} page(s) below`}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
