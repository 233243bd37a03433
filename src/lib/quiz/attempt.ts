import * as v from 'valibot';
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

const fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const instant = v.pipe(v.string(), v.isoTimestamp());
const pointSchema = v.object({ x: fraction, y: fraction });
const answerSchema = v.variant('type', [
  v.object({ type: v.literal('real-or-ai'), choice: v.picklist(['real', 'ai']) }),
  v.object({ type: v.literal('changed-region'), point: v.optional(pointSchema), regionId: v.optional(v.string()) }),
  v.object({ type: v.literal('choice'), index: count }),
  v.object({ type: v.literal('order'), order: v.array(count) }),
]);
const attemptSchema = v.object({
  version: v.literal(1),
  quizId: v.string(),
  seed: count,
  itemIds: v.pipe(v.array(v.string()), v.minLength(1)),
  answers: v.record(
    v.string(),
    v.object({
      answer: answerSchema,
      confidence: v.pipe(
        v.number(),
        v.check((value) => (confidenceLevels as readonly number[]).includes(value)),
      ),
      correct: v.boolean(),
    }),
  ),
  startedAt: instant,
  finishedAt: v.optional(instant),
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
  const parsed = v.safeParse(attemptSchema, saved);
  if (!parsed.success || parsed.output.quizId !== quizId) return undefined;
  const byId = new Map(pool.map((item) => [item.id, item]));
  if (!parsed.output.itemIds.every((id) => byId.has(id))) return undefined;
  const answers: Record<string, AnswerRecord> = {};
  for (const [id, record] of Object.entries(parsed.output.answers)) {
    const item = byId.get(id);
    if (!item || !parsed.output.itemIds.includes(id) || item.type !== record.answer.type) return undefined;
    answers[id] = { ...record, correct: grade(item, record.answer).correct };
  }
  return { ...parsed.output, answers } as Attempt;
}
