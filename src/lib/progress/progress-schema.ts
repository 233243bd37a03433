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
  /** Best and latest quiz attempts, from the quiz engine (issue: deepfake-spotting quizzes). */
  quiz: z
    .object({
      best: z.object({
        correct: z.number().int().nonnegative(),
        total: z.number().int().positive(),
        at: z.iso.datetime(),
      }),
      last: z.object({
        correct: z.number().int().nonnegative(),
        total: z.number().int().positive(),
        at: z.iso.datetime(),
      }),
    })
    .optional(),
  /** Rough minutes spent with the page visible. */
  minutesSpent: z.number().nonnegative().default(0),
});

export const progressSchema = z.object({
  version: z.literal(1),
  /** By module slug. */
  modules: z.record(z.string(), moduleProgressSchema).default({}),
  /** Assignments the learner opened from a teacher's link, by assignment id. */
  assignments: z.record(z.string(), z.object({ openedAt: z.iso.datetime(), link: z.string() })).default({}),
});

export type ModuleProgress = z.infer<typeof moduleProgressSchema>;
export type ProgressData = z.infer<typeof progressSchema>;

export const emptyProgress = (): ProgressData => ({ version: 1, modules: {}, assignments: {} });
