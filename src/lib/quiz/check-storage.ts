import type { ChoiceItem } from '../content/quiz-schema';
import { readStored, writeStored } from '../storage/device-storage';
import { restoreAnswers, type CheckAnswers } from './knowledge-check';

const storageKey = (quizId: string) => `look-closer:check:v1:${quizId}`;

/** Answers saved on this device for a check, or none when storage is empty, refused or corrupt. */
export const loadAnswers = (quizId: string, items: readonly ChoiceItem[]): CheckAnswers =>
  readStored(storageKey(quizId), (saved) => restoreAnswers(saved, items), {});

/** If storage is full or disabled, the check still works for this visit. */
export function saveAnswers(quizId: string, answers: CheckAnswers): void {
  writeStored(storageKey(quizId), Object.keys(answers).length === 0 ? undefined : answers);
}

/** Fired on `window` when every item of a check has an answer, for progress tracking to pick up. */
export const checkCompleteEvent = 'look-closer:check-complete';
export interface CheckCompleteDetail {
  quizId: string;
  correct: number;
  total: number;
}
