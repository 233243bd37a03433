// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkCompleteEvent } from '../../src/lib/quiz/check-storage';
import KnowledgeCheck from '../../src/widgets/KnowledgeCheck.svelte';
import { checkItems } from './fixtures/check-items';

const props = { quizId: 'sample-check', title: 'Check your understanding', items: checkItems };

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

describe('KnowledgeCheck', () => {
  it('asks for a choice before grading', async () => {
    render(KnowledgeCheck, props);
    await fireEvent.click(screen.getAllByRole('button', { name: 'Check answer' })[0]!);
    expect(screen.getByText('Choose an answer first.')).toBeTruthy();
  });

  it('grades an answer, explains it, and saves it on the device', async () => {
    render(KnowledgeCheck, props);
    await fireEvent.click(screen.getByLabelText('It is real.'));
    await fireEvent.click(screen.getAllByRole('button', { name: 'Check answer' })[0]!);
    expect(screen.getByText('Not quite.')).toBeTruthy();
    expect(screen.getByText(/A missing label proves nothing/)).toBeTruthy();
    expect(screen.getByText(/Labels depend on credentials/)).toBeTruthy();
    expect(screen.getByText('1 of 2 answered')).toBeTruthy();
    expect(JSON.parse(localStorage.getItem('look-closer:check:v1:sample-check')!)).toEqual({ 'no-label': 0 });
  });

  it('restores saved answers and announces completion with the score', async () => {
    localStorage.setItem('look-closer:check:v1:sample-check', JSON.stringify({ 'no-label': 1 }));
    const completed = vi.fn();
    window.addEventListener(checkCompleteEvent, completed);
    render(KnowledgeCheck, props);
    expect(await screen.findByText('Correct.')).toBeTruthy();

    await fireEvent.click(screen.getByLabelText('They are lost.'));
    await fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByText('You answered 2 of 2 correctly.')).toBeTruthy();
    expect(completed).toHaveBeenCalledOnce();
    expect((completed.mock.calls[0]![0] as CustomEvent).detail).toEqual({
      quizId: 'sample-check',
      correct: 2,
      total: 2,
    });
    window.removeEventListener(checkCompleteEvent, completed);
  });

  it('lets the learner try an item again', async () => {
    localStorage.setItem('look-closer:check:v1:sample-check', JSON.stringify({ 'no-label': 0 }));
    render(KnowledgeCheck, props);
    await fireEvent.click(await screen.findByRole('button', { name: 'Try this one again' }));
    expect(screen.queryByText('Not quite.')).toBeNull();
    expect(localStorage.getItem('look-closer:check:v1:sample-check')).toBeNull();
  });
});
