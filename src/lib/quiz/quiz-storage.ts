import type { BankItem } from '../content/quiz-schema';
import { restoreAttempt, type Attempt } from './attempt';

const storageKey = (quizId: string) => `look-closer:quiz:v1:${quizId}`;

/** The attempt saved on this device, so a reload resumes it (or shows its summary). */
export function loadAttempt(quizId: string, pool: readonly BankItem[]): Attempt | undefined {
  try {
    const raw = localStorage.getItem(storageKey(quizId));
    return raw ? restoreAttempt(JSON.parse(raw), quizId, pool) : undefined;
  } catch {
    return undefined;
  }
}

export function saveAttempt(attempt: Attempt): void {
  try {
    localStorage.setItem(storageKey(attempt.quizId), JSON.stringify(attempt));
  } catch {
    // Storage can be full or disabled; the quiz still works for this visit.
  }
}

/** Fired on `window` when a quiz attempt is finished. */
export const quizCompleteEvent = 'look-closer:quiz-complete';
