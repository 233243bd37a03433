import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quizRef, type QuizRef } from '../../../src/lib/content/quiz-ref';
import { attemptView, quizProgress } from '../../../src/lib/progress/quiz-progress';
import { progressText } from '../../../src/lib/ui/progress-text';
import { learner, progressArbitrary } from './fixtures';

const quizzes: QuizRef[] = [
  { id: 'real-or-ai-baseline', title: 'Baseline: real or AI?', module: 1 },
  { id: 'voices', title: 'Real voice or AI voice?', module: 6 },
  { id: 'challenge', title: 'The final challenge' },
];
const at = '2025-03-01T10:10:00.000Z';

describe('quizRef', () => {
  it('keeps what other pages need, and no module for the final challenge', () => {
    expect(quizRef({ id: 'voices', data: { title: 'Real voice or AI voice?', module: 6 } })).toEqual(quizzes[1]);
    expect(quizRef({ id: 'challenge', data: { title: 'The final challenge' } })).toEqual(quizzes[2]);
  });
});

describe('quizProgress', () => {
  it('lists taken quizzes with their best and latest attempts, then the ones not taken, in course order', () => {
    const { taken, notTaken } = quizProgress(quizzes, learner.quizzes);
    expect(taken).toEqual([
      {
        quiz: quizzes[0],
        best: {
          correct: 6,
          total: 8,
          at,
          accuracy: 75,
          calibration: { kind: 'calibrated', meanConfidence: 80 },
        },
        last: {
          correct: 5,
          total: 8,
          at: '2025-03-01T10:20:00.000Z',
          accuracy: 63,
          calibration: { kind: 'overconfident', meanConfidence: 90 },
        },
      },
    ]);
    expect(notTaken).toEqual([quizzes[1], quizzes[2]]);
  });

  it('leaves out saved results of quizzes the course no longer has', () => {
    const saved = { ...learner.quizzes, 'retired-quiz': learner.quizzes['real-or-ai-baseline']! };
    expect(quizProgress(quizzes, saved).taken.map((row) => row.quiz.id)).toEqual(['real-or-ai-baseline']);
  });

  it('puts every quiz of the course in exactly one list, whatever was saved', () => {
    fc.assert(
      fc.property(progressArbitrary, (progress) => {
        const { taken, notTaken } = quizProgress(quizzes, progress.quizzes);
        expect([...taken.map((row) => row.quiz), ...notTaken].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
          [...quizzes].sort((a, b) => a.id.localeCompare(b.id)),
        );
        for (const row of taken) expect(row.last.at).toBe(progress.quizzes[row.quiz.id]!.last.at);
      }),
    );
  });
});

describe('attemptView', () => {
  it('keeps the catch-the-fake numbers only when there were real-or-AI items', () => {
    const detection = { fakesCaught: 3, fakes: 4, realTrusted: 2, real: 4 };
    expect(attemptView({ correct: 5, total: 8, at, detection }).detection).toEqual(detection);
    expect(
      attemptView({ correct: 5, total: 8, at, detection: { fakesCaught: 0, fakes: 0, realTrusted: 0, real: 0 } }),
    ).not.toHaveProperty('detection');
    expect(attemptView({ correct: 5, total: 8, at })).not.toHaveProperty('calibration');
  });

  it('says it the way the learner reads it', () => {
    const view = attemptView({
      correct: 4,
      total: 8,
      at,
      detection: { fakesCaught: 3, fakes: 4, realTrusted: 1, real: 4 },
      meanConfidence: 70,
    });
    expect(progressText.quizScore(view)).toBe('4 of 8 correct');
    expect(progressText.detection(view.detection!)).toBe('Caught 3 of 4 made by AI, trusted 1 of 4 real ones.');
    expect(progressText.calibration(view.calibration!.kind, view.calibration!.meanConfidence, view.accuracy)).toBe(
      '70% sure on average, 50% right: more sure than right.',
    );
  });
});
