import { axe } from './axe';
import { expect, test } from './fixtures';

const modulePage = '/modules/what-ai-generated-content-is/';

test('the check for understanding hydrates, grades with feedback and keeps answers after reload', async ({ page }) => {
  await page.goto(modulePage);
  const check = page.locator('[data-check="module-01-check"]');
  const first = check.locator('.check-item').first();
  await first.scrollIntoViewIfNeeded();
  // The island hydrates when visible; grading only works once it has.
  await expect(async () => {
    await first.getByRole('radio').first().check();
    await first.getByRole('button', { name: 'Check answer' }).click();
    await expect(first.locator('.feedback')).toBeVisible({ timeout: 500 });
  }).toPass();
  await expect(first.locator('.feedback')).toContainText(/Correct\.|Not quite\./);
  await expect(check.locator('.check-progress')).toHaveText(/^1 of \d answered$/);

  await page.reload();
  await expect(page.locator('[data-check="module-01-check"] .check-item').first().locator('.feedback')).toBeVisible();
});

test('the check works with the keyboard alone and stays accessible in every state', async ({ page }) => {
  await page.goto(modulePage);
  const check = page.locator('[data-check="module-01-check"]');
  const items = check.locator('.check-item');
  const count = await items.count();
  await items.first().scrollIntoViewIfNeeded();
  await expect(items.first().getByRole('radio').first()).toBeEnabled();
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]:has([data-check])'));

  for (let index = 0; index < count; index += 1) {
    const item = items.nth(index);
    await item.getByRole('radio').first().focus();
    await page.keyboard.press('ArrowDown'); // moves to and selects the second option
    await page.keyboard.press('Tab');
    await expect(item.getByRole('button', { name: 'Check answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(item.locator('.feedback')).toBeVisible();
  }
  await expect(check.locator('.check-summary')).toContainText(new RegExp(`You answered \\d of ${count} correctly\\.`));

  const results = await axe(page)
    .include('[data-check]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);

  await check.getByRole('button', { name: 'Start the check again' }).click();
  await expect(check.locator('.feedback')).toHaveCount(0);
  await expect(check.locator('.check-progress')).toHaveText(`0 of ${count} answered`);
});
