import { axeViolations } from './axe';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from './fixtures';

const path = '/modules/creating-responsibly/';
const selector = '[data-signing-demo="signing-demo"]';

async function expectAccessible(page: Page, state: string) {
  expect(await axeViolations(page, { include: selector }), state).toEqual([]);
}

async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Could not reach the element with Tab');
}

/** Opens the module, scrolls to the demo and waits for it to hydrate; records any engine download. */
async function openDemo(page: Page): Promise<{ demo: Locator; wasmRequests: string[] }> {
  const wasmRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm')) wasmRequests.push(request.url());
  });
  await page.goto(path);
  const demo = page.locator(selector);
  await demo.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]:has([data-signing-demo])'));
  return { demo, wasmRequests };
}

// Signing loads an 8 MB engine and axe scans are slow on a busy machine: generous timeouts, no parallel runs.
test.describe.configure({ mode: 'serial' });

test('module 11 renders its lesson around the signing demo', async ({ page }) => {
  await page.goto(path);
  await expect(page.locator('h1')).toHaveText('Creating responsibly');
  for (const heading of [
    'What the platforms ask of creators',
    'What a signature proves, and what it doesn’t',
    'Real people need consent',
    'Summary',
  ])
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  await expect(page.locator('[data-check="module-11-check"]')).toBeAttached();
});

test('signing by mouse: the readout shows the demo signer as not on the trust list, and it survives a reload', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const { demo, wasmRequests } = await openDemo(page);
  await expectAccessible(page, 'start');
  await demo.getByRole('button', { name: /Sign with the demo certificate/ }).click();
  await expect(demo.getByRole('alert')).toHaveText('Pick a picture first.');

  await demo.locator('label.sd-picture', { hasText: 'A robin on a branch' }).click();
  await demo.getByLabel('I made it with a generative AI tool').check();
  await expect(demo.locator('.sd-preview')).toContainText('trainedAlgorithmicMedia');
  await expect(demo.locator('.sd-preview')).toContainText('switch on the platform’s own AI disclosure');
  // The engine has not been fetched: it loads only when the learner asks for a signature.
  expect(wasmRequests).toEqual([]);

  await demo.getByRole('button', { name: /Sign with the demo certificate/ }).click();
  const result = demo.locator('.sd-result');
  await expect(result).toBeVisible({ timeout: 120_000 });
  expect(wasmRequests.length).toBeGreaterThan(0);
  await expect(result).toHaveAttribute('data-status', 'valid');
  await expect(result).toHaveAttribute('data-trust', 'unrecognized');
  await expect(result.locator('.sd-signer')).toContainText('Look Closer Demo Signer');
  await expect(result.locator('.sd-trust')).toHaveText('Unrecognized: not on the C2PA trust list');
  const readout = result.getByTestId('provenance-report');
  await expect(readout).toHaveAttribute('data-label', 'ai-generated');
  await expect(readout).toContainText('Credentials intact');
  await expect(readout).toContainText('Unrecognized signer');
  await expect(result.locator('.sd-contradiction')).toHaveCount(0);
  await expectAccessible(page, 'signed');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    result.getByRole('link', { name: 'Download the signed file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('robin-signed-demo.jpg');
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 2).toString('hex')).toBe('ffd8');
  expect(bytes.includes(Buffer.from('c2pa'))).toBe(true);
  expect(bytes.includes(Buffer.from('Look Closer Demo Signer'))).toBe(true);

  await page.reload();
  const again = await openDemo(page);
  await expect(again.demo.locator('.sd-result')).toHaveAttribute('data-trust', 'unrecognized');
  await expect(again.demo.getByLabel('I made it with a generative AI tool')).toBeChecked();
  await expect(again.demo.locator('input[value="robin"]')).toBeChecked();
  await expect(again.demo.getByRole('link', { name: 'Download the signed file' })).toHaveAttribute('href', /^blob:/);
  expect(again.wasmRequests).toEqual([]);

  await again.demo.getByRole('button', { name: 'Start again' }).click();
  await expect(again.demo.locator('.sd-result')).toHaveCount(0);
  await expect(again.demo.locator('input[value="robin"]')).not.toBeChecked();
  await expect(again.demo.locator('input[value="robin"]')).toBeFocused();
});

test('signing by keyboard: a false declaration still signs, and the demo says so', async ({ page }) => {
  test.setTimeout(240_000);
  const { demo } = await openDemo(page);
  const firstPicture = demo.locator('input[name="signing-demo-picture"]').first();
  await firstPicture.focus();
  await page.keyboard.press('Space');
  await expect(demo.locator('input[value="robin"]')).toBeChecked();

  const firstDeclaration = demo.locator('input[name="signing-demo-declaration"]').first();
  await tabTo(page, firstDeclaration);
  await page.keyboard.press('Space');
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
  await expect(demo.getByLabel('I took it with my camera and did not edit it')).toBeChecked();
  await expect(demo.locator('.sd-preview')).toContainText('digitalCapture');
  await expect(demo.locator('.sd-preview')).toContainText('No AI disclosure is needed');

  await tabTo(page, demo.getByRole('button', { name: /Sign with the demo certificate/ }));
  await page.keyboard.press('Enter');
  const heading = demo.getByRole('heading', { name: 'What the reader says about your signed file' });
  await expect(heading).toBeFocused({ timeout: 120_000 });
  await expect(demo.locator('p[aria-live]')).toContainText('the signer is not on the trust list');
  const result = demo.locator('.sd-result');
  await expect(result).toHaveAttribute('data-trust', 'unrecognized');
  await expect(result.getByTestId('provenance-report')).toHaveAttribute('data-label', 'none');
  await expect(result.locator('.sd-contradiction')).toContainText('the signature is still valid');
  await expectAccessible(page, 'signed by keyboard');

  // Changing a choice clears the result that belonged to the old one.
  await tabTo(page, demo.locator('input[value="robin"]'), 80);
  await page.keyboard.press('ArrowRight');
  await expect(demo.locator('input[value="rocket"]')).toBeChecked();
  await expect(result).toHaveCount(0);
});

test('the signing demo fits a 320 px wide screen', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 800 });
  const { demo } = await openDemo(page);
  const overflow = await demo.evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await expectAccessible(page, 'dark, narrow');
});
