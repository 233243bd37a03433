// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quizCompleteEvent } from '../../src/lib/quiz/quiz-storage';
import Quiz from '../../src/widgets/Quiz.svelte';
import { itemById } from './fixtures/quiz-items';

const pool = [itemById('r1'), itemById('a1'), itemById('label'), itemById('steps'), itemById('coins')];
const props = { quizId: 'unit', title: 'A test quiz', pool, count: 5, credits: {}, research: [] };

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

/** Answers whatever question is showing, with the first answer and the given confidence. */
async function answerCurrent(confidence: string) {
  const question = document.querySelector<HTMLElement>('.question')!;
  const type = question.dataset.type;
  if (type === 'changed-region') await fireEvent.click(screen.getByLabelText('One coin on the right'));
  else if (type !== 'order') await fireEvent.click(question.querySelector<HTMLInputElement>('fieldset.answer input')!);
  await fireEvent.click(screen.getByLabelText(confidence));
  await fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
}

describe('Quiz', () => {
  it('asks for an answer and a confidence before grading', async () => {
    render(Quiz, props);
    await screen.findByRole('button', { name: 'Check answer' });
    const type = document.querySelector<HTMLElement>('.question')!.dataset.type;
    await fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(document.querySelector('.problem')!.textContent).toMatch(
      type === 'order' ? 'Say how sure you are first.' : /Choose an answer first\.|Click the part/,
    );
  });

  it('gives feedback on every answer, sums up, records progress and announces the end', async () => {
    const finished = vi.fn();
    window.addEventListener(quizCompleteEvent, finished);
    render(Quiz, props);
    await screen.findByRole('button', { name: 'Check answer' });
    for (let question = 1; question <= 5; question += 1) {
      expect(screen.getByText(`Question ${question} of 5`)).toBeTruthy();
      await answerCurrent('70%');
      expect(document.querySelector('.feedback .feedback-heading')!.textContent).toMatch(/^(Correct\.|Not quite\.)$/);
      expect(screen.getByText(/nothing here is meant to be learned/)).toBeTruthy();
      await fireEvent.click(
        screen.getByRole('button', { name: question === 5 ? 'See your results' : 'Next question' }),
      );
    }
    expect(screen.getByRole('heading', { name: 'Your results' })).toBeTruthy();
    expect(document.querySelector('[data-detection]')!.textContent).toMatch(
      /of 1 made by AI and trusted \d of 1 real ones/,
    );
    expect(finished).toHaveBeenCalledOnce();
    const progress = JSON.parse(localStorage.getItem('look-closer:progress')!);
    expect(progress.quizzes.unit.last).toMatchObject({ total: 5, meanConfidence: 70 });
    window.removeEventListener(quizCompleteEvent, finished);
  });

  it('resumes a saved attempt and starts a fresh one on retry', async () => {
    const first = render(Quiz, props);
    await screen.findByRole('button', { name: 'Check answer' });
    await answerCurrent('100%');
    first.unmount();
    render(Quiz, props);
    expect(await screen.findByText('Welcome back: you had answered 1 of 5.')).toBeTruthy();
    expect(screen.getByText('Question 2 of 5')).toBeTruthy();
  });

  it('starts over when the saved attempt is unreadable', async () => {
    localStorage.setItem('look-closer:quiz:v1:unit', '{not json');
    render(Quiz, props);
    expect(await screen.findByText('Question 1 of 5')).toBeTruthy();
  });
});
