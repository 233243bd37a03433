import { axeViolations, openHydrated } from './axe';
import { expect, test, type Page } from './fixtures';

const modulePage = '/modules/emotion-and-virality/';
const selector = '[data-feed="larkford-feed"]';

// Several axe runs and reloads per test can take long on a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

/** The best decision for each post of content/feed/larkford-feed.yaml, in feed order. */
const best = ['Share', 'Don’t share', 'Share', 'Check first', 'Don’t share', 'Share', 'Don’t share', 'Share'];

const openWidget = (page: Page) => openHydrated(page, modulePage, selector);

async function expectAxeClean(page: Page) {
  expect(await axeViolations(page, { include: selector })).toEqual([]);
}

test('the lesson renders with its feed simulator and check', async ({ page }) => {
  await page.goto(modulePage);
  await expect(page.getByRole('heading', { level: 1, name: 'Emotion and virality' })).toBeVisible();
  await expect(page.locator(selector)).toHaveCount(1);
  await expect(page.locator('[data-check="module-08-check"]')).toHaveCount(1);
});

test('by mouse: decide, get feedback naming the technique, keep decisions after reload, score and restart', async ({
  page,
}) => {
  const widget = await openWidget(page);
  await expectAxeClean(page);
  const posts = widget.locator('.post');
  await expect(posts).toHaveCount(1);

  await posts.nth(0).getByRole('button', { name: 'Share', exact: true }).click();
  await expect(posts.nth(0).locator('.feedback')).toContainText('Trustworthy post');
  await posts.nth(1).getByRole('button', { name: 'Share', exact: true }).click();
  await expect(posts.nth(1).locator('.feedback')).toContainText('Manipulation technique: Emotional language.');
  await expect(posts.nth(1).locator('.feedback')).toContainText('Not the best call.');
  await expect(widget.locator('.feed-progress')).toHaveText('2 of 8 posts decided');
  await expectAxeClean(page);

  await page.reload();
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.locator('.feed-progress')).toHaveText('2 of 8 posts decided');
  await expect(widget.locator('.feedback')).toHaveCount(2);
  await page.waitForFunction((sel) => !document.querySelector(`astro-island[ssr]:has(${sel})`), selector);

  // Never share anything from here on: the score must not reward blanket doubt.
  for (let index = 2; index < 8; index += 1)
    await posts.nth(index).getByRole('button', { name: 'Don’t share' }).click();
  await expect(widget.locator('[data-pattern]')).toHaveAttribute('data-pattern', 'mixed');
  // Trustworthy: shared 1 of 4 (1 point); manipulative: stopped 3 of 4 (3 points).
  await expect(widget).toContainText('You scored 4 of 8 points.');
  await expect(widget).toContainText('Trustworthy posts: you shared 1 of 4.');
  await expectAxeClean(page);

  await widget.getByRole('button', { name: 'Start the feed again' }).click();
  await expect(posts).toHaveCount(1);
  await expect(widget.locator('.feed-progress')).toHaveText('0 of 8 posts decided');
  for (let index = 0; index < 8; index += 1)
    await posts.nth(index).getByRole('button', { name: 'Don’t share' }).click();
  await expect(widget.locator('[data-pattern]')).toHaveAttribute('data-pattern', 'sceptical');
  await expect(widget.locator('[data-pattern]')).toContainText('Modirrousta-Galian and Higham');
});

test('by keyboard alone: every post, feedback focus, next post and a discerning score', async ({ page }) => {
  const widget = await openWidget(page);
  const posts = widget.locator('.post');
  for (let index = 0; index < best.length; index += 1) {
    const post = posts.nth(index);
    const first = post.getByRole('button', { name: 'Share', exact: true });
    if (index === 0) await first.focus();
    else await expect(post.getByRole('heading')).toBeFocused();
    if (index > 0) await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    const presses = ['Share', 'Don’t share', 'Check first'].indexOf(best[index]!);
    for (let step = 0; step < presses; step += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(post.locator('.feedback')).toBeFocused();
    await expect(post.locator('.feedback')).toContainText('Good call.');
    await page.keyboard.press('Tab');
    await expect(
      post.getByRole('button', { name: index === best.length - 1 ? 'See your score' : 'Next post' }),
    ).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(widget.getByRole('heading', { name: 'Your discernment score' })).toBeFocused();
  await expect(widget).toContainText('You scored 8 of 8 points.');
  await expect(widget.locator('[data-pattern]')).toHaveAttribute('data-pattern', 'discerning');
  await expectAxeClean(page);

  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect(await axeViolations(page, { include: selector, rules: ['color-contrast'] })).toEqual([]);
});
