import { axeViolations } from './axe';
import { expect, test, type Page } from './fixtures';

const path = '/modules/missing-credentials-prove-nothing/';
const lab = '[data-testid="strip-lab"]';

/** Scrolls to the lab and waits until its island is interactive. */
async function openLab(page: Page) {
  const widget = page.locator(lab);
  await widget.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]:has([data-testid="strip-lab"])'));
  return widget;
}

async function expectAxeClean(page: Page) {
  expect(await axeViolations(page, { include: lab })).toEqual([]);
}

function watchWasm(page: Page): string[] {
  const wasm: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm') && !request.url().includes('/pagefind/')) wasm.push(request.url());
  });
  return wasm;
}

test('module 4 renders its lesson around the strip lab', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Missing credentials prove nothing' })).toBeVisible();
  for (const heading of ['See it happen: the strip lab', 'Watermarks and fingerprints', 'Summary', 'Go further']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  const widget = await openLab(page);
  await expect(widget.getByRole('radio')).toHaveCount(6);
  await expectAxeClean(page);
});

test('the strip lab strips credentials from both copies, by keyboard, and remembers it on reload', async ({ page }) => {
  test.setTimeout(120_000);
  const wasm = watchWasm(page);
  await page.goto(path);
  const widget = await openLab(page);
  await page.waitForLoadState('networkidle');
  // The checker is not downloaded until the learner asks for the copies.
  expect(wasm).toEqual([]);

  // Keyboard only: arrow to the AI picture, then to the make button.
  await widget.getByRole('radio', { name: /A photo from a camera/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(widget.getByRole('radio', { name: /An AI-generated picture/ })).toBeChecked();
  const make = widget.getByRole('button', { name: /Make the copies/ });
  await make.focus();
  await page.keyboard.press('Enter');

  const original = widget.locator('.version[data-kind="original"]');
  const screenshot = widget.locator('.version[data-kind="screenshot"]');
  const reencoded = widget.locator('.version[data-kind="reencoded"]');
  await expect(reencoded).toBeVisible({ timeout: 60_000 });
  await expect(original).toHaveAttribute('data-credentials', 'yes');
  await expect(original.getByText('Credentials intact')).toBeVisible();
  await expect(original.getByText('Yes, say its credentials.')).toBeVisible();
  for (const copy of [screenshot, reencoded]) {
    await expect(copy).toHaveAttribute('data-credentials', 'no');
    await expect(copy.getByText('No Content Credentials')).toBeVisible();
    await expect(copy.getByText('Unknown.')).toBeVisible();
    await expect(copy.getByRole('img')).toBeVisible();
    await expect(copy.locator('.size')).toHaveText(/\d+(\.\d)? (KB|MB|bytes)/);
  }
  await expect(original.getByRole('img')).toBeVisible();
  await expect(screenshot.getByText('Identical to the original’s.')).toBeVisible();
  await expect(screenshot.getByText('gen-ai-created-screenshot.png', { exact: true })).toBeVisible();
  await expect(reencoded.getByText('gen-ai-created-resaved.jpg', { exact: true })).toBeVisible();
  await expect(widget.locator('.verdict')).toContainText('Both copies carry none');
  await expect(widget.getByRole('status')).toContainText('Done.');
  await expect(widget.getByRole('heading', { name: 'Original and copies, side by side' })).toBeFocused();
  expect(wasm).toHaveLength(1);
  await expectAxeClean(page);

  // The same result in the dark theme.
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAxeClean(page);

  // A reload keeps the chosen picture and the findings, without loading the checker again.
  const afterReload = watchWasm(page);
  await page.reload();
  const restored = await openLab(page);
  await expect(restored.getByRole('radio', { name: /An AI-generated picture/ })).toBeChecked();
  await expect(restored.getByRole('heading', { name: 'Your last result' })).toBeVisible();
  await expect(restored.locator('.version[data-kind="original"]')).toHaveAttribute('data-credentials', 'yes');
  await expect(restored.locator('.version[data-kind="screenshot"]')).toHaveAttribute('data-credentials', 'no');
  await expect(restored.locator('.version[data-kind="reencoded"]')).toHaveAttribute('data-credentials', 'no');
  await expect(restored.getByText(/make the copies again to see them/)).toBeVisible();
  expect(afterReload).toEqual([]);
  await expectAxeClean(page);
});

test('the strip lab works with the mouse, and Start over clears it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(path);
  const widget = await openLab(page);
  await widget.getByText('A photo with an AI part placed in').click();
  await widget.getByText('50%', { exact: true }).click();
  await widget.getByRole('button', { name: /Make the copies/ }).click();
  const reencoded = widget.locator('.version[data-kind="reencoded"]');
  await expect(reencoded).toHaveAttribute('data-credentials', 'no', { timeout: 60_000 });
  await expect(reencoded.getByRole('heading', { name: 'Re-saved JPEG (quality 50%)' })).toBeVisible();
  await expect(widget.locator('.version[data-kind="original"]')).toHaveAttribute('data-credentials', 'yes');

  await widget.getByRole('button', { name: 'Start over' }).click();
  await expect(widget.locator('.version')).toHaveCount(0);
  await expect(widget.getByRole('radio', { name: /A photo from a camera/ })).toBeChecked();
  await expect(widget.getByRole('radio', { name: /A photo from a camera/ })).toBeFocused();
  await expect(widget.getByRole('radio', { name: '80%' })).toBeChecked();
  await page.reload();
  const cleared = await openLab(page);
  await expect(cleared.getByRole('radio', { name: /A photo from a camera/ })).toBeChecked();
  await expect(cleared.locator('.version')).toHaveCount(0);
});
