import { expect, test } from './fixtures';
import { hydrateEveryIsland } from './axe';
import { courseModules } from './course';

for (const module of courseModules) {
  test.describe(`module ${module.number}`, () => {
    test('renders, hydrates every widget, and links only to pages and glossary entries that exist', async ({
      page,
    }) => {
      test.setTimeout(60_000);
      await page.goto(`/modules/${module.slug}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(module.title);

      await hydrateEveryIsland(page);

      const hrefs = await page
        .locator('main a[href^="/"]')
        .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')!))]);
      for (const href of hrefs) {
        const [path, anchor] = href.split('#');
        const response = await page.request.get(path!);
        expect(response.status(), href).toBe(200);
        if (anchor) expect(await response.text(), href).toContain(`id="${anchor}"`);
      }

      const guide = await page.request.get(`/teach/${module.slug}/`);
      expect(guide.status()).toBe(200);
      expect(await guide.text()).toContain('Answer key: check for understanding');
    });
  });
}

// One page for all twelve searches: the index is fetched once and then comes from the browser's cache.
test('search finds every module by a key term of its own', async ({ page }) => {
  test.setTimeout(60_000);
  for (const module of courseModules) {
    // A term several modules share may rank other pages first, so search the first one only this module lists.
    const own = module.keyTerms.find(
      ({ term }) => !courseModules.some((other) => other !== module && other.keyTerms.some((key) => key.term === term)),
    );
    await page.goto(`/search/?q=${encodeURIComponent((own ?? module.keyTerms[0]!).term)}`);
    // The index loads on first search: allow for a busy machine.
    await expect(
      page.locator(`.search-result a[href^="/modules/${module.slug}/"]`).first(),
      `module ${module.number}`,
    ).toBeVisible({ timeout: 15_000 });
  }
});
