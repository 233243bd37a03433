// Benchmarks the Content Credentials inspector on the built site and prints the numbers (not a test:
// it exits 0 even when a goal is missed, non-zero only when it cannot measure). Run: npm run bench
//
// How time is measured: every timing is taken inside the page with performance.now(), so Playwright's
// round trips are not in it. Before each file is chosen, an in-page watcher is armed: a capture-phase
// `change` listener on window stamps the moment the file input fires (before the inspector's own
// handler runs) and keeps the File, and a MutationObserver stamps the moment a NEW
// [data-testid="provenance-report"][data-file="<name>"] element is in the DOM (before paint). The
// readout time is the difference. The SHA-256 floor is then measured on that same File in the same
// page: crypto.subtle.digest('SHA-256', await file.arrayBuffer()), timed including the arrayBuffer()
// read, since a validator has to read the bytes too.
//
// Responsiveness (large file, in a fresh tab with the engine started): while it is read, a
// requestAnimationFrame loop records the longest gap between frames and a Long Tasks observer the longest
// main-thread task; the read itself runs in a worker, so both should stay near one frame. Cancel: pressed
// one second into a read, timed in the page from the click to the "Stopped reading" line, then the next
// file's readout (on the fresh engine that replaces the cancelled one).
import './check-node.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startPreview, stopPreview } from './preview-server.mjs';
import { printTable } from './print-table.mjs';

const root = join(import.meta.dirname, '..');
const fixtures = process.env.BENCH_FIXTURES ?? join(root, '../shared/fixtures/c2pa');
const port = 4330;
const baseUrl = `http://127.0.0.1:${port}`;
const runs = 3;
const largeBytes = Number(process.env.BENCH_LARGE_MB ?? 300) * 1024 * 1024;
const typicalPhotos = ['gen-camera-capture.jpg', 'C.jpg'];
const goals = { largeRatio: 2, warmPhotoMs: 300, engineReadyMs: 1500 };

// ---------------------------------------------------------------------------------------------------
// Small utilities

const median = (values) => {
  const sorted = values.filter((value) => value != null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => (value == null ? 'n/a' : value < 10 ? value.toFixed(2) : value.toFixed(0));
const megabytes = (bytes) =>
  bytes == null ? 'n/a' : bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
const sleep = (delay) => new Promise((resolve) => setTimeout(resolve, delay));

function manifestRows() {
  const [header, ...rows] = readFileSync(join(fixtures, 'MANIFEST.tsv'), 'utf8').trimEnd().split('\n');
  const columns = header.split('\t');
  return rows.map((row) => Object.fromEntries(row.split('\t').map((value, index) => [columns[index], value])));
}

// ---------------------------------------------------------------------------------------------------
// The built site and its preview server

function ensureBuild() {
  if (existsSync(join(root, 'dist/index.html'))) return;
  console.log('dist/index.html is missing: running `npm run build` first.\n');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('`npm run build` failed');
}

// ---------------------------------------------------------------------------------------------------
// The large signed MP4 (made in a worker thread: see scripts/bench-large-mp4.mjs)

function makeLargeMp4(dir) {
  const options = {
    baseFile: join(fixtures, 'gen-capture.mp4'),
    targetBytes: largeBytes,
    certsDir: join(fixtures, 'certs'),
    trustAnchorFile: join(fixtures, 'trust/media-literacy-test-root.pem'),
    outFile: join(dir, `large-signed-${Math.round(largeBytes / 2 ** 20)}MiB.mp4`),
  };
  const worker = new Worker(new URL('./bench-large-mp4.mjs', import.meta.url), {
    workerData: { task: 'make-large-signed-mp4', options },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (result) =>
      resolve({ ...result, path: options.outFile, name: options.outFile.split('/').at(-1) }),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the MP4 worker stopped (exit ${code}) without a result`)));
  });
}

// ---------------------------------------------------------------------------------------------------
// Memory: proportional set size (PSS) of the browser's processes, sampled while a phase runs. PSS
// splits shared pages between processes, so the sum is not inflated the way summed RSS is.

function childrenOf(pid, parents) {
  const found = [];
  for (const [child, parent] of parents) if (parent === pid) found.push(child, ...childrenOf(child, parents));
  return found;
}

function browserPssBytes(excludePid) {
  const parents = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent pid; the name before it is in parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const skip = new Set([excludePid, ...childrenOf(excludePid, parents)]);
  let total = 0;
  for (const pid of childrenOf(process.pid, parents)) {
    if (skip.has(pid)) continue;
    try {
      const pss = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+) kB/m);
      total += Number(pss?.[1] ?? 0) * 1024;
    } catch {
      // Gone, or not ours to read.
    }
  }
  return total;
}

/**
 * Samples the browser's PSS every 250 ms and keeps the peak per phase ('readout', 'sha256', …), so a
 * peak can be pinned on the engine or on the hashing. Without /proc (not Linux) it records nothing.
 */
function memorySampler(excludePid) {
  const peaks = {};
  const enabled = existsSync('/proc/self/smaps_rollup');
  let phase = 'idle';
  const sample = () => {
    const now = browserPssBytes(excludePid);
    peaks[phase] = Math.max(peaks[phase] ?? 0, now);
    return now;
  };
  const timer = enabled ? setInterval(sample, 250) : undefined;
  return {
    phase(name) {
      phase = name;
    },
    /** One reading now (null without /proc). */
    now: () => (enabled ? browserPssBytes(excludePid) : null),
    stop() {
      clearInterval(timer);
      return peaks;
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// In-page measurement (these functions run in the browser through page.evaluate)

/** Arms the watcher for the next readout of `name` (see the comment at the top of this file). */
function armInPage(name) {
  const selector = `[data-testid="provenance-report"][data-file="${CSS.escape(name)}"]`;
  // An earlier readout of the same name must not count as this one.
  const earlier = new Set(document.querySelectorAll(selector));
  const run = { chosenAt: null, readyAt: null, status: null, element: null, file: null };
  const onChange = (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'file') return;
    run.chosenAt = performance.now();
    // The inspector empties the input right after reading it; the File itself stays usable.
    run.file = [...event.target.files].find((file) => file.name === name) ?? null;
    removeEventListener('change', onChange, true);
  };
  addEventListener('change', onChange, true);
  run.observer = new MutationObserver(() => {
    const element = [...document.querySelectorAll(selector)].find((candidate) => !earlier.has(candidate));
    if (!element) return;
    run.readyAt = performance.now();
    run.status = element.dataset.status;
    run.element = element;
    run.observer.disconnect();
    run.resolve();
  });
  run.done = new Promise((resolve) => (run.resolve = resolve));
  run.observer.observe(document.body, { childList: true, subtree: true });
  window.__benchRun = run;
}

/** Waits for the armed readout and returns its timing. */
async function readoutInPage(timeoutMs) {
  const run = window.__benchRun;
  const timedOut = await Promise.race([
    run.done.then(() => false),
    new Promise((r) => setTimeout(() => r(true), timeoutMs)),
  ]);
  if (timedOut) run.observer.disconnect();
  return {
    readoutMs: timedOut ? null : run.readyAt - run.chosenAt,
    status: timedOut ? 'timeout' : run.status,
    chosenAt: run.chosenAt,
  };
}

/** Times SHA-256 of the same File (read included), then removes the readout so every run starts alike. */
async function hashInPage() {
  const run = window.__benchRun;
  window.__benchRun = undefined;
  if (!run.element) return { shaMs: null, readMs: null };
  // Let the page settle (the readout's own rendering work) so it does not land in the hash timing.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const start = performance.now();
  const bytes = await run.file.arrayBuffer();
  const read = performance.now();
  await crypto.subtle.digest('SHA-256', bytes);
  const end = performance.now();
  run.element.querySelector('button.remove')?.click(); // also revokes its thumbnails' object URLs
  return { shaMs: end - start, readMs: read - start };
}

/** Chooses `path` in the sandbox's file input and returns the in-page timings of its readout and hash. */
async function measureFile(page, path, timeoutMs, memory) {
  const name = path.split('/').at(-1);
  await page.evaluate(armInPage, name);
  memory?.phase('readout');
  await page.locator('#sandbox-files').setInputFiles(path);
  const readout = await page.evaluate(readoutInPage, timeoutMs);
  memory?.phase('sha256');
  const hash = await page.evaluate(hashInPage);
  memory?.phase('idle');
  return { ...readout, ...hash };
}

/** Starts watching the main thread: the longest gap between animation frames, and long tasks (over 50 ms). */
function watchMainThreadInPage() {
  const watch = { longestGap: 0, longestTask: 0, longTasks: 0, running: true };
  let last = performance.now();
  const frame = (now) => {
    watch.longestGap = Math.max(watch.longestGap, now - last);
    last = now;
    if (watch.running) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  watch.observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      watch.longTasks++;
      watch.longestTask = Math.max(watch.longestTask, entry.duration);
    }
  });
  watch.observer.observe({ type: 'longtask' });
  window.__benchWatch = watch;
}

function stopWatchingInPage() {
  const watch = window.__benchWatch;
  watch.running = false;
  watch.observer.disconnect();
  return { longestGapMs: watch.longestGap, longestTaskMs: watch.longestTask, longTasks: watch.longTasks };
}

/** Presses Cancel `delayMs` into the read of `name`; resolves with the ms until "Stopped reading" shows. */
async function cancelInPage({ name, delayMs }) {
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  const progress = document.querySelector('.inspector .progress');
  if (!progress?.textContent.includes(name)) return { cancelMs: null, note: 'the read had already finished' };
  const stopped = () =>
    [...document.querySelectorAll('.inspector .pending')].some((line) =>
      line.textContent.includes(`Stopped reading ${name}`),
    );
  const shown = new Promise((resolve) => {
    const observer = new MutationObserver(() => stopped() && (observer.disconnect(), resolve(performance.now())));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  const clicked = performance.now();
  progress.querySelector('button').click();
  return { cancelMs: (await shown) - clicked };
}

/** Reads `path` once while watching the main thread (see the comment at the top of this file). */
async function measureResponsiveness(page, path) {
  await page.evaluate(armInPage, path.split('/').at(-1));
  await page.evaluate(watchMainThreadInPage);
  await page.locator('#sandbox-files').setInputFiles(path);
  const readout = await page.evaluate(readoutInPage, 600_000);
  const watch = await page.evaluate(stopWatchingInPage);
  await page.evaluate(() => {
    window.__benchRun.element?.querySelector('button.remove')?.click();
    window.__benchRun = undefined;
  });
  return { ...readout, ...watch };
}

/** Cancels a read of `path` one second in, then times the next readout of C.jpg (on a fresh engine). */
async function measureCancel(page, path) {
  const name = path.split('/').at(-1);
  await page.locator('#sandbox-files').setInputFiles(path);
  const cancel = await page.evaluate(cancelInPage, { name, delayMs: 1000 });
  const next = await measureFile(page, join(fixtures, 'C.jpg'), 60_000);
  return { ...cancel, nextReadoutMs: next.readoutMs, nextStatus: next.status };
}

// ---------------------------------------------------------------------------------------------------
// Phases

/** Opens the sandbox in a fresh context (empty HTTP cache) and waits until its island is hydrated. */
async function openSandbox(browser, problems) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  await page.goto(`${baseUrl}/sandbox/`);
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  const hydratedMs = await page.evaluate(() => performance.now());
  return { context, page, hydratedMs };
}

/** What the page fetched after the file was chosen (the lazily loaded engine), relative to that moment. */
function lazyFetchesInPage(chosenAt) {
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime >= chosenAt)
    .map((entry) => ({
      name: entry.name.split('/').at(-1),
      bytes: entry.decodedBodySize,
      start: entry.startTime - chosenAt,
      end: entry.responseEnd - chosenAt,
    }));
}

/**
 * First readout on a cold engine, `runs` times, each in a fresh context (empty HTTP cache, so the
 * engine's code and wasm are fetched and compiled again); the last page stays open for the warm runs.
 */
async function measureColdStart(browser, problems) {
  // An untimed visit first, so the first timed run does not also pay for starting Chromium's own
  // processes and the preview server's first responses. Its context (and cache) is thrown away.
  await (await openSandbox(browser, problems)).context.close();
  const samples = [];
  let open;
  for (let i = 0; i < runs; i++) {
    await open?.context.close();
    open = await openSandbox(browser, problems);
    const result = await measureFile(open.page, join(fixtures, 'C.jpg'), 60_000);
    const fetches = await open.page.evaluate(lazyFetchesInPage, result.chosenAt);
    samples.push({ ...result, hydratedMs: open.hydratedMs, fetches });
  }
  return { samples, open };
}

async function measureEach(page, path, timeoutMs, memory) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await measureFile(page, path, timeoutMs, memory));
  const readoutMs = median(samples.map((sample) => sample.readoutMs));
  const shaMs = median(samples.map((sample) => sample.shaMs));
  return {
    samples,
    readoutMs,
    shaMs,
    readMs: median(samples.map((sample) => sample.readMs)),
    status: samples.at(-1).status,
    ratio: readoutMs != null && shaMs ? readoutMs / shaMs : null,
  };
}

// ---------------------------------------------------------------------------------------------------
// Report

function printGoals({ cold, byFile, large }) {
  const firstReadout = median(cold.samples.map((sample) => sample.readoutMs));
  const photos = typicalPhotos.map((name) => [name, byFile.get(name)?.readoutMs]);
  const slowestPhoto = Math.max(...photos.map(([, value]) => value ?? Infinity));
  const verdict = (met) => (met ? 'MET' : 'MISSED');

  console.log('\nGoals');
  console.log(
    // Judged on the large MP4 only: the fixtures (4 MB at most) are dominated by fixed per-file costs.
    `  1. Large files: readout <= ${goals.largeRatio}x SHA-256: ${verdict(large.ratio != null && large.ratio <= goals.largeRatio)}` +
      ` (${large.name}, ${megabytes(large.bytes)}: readout ${ms(large.readoutMs)} ms vs SHA-256 ${ms(large.shaMs)} ms = ${large.ratio?.toFixed(2) ?? 'n/a'}x)`,
  );
  console.log(
    `  2. Typical photo, warm engine: <= ${goals.warmPhotoMs} ms: ${verdict(slowestPhoto <= goals.warmPhotoMs)}` +
      ` (${photos.map(([name, value]) => `${name} ${ms(value)} ms`).join(', ')})`,
  );
  console.log(
    `  3. Engine ready (first readout, cold) <= ${goals.engineReadyMs} ms: ${verdict(firstReadout != null && firstReadout <= goals.engineReadyMs)}` +
      ` (median ${ms(firstReadout)} ms; runs ${cold.samples.map((sample) => ms(sample.readoutMs)).join(', ')} ms)`,
  );
}

function printReport({ environment, largeInfo, cold, rows, large, memory, responsiveness, problems }) {
  console.log('\nEnvironment');
  for (const [key, value] of Object.entries(environment)) console.log(`  ${key}: ${value}`);

  console.log('\nLarge MP4 (made for this run, removed afterwards)');
  console.log(
    `  ${largeInfo.name}: ${largeInfo.bytes} bytes, ${largeInfo.state} in c2pa-wasm with the test anchor; grow ${largeInfo.growMs} ms, ` +
      `unsigned check ${largeInfo.unsignedReadMs} ms, sign ${largeInfo.signMs} ms, verify ${largeInfo.verifyMs} ms (Node, c2pa-wasm 0.15.0)`,
  );

  console.log(`\nCold start: first readout of C.jpg incl. engine start (${runs} fresh contexts)`);
  cold.samples.forEach((sample, index) =>
    console.log(
      `  run ${index + 1}: island hydrated by ${ms(sample.hydratedMs)} ms after navigation start, first readout ${ms(sample.readoutMs)} ms (${sample.status})`,
    ),
  );
  // Where the cold start goes: the lazy fetches of the last run, timed from the moment of choosing;
  // compiling the wasm, starting the worker and reading the file come after (or overlap) them.
  console.log('  fetched after choosing the file (last run):');
  for (const fetched of cold.samples.at(-1).fetches) {
    console.log(
      `    ${fetched.name.padEnd(32)} ${megabytes(fetched.bytes).padStart(9)}  +${ms(fetched.start)} .. +${ms(fetched.end)} ms`,
    );
  }

  console.log(`\nWarm engine: median of ${runs} runs per file (ratio = readout / SHA-256)`);
  printTable(
    ['file', 'size', 'readout ms', 'sha256 ms', 'ratio', 'status'],
    [...rows, large].map((row) => [
      row.name,
      megabytes(row.bytes),
      ms(row.readoutMs),
      ms(row.shaMs),
      row.ratio?.toFixed(1) ?? 'n/a',
      row.status,
    ]),
  );
  console.log(
    `\n  ${large.name} runs: readout ${large.samples.map((s) => ms(s.readoutMs)).join(', ')} ms; ` +
      `SHA-256 ${large.samples.map((s) => ms(s.shaMs)).join(', ')} ms (of which arrayBuffer() ${large.samples.map((s) => ms(s.readMs)).join(', ')} ms)`,
  );
  if (memory.before != null) {
    console.log(
      `  Chromium memory (PSS summed over its processes): peak ${megabytes(memory.fixtures)} over the fixtures; ` +
        `around the large MP4: ${megabytes(memory.before)} before, peak ${megabytes(memory.readout)} while reading, ` +
        `peak ${megabytes(memory.sha256)} while hashing, ${megabytes(memory.after)} 2 s after the last run`,
    );
  }

  console.log(`\nResponsiveness while ${large.name} is read in a fresh tab (the engine reads in a worker)`);
  console.log(
    `  readout ${ms(responsiveness.readoutMs)} ms (${responsiveness.status}); main thread: longest gap between frames ` +
      `${ms(responsiveness.longestGapMs)} ms, longest task ${ms(responsiveness.longestTaskMs)} ms ` +
      `(${responsiveness.longTasks} tasks over 50 ms)`,
  );
  console.log(
    responsiveness.cancelMs == null
      ? `  Cancel: not measured (${responsiveness.note})`
      : `  Cancel pressed 1 s into the read: "Stopped reading" shown ${ms(responsiveness.cancelMs)} ms after the click; ` +
          `the next file (C.jpg, fresh engine) read in ${ms(responsiveness.nextReadoutMs)} ms (${responsiveness.nextStatus})`,
  );

  printGoals({ cold, byFile: new Map(rows.map((row) => [row.name, row])), large });

  const distinct = [...new Set(problems)];
  console.log(`\nPage errors and console warnings: ${distinct.length === 0 ? 'none' : ''}`);
  for (const problem of distinct.slice(0, 20)) console.log(`  ${problem.slice(0, 300)}`);
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  ensureBuild();
  const tempDir = mkdtempSync(join(tmpdir(), 'look-closer-bench-'));
  let server;
  let browser;
  const stop = async () => {
    await browser?.close().catch(() => {});
    await stopPreview(server);
    rmSync(tempDir, { recursive: true, force: true });
  };
  // Ctrl-C must not leave the preview server or the large MP4 behind.
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => stop().finally(() => process.exit(130)));

  try {
    console.log(`Making a ${megabytes(largeBytes)} signed MP4 from gen-capture.mp4 …`);
    const largeInfo = await makeLargeMp4(tempDir);
    console.log(`Starting astro preview on ${baseUrl} …`);
    server = await startPreview(port);
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const problems = [];

    console.log('Measuring the cold start …');
    const cold = await measureColdStart(browser, problems);
    const { page } = cold.open;

    console.log('Measuring every fixture in MANIFEST.tsv …');
    const rows = [];
    let sampler = memorySampler(server.child.pid);
    for (const row of manifestRows()) {
      const result = await measureEach(page, join(fixtures, row.file), 60_000, sampler);
      rows.push({ name: row.file, bytes: statSync(join(fixtures, row.file)).size, ...result });
    }
    const fixturePeaks = sampler.stop();

    console.log(`Measuring ${largeInfo.name} …`);
    sampler = memorySampler(server.child.pid);
    const before = sampler.now();
    const large = {
      name: largeInfo.name,
      bytes: largeInfo.bytes,
      ...(await measureEach(page, largeInfo.path, 600_000, sampler)),
    };
    await sleep(2000); // give garbage collection a moment, to see what the page keeps afterwards
    const after = sampler.now();
    const memory = { fixtures: Math.max(0, ...Object.values(fixturePeaks)), before, after, ...sampler.stop() };

    console.log(`Measuring the main thread during a read of ${largeInfo.name}, and Cancel …`);
    // In a tab of its own, so that freeing the buffers hashed above cannot land in the measurement.
    const quiet = await openSandbox(browser, problems);
    await measureFile(quiet.page, join(fixtures, 'C.jpg'), 60_000); // starts the engine
    const responsiveness = {
      ...(await measureResponsiveness(quiet.page, largeInfo.path)),
      ...(await measureCancel(quiet.page, largeInfo.path)),
    };
    await quiet.context.close();

    printReport({
      environment: {
        node: process.version,
        chromium: browser.version(),
        cpus: `${cpus().length} x ${cpus()[0]?.model ?? 'unknown'}`,
        memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
        site: `dist/ built ${statSync(join(root, 'dist/index.html')).mtime.toISOString()}, served by astro preview at ${baseUrl}`,
      },
      largeInfo,
      cold,
      rows,
      large,
      memory,
      responsiveness,
      problems,
    });
    console.log(
      `\nTotal time: ${((performance.now() - started) / 1000).toFixed(1)} s; Node peak RSS ${megabytes(process.resourceUsage().maxRSS * 1024)}`,
    );
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(`\nbench-inspector crashed: ${error?.stack ?? error}`);
  process.exitCode = 1;
});
