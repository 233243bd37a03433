import { axeViolations, openHydrated } from './axe';
import { expect, test, type Page } from './fixtures';

const modulePage = '/modules/cheapfakes-and-out-of-context-media/';
const widget = '[data-caption-match="real-photos-false-claims"]';
// Axe over full-size photos is slow on a busy machine.
test.describe.configure({ timeout: 90_000 });

const openWidget = (page: Page) => openHydrated(page, modulePage, widget);

async function expectAxeClean(page: Page) {
  expect(await axeViolations(page, { include: widget })).toEqual([]);
}

test('the module page renders with its lesson, the caption match, the practice quiz and the check', async ({
  page,
}) => {
  await page.goto(modulePage);
  await expect(page.getByRole('heading', { level: 1, name: 'Cheapfakes and out-of-context media' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tracing a picture to its original' })).toBeVisible();
  await expect(page.locator(widget)).toHaveCount(1);
  await expect(page.locator('[data-check="module-09-check"]')).toHaveCount(1);
  await expect(page.locator(`${widget} .cm-picture`)).toHaveCount(4);
});

test('caption match grades by mouse, explains every caption, and keeps answers after reload', async ({ page }) => {
  const match = await openWidget(page);
  await expectAxeClean(page);

  const first = match.locator('.cm-picture').first();
  // The oldest sighting is listed first, and it is the picture's real origin.
  await expect(first.locator('.cm-timeline li').first()).toContainText('2008');
  await first.getByRole('button', { name: 'Check' }).click();
  await expect(first.locator('.cm-prompt-msg')).toHaveText('Choose a caption first.');

  await first.getByText('RIGHT NOW a huge storm').click();
  await first.getByRole('button', { name: 'Check' }).click();
  await expect(first.locator('.feedback.incorrect')).toContainText('Not this one.');
  await expect(first.locator('.cm-why li')).toHaveCount(3);
  await expect(first.locator('.cm-why')).toContainText('Recycled');
  await expect(match.locator('.cm-progress')).toHaveText('1 of 4 pictures matched');
  await expectAxeClean(page);

  await page.reload();
  const again = await openWidget(page);
  const firstAgain = again.locator('.cm-picture').first();
  await expect(firstAgain.locator('.feedback.incorrect')).toBeVisible();
  await expect(again.locator('.cm-progress')).toHaveText('1 of 4 pictures matched');

  await firstAgain.getByRole('button', { name: 'Try this picture again' }).click();
  await expect(firstAgain.locator('.feedback')).toHaveCount(0);
  await expect(firstAgain.getByRole('radio').first()).toBeFocused();
  await firstAgain.getByRole('radio', { name: /clouds gathering over flat fields/ }).check();
  await firstAgain.getByRole('button', { name: 'Check' }).click();
  await expect(firstAgain.locator('.feedback.correct')).toContainText('Right.');
});

test('caption match works with the keyboard alone, shows the cropped post, and starts over', async ({ page }) => {
  const match = await openWidget(page);
  const pictures = match.locator('.cm-picture');
  const count = await pictures.count();
  for (let index = 0; index < count; index += 1) {
    const picture = pictures.nth(index);
    await picture.getByRole('radio').first().focus();
    await page.keyboard.press('ArrowDown'); // selects the second caption
    await page.keyboard.press('Tab');
    await expect(picture.getByRole('button', { name: 'Check' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(picture.locator('.feedback')).toBeVisible();
  }
  await expect(match.locator('.cm-summary')).toContainText(/You matched \d of 4 pictures to their true captions\./);
  // The cropped post shows only part of the picture, with its own description.
  await expect(
    match.getByRole('img', { name: 'The cropped part of the picture that this post showed.' }),
  ).toBeVisible();
  await expectAxeClean(page);

  await match.getByRole('button', { name: 'Start over' }).focus();
  await page.keyboard.press('Enter');
  await expect(match.locator('.feedback')).toHaveCount(0);
  await expect(match.locator('.cm-progress')).toHaveText('0 of 4 pictures matched');
  await expect(pictures.first().getByRole('radio').first()).toBeFocused();
  await page.reload();
  await expect((await openWidget(page)).locator('.cm-progress')).toHaveText('0 of 4 pictures matched');
});

test('caption match is accessible in the dark theme and fits a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  const match = await openWidget(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const first = match.locator('.cm-picture').first();
  await first.getByRole('radio').nth(1).check();
  await first.getByRole('button', { name: 'Check' }).click();
  await expect(first.locator('.feedback')).toBeVisible();
  await expectAxeClean(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
