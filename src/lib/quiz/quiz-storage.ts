import type { BankItem } from '../content/quiz-schema';
import { readStored, writeStored } from '../storage/device-storage';
import { restoreAttempt, type Attempt } from './attempt';

const storageKey = (quizId: string) => `look-closer:quiz:v1:${quizId}`;

/** The attempt saved on this device, so a reload resumes it (or shows its summary). */
export const loadAttempt = (quizId: string, pool: readonly BankItem[]): Attempt | undefined =>
  readStored(storageKey(quizId), (saved) => restoreAttempt(saved, quizId, pool), undefined);

/** If storage is full or disabled, the quiz still works for this visit. */
export function saveAttempt(attempt: Attempt): void {
  writeStored(storageKey(attempt.quizId), attempt);
}

/** Fired on `window` when a quiz attempt is finished. */
export const quizCompleteEvent = 'look-closer:quiz-complete';
