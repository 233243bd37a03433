import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from './fixtures';
import { parse } from 'yaml';
import { axeViolations } from './axe';

interface BankEntry {
  id: string;
  type: string;
  media?: { kind: string };
}

const bankFolder = join(import.meta.dirname, '../../content/quiz-bank');
const bank: BankEntry[] = readdirSync(bankFolder)
  .filter((name) => name.endsWith('.yaml'))
  .flatMap((name) => (parse(readFileSync(join(bankFolder, name), 'utf8')) as { items: BankEntry[] }).items);

/**
 * Twenty challenge questions that surely include every kind (a random draw may miss one): a picture, a voice, a
 * changed region and steps to order first, then multiple choice. Saved as the learner's attempt, the quiz resumes it.
 */
function everyKindAttempt() {
  const first = (match: (item: BankEntry) => boolean) => bank.find(match)!.id;
  const kinds = [
    first((item) => item.type === 'real-or-ai' && item.media?.kind === 'image'),
    first((item) => item.type === 'real-or-ai' && item.media?.kind === 'audio'),
    first((item) => item.type === 'changed-region'),
    first((item) => item.type === 'order'),
  ];
  const choices = bank.filter((item) => item.type === 'choice').map((item) => item.id);
  const itemIds = [...kinds, ...choices.slice(0, 20 - kinds.length)];
  return { version: 1, quizId: 'challenge', seed: 1, itemIds, answers: {}, startedAt: new Date().toISOString() };
}

async function expectAccessible(page: Page, state: string) {
  expect(await axeViolations(page, { include: '[data-quiz]' }), state).toEqual([]);
}

async function openQuiz(page: Page, quizId: string): Promise<Locator> {
  await page.goto(`/quizzes/${quizId}/`);
  const quiz = page.locator(`[data-quiz="${quizId}"]`);
  await expect(quiz).toHaveAttribute('data-state', /question|finished/);
  return quiz;
}

/** Answers the question on screen with the mouse: the first answer, and 80 % sure. */
async function answerWithMouse(quiz: Locator) {
  const question = quiz.locator('.question');
  const type = await question.getAttribute('data-type');
  if (type === 'changed-region') await question.locator('.stage').click({ position: { x: 40, y: 40 } });
  else if (type !== 'order') await question.locator('fieldset.answer label.option').first().click();
  await question.locator('.confidence label', { hasText: '80%' }).click();
  if (type === 'changed-region' && (await question.locator('.problem').textContent())?.trim()) {
    await question.locator('.regions label.option').first().click();
  }
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(question.locator('.feedback .feedback-heading')).toHaveText(/^(Correct\.|Not quite\.)$/);
}

test('a quiz taken with the mouse teaches after every answer, sums up, and is kept after a reload', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const quiz = await openQuiz(page, 'real-or-ai-baseline');
  await expect(quiz.locator('.quiz-progress')).toHaveText('Question 1 of 10');
  await expectAccessible(page, 'question');

  await quiz.locator('label.option', { hasText: 'Real photo' }).click();
  await quiz.getByRole('button', { name: 'Check answer' }).click();
  await expect(quiz.locator('.problem')).toHaveText('Say how sure you are first.');
  await quiz.locator('.confidence label', { hasText: '90%' }).click();
  await quiz.getByRole('button', { name: 'Check answer' }).click();

  const feedback = quiz.locator('.feedback');
  await expect(feedback.locator('.feedback-heading')).toBeFocused();
  await expect(feedback).toContainText(/This is a real photo\.|This picture was made by AI\./);
  await expect(feedback).toContainText('What to look for');
  await expect(feedback).toContainText('Where it comes from');
  await expect(feedback.locator('.credit a', { hasText: 'license' })).toHaveAttribute('href', /^https:\/\//);
  await expectAccessible(page, 'feedback');
  await feedback.getByRole('button', { name: 'Next question' }).click();
  await expect(quiz.locator('.quiz-progress')).toHaveText('Question 2 of 10');
  await expect(quiz.locator('#quiz-real-or-ai-baseline-question')).toBeFocused();

  // A reload in the middle resumes where the learner was.
  await page.reload();
  await expect(quiz.locator('.quiz-progress')).toHaveText('Question 2 of 10');
  await expect(quiz.locator('.welcome')).toHaveText('Welcome back: you had answered 1 of 10.');

  for (let question = 2; question <= 10; question += 1) {
    await answerWithMouse(quiz);
    await quiz.getByRole('button', { name: question === 10 ? 'See your results' : 'Next question' }).click();
  }
  await expect(quiz).toHaveAttribute('data-state', 'finished');
  const summary = quiz.locator('.summary');
  await expect(summary.getByRole('heading', { name: 'Your results' })).toBeFocused();
  await expect(summary.locator('.score')).toHaveText(/^You answered \d+ of 10 correctly \(\d+%\)\.$/);
  await expect(summary.locator('[data-detection]')).toHaveText(
    /^You caught \d of 5 made by AI and trusted \d of 5 real ones\.$/,
  );
  await expect(summary.locator('[data-calibration]')).toContainText('On average you were 81% sure');
  await expect(summary.locator('svg[role="img"]')).toBeVisible();
  await expect(summary.locator('table tbody tr')).toHaveCount(2);
  await expect(summary).toContainText('Nightingale & Farid, PNAS 2022');
  await expectAccessible(page, 'summary');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'summary, dark');
  await page.emulateMedia({ colorScheme: 'light' });

  const score = await summary.locator('.score').getAttribute('data-score');
  await page.reload();
  await expect(quiz).toHaveAttribute('data-state', 'finished');
  await expect(quiz.locator('.score')).toHaveAttribute('data-score', score!);

  // The result reached the learner's progress, and the quizzes page shows it.
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('look-closer:progress') ?? '{}'));
  expect(saved.quizzes['real-or-ai-baseline'].last).toMatchObject({ total: 10, meanConfidence: 81 });
  await page.goto('/quizzes/');
  const [correct] = score!.split('/');
  await expect(page.locator('[data-quiz-score="real-or-ai-baseline"]')).toHaveText(
    `Your best: ${correct} of 10 · Last time: ${correct} of 10`,
  );
  await expect(page.locator('[data-quiz-score="voices"]')).toHaveText('Not taken yet on this device.');

  // Trying again draws a new attempt.
  await openQuiz(page, 'real-or-ai-baseline');
  await quiz.getByRole('button', { name: 'Try again with new questions' }).click();
  await expect(quiz.locator('.quiz-progress')).toHaveText('Question 1 of 10');
  await expect(quiz.locator('#quiz-real-or-ai-baseline-question')).toBeFocused();
});

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 40) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Could not reach the element with Tab');
}

test('the final challenge works with the keyboard alone, through every kind of question', async ({ page }) => {
  test.setTimeout(90_000);
  await page.addInitScript((attempt) => {
    if (!sessionStorage.getItem('seeded')) localStorage.setItem('look-closer:quiz:v1:challenge', attempt);
    sessionStorage.setItem('seeded', '1');
  }, JSON.stringify(everyKindAttempt()));
  const quiz = await openQuiz(page, 'challenge');
  await expect(quiz.locator('.quiz-progress')).toHaveText('Question 1 of 20');
  const seen = new Set<string>();
  for (let question = 1; question <= 20; question += 1) {
    const current = quiz.locator('.question');
    const type = (await current.getAttribute('data-type'))!;
    const firstOfItsKind = !seen.has(type);
    seen.add(type);
    await quiz.locator('.question .prompt').focus();
    if (type === 'order') {
      const down = current.getByRole('button', { name: /^Move down:/ }).first();
      await tabTo(page, down);
      await page.keyboard.press('Enter');
      await expect(quiz.locator('p.visually-hidden[aria-live]')).toContainText(/is now step 2 of \d\./);
    } else {
      const firstChoice = current
        .locator(type === 'changed-region' ? '.regions input' : 'fieldset.answer input[type=radio]')
        .first();
      await tabTo(page, firstChoice);
      await page.keyboard.press('Space');
      await expect(firstChoice).toBeChecked();
    }
    const confidence = current.locator('.confidence input').first();
    await tabTo(page, confidence);
    await page.keyboard.press('ArrowRight'); // 50% → 60%
    await expect(current.locator('.confidence input[value="60"]')).toBeChecked();
    await tabTo(page, current.getByRole('button', { name: 'Check answer' }));
    await page.keyboard.press('Enter');
    await expect(current.locator('.feedback .feedback-heading')).toBeFocused();
    if (type === 'changed-region') await expect(current.locator('.overlay.answer')).toBeVisible();
    if (firstOfItsKind) await expectAccessible(page, `${type} feedback`);
    await tabTo(page, current.getByRole('button', { name: question === 20 ? 'See your results' : 'Next question' }));
    await page.keyboard.press('Enter');
  }
  await expect(quiz.locator('.summary .summary-heading')).toBeFocused();
  await expect(quiz.locator('.summary .score')).toHaveText(/of 20 correctly/);
  expect([...seen].sort()).toEqual(['changed-region', 'choice', 'order', 'real-or-ai']);
});

test('a changed-region question takes a click on the picture, and shows the change and the picture before it', async ({
  page,
}) => {
  const quiz = await openQuiz(page, 'what-changed');
  const stage = quiz.locator('.stage');
  await stage.click({ position: { x: 10, y: 10 } });
  await expect(quiz.locator('.marker')).toBeVisible();
  await expect(quiz.locator('[aria-live="polite"]').first()).toHaveText(/^You picked: .+\.$|^You clicked outside/);
  await quiz.locator('.confidence label', { hasText: '70%' }).click();
  await quiz.getByRole('button', { name: 'Check answer' }).click();
  await expect(quiz.locator('.overlay.answer')).toBeVisible();
  await expect(quiz.locator('.feedback')).toContainText(/The changed part: .+\./);
  await expect(quiz.locator('.feedback')).toContainText('Before the change');
  await expect(quiz.locator('.feedback img')).toBeVisible();
  await expectAccessible(page, 'changed-region feedback');
});

test('pictures zoom and pan with buttons and keys', async ({ page }) => {
  const quiz = await openQuiz(page, 'real-or-ai-pictures');
  const viewer = quiz.getByRole('group', { name: /Picture viewer/ });
  const level = quiz.locator('.zoom-level');
  await expect(level).toHaveText('100%');
  await quiz.getByRole('button', { name: 'Zoom in' }).click();
  await expect(level).toHaveText('150%');
  await viewer.focus();
  await page.keyboard.press('+');
  await expect(level).toHaveText('225%');
  const before = await quiz.locator('.stage').getAttribute('style');
  await page.keyboard.press('ArrowRight');
  await expect(quiz.locator('.stage')).not.toHaveAttribute('style', before!);
  await page.keyboard.press('0');
  await expect(level).toHaveText('100%');
  await expect(quiz.locator('.stage')).toHaveAttribute('style', /translate\(0px, 0px\) scale\(1\)/);
});

test('the voice quiz has a player and a transcript for every clip', async ({ page }) => {
  const quiz = await openQuiz(page, 'voices');
  await expect(quiz.locator('audio[controls]')).toHaveAttribute('src', /^\/quiz-media\/audio\//);
  await quiz.locator('summary', { hasText: 'What is said' }).click();
  await expect(quiz.locator('.audio details p')).not.toBeEmpty();
  const status = await quiz.locator('audio').evaluate(
    (audio: HTMLAudioElement) =>
      new Promise<number>((resolve) => {
        if (audio.readyState >= 1) resolve(audio.duration);
        audio.addEventListener('loadedmetadata', () => resolve(audio.duration));
        audio.addEventListener('error', () => resolve(-1));
        audio.load();
      }),
  );
  expect(status).toBeGreaterThan(0);
  await expectAccessible(page, 'voice question');
});

test('module 1 embeds its baseline quiz', async ({ page }) => {
  await page.goto('/modules/what-ai-generated-content-is/');
  const quiz = page.locator('[data-quiz="real-or-ai-baseline"]');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-state', 'question');
  await expect(page.locator('#quizzes-title')).toHaveText('Practice quizzes');
});
