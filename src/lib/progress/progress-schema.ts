// Valibot, not zod: it validates the same way at a fraction of the size, and this runs on every module page.
import * as v from 'valibot';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const positiveCount = v.pipe(v.number(), v.integer(), v.minValue(1));
const instant = v.pipe(v.string(), v.isoTimestamp());

/**
 * What the course remembers about one learner, on their own device only. Versioned: a future shape gets
 * version 2 and a migration in migrate.ts, so nothing saved by an older visit is ever lost.
 */
export const moduleProgressSchema = v.object({
  /** First visit, ISO 8601. */
  visitedAt: v.optional(instant),
  /** When the module was completed, and how: the learner's own "mark complete" or passing its check. */
  completedAt: v.optional(instant),
  completedBy: v.optional(v.picklist(['manual', 'check'])),
  /** Ids of the lesson's `##` sections the learner has scrolled through. */
  sectionsRead: v.optional(v.array(v.string()), () => []),
  /** Latest result of the module's check for understanding. */
  check: v.optional(v.object({ correct: count, total: positiveCount, at: instant })),
  /** Rough minutes spent with the page visible. */
  minutesSpent: v.optional(v.pipe(v.number(), v.minValue(0)), 0),
});

/** One finished quiz attempt, as the quiz engine summarises it. */
export const quizAttemptSchema = v.object({
  correct: count,
  total: positiveCount,
  at: instant,
  /** Real-or-AI items only: fakes caught of fakes shown, real ones trusted of real ones shown. */
  detection: v.optional(v.object({ fakesCaught: count, fakes: count, realTrusted: count, real: count })),
  /** Average confidence the learner gave (50–100), to set against their accuracy. */
  meanConfidence: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
});

export const progressSchema = v.object({
  version: v.literal(1),
  /** By module slug. */
  modules: v.optional(v.record(v.string(), moduleProgressSchema), () => ({})),
  /** Best and latest attempt of each quiz, by quiz id (content/quizzes/ file name). */
  quizzes: v.optional(v.record(v.string(), v.object({ best: quizAttemptSchema, last: quizAttemptSchema })), () => ({})),
  /** Assignments the learner opened from a teacher's link, by assignment id. */
  assignments: v.optional(v.record(v.string(), v.object({ openedAt: instant, link: v.string() })), () => ({})),
});

export type ModuleProgress = v.InferOutput<typeof moduleProgressSchema>;
export type ProgressData = v.InferOutput<typeof progressSchema>;
export type QuizAttemptResult = v.InferOutput<typeof quizAttemptSchema>;

export const emptyProgress = (): ProgressData => ({ version: 1, modules: {}, quizzes: {}, assignments: {} });
