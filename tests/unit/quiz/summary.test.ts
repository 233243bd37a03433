import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/lib/quiz/grade';
import { calibrationOf, summarize, type AnswerRecord } from '../../../src/lib/quiz/summary';
import { quizItems } from '../fixtures/quiz-items';

const said = (choice: 'real' | 'ai', confidence: number, correct: boolean): AnswerRecord => ({
  answer: { type: 'real-or-ai', choice } as Answer,
  confidence,
  correct,
});

describe('summarize', () => {
  // A learner who calls almost everything real, and is sure of it.
  const answers = {
    r1: said('real', 90, true),
    r2: said('real', 90, true),
    r3: said('real', 100, true),
    r4: said('ai', 60, false),
    a1: said('real', 90, false),
    a2: said('real', 100, false),
    a3: said('ai', 60, true),
    a4: said('real', 90, false),
  };

  it('counts the score and the signal-detection view', () => {
    const summary = summarize(quizItems, answers);
    expect(summary).toMatchObject({ correct: 4, total: 8, accuracy: 50 });
    expect(summary.detection).toEqual({ fakes: 4, fakesCaught: 1, real: 4, realTrusted: 3, saidReal: 6 });
  });

  it('buckets answers by confidence and finds overconfidence', () => {
    const summary = summarize(quizItems, answers);
    expect(summary.calibration).toEqual([
      { confidence: 60, answered: 2, correct: 1 },
      { confidence: 90, answered: 4, correct: 2 },
      { confidence: 100, answered: 2, correct: 1 },
    ]);
    expect(summary.meanConfidence).toBe(85);
    expect(calibrationOf(summary)).toBe('overconfident');
  });

  it('calls confidence that matches accuracy calibrated, and too little underconfident', () => {
    expect(calibrationOf({ accuracy: 80, meanConfidence: 75, total: 10 })).toBe('calibrated');
    expect(calibrationOf({ accuracy: 90, meanConfidence: 60, total: 10 })).toBe('underconfident');
  });

  it('has no detection view when no real-or-AI item was answered', () => {
    const summary = summarize(quizItems, {
      label: { answer: { type: 'choice', index: 0 }, confidence: 70, correct: true },
    });
    expect(summary.detection).toBeUndefined();
    expect(summary).toMatchObject({ correct: 1, total: 1, accuracy: 100, meanConfidence: 70 });
  });

  it('gives zeros, not NaN, before any answer', () => {
    expect(summarize(quizItems, {})).toEqual({ correct: 0, total: 0, accuracy: 0, meanConfidence: 0, calibration: [] });
  });
});
