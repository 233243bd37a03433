import type { BankItem } from '../content/quiz-schema';
import type { Answer } from './grade';

/** "How sure are you?": 50 % is a coin toss between two answers, 100 % is certain. */
export const confidenceLevels = [50, 60, 70, 80, 90, 100] as const;

export interface AnswerRecord {
  answer: Answer;
  confidence: number;
  correct: boolean;
}

/** Real-or-AI answers as signal detection: catching fakes (hits) and trusting real ones (correct rejections). */
export interface Detection {
  fakes: number;
  fakesCaught: number;
  real: number;
  realTrusted: number;
  /** How often the learner said "real": above half means a lean towards "authentic", as Köbis et al. found. */
  saidReal: number;
}

export interface CalibrationBucket {
  confidence: number;
  answered: number;
  correct: number;
}

export interface QuizSummary {
  correct: number;
  total: number;
  /** Percent, rounded. */
  accuracy: number;
  meanConfidence: number;
  detection?: Detection;
  calibration: CalibrationBucket[];
}

export function summarize(items: readonly BankItem[], answers: Readonly<Record<string, AnswerRecord>>): QuizSummary {
  const answered = items.flatMap((item) => {
    const record = answers[item.id];
    return record ? [{ item, record }] : [];
  });
  const correct = answered.filter(({ record }) => record.correct).length;
  const total = answered.length;
  const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));
  const summary: QuizSummary = {
    correct,
    total,
    accuracy: percent(correct, total),
    meanConfidence:
      total === 0 ? 0 : Math.round(answered.reduce((sum, { record }) => sum + record.confidence, 0) / total),
    calibration: confidenceLevels
      .map((confidence) => {
        const atLevel = answered.filter(({ record }) => record.confidence === confidence);
        return { confidence, answered: atLevel.length, correct: atLevel.filter(({ record }) => record.correct).length };
      })
      .filter((bucket) => bucket.answered > 0),
  };
  const detection = detectionOf(answered);
  if (detection) summary.detection = detection;
  return summary;
}

function detectionOf(answered: { item: BankItem; record: AnswerRecord }[]): Detection | undefined {
  const judged = answered.flatMap(({ item, record }) =>
    item.type === 'real-or-ai' && record.answer.type === 'real-or-ai'
      ? [{ truth: item.answer, said: record.answer.choice }]
      : [],
  );
  if (judged.length === 0) return undefined;
  const fakes = judged.filter(({ truth }) => truth === 'ai');
  const real = judged.filter(({ truth }) => truth === 'real');
  return {
    fakes: fakes.length,
    fakesCaught: fakes.filter(({ said }) => said === 'ai').length,
    real: real.length,
    realTrusted: real.filter(({ said }) => said === 'real').length,
    saidReal: judged.filter(({ said }) => said === 'real').length,
  };
}

export type Calibration = 'overconfident' | 'underconfident' | 'calibrated';

/** Ten points either way is within what a short quiz can tell apart. */
export function calibrationOf(summary: Pick<QuizSummary, 'accuracy' | 'meanConfidence' | 'total'>): Calibration {
  const gap = summary.meanConfidence - summary.accuracy;
  if (gap >= 10) return 'overconfident';
  if (gap <= -10) return 'underconfident';
  return 'calibrated';
}
