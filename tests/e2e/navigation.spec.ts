import { expect, test } from './fixtures';
import { courseModules } from './course';

test('a learner goes from the home page through the learning path', async ({ page }) => {
  await page.goto('/');
  const path = page.locator('.learning-path');
  await expect(path.getByRole('link')).toHaveCount(courseModules.length);
  await path.getByRole('link', { name: /What AI-generated content is/ }).click();
  await expect(page).toHaveURL('/modules/what-ai-generated-content-is/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What AI-generated content is');

  await page.getByRole('link', { name: /Next module.*How platforms label AI content/ }).click();
  await expect(page).toHaveURL('/modules/how-platforms-label-ai-content/');
  await page.getByRole('link', { name: /Previous module/ }).click();
  await expect(page).toHaveURL('/modules/what-ai-generated-content-is/');
  await page.goto(`/modules/${courseModules.at(-1)!.slug}/`);
  await expect(page.getByRole('link', { name: /Next module/ })).toHaveCount(0);
});

test('the main navigation reaches every section and marks the current one', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [label, url, heading] of [
    ['Modules', '/modules/', 'Modules'],
    ['Quizzes', '/quizzes/', 'Quizzes'],
    ['Sandbox', '/sandbox/', 'Sandbox'],
    ['Glossary', '/glossary/', 'Glossary'],
    ['Teach', '/teach/', 'Teacher hub'],
    ['About', '/about/', 'About Look Closer'],
  ] as const) {
    await nav.getByRole('link', { name: label }).click();
    await expect(page).toHaveURL(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(nav.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
  }
});

test('the skip link moves keyboard focus to the content', async ({ page }) => {
  await page.goto('/modules/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('an unknown address shows a helpful 404 page', async ({ page }) => {
  const response = await page.goto('/modules/no-such-module/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await page.getByRole('link', { name: 'See all modules' }).click();
  await expect(page).toHaveURL('/modules/');
});

test('credits list every shipped third-party package with its license', async ({ page }) => {
  await page.goto('/credits/');
  for (const name of ['Astro', 'Pagefind', 'Svelte']) {
    const item = page.locator('.credit-list li', { hasText: name });
    await expect(item.getByRole('link', { name: 'MIT' })).toBeVisible();
  }
});
