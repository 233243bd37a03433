import type { ChoiceItem } from '../content/quiz-schema';

/** The option a learner submitted for each item, by item id. */
export type CheckAnswers = Record<string, number>;

export interface ChoiceResult {
  correct: boolean;
  /** Feedback for the option the learner chose. */
  feedback: string;
  correctIndex: number;
}

export function correctIndex(item: ChoiceItem): number {
  return item.options.findIndex((option) => option.correct);
}

export function gradeChoice(item: ChoiceItem, chosen: number): ChoiceResult {
  const option = item.options[chosen];
  if (!option) throw new RangeError(`Item "${item.id}" has no option ${chosen}`);
  return { correct: option.correct, feedback: option.feedback, correctIndex: correctIndex(item) };
}

export interface CheckSummary {
  total: number;
  answered: number;
  correct: number;
  complete: boolean;
}

export function summarizeCheck(items: readonly ChoiceItem[], answers: CheckAnswers): CheckSummary {
  let answered = 0;
  let correct = 0;
  for (const item of items) {
    const chosen = answers[item.id];
    if (chosen === undefined) continue;
    answered += 1;
    if (item.options[chosen]?.correct) correct += 1;
  }
  return { total: items.length, answered, correct, complete: answered === items.length };
}

/**
 * Keeps only saved answers that still fit the items: a quiz edited since the learner's last visit must
 * not show stale or impossible answers.
 */
export function restoreAnswers(saved: unknown, items: readonly ChoiceItem[]): CheckAnswers {
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return {};
  const restored: CheckAnswers = {};
  for (const item of items) {
    const value = (saved as Record<string, unknown>)[item.id];
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < item.options.length) {
      restored[item.id] = value;
    }
  }
  return restored;
}
