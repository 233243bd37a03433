import { axeViolations, wcagTags } from './axe';
import { expect, type Page } from './fixtures';

/**
 * Takes a quiz from start to finish through its page with the mouse: the first answer to every question,
 * 80 % sure. Returns the score as the summary gives it, `correct/total`.
 */
export async function takeQuiz(page: Page, quizId: string): Promise<{ correct: number; total: number }> {
  await page.goto(`/quizzes/${quizId}/`);
  const quiz = page.locator(`[data-quiz="${quizId}"]`);
  await expect(quiz).toHaveAttribute('data-state', 'question');
  const total = Number(/of (\d+)/.exec((await quiz.locator('.quiz-progress').textContent()) ?? '')?.[1]);
  for (let number = 1; number <= total; number += 1) {
    const question = quiz.locator('.question');
    const type = await question.getAttribute('data-type');
    if (type === 'changed-region') await question.locator('.regions label.option').first().click();
    else if (type !== 'order') await question.locator('fieldset.answer label.option').first().click();
    await question.locator('.confidence label', { hasText: '80%' }).click();
    await question.getByRole('button', { name: 'Check answer' }).click();
    await quiz.getByRole('button', { name: number === total ? 'See your results' : 'Next question' }).click();
  }
  await expect(quiz).toHaveAttribute('data-state', 'finished');
  const [correct, outOf] = ((await quiz.locator('.summary .score').getAttribute('data-score')) ?? '').split('/');
  return { correct: Number(correct), total: Number(outOf) };
}

/** No WCAG 2.2 A/AA violations in what the page shows now (the every-page scan sees only first states). */
export async function expectAccessible(page: Page) {
  expect(await axeViolations(page, { tags: [...wcagTags, 'best-practice'] })).toEqual([]);
}
