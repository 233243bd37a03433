import { quizPageText } from '../ui/quiz-text';
import { progressKey } from './storage-keys';

export interface Score {
  correct: number;
  total: number;
}

const isScore = (value: unknown): value is Score =>
  typeof value === 'object' &&
  value !== null &&
  Number.isInteger((value as Score).correct) &&
  Number.isInteger((value as Score).total) &&
  (value as Score).total > 0;

/** Best and last score of one quiz straight from the stored text, without the schema validator, like the learning path. */
export function readQuizScore(raw: string | null, quizId: string): { best: Score; last: Score } | undefined {
  try {
    const quizzes = (JSON.parse(raw ?? 'null') as { quizzes?: Record<string, unknown> } | null)?.quizzes;
    const entry =
      quizzes && Object.hasOwn(quizzes, quizId) ? (quizzes[quizId] as { best?: unknown; last?: unknown }) : undefined;
    return entry && isScore(entry.best) && isScore(entry.last) ? { best: entry.best, last: entry.last } : undefined;
  } catch {
    return undefined;
  }
}

/** Fills every `[data-quiz-score]` element with that quiz's saved scores, and keeps them current across tabs. */
export function showQuizScores(): void {
  const render = () => {
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(progressKey);
    } catch {
      // Storage disabled: no scores to show.
    }
    for (const slot of document.querySelectorAll<HTMLElement>('[data-quiz-score]')) {
      const score = readQuizScore(raw, slot.dataset.quizScore ?? '');
      slot.textContent = score ? quizPageText.scores(score.best, score.last) : quizPageText.notTaken;
    }
  };
  render();
  window.addEventListener('storage', (event) => {
    if (event.key === progressKey || event.key === null) render();
  });
}
