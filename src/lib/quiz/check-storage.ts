import type { ChoiceItem } from '../content/quiz-schema';
import { restoreAnswers, type CheckAnswers } from './knowledge-check';

const storageKey = (quizId: string) => `look-closer:check:v1:${quizId}`;

/** Answers saved on this device for a check, or none when storage is empty, refused or corrupt. */
export function loadAnswers(quizId: string, items: readonly ChoiceItem[]): CheckAnswers {
  try {
    const raw = localStorage.getItem(storageKey(quizId));
    return raw ? restoreAnswers(JSON.parse(raw), items) : {};
  } catch {
    return {};
  }
}

export function saveAnswers(quizId: string, answers: CheckAnswers): void {
  try {
    if (Object.keys(answers).length === 0) localStorage.removeItem(storageKey(quizId));
    else localStorage.setItem(storageKey(quizId), JSON.stringify(answers));
  } catch {
    // Storage can be full or disabled; the check still works for this visit.
  }
}

/** Fired on `window` when every item of a check has an answer, for progress tracking to pick up. */
export const checkCompleteEvent = 'look-closer:check-complete';
export interface CheckCompleteDetail {
  quizId: string;
  correct: number;
  total: number;
}
