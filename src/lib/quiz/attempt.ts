import { z } from 'astro/zod';
import type { BankItem } from '../content/quiz-schema';
import { drawItems } from './draw';
import { grade, type Answer } from './grade';
import { confidenceLevels, type AnswerRecord } from './summary';

/** One run through a quiz: which items in which order, and the answers so far. Saved after every answer. */
export interface Attempt {
  version: 1;
  quizId: string;
  seed: number;
  itemIds: string[];
  answers: Record<string, AnswerRecord>;
  startedAt: string;
  finishedAt?: string;
}

const pointSchema = z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) });
const answerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('real-or-ai'), choice: z.enum(['real', 'ai']) }),
  z.object({ type: z.literal('changed-region'), point: pointSchema.optional(), regionId: z.string().optional() }),
  z.object({ type: z.literal('choice'), index: z.number().int().nonnegative() }),
  z.object({ type: z.literal('order'), order: z.array(z.number().int().nonnegative()) }),
]);
const attemptSchema = z.object({
  version: z.literal(1),
  quizId: z.string(),
  seed: z.number().int().nonnegative(),
  itemIds: z.array(z.string()).min(1),
  answers: z.record(
    z.string(),
    z.object({
      answer: answerSchema,
      confidence: z.number().refine((value) => (confidenceLevels as readonly number[]).includes(value)),
      correct: z.boolean(),
    }),
  ),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().optional(),
});

export function startAttempt(
  quizId: string,
  pool: readonly BankItem[],
  count: number,
  seed: number,
  now: Date,
): Attempt {
  return { version: 1, quizId, seed, itemIds: drawItems(pool, count, seed), answers: {}, startedAt: now.toISOString() };
}

/** The first unanswered item, or -1 when all are answered. */
export const currentIndex = (attempt: Attempt) => attempt.itemIds.findIndex((id) => !(id in attempt.answers));

/** Grades and records one answer; the attempt finishes with its last answer. */
export function answerItem(attempt: Attempt, item: BankItem, answer: Answer, confidence: number, now: Date): Attempt {
  if (!attempt.itemIds.includes(item.id)) throw new Error(`Item ${item.id} is not in this attempt`);
  if (item.id in attempt.answers) return attempt;
  const answers = { ...attempt.answers, [item.id]: { answer, confidence, correct: grade(item, answer).correct } };
  const next: Attempt = { ...attempt, answers };
  return currentIndex(next) === -1 ? { ...next, finishedAt: now.toISOString() } : next;
}

/**
 * A saved attempt, if it is well formed and still fits the quiz (items can leave the bank between visits);
 * answers are graded again so a changed answer key never shows a stale verdict.
 */
export function restoreAttempt(saved: unknown, quizId: string, pool: readonly BankItem[]): Attempt | undefined {
  const parsed = attemptSchema.safeParse(saved);
  if (!parsed.success || parsed.data.quizId !== quizId) return undefined;
  const byId = new Map(pool.map((item) => [item.id, item]));
  if (!parsed.data.itemIds.every((id) => byId.has(id))) return undefined;
  const answers: Record<string, AnswerRecord> = {};
  for (const [id, record] of Object.entries(parsed.data.answers)) {
    const item = byId.get(id);
    if (!item || !parsed.data.itemIds.includes(id) || item.type !== record.answer.type) return undefined;
    answers[id] = { ...record, correct: grade(item, record.answer).correct };
  }
  return { ...parsed.data, answers } as Attempt;
}
