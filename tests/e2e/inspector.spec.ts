import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, hydrateEveryIsland, wcagTags } from './axe';
import { expect, test, type Page } from './fixtures';

const fixtures = join(import.meta.dirname, '../../../shared/fixtures/c2pa');

function tsv(name: string): Record<string, string>[] {
  const [header, ...rows] = readFileSync(join(fixtures, name), 'utf8').trimEnd().split('\n');
  const columns = header!.split('\t');
  return rows.map((row) => Object.fromEntries(row.split('\t').map((value, index) => [columns[index], value])));
}

const manifest = tsv('MANIFEST.tsv');
const signals = new Map(tsv('SIGNALS.tsv').map((row) => [row.file!, row.active_manifest_signals_true ?? '']));
/** Files whose active manifest names a generative-AI source type exactly as IPTC writes it. */
const labelled = new Set([
  'gen-ai-created.gif',
  'gen-ai-created.heic',
  'gen-ai-created.jpg',
  'gen-ai-created.mp3',
  'gen-ai-created.svg',
  'gen-ai-created.webp',
  'gen-tampered.jpg',
  'gen-composite-ai.jpg',
  'gen-fill.jpg',
]);

function expectedStatus(state: string): string {
  if (state.startsWith('ERROR')) return state.includes('JumbfNotFound') ? 'none' : 'error';
  return state === 'Invalid' ? 'invalid' : 'valid';
}

/** Opens the sandbox once its inspector island is interactive. */
async function openSandbox(page: Page) {
  await page.goto('/sandbox/');
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
}

async function inspect(page: Page, file: string) {
  await page.locator('#sandbox-files').setInputFiles(join(fixtures, file));
  const report = page.locator(`[data-testid="provenance-report"][data-file="${file}"]`);
  await expect(report).toBeVisible({ timeout: 20_000 });
  return report;
}

test.describe('sandbox inspector on every shared fixture', () => {
  test('reads each file and fills the test contract', async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(baseURL!) && !/^(data|blob):/.test(request.url())) foreign.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await openSandbox(page);

    for (const row of manifest) {
      const file = row.file!;
      const report = await inspect(page, file);
      const status = expectedStatus(row.state_default!);
      await expect(report, file).toHaveAttribute('data-status', status);
      await expect(report, file).toHaveAttribute(
        'data-trust',
        status === 'valid' || status === 'invalid' ? 'unrecognized' : '',
      );
      await expect(report, file).toHaveAttribute('data-label', labelled.has(file) ? 'ai-generated' : 'none');
      const expectedSignals = (signals.get(file) ?? '').split(' ').filter(Boolean).sort();
      const shown = ((await report.getAttribute('data-signals')) ?? '').split(' ').filter(Boolean).sort();
      expect(shown, `${file} signals`).toEqual(expectedSignals);
      if (status === 'valid' || status === 'invalid') {
        await expect(report.getByText(row.signer_issuer_O!, { exact: false }).first(), file).toBeVisible();
      }
    }
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test('a tampered file says it was changed after signing, with the raw code', async ({ page }) => {
  await openSandbox(page);
  const report = await inspect(page, 'gen-tampered.jpg');
  await expect(report.getByText('Changed after signing, or damaged')).toBeVisible();
  await expect(report.locator('code', { hasText: 'assertion.dataHash.mismatch' })).toBeVisible();
});

test('the course test certificate makes its samples recognized, for this session', async ({ page }) => {
  await openSandbox(page);
  await page.getByText('Add a trust anchor for this session').click();
  await page.getByRole('button', { name: 'Use the course test certificate' }).click();
  await expect(page.getByText('1 added certificate in use')).toBeVisible();
  const report = await inspect(page, 'gen-camera-capture.jpg');
  await expect(report).toHaveAttribute('data-trust', 'recognized');
  await expect(report.getByText('Recognized signer')).toBeVisible();

  // Added anchors last for the session: a reload keeps them, and an untrusted signer stays unrecognized.
  await page.reload();
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await page.getByText('Add a trust anchor for this session').click();
  await expect(page.getByText('1 added certificate in use')).toBeVisible();
  await expect(await inspect(page, 'gen-ai-created.jpg')).toHaveAttribute('data-trust', 'recognized');
  await expect(await inspect(page, 'gen-selfsigned.jpg')).toHaveAttribute('data-trust', 'unrecognized');
});

test('bad files get a clear message and the next file still reads', async ({ page }) => {
  await openSandbox(page);
  const input = page.locator('#sandbox-files');
  await input.setInputFiles([
    { name: 'empty.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(0) },
    { name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('just some text, not a picture') },
    {
      name: 'noise.png',
      mimeType: 'image/png',
      buffer: Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256)),
    },
  ]);
  for (const name of ['empty.jpg', 'notes.jpg', 'noise.png']) {
    const report = page.locator(`[data-testid="provenance-report"][data-file="${name}"]`);
    await expect(report).toHaveAttribute('data-status', 'error', { timeout: 20_000 });
    await expect(report.locator('.readout-error')).not.toBeEmpty();
  }
  await expect(page.locator('[data-file="notes.jpg"] .readout-error')).toContainText('This looks like a text file.');

  // A signed file cut short: its credentials no longer match what is left of the picture.
  const signed = readFileSync(join(fixtures, 'gen-ai-created.jpg'));
  await input.setInputFiles({ name: 'cut.jpg', mimeType: 'image/jpeg', buffer: signed.subarray(0, signed.length / 2) });
  const cut = page.locator('[data-testid="provenance-report"][data-file="cut.jpg"]');
  await expect(cut).toHaveAttribute('data-status', /^(invalid|error)$/, { timeout: 20_000 });
  const good = await inspect(page, 'gen-ai-created.jpg');
  await expect(good).toHaveAttribute('data-status', 'valid');
});

test('samples work with the keyboard alone and the readout is accessible', async ({ page }) => {
  await openSandbox(page);
  const sample = page.getByRole('button', { name: 'An AI-generated picture' });
  await sample.focus();
  await page.keyboard.press('Enter');
  const report = page.locator('[data-testid="provenance-report"][data-file="gen-ai-created.jpg"]');
  await expect(report).toHaveAttribute('data-label', 'ai-generated', { timeout: 20_000 });
  const labelSection = report.getByText('Would a platform label it “AI-generated”?');
  await labelSection.focus();
  await page.keyboard.press('Enter');
  await expect(report.getByText(/TikTok described in May 2024/)).toBeVisible();

  expect(await axeViolations(page, { include: '.inspector', tags: [...wcagTags, 'best-practice'] })).toEqual([]);
});

test('the engine is not downloaded until a file is read, on the sandbox or a module page', async ({ page }) => {
  const wasm: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm') && !request.url().includes('/pagefind/')) wasm.push(request.url());
  });
  await openSandbox(page);
  await page.waitForLoadState('networkidle');
  expect(wasm).toEqual([]);
  await inspect(page, 'C.jpg');
  expect(wasm).toHaveLength(1);

  // A fresh page: the module with an inspector, read to the end so every widget has woken up.
  const fresh = await page.context().newPage();
  const modulePageWasm: string[] = [];
  fresh.on('request', (request) => {
    if (request.url().endsWith('.wasm')) modulePageWasm.push(request.url());
  });
  await fresh.goto('/modules/how-platforms-label-ai-content/');
  await hydrateEveryIsland(fresh);
  await fresh.waitForLoadState('networkidle');
  expect(modulePageWasm).toEqual([]);
});

test('module 2 embeds the inspector with its chosen samples', async ({ page }) => {
  await page.goto('/modules/how-platforms-label-ai-content/');
  const inspector = page.locator('.inspector');
  await inspector.scrollIntoViewIfNeeded();
  // Only this island: the check further down hydrates when it scrolls into view.
  await page.waitForFunction(() => !document.querySelector('.inspector')?.closest('astro-island')?.hasAttribute('ssr'));
  await expect(inspector.locator('.sample')).toHaveText([
    'An AI-generated picture',
    'Made by an algorithm, not generative AI',
    'An early Adobe Firefly image (2023)',
    'A photo with an AI part placed in',
    'A photo with no credentials',
  ]);
  await inspector.getByRole('button', { name: 'A photo with no credentials' }).click();
  const report = page.locator('[data-testid="provenance-report"][data-file="no_manifest.jpg"]');
  await expect(report).toHaveAttribute('data-status', 'none', { timeout: 20_000 });
  await expect(report).toHaveAttribute('data-label', 'none');
  await expect(report.getByText(/once carried Content Credentials/)).toBeVisible();
});

test('a slow read can be cancelled, and the next file still reads', async ({ page }) => {
  test.setTimeout(60_000);
  await openSandbox(page);
  // Slow the CPU so the read is still running when Cancel is pressed.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.locator('#sandbox-files').setInputFiles(join(fixtures, 'gen-capture.m4a'));
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.pending', { hasText: 'Stopped reading gen-capture.m4a.' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Stopped reading' })).toHaveCount(1);
  await expect(page.locator('[data-file="gen-capture.m4a"]')).toHaveCount(0);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

  const report = await inspect(page, 'gen-capture.m4a');
  await expect(report).toHaveAttribute('data-status', 'valid');
  await expect(report).toHaveAttribute('data-signals', /capturedMedia/);
});

test('files can be pasted or dropped, and online-only credentials show their address', async ({ page }) => {
  await openSandbox(page);
  const deliver = async (how: 'paste' | 'drop', sample: string) => {
    await page.evaluate(
      async ({ how, sample }) => {
        const blob = await (await fetch(`/samples/${sample}`)).blob();
        const transfer = new DataTransfer();
        transfer.items.add(new File([blob], sample, { type: blob.type }));
        if (how === 'paste') window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer }));
        else
          document
            .querySelector('.dropzone')!
            .dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
      },
      { how, sample },
    );
    return page.locator(`[data-testid="provenance-report"][data-file="${sample}"]`);
  };

  await expect(await deliver('paste', 'gen-camera-capture.jpg')).toHaveAttribute('data-signals', /capturedMedia/, {
    timeout: 20_000,
  });
  const cloud = await deliver('drop', 'cloud.jpg');
  await expect(cloud).toHaveAttribute('data-status', 'error', { timeout: 20_000 });
  await expect(cloud.locator('.readout-error')).toContainText('https://cai-manifests.adobe.com/manifests/');
});
