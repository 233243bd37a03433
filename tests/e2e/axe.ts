import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from './fixtures';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Opens `path` and waits until the island holding `selector` has hydrated (islands wake when scrolled to). */
export async function openHydrated(page: Page, path: string, selector: string) {
  await page.goto(path);
  const widget = page.locator(selector);
  await widget.scrollIntoViewIfNeeded();
  await page.waitForFunction((inner) => !document.querySelector(`astro-island[ssr]:has(${inner})`), selector);
  return widget;
}

/**
 * Wakes every island on the page as a learner reading to the end would: islands are `display: contents`, so
 * each one's content is scrolled into view, and each must then lose its server-rendered marker.
 */
export async function hydrateEveryIsland(page: Page) {
  for (const island of await page.locator('astro-island').all()) {
    await island.evaluate((element) => (element.firstElementChild ?? element).scrollIntoView({ block: 'center' }));
    await expect(island).not.toHaveAttribute('ssr', '');
  }
}

/**
 * An axe scan of the page as it is now, set up to be quick on this 2-core machine: legacy mode runs axe in the
 * page itself instead of opening a helper page for every scan (the site has no iframes), and only violations are
 * collected, which skips axe's bookkeeping of passes.
 */
export const axe = (page: Page) =>
  new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });

/** Violations as readable lines, so a failing test names the rule and the elements. */
export async function axeViolations(
  page: Page,
  scope: { include?: string; tags?: string[]; rules?: string[] } = {},
): Promise<string[]> {
  const scoped = scope.include ? axe(page).include(scope.include) : axe(page);
  const builder = scope.rules ? scoped.withRules(scope.rules) : scoped.withTags(scope.tags ?? wcagTags);
  const results = await builder.analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}
