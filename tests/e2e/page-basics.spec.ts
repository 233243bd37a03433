import { expect, test } from '@playwright/test';
import { builtPages } from './built-pages';

const pages = builtPages();

test.describe('every page', () => {
  for (const path of pages) {
    test(`${path} has a title, description, language, landmarks, one h1, fits 320 px, and makes only same-origin requests`, async ({
      page,
      baseURL,
    }) => {
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) foreign.push(request.url());
      });
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
      await expect(page.locator('header.site-header')).toHaveCount(1);
      await expect(page.locator('main#main-content')).toHaveCount(1);
      await expect(page.locator('footer.site-footer')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveCount(1);
      await page.waitForLoadState('networkidle');
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
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
