import { axeViolations, openHydrated } from './axe';
import { expect, test, type Page } from './fixtures';

const modulePage = '/modules/verifying-images-and-video/';
const widget = '[data-workbench="workbench"]';
// Axe over full-size photos is slow on a busy machine.
test.describe.configure({ timeout: 90_000 });

const openWidget = (page: Page) => openHydrated(page, modulePage, widget);

async function expectAxeClean(page: Page) {
  expect(await axeViolations(page, { include: widget })).toEqual([]);
}

test('the module page renders with its lesson, the workbench and the check', async ({ page }) => {
  await page.goto(modulePage);
  await expect(page.getByRole('heading', { level: 1, name: 'Verifying images and video' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Step 2: Metadata, and how easily it is forged' })).toBeVisible();
  await expect(page.locator(widget)).toHaveCount(1);
  await expect(page.locator('[data-check="module-10-check"]')).toHaveCount(1);
});

test('the workbench reads a sample only when asked, shows credentials beside metadata, and keeps notes', async ({
  page,
  baseURL,
}) => {
  const wasm: string[] = [];
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('.wasm')) wasm.push(request.url());
    if (!request.url().startsWith(baseURL!) && !/^(data|blob):/.test(request.url())) foreign.push(request.url());
  });
  const bench = await openWidget(page);
  await expectAxeClean(page);

  await bench.getByRole('button', { name: 'A photo from a camera' }).click();
  await expect(bench.locator('.wb-current')).toContainText('gen-camera-capture.jpg');
  await expect(bench.locator('.wb-step')).toHaveCount(5);
  expect(wasm).toEqual([]);

  await bench.getByRole('button', { name: 'Read its credentials and metadata' }).click();
  const credentials = bench.getByTestId('workbench-credentials');
  await expect(credentials.locator('[data-testid="provenance-report"]')).toHaveAttribute(
    'data-file',
    'gen-camera-capture.jpg',
    { timeout: 30_000 },
  );
  await expect(credentials).toContainText('Credentials intact');
  const metadata = bench.getByTestId('workbench-metadata');
  await expect(metadata).toContainText('Canon EOS REBEL T3');
  await expect(metadata).toContainText('2011-07-30');
  await expect(metadata).toContainText('Where or when: compare with the claim');
  expect(wasm.length).toBeGreaterThan(0);

  await bench.getByLabel('Your notes: Content Credentials').fill('Intact, but the signer is unrecognized.');
  await bench.getByRole('checkbox', { name: 'Done: Content Credentials' }).check();
  await bench.getByRole('radio', { name: "Can't tell yet" }).check();
  await bench.getByRole('radio', { name: /^Medium/ }).check();
  await expect(bench.locator('.wb-head')).toContainText('2 of 5 steps done');
  const report = bench.getByTestId('workbench-report');
  await expect(report).toContainText('Verification report: gen-camera-capture.jpg');
  await expect(report).toContainText('Notes: Intact, but the signer is unrecognized.');
  await expect(report).toContainText('Camera: Canon EOS REBEL T3');
  await expectAxeClean(page);

  await page.reload();
  const again = await openWidget(page);
  await expect(again.locator('.wb-current')).toContainText('gen-camera-capture.jpg');
  await expect(again.locator('.wb-note')).toContainText('Open the file again');
  await expect(again.getByLabel('Your notes: Content Credentials')).toHaveValue(
    'Intact, but the signer is unrecognized.',
  );
  await expect(again.getByRole('radio', { name: "Can't tell yet" })).toBeChecked();
  await expect(again.getByTestId('workbench-report')).toContainText('Camera: Canon EOS REBEL T3');
  await expectAxeClean(page);
  expect(foreign).toEqual([]);
});

test('the workbench works with the keyboard alone and clears notes', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const bench = await openWidget(page);
  const sample = bench.getByRole('button', { name: 'A photo with no credentials' });
  await sample.focus();
  await page.keyboard.press('Enter');
  await expect(bench.locator('.wb-current')).toContainText('no_manifest.jpg');

  const read = bench.getByRole('button', { name: 'Read its credentials and metadata' });
  await read.focus();
  await page.keyboard.press('Enter');
  await expect(bench.getByTestId('workbench-credentials')).toContainText('No Content Credentials', { timeout: 30_000 });

  const note = bench.getByLabel('Your notes: Metadata, and could it be forged?');
  await note.focus();
  await page.keyboard.type('Only a software name. Could be edited.');
  await page.keyboard.press('Tab');
  await expect(bench.getByRole('checkbox', { name: 'Done: Metadata, and could it be forged?' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(bench.getByRole('checkbox', { name: 'Done: Metadata, and could it be forged?' })).toBeChecked();

  await bench.getByRole('radio', { name: 'The evidence supports the claim' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(bench.getByRole('radio', { name: 'Real, but shown in a misleading context' })).toBeChecked();

  await bench.getByRole('button', { name: 'Copy report' }).focus();
  await page.keyboard.press('Enter');
  await expect(bench.getByRole('status').filter({ hasText: 'Report copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Only a software name. Could be edited.');
  await expectAxeClean(page);

  await bench.getByRole('button', { name: 'Clear notes for this file' }).focus();
  await page.keyboard.press('Enter');
  await expect(bench.getByLabel('Your notes: Content Credentials')).toBeFocused();
  await expect(note).toHaveValue('');
  await expect(bench.getByRole('radio', { name: 'Real, but shown in a misleading context' })).not.toBeChecked();
  await expect(bench.getByTestId('workbench-report')).toContainText('No Content Credentials');
});

test('the workbench is accessible in the dark theme and fits a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  const bench = await openWidget(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await bench.getByRole('button', { name: 'An AI-generated picture' }).click();
  await bench.getByRole('button', { name: 'Read its credentials and metadata' }).click();
  await expect(bench.getByTestId('workbench-credentials')).toContainText('Yes, say its credentials', {
    timeout: 30_000,
  });
  await expectAxeClean(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
