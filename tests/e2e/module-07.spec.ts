import { axeViolations, openHydrated } from './axe';
import { expect, test, type Page } from './fixtures';

const modulePage = '/modules/lateral-reading/';
const selector = '[data-lateral-reading="energy-drink-study"]';

// Several axe runs and reloads per test can take long on a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

const openWidget = (page: Page) => openHydrated(page, modulePage, selector);

async function expectAxeClean(page: Page) {
  expect(await axeViolations(page, { include: selector })).toEqual([]);
}

test('the lesson renders with its practice browser, practice quiz and check', async ({ page }) => {
  await page.goto(modulePage);
  await expect(page.getByRole('heading', { level: 1, name: 'Lateral reading' })).toBeVisible();
  await expect(page.locator(selector)).toHaveCount(1);
  await expect(page.locator('[data-quiz="check-before-you-share"]')).toHaveCount(1);
  await expect(page.locator('[data-check="module-07-check"]')).toHaveCount(1);
});

test('by mouse: open tabs, log moves, keep them after reload, give a verdict, see feedback and restart', async ({
  page,
}) => {
  const widget = await openWidget(page);
  await expectAxeClean(page);
  const tabs = widget.getByRole('tab');
  await expect(tabs).toHaveCount(1);

  await widget.getByRole('button', { name: 'Keep scrolling' }).click();
  await expect(widget.getByText('You scrolled down this page.')).toBeVisible();
  await widget.getByRole('button', { name: 'New tab: search the web' }).click();
  await expect(widget.getByRole('tab', { name: 'Search' })).toHaveAttribute('aria-selected', 'true');
  await widget
    .getByRole('button', { name: /Open in a new tab: Study Performance Institute, OpenEncyclopedia/ })
    .click();
  await expect(widget.getByRole('tab', { name: 'OpenEncyclopedia' })).toHaveAttribute('aria-selected', 'true');
  await expect(widget.getByRole('tabpanel')).toContainText('funded by BrightBolt Beverages');
  await expect(widget.locator('.move-list li')).toHaveCount(3);
  await expectAxeClean(page);

  await page.reload();
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.getByRole('tab')).toHaveCount(3);
  await expect(widget.locator('.move-list li')).toHaveCount(3);
  await expect(widget.getByRole('tab', { name: 'OpenEncyclopedia' })).toHaveAttribute('aria-selected', 'true');
  await page.waitForFunction((sel) => !document.querySelector(`astro-island[ssr]:has(${sel})`), selector);

  await widget.getByRole('tab', { name: 'Search' }).click();
  await widget.getByRole('button', { name: /Open in a new tab: Fact check/ }).click();
  await widget.getByRole('button', { name: 'Give my verdict' }).click();
  await expect(widget.getByRole('alert')).toHaveText('Choose a verdict first.');
  await widget.getByRole('radio', { name: /Not on this evidence/ }).check();
  await widget.getByRole('button', { name: 'Give my verdict' }).click();
  await expect(widget.getByRole('heading', { name: 'How you read' })).toBeFocused();
  // Scrolled (0), search (+1), reference (+2), fact-check (+2), left the site on move 2 (+2), right verdict (+2).
  await expect(widget).toContainText('You scored 9 of 9 points.');
  await expect(widget).toContainText('You first left the site on move 2');
  await expect(widget.locator('.review li')).toHaveCount(4);
  await expect(widget.locator('.questions li.found')).toHaveCount(3);
  await expectAxeClean(page);

  await page.reload();
  await expect(widget).toContainText('You scored 9 of 9 points.');
  await page.waitForFunction((sel) => !document.querySelector(`astro-island[ssr]:has(${sel})`), selector);
  await widget.getByRole('button', { name: 'Start the exercise again' }).click();
  await expect(widget.getByRole('tab')).toHaveCount(1);
  await expect(widget.getByText('No moves yet.')).toBeVisible();
});

test('by keyboard alone: open tabs, move between them with arrow keys and give a verdict', async ({ page }) => {
  const widget = await openWidget(page);
  await widget.getByRole('tab', { name: 'Energy drinks and exams' }).focus();
  await page.keyboard.press('Tab');
  await expect(widget.getByRole('button', { name: 'New tab: search the web' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('tabpanel', { name: 'Search' })).toBeFocused();

  // Click restraint: tab past the sponsored result to the encyclopedia entry.
  await page.keyboard.press('Tab');
  await expect(
    widget.getByRole('button', { name: /Sponsored|Study Performance Institute: independent/ }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('tabpanel', { name: 'OpenEncyclopedia' })).toBeFocused();

  await widget.getByRole('tab', { name: 'OpenEncyclopedia' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(widget.getByRole('tab', { name: 'Search' })).toBeFocused();
  await expect(widget.getByRole('tab', { name: 'Search' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(widget.getByRole('tab', { name: 'Energy drinks and exams' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(widget.getByRole('tab', { name: 'OpenEncyclopedia' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(widget.getByRole('tab', { name: 'OpenEncyclopedia' })).toBeFocused();
  await expect(widget.locator('.move-list li')).toHaveCount(2);

  await widget.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(widget.getByRole('radio', { name: /Not on this evidence/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(widget.getByRole('button', { name: 'Give my verdict' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('heading', { name: 'How you read' })).toBeFocused();
  await expect(widget).toContainText('You scored 7 of 9 points.');
  await expect(widget.locator('.questions li.found')).toHaveCount(1);
  await expectAxeClean(page);

  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect(await axeViolations(page, { include: selector, rules: ['color-contrast'] })).toEqual([]);
});
