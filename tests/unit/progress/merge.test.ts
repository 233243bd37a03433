import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../src/lib/progress/merge';
import * as v from 'valibot';
import { emptyProgress, progressSchema } from '../../../src/lib/progress/progress-schema';
import { learner, progressArbitrary } from './fixtures';

const slug = 'what-ai-generated-content-is';

describe('mergeProgress', () => {
  it('keeps per module the first visit, the first completion, the latest check and the most time', () => {
    const other = {
      version: 1 as const,
      modules: {
        [slug]: {
          visitedAt: '2025-02-01T08:00:00.000Z',
          completedAt: '2025-03-05T08:00:00.000Z',
          completedBy: 'manual' as const,
          sectionsRead: ['intro'],
          check: { correct: 3, total: 5, at: '2025-03-06T08:00:00.000Z' },
          minutesSpent: 10,
        },
      },
      quizzes: {},
      assignments: { a1: { openedAt: '2025-03-01T00:00:00.000Z', link: '/assignment/#a1' } },
    };
    const merged = mergeProgress(learner, other);
    expect(merged.modules[slug]).toEqual({
      visitedAt: '2025-02-01T08:00:00.000Z',
      completedAt: '2025-03-01T10:25:00.000Z',
      completedBy: 'check',
      sectionsRead: ['intro', 'summary'],
      check: { correct: 3, total: 5, at: '2025-03-06T08:00:00.000Z' },
      minutesSpent: 24.5,
    });
    expect(merged.modules['how-platforms-label-ai-content']).toEqual(learner.modules['how-platforms-label-ai-content']);
    expect(merged.assignments).toEqual(other.assignments);
  });

  it('keeps per quiz the best attempt and the latest one', () => {
    const quizId = 'real-or-ai-baseline';
    const saved = learner.quizzes[quizId]!;
    const other = {
      ...emptyProgress(),
      quizzes: {
        [quizId]: {
          best: { correct: 7, total: 8, at: '2025-02-01T08:00:00.000Z' },
          last: { correct: 7, total: 8, at: '2025-02-01T08:00:00.000Z' },
        },
      },
    };
    expect(mergeProgress(learner, other).quizzes[quizId]).toEqual({
      best: other.quizzes[quizId].best,
      last: saved.last,
    });
  });

  it('treats a completion in either copy as complete', () => {
    const notDone = { ...learner, modules: { [slug]: { sectionsRead: [], minutesSpent: 1 } } };
    expect(mergeProgress(notDone, learner).modules[slug]?.completedAt).toBe('2025-03-01T10:25:00.000Z');
  });

  it('always gives a valid record', () => {
    fc.assert(
      fc.property(progressArbitrary, progressArbitrary, (a, b) => {
        expect(v.safeParse(progressSchema, mergeProgress(a, b)).success).toBe(true);
      }),
    );
  });

  it('is commutative: the order of the copies does not matter', () => {
    fc.assert(
      fc.property(progressArbitrary, progressArbitrary, (a, b) => {
        expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
      }),
    );
  });

  it('is associative: importing several files gives the same result in any grouping', () => {
    fc.assert(
      fc.property(progressArbitrary, progressArbitrary, progressArbitrary, (a, b, c) => {
        expect(mergeProgress(mergeProgress(a, b), c)).toEqual(mergeProgress(a, mergeProgress(b, c)));
      }),
    );
  });

  it('is idempotent: importing the same file again changes nothing', () => {
    fc.assert(
      fc.property(progressArbitrary, progressArbitrary, (a, b) => {
        const once = mergeProgress(a, b);
        expect(mergeProgress(once, b)).toEqual(once);
        expect(mergeProgress(once, once)).toEqual(once);
      }),
    );
  });

  it('keeps everything when merged with empty progress', () => {
    fc.assert(
      fc.property(progressArbitrary, (a) => {
        const merged = mergeProgress(a, emptyProgress());
        expect(Object.keys(merged.modules).sort()).toEqual(Object.keys(a.modules).sort());
        for (const [key, module] of Object.entries(a.modules)) {
          expect({ ...merged.modules[key], sectionsRead: [...module.sectionsRead].sort() }).toEqual({
            ...module,
            sectionsRead: [...module.sectionsRead].sort(),
          });
        }
      }),
    );
  });
});
