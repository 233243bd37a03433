import { expect, test } from './fixtures';

test('pressing / focuses the header search, which finds the right module', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search the course' });
  await expect(box).toBeFocused();
  await box.fill("liar's dividend");
  await box.press('Enter');

  await expect(page).toHaveURL(/\/search\/\?q=liar/);
  const results = page.locator('.search-result');
  await expect(results.first()).toBeVisible();
  await expect(results.first().getByRole('heading')).toHaveText('Module 1: What AI-generated content is');
  await expect(results.first().locator('mark').first()).toBeVisible();
  await expect(page.getByRole('status')).toContainText(/results? for “liar's dividend”/);
});

test('the search page searches as you type, filters by section and keeps the query on reload', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: 'Search modules, teacher guides and the glossary' });
  await box.fill('digitalSourceType');
  await expect(page.locator('.search-result').first().getByRole('heading')).toHaveText(
    'Module 2: How platforms label AI content',
  );

  await page.getByRole('radio', { name: 'Teacher guides' }).check();
  await expect(page.locator('.search-result .eyebrow').first()).toHaveText('Teacher guides');
  await expect(page.locator('.search-result .eyebrow', { hasText: 'Modules' })).toHaveCount(0);

  await page.reload();
  await expect(box).toHaveValue('digitalSourceType');
  await expect(page.getByRole('radio', { name: 'Teacher guides' })).toBeChecked();
  await expect(page.locator('.search-result').first()).toBeVisible();
});

test('a search with no match says so', async ({ page }) => {
  await page.goto('/search/?q=zzqxjv');
  await expect(page.getByRole('status')).toHaveText('No results for “zzqxjv”. Try a shorter or different word.');
});
