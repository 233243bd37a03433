import { expect, test } from './fixtures';
import { axeViolations, wcagTags } from './axe';
import { builtPages } from './built-pages';

const pages = builtPages();
// Teacher guides and quiz pages are each one template filled with text: the dark pass checks the first of each,
// every other page in full (the light pass checks every page).
const repeatsOfATemplate = new Set(
  [/^\/teach\/(?!assign\/|class\/)[^/]+\/$/, /^\/quizzes\/[^/]+\/$/].flatMap((template) =>
    pages.filter((path) => template.test(path)).slice(1),
  ),
);

// One visit per page for all page-wide checks: loading a page costs as much as checking it on this 2-core machine.
test.describe('every page', () => {
  test.use({ colorScheme: 'light' });
  test.describe.configure({ timeout: 60_000 });
  for (const path of pages) {
    test(`${path}: title, description, language, landmarks, one h1, fits 320 px, under the site's CSP, no WCAG 2.2 A/AA violations in light${repeatsOfATemplate.has(path) ? '' : ' and dark'}`, async ({
      page,
    }) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !(path === '/no-such-page/' && message.text().includes('404')))
          errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));

      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      await expect(page).toHaveTitle(/\S.* · Look Closer$|^Look Closer: /);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      await expect(page.locator('header.site-header')).toHaveCount(1);
      await expect(page.locator('main#main-content')).toHaveCount(1);
      await expect(page.locator('footer.site-footer')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveCount(1);
      // The fixture fails the test on any violation; this makes sure there is a policy to violate.
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy).toMatch(/default-src 'self'/);
      expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);

      await page.setViewportSize({ width: 1280, height: 800 });
      expect(await axeViolations(page, { tags: [...wcagTags, 'best-practice'] })).toEqual([]);
      // Only colours change with the theme, so the dark pass checks contrast alone.
      if (repeatsOfATemplate.has(path)) return;
      await page.getByRole('button', { name: 'Dark theme' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await axeViolations(page, { rules: ['color-contrast'] })).toEqual([]);
    });
  }

  test('page titles are unique', async ({ request }) => {
    const titles = new Map<string, string>();
    for (const path of pages) {
      const html = await (await request.get(path)).text();
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
      expect(title, `${path} has no title`).not.toBe('');
      expect(titles.get(title), `${path} repeats the title of ${titles.get(title)}`).toBeUndefined();
      titles.set(title, path);
    }
  });
});
