import type { ModuleProgress, ProgressData } from './progress-schema';

/**
 * Union of two progress records (an import into this device's progress), keeping per module what is most
 * complete or most recent. Commutative, associative and idempotent, so importing the same file twice, or
 * files in any order, gives the same result.
 */
export function mergeProgress(a: ProgressData, b: ProgressData): ProgressData {
  const modules: ProgressData['modules'] = {};
  for (const slug of new Set([...Object.keys(a.modules), ...Object.keys(b.modules)])) {
    modules[slug] = mergeModule(a.modules[slug] ?? blankModule(), b.modules[slug] ?? blankModule());
  }
  const assignments: ProgressData['assignments'] = {};
  for (const id of new Set([...Object.keys(a.assignments), ...Object.keys(b.assignments)])) {
    const [first] = [a.assignments[id], b.assignments[id]]
      .filter((entry) => entry !== undefined)
      .sort((x, y) => compareInstants(x.openedAt, y.openedAt) || compareText(x.link, y.link));
    if (first) assignments[id] = first;
  }
  const quizzes: ProgressData['quizzes'] = {};
  for (const id of new Set([...Object.keys(a.quizzes), ...Object.keys(b.quizzes)])) {
    const best = pick([a.quizzes[id]?.best, b.quizzes[id]?.best], bestFirst);
    const last = pick([a.quizzes[id]?.last, b.quizzes[id]?.last], latestFirst);
    if (best && last) quizzes[id] = { best: structuredClone(best), last: structuredClone(last) };
  }
  return { version: 1, modules, quizzes, assignments };
}

export const blankModule = (): ModuleProgress => ({ sectionsRead: [], minutesSpent: 0 });

type Attempt = { correct: number; total: number; at: string };

export function mergeModule(a: ModuleProgress, b: ModuleProgress): ModuleProgress {
  // Time is the larger estimate, not the sum: both copies usually share the same history.
  const merged: ModuleProgress = {
    sectionsRead: [...new Set([...a.sectionsRead, ...b.sectionsRead])].sort(),
    minutesSpent: Math.max(a.minutesSpent, b.minutesSpent),
  };
  const visitedAt = pick([a.visitedAt, b.visitedAt], compareInstants);
  if (visitedAt) merged.visitedAt = visitedAt;
  // The first completion wins: it is when the learner really finished.
  const completion = pick(
    [a, b].filter((module) => module.completedAt !== undefined),
    (x, y) => compareInstants(x.completedAt!, y.completedAt!) || compareText(x.completedBy ?? '', y.completedBy ?? ''),
  );
  if (completion?.completedAt) {
    merged.completedAt = completion.completedAt;
    if (completion.completedBy) merged.completedBy = completion.completedBy;
  }
  const check = pick([a.check, b.check], latestFirst);
  if (check) merged.check = { ...check };
  return merged;
}

/** The first of the defined values in the given order. */
function pick<T>(values: (T | undefined)[], order: (x: T, y: T) => number): T | undefined {
  return values.filter((value): value is T => value !== undefined).sort(order)[0];
}

const compareText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Earlier first; the same instant written two ways falls back to the text, so the order never depends on input order. */
const compareInstants = (x: string, y: string) => Date.parse(x) - Date.parse(y) || compareText(x, y);

/** Higher share correct first (compared exactly, without division). */
const compareScores = (x: Attempt, y: Attempt) => y.correct * x.total - x.correct * y.total;

const tieBreak = (x: Attempt, y: Attempt) => y.correct - x.correct || y.total - x.total;

const latestFirst = (x: Attempt, y: Attempt) => compareInstants(y.at, x.at) || compareScores(x, y) || tieBreak(x, y);

const bestFirst = (x: Attempt, y: Attempt) => compareScores(x, y) || tieBreak(x, y) || compareInstants(y.at, x.at);
