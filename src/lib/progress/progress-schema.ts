import { z } from 'astro/zod';

/**
 * What the course remembers about one learner, on their own device only. Versioned: a future shape gets
 * version 2 and a migration in migrate.ts, so nothing saved by an older visit is ever lost.
 */
export const moduleProgressSchema = z.object({
  /** First visit, ISO 8601. */
  visitedAt: z.iso.datetime().optional(),
  /** When the module was completed, and how: the learner's own "mark complete" or passing its check. */
  completedAt: z.iso.datetime().optional(),
  completedBy: z.enum(['manual', 'check']).optional(),
  /** Ids of the lesson's `##` sections the learner has scrolled through. */
  sectionsRead: z.array(z.string()).default([]),
  /** Latest result of the module's check for understanding. */
  check: z
    .object({ correct: z.number().int().nonnegative(), total: z.number().int().positive(), at: z.iso.datetime() })
    .optional(),
  /** Rough minutes spent with the page visible. */
  minutesSpent: z.number().nonnegative().default(0),
});

/** One finished quiz attempt, as the quiz engine summarises it. */
export const quizAttemptSchema = z.object({
  correct: z.number().int().nonnegative(),
  total: z.number().int().positive(),
  at: z.iso.datetime(),
  /** Real-or-AI items only: fakes caught of fakes shown, real ones trusted of real ones shown. */
  detection: z
    .object({
      fakesCaught: z.number().int().nonnegative(),
      fakes: z.number().int().nonnegative(),
      realTrusted: z.number().int().nonnegative(),
      real: z.number().int().nonnegative(),
    })
    .optional(),
  /** Average confidence the learner gave (50–100), to set against their accuracy. */
  meanConfidence: z.number().min(0).max(100).optional(),
});

export const progressSchema = z.object({
  version: z.literal(1),
  /** By module slug. */
  modules: z.record(z.string(), moduleProgressSchema).default({}),
  /** Best and latest attempt of each quiz, by quiz id (content/quizzes/ file name). */
  quizzes: z.record(z.string(), z.object({ best: quizAttemptSchema, last: quizAttemptSchema })).default({}),
  /** Assignments the learner opened from a teacher's link, by assignment id. */
  assignments: z.record(z.string(), z.object({ openedAt: z.iso.datetime(), link: z.string() })).default({}),
});

export type ModuleProgress = z.infer<typeof moduleProgressSchema>;
export type ProgressData = z.infer<typeof progressSchema>;
export type QuizAttemptResult = z.infer<typeof quizAttemptSchema>;

export const emptyProgress = (): ProgressData => ({ version: 1, modules: {}, quizzes: {}, assignments: {} });
