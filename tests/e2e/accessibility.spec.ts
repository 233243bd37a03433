import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './built-pages';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

function describeViolations(results: Awaited<ReturnType<AxeBuilder['analyze']>>) {
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

test.describe('axe scan of every built page', () => {
  test.use({ colorScheme: 'light' });
  // Two full axe runs per page can take long on a busy 2-core machine.
  test.describe.configure({ timeout: 60_000 });
  for (const path of builtPages()) {
    test(`${path} has no WCAG 2.2 A/AA violations, in light and dark themes`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      expect(describeViolations(await new AxeBuilder({ page }).withTags(wcagTags).analyze())).toEqual([]);

      // Only colours change with the theme, so the dark pass checks contrast alone.
      await page.getByRole('button', { name: 'Dark theme' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(describeViolations(await new AxeBuilder({ page }).withRules(['color-contrast']).analyze())).toEqual([]);
    });
  }
});
