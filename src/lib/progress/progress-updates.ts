import { isPassed } from './pass-rule';
import { blankModule } from './merge';
import type { ModuleProgress, ProgressData, QuizAttemptResult } from './progress-schema';
import { addMinutes } from './time-spent';

export type ModuleChange = (module: ModuleProgress) => ModuleProgress;

export function updateModuleIn(progress: ProgressData, slug: string, change: ModuleChange): ProgressData {
  return { ...progress, modules: { ...progress.modules, [slug]: change(progress.modules[slug] ?? blankModule()) } };
}

/** Keeps the first visit. */
export const visited =
  (at: string): ModuleChange =>
  (module) =>
    module.visitedAt ? module : { ...module, visitedAt: at };

/** Keeps an earlier completion, so passing the check later does not move the date. */
export const completed =
  (by: 'manual' | 'check', at: string): ModuleChange =>
  (module) =>
    module.completedAt ? module : { ...module, visitedAt: module.visitedAt ?? at, completedAt: at, completedBy: by };

export const notCompleted: ModuleChange = ({ completedAt: _at, completedBy: _by, ...rest }) => rest;

/** Adds sections read after those already there, each once. */
export const sectionsAdded =
  (ids: readonly string[]): ModuleChange =>
  (module) => {
    const fresh = [...new Set(ids)].filter((id) => !module.sectionsRead.includes(id));
    return fresh.length === 0 ? module : { ...module, sectionsRead: [...module.sectionsRead, ...fresh] };
  };

export const timeAdded =
  (minutes: number): ModuleChange =>
  (module) => ({ ...module, minutesSpent: addMinutes(module.minutesSpent, minutes) });

export interface CheckResult {
  correct: number;
  total: number;
}

/** Records a finished check; passing it completes the module. */
export function withCheck(
  progress: ProgressData,
  slug: string,
  result: CheckResult,
  at: string,
): { progress: ProgressData; passed: boolean; completedNow: boolean } {
  const passed = isPassed(result.correct, result.total);
  const wasComplete = progress.modules[slug]?.completedAt !== undefined;
  const next = updateModuleIn(progress, slug, (module) => {
    const withResult = { ...visited(at)(module), check: { correct: result.correct, total: result.total, at } };
    return passed ? completed('check', at)(withResult) : withResult;
  });
  return { progress: next, passed, completedNow: passed && !wasComplete };
}

/** Records a finished quiz attempt: always the latest, and the best when it beats the saved best. */
export function withQuiz(progress: ProgressData, quizId: string, attempt: QuizAttemptResult): ProgressData {
  const saved = progress.quizzes[quizId];
  const better = !saved || attempt.correct * saved.best.total > saved.best.correct * attempt.total;
  return {
    ...progress,
    quizzes: { ...progress.quizzes, [quizId]: { best: better ? attempt : saved.best, last: attempt } },
  };
}
