import { axeViolations } from './axe';
import { expect, test, type Locator, type Page } from './fixtures';

const path = '/modules/visual-artifacts-and-their-limits/';

async function expectAccessible(page: Page, selector: string, state: string) {
  expect(await axeViolations(page, { include: selector }), state).toEqual([]);
}

async function tabTo(page: Page, target: Locator, limit = 40) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Could not reach the element with Tab');
}

async function openQuiz(page: Page): Promise<Locator> {
  await page.goto(path);
  const quiz = page.locator('[data-quiz="real-or-ai-pictures"]');
  await quiz.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]:has([data-quiz="real-or-ai-pictures"])'));
  await expect(quiz).toHaveAttribute('data-state', /question|finished/);
  return quiz;
}

test('module 5 renders its lesson, example pictures and check', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(path);
  await expect(page.locator('h1')).toHaveText('Visual artifacts and their limits');
  for (const heading of ['Where generators slip', 'Why every clue is weak', 'What the studies found', 'Summary'])
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  const figures = page.locator('figure:has(> img[src^="/quiz-media/img/"])');
  await expect(figures).toHaveCount(3);
  for (const image of await figures.locator('img').all()) {
    await expect(image).toHaveAttribute('alt', /.{30,}/);
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0))
      .toBe(true);
  }
  await expect(page.locator('[data-check="module-05-check"]')).toBeAttached();
});

test('the embedded picture quiz answers by mouse, keeps its place after a reload, and is accessible', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const quiz = await openQuiz(page);
  await expect(quiz.locator('.quiz-progress')).toHaveText('Question 1 of 12');
  await expectAccessible(page, '[data-quiz="real-or-ai-pictures"]', 'question');
  const question = quiz.locator('.question');
  await expect(question.locator('img').first()).toBeVisible();
  await question.locator('fieldset.answer label.option').first().click();
  await question.locator('.confidence label', { hasText: '80%' }).click();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(question.locator('.feedback .feedback-heading')).toHaveText(/^(Correct\.|Not quite\.)$/);
  await expectAccessible(page, '[data-quiz="real-or-ai-pictures"]', 'feedback');
  await quiz.getByRole('button', { name: 'Next question' }).click();
  await expect(quiz.locator('.quiz-progress')).toHaveText('Question 2 of 12');

  await page.reload();
  const again = await openQuiz(page);
  await expect(again.locator('.quiz-progress')).toHaveText('Question 2 of 12');
});

test('the embedded picture quiz works with the keyboard alone and ends with a calibration chart', async ({ page }) => {
  test.setTimeout(120_000);
  const quiz = await openQuiz(page);
  for (let number = 1; number <= 12; number += 1) {
    const current = quiz.locator('.question');
    await quiz.locator('.question .prompt').focus();
    const firstChoice = current.locator('fieldset.answer input[type=radio]').first();
    await tabTo(page, firstChoice);
    await page.keyboard.press('Space');
    await expect(firstChoice).toBeChecked();
    await tabTo(page, current.locator('.confidence input').first());
    await page.keyboard.press('ArrowRight');
    await expect(current.locator('.confidence input[value="60"]')).toBeChecked();
    await tabTo(page, current.getByRole('button', { name: 'Check answer' }));
    await page.keyboard.press('Enter');
    await expect(current.locator('.feedback .feedback-heading')).toBeFocused();
    await tabTo(page, current.getByRole('button', { name: number === 12 ? 'See your results' : 'Next question' }));
    await page.keyboard.press('Enter');
  }
  await expect(quiz).toHaveAttribute('data-state', 'finished');
  await expect(quiz.locator('.summary .summary-heading')).toBeFocused();
  await expect(quiz.locator('.summary')).toContainText('How sure you were, and how often you were right');
  await expect(quiz.locator('.summary [data-calibration]')).toContainText('On average you were 60% sure');
  await expect(quiz.locator('.summary figure.calibration')).toBeVisible();
  await expectAccessible(page, '[data-quiz="real-or-ai-pictures"]', 'summary');
});
