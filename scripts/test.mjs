// Runs every check the project has, in order, and ends with one line: "N passed, N failed".
// Type check → unit tests → production build with search index → browser tests on the built site.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath as chromium } from './chromium.mjs';

const root = join(import.meta.dirname, '..');
const reports = join(root, 'reports');

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  console.log(`${result.status === 0 ? '✔' : '✘'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(join(reports, file), 'utf8'));
  } catch {
    return undefined;
  }
}

run('Node version', process.execPath, [join(root, 'scripts/check-node.mjs')]) || process.exit(1);

if (!existsSync(chromium)) {
  if (process.getuid?.() === 0) {
    run('Install Chromium for browser tests', 'sh', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium']);
  }
  if (!existsSync(chromium)) {
    console.error(
      `\nBrowser tests need Chromium at ${chromium}. Install it (Debian/Ubuntu: sudo apt-get install chromium)\nor set CHROMIUM_PATH to a Chromium or Chrome binary.`,
    );
    process.exit(1);
  }
}

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports);

const bin = (name) => join(root, 'node_modules/.bin', name);
const steps = { check: false, unit: false, build: false, e2e: false };
steps.check = run('Type check (astro check)', bin('astro'), ['check']);
steps.unit = run('Unit tests (Vitest)', bin('vitest'), [
  'run',
  '--config',
  'tests/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${join(reports, 'unit.json')}`,
]);
steps.build = run('Build the site and its search index', 'npm', ['run', 'build']);
if (steps.build)
  steps.e2e = run('Browser tests (Playwright, Chromium)', bin('playwright'), [
    'test',
    '--config',
    'tests/playwright.config.ts',
  ]);

const unit = readJson('unit.json');
const e2e = readJson('e2e.json');
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
// A step that failed without failing a test (type errors, a broken build, a server that would not start)
// still counts as a failure.
// Test files that could not even load count once each, as a test would.
const brokenUnitFiles = (unit?.testResults ?? []).filter(
  (file) => file.status === 'failed' && file.assertionResults.length === 0,
).length;
const testFailures = {
  unit: (unit?.numFailedTests ?? 0) + brokenUnitFiles,
  e2e: (e2e?.stats?.unexpected ?? 0) + (e2e?.errors?.length ?? 0),
};
const failedSteps = Object.entries(steps).filter(([step, ok]) => !ok && !testFailures[step]);
const failed = testFailures.unit + testFailures.e2e + failedSteps.length;

console.log('');
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.map(([step]) => step).join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && Object.values(steps).every(Boolean) ? 0 : 1);
