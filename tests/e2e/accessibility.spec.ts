import { expect, test } from '@playwright/test';
import { axeViolations, wcagTags } from './axe';
import { builtPages } from './built-pages';

test.describe('axe scan of every built page', () => {
  test.use({ colorScheme: 'light' });
  // Two full axe runs per page can take long on a busy 2-core machine.
  test.describe.configure({ timeout: 60_000 });
  for (const path of builtPages()) {
    test(`${path} has no WCAG 2.2 A/AA violations, in light and dark themes`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      expect(await axeViolations(page, { tags: [...wcagTags, 'best-practice'] })).toEqual([]);

      // Only colours change with the theme, so the dark pass checks contrast alone.
      await page.getByRole('button', { name: 'Dark theme' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await axeViolations(page, { rules: ['color-contrast'] })).toEqual([]);
    });
  }
});
