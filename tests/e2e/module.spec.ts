import { expect, test } from './fixtures';

test('a module page shows objectives, the lesson, key terms, sources and its teacher guide', async ({ page }) => {
  await page.goto('/modules/how-platforms-label-ai-content/');
  const objectives = page.getByRole('region', { name: 'By the end you can' });
  expect(await objectives.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('heading', { level: 2, name: 'Summary' })).toBeVisible();
  await expect(page.getByRole('note').first()).toBeVisible();
  expect(await page.locator('#sources-title + ol li').count()).toBeGreaterThanOrEqual(3);

  await page.getByRole('link', { name: 'Content Credentials', exact: true }).click();
  await expect(page).toHaveURL(/\/glossary\/#term-content-credentials$/);
  const entry = page.locator('#term-content-credentials');
  await expect(entry).toBeInViewport();
  await expect(
    page.locator('.glossary-entry', { has: entry }).getByRole('link', { name: /How platforms label/ }),
  ).toBeVisible();
});

test('the teacher guide carries the plan, the procedure and the answer key from the check', async ({ page }) => {
  await page.goto('/teach/');
  await page.getByRole('link', { name: /Teacher guide, Module 1:/ }).click();
  await expect(page).toHaveURL('/teach/what-ai-generated-content-is/');
  for (const heading of [
    'Time plan',
    'Procedure',
    'Discussion prompts',
    'Answer key: check for understanding',
    'Standards',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  expect(await page.locator('.answer-key > li').count()).toBeGreaterThanOrEqual(3);
  await expect(page.locator('.answer-key > li').first()).toContainText('Answer:');
});

test('printing a lesson hides the site chrome and shows link addresses', async ({ page }) => {
  await page.goto('/teach/how-platforms-label-ai-content/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this guide' })).toBeHidden();
  const after = await page
    .locator('.sources-list a[href^="http"]')
    .first()
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain('http');
});
