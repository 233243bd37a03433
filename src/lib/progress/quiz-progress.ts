import type { QuizRef } from '../content/quiz-ref';
import { calibrationOf, type Calibration } from '../quiz/summary';
import type { ProgressData, QuizAttemptResult } from './progress-schema';

/** One saved attempt as My progress shows it: the score, and how sure the learner was against how often right. */
export interface AttemptView {
  correct: number;
  total: number;
  at: string;
  /** Percent right, rounded as the quiz's own summary rounds it. */
  accuracy: number;
  detection?: NonNullable<QuizAttemptResult['detection']>;
  calibration?: { kind: Calibration; meanConfidence: number };
}

export interface TakenQuiz {
  quiz: QuizRef;
  best: AttemptView;
  last: AttemptView;
}

export function attemptView(attempt: QuizAttemptResult): AttemptView {
  const accuracy = Math.round((attempt.correct / attempt.total) * 100);
  const { detection, meanConfidence } = attempt;
  return {
    correct: attempt.correct,
    total: attempt.total,
    at: attempt.at,
    accuracy,
    // A quiz without real-or-AI items has nothing to tell about catching fakes.
    ...(detection && detection.fakes + detection.real > 0 && { detection }),
    ...(meanConfidence !== undefined && {
      calibration: {
        kind: calibrationOf({ accuracy, meanConfidence, total: attempt.total }),
        meanConfidence: Math.round(meanConfidence),
      },
    }),
  };
}

/** The course's quizzes split into those taken on this device, with their attempts, and those not yet, in course order. */
export function quizProgress(
  quizzes: readonly QuizRef[],
  saved: ProgressData['quizzes'],
): { taken: TakenQuiz[]; notTaken: QuizRef[] } {
  const taken: TakenQuiz[] = [];
  const notTaken: QuizRef[] = [];
  for (const quiz of quizzes) {
    const attempts = Object.hasOwn(saved, quiz.id) ? saved[quiz.id] : undefined;
    if (attempts) taken.push({ quiz, best: attemptView(attempts.best), last: attemptView(attempts.last) });
    else notTaken.push(quiz);
  }
  return { taken, notTaken };
}
