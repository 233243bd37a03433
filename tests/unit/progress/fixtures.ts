import fc from 'fast-check';
import type { ModuleProgress, ProgressData } from '../../../src/lib/progress/progress-schema';

/** A learner who finished module 1 by passing its check and has started module 2. */
export const learner: ProgressData = {
  version: 1,
  modules: {
    'what-ai-generated-content-is': {
      visitedAt: '2025-03-01T10:00:00.000Z',
      completedAt: '2025-03-01T10:25:00.000Z',
      completedBy: 'check',
      sectionsRead: ['summary'],
      check: { correct: 5, total: 5, at: '2025-03-01T10:25:00.000Z' },
      minutesSpent: 24.5,
    },
    'how-platforms-label-ai-content': {
      visitedAt: '2025-03-02T09:00:00.000Z',
      sectionsRead: [],
      minutesSpent: 3,
    },
  },
  quizzes: {
    'real-or-ai-baseline': {
      best: { correct: 6, total: 8, at: '2025-03-01T10:10:00.000Z', meanConfidence: 80 },
      last: { correct: 5, total: 8, at: '2025-03-01T10:20:00.000Z', meanConfidence: 90 },
    },
  },
  assignments: {},
};

const instant = fc
  .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((ms) => new Date(ms).toISOString());

const attempt = fc
  .integer({ min: 1, max: 12 })
  .chain((total) => fc.record({ correct: fc.integer({ min: 0, max: total }), total: fc.constant(total), at: instant }));

const quizAttempt = attempt.chain((base) =>
  fc.record(
    {
      correct: fc.constant(base.correct),
      total: fc.constant(base.total),
      at: fc.constant(base.at),
      detection: fc.record({
        fakesCaught: fc.integer({ min: 0, max: 6 }),
        fakes: fc.constant(6),
        realTrusted: fc.integer({ min: 0, max: 6 }),
        real: fc.constant(6),
      }),
      meanConfidence: fc.constantFrom(50, 65, 80, 100),
    },
    { requiredKeys: ['correct', 'total', 'at'] },
  ),
);

const moduleProgress: fc.Arbitrary<ModuleProgress> = fc
  .record(
    {
      visitedAt: instant,
      completedAt: instant,
      completedBy: fc.constantFrom('manual' as const, 'check' as const),
      sectionsRead: fc.uniqueArray(fc.constantFrom('intro', 'labels', 'summary', 'practice'), { maxLength: 4 }),
      check: attempt,
      minutesSpent: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
    },
    { requiredKeys: ['sectionsRead', 'minutesSpent'] },
  )
  // How a module was completed only means something with when.
  .map(({ completedBy, ...module }) => (module.completedAt && completedBy ? { ...module, completedBy } : module));

const slug = fc.constantFrom('what-ai-generated-content-is', 'how-platforms-label-ai-content', 'module-3', 'module-4');

/** Any valid progress record, as the schema would accept it. */
export const progressArbitrary: fc.Arbitrary<ProgressData> = fc.record({
  version: fc.constant(1 as const),
  modules: fc.dictionary(slug, moduleProgress, { maxKeys: 4 }),
  quizzes: fc.dictionary(
    fc.constantFrom('real-or-ai-baseline', 'voices', 'challenge'),
    fc.record({ best: quizAttempt, last: quizAttempt }),
    {
      maxKeys: 3,
    },
  ),
  assignments: fc.dictionary(fc.constantFrom('a1', 'a2', 'a3'), fc.record({ openedAt: instant, link: fc.webUrl() }), {
    maxKeys: 3,
  }),
});
