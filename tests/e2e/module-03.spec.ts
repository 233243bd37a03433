import { axeViolations } from './axe';
import { expect, test } from './fixtures';

const path = '/modules/reading-a-content-credentials-readout/';

test('module 3 renders its lesson, the curated samples and the practice quiz', async ({ page }) => {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Reading a Content Credentials readout' })).toBeVisible();
  for (const heading of ['Try it: six samples', 'When the check fails', 'Check your understanding', 'Summary']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.locator('.inspector .sample')).toHaveText([
    'A photo from a camera',
    'An edited photo',
    'A photo with an AI part placed in',
    'An AI-generated picture',
    'Changed after signing',
    'Signed by an unknown signer',
  ]);
});

test('the inspector reads a curated sample by keyboard, and the readout is accessible', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(path);
  const inspector = page.locator('.inspector');
  await inspector.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !document.querySelector('.inspector')?.closest('astro-island')?.hasAttribute('ssr'));

  await inspector.getByRole('button', { name: 'An edited photo' }).focus();
  await page.keyboard.press('Enter');
  const report = page.locator('[data-testid="provenance-report"][data-file="gen-edited-chain.jpg"]');
  await expect(report).toHaveAttribute('data-status', 'valid', { timeout: 30_000 });
  await expect(report).toHaveAttribute('data-trust', 'unrecognized');
  await expect(report.getByText('Credentials intact')).toBeVisible();
  await expect(report.getByText(/Unrecognized signer/)).toBeVisible();

  // The lesson's prompts name these sections: they must exist as the lesson describes them.
  const ingredients = report.getByText('Ingredients: what it was made from (1)');
  await ingredients.focus();
  await page.keyboard.press('Enter');
  await expect(report.getByText('Edited from').first()).toBeVisible();
  await report.getByText('What was done to it (3)').click();
  await expect(report.getByText('Color adjusted')).toBeVisible();
  await expect(report.getByText('Cropped', { exact: true })).toBeVisible();

  expect(await axeViolations(page, { include: '.inspector' })).toEqual([]);
});

test('the tampered sample says it was changed after signing, as the lesson says', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(path);
  const inspector = page.locator('.inspector');
  await inspector.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !document.querySelector('.inspector')?.closest('astro-island')?.hasAttribute('ssr'));
  await inspector.getByRole('button', { name: 'Changed after signing' }).click();
  const report = page.locator('[data-testid="provenance-report"][data-file="gen-tampered.jpg"]');
  await expect(report).toHaveAttribute('data-status', 'invalid', { timeout: 30_000 });
  await expect(report.getByText('Changed after signing, or damaged')).toBeVisible();
  await expect(report.getByText(/content was changed after it was signed/)).toBeVisible();
  await expect(report.locator('code', { hasText: 'assertion.dataHash.mismatch' })).toBeVisible();
});
