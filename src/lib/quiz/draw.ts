import type { BankItem, DrawnQuiz } from '../content/quiz-schema';
import { seededRandom, shuffled } from './random';

/** The bank items a quiz may ask: tagged with one of its modules, of its types and media. Runs at build time. */
export function poolFor(quiz: Pick<DrawnQuiz, 'modules' | 'types' | 'media'>, bank: readonly BankItem[]): BankItem[] {
  return bank.filter(
    (item) =>
      item.modules.some((module) => quiz.modules.includes(module)) &&
      quiz.types.includes(item.type) &&
      (quiz.media === undefined || ('media' in item && item.media?.kind === quiz.media)),
  );
}

const realOrAiAnswer = (item: BankItem) => (item.type === 'real-or-ai' ? item.answer : undefined);

/**
 * Picks `count` items in a fresh order. Real and AI items are drawn in equal numbers where the pool allows,
 * so always answering "real" (the common bias) cannot score well.
 */
export function drawItems(pool: readonly BankItem[], count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const mixed = shuffled(pool, random);
  const real = mixed.filter((item) => realOrAiAnswer(item) === 'real');
  const ai = mixed.filter((item) => realOrAiAnswer(item) === 'ai');
  const other = mixed.filter((item) => realOrAiAnswer(item) === undefined);
  const size = Math.min(count, pool.length);
  const detectionShare = pool.length === 0 ? 0 : (real.length + ai.length) / pool.length;
  const pairs = Math.min(real.length, ai.length, Math.floor((size * detectionShare) / 2));
  const chosen = [...real.slice(0, pairs), ...ai.slice(0, pairs)];
  const rest = [...other, ...real.slice(pairs), ...ai.slice(pairs)];
  chosen.push(...shuffled(rest, random).slice(0, size - chosen.length));
  return shuffled(chosen, random).map((item) => item.id);
}

/** A shuffled order of step indices that is never already the right one (for three or more steps). */
export function scrambledSteps(stepCount: number, seed: number): number[] {
  const random = seededRandom(seed);
  const inOrder = Array.from({ length: stepCount }, (_, index) => index);
  for (let tries = 0; tries < 20; tries += 1) {
    const order = shuffled(inOrder, random);
    if (order.some((step, index) => step !== index)) return order;
  }
  return [...inOrder.slice(1), 0];
}
