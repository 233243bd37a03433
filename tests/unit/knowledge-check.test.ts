import { describe, expect, it } from 'vitest';
import { correctIndex, gradeChoice, restoreAnswers, summarizeCheck } from '../../src/lib/quiz/knowledge-check';
import { checkItems } from './fixtures/check-items';

const [noLabel, screenshot] = checkItems as [(typeof checkItems)[0], (typeof checkItems)[0]];

describe('gradeChoice', () => {
  it('marks the correct option right and returns its feedback', () => {
    expect(gradeChoice(noLabel, 1)).toEqual({
      correct: true,
      feedback: 'Right: labels are a positive signal only.',
      correctIndex: 1,
    });
  });

  it('marks a wrong option wrong, with that option’s feedback and the right index', () => {
    const result = gradeChoice(noLabel, 0);
    expect(result.correct).toBe(false);
    expect(result.feedback).toMatch(/proves nothing/);
    expect(result.correctIndex).toBe(1);
  });

  it('refuses an option that does not exist', () => {
    expect(() => gradeChoice(screenshot, 5)).toThrow(RangeError);
  });
});

describe('summarizeCheck', () => {
  it('counts answered and correct items and knows when the check is complete', () => {
    expect(summarizeCheck(checkItems, {})).toEqual({ total: 2, answered: 0, correct: 0, complete: false });
    expect(summarizeCheck(checkItems, { 'no-label': 0 })).toEqual({
      total: 2,
      answered: 1,
      correct: 0,
      complete: false,
    });
    expect(summarizeCheck(checkItems, { 'no-label': 1, screenshot: 1 })).toEqual({
      total: 2,
      answered: 2,
      correct: 2,
      complete: true,
    });
  });

  it('ignores answers to items that are no longer in the check', () => {
    expect(summarizeCheck(checkItems, { removed: 0, screenshot: 0 }).answered).toBe(1);
  });
});

describe('restoreAnswers', () => {
  it('keeps valid saved answers', () => {
    expect(restoreAnswers({ 'no-label': 2, screenshot: 0 }, checkItems)).toEqual({ 'no-label': 2, screenshot: 0 });
  });

  it('drops unknown items, out-of-range or non-integer options', () => {
    expect(restoreAnswers({ 'no-label': 3, screenshot: 0.5, other: 1 }, checkItems)).toEqual({});
    expect(restoreAnswers({ screenshot: '1' }, checkItems)).toEqual({});
  });

  it.each([null, 'text', 42, [1, 2]])('treats %j as no saved answers', (saved) => {
    expect(restoreAnswers(saved, checkItems)).toEqual({});
  });
});

describe('correctIndex', () => {
  it('finds the one correct option', () => {
    expect(correctIndex(screenshot)).toBe(1);
  });
});
