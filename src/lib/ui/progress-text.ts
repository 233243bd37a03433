/** Interface text for learner progress: the learning path, the module page box and the My progress page. */
import type { StoredProblem } from '../progress/migrate';
import type { AttemptView } from '../progress/quiz-progress';
import type { Calibration } from '../quiz/summary';
import type { ModuleState } from '../progress/module-state';
import { neededToPass, passPercent } from '../progress/pass-rule';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const formatDate = (iso: string) => new Date(iso).toLocaleDateString('en', { dateStyle: 'medium' });

/** "About 12 min": the estimate is rough, and under a minute says so. */
export const formatMinutes = (minutes: number) =>
  minutes === 0 ? 'None yet' : minutes < 1 ? 'Less than 1 min' : `About ${Math.round(minutes)} min`;

export const passRule = (total: number) =>
  `Answer at least ${neededToPass(total)} of the ${plural(total, 'question', 'questions')} in this module's check correctly (${passPercent}%) and the module is marked complete for you.`;

/** Used on the home page and the modules list: kept short, it ships with their only script. */
export const pathText = {
  states: { 'not-started': 'Not started', 'in-progress': 'In progress', completed: 'Completed' } satisfies Record<
    ModuleState,
    string
  >,
  summary: (completed: number, total: number) => `${completed} of ${plural(total, 'module', 'modules')} completed.`,
  unreadable: 'Your saved progress could not be read.',
  link: 'See your progress',
} as const;

const problemText: Record<StoredProblem, string> = {
  corrupt: 'The progress saved on this device was damaged and could not be read.',
  foreign: 'The progress saved on this device was not in a form this course understands.',
  newer: 'The progress saved on this device was made by a newer version of this course.',
};

export const progressText = {
  navLabel: 'My progress',
  // Module page box
  boxTitle: 'Your progress',
  markComplete: 'Mark complete',
  markNotComplete: 'Mark as not complete',
  completedOn: (iso: string) => `Completed on ${formatDate(iso)}`,
  completedBy: { manual: 'You marked it complete.', check: 'You passed its check.' },
  notCompleted: 'Not completed yet.',
  lastCheck: (correct: number, total: number) => `Latest check: ${correct} of ${total} correct.`,
  sectionsRead: (read: number, total: number) => `${read} of ${plural(total, 'section', 'sections')} read`,
  markedComplete: 'Marked complete.',
  markedNotComplete: 'No longer marked complete.',
  checkPassed: (correct: number, total: number) =>
    `You answered ${correct} of ${total} correctly and passed the check. This module is now marked complete.`,
  checkPassedAgain: (correct: number, total: number) =>
    `You answered ${correct} of ${total} correctly and passed the check. Your result is saved.`,
  checkNotPassed: (correct: number, total: number) =>
    `You answered ${correct} of ${total} correctly. Your result is saved; ${neededToPass(total)} correct answers complete the module.`,
  seeAll: 'See all your progress',
  problem: (problem: StoredProblem) =>
    `${problemText[problem]} It was kept aside as a backup and you are starting fresh.`,
  problemHelp: 'You can download the backup on the My progress page.',
  // My progress page
  summary: pathText.summary,
  privacy:
    'Your progress is saved in this browser only. Nobody else can see it, and it does not follow you to another device or browser: export it to take it with you.',
  tableLabel: 'Progress by module',
  columns: {
    module: 'Module',
    status: 'Status',
    visited: 'First visit',
    completed: 'Completed',
    check: 'Check',
    sections: 'Reading',
    time: 'Time on the page',
  },
  moduleName: (number: number, title: string) => `Module ${number}: ${title}`,
  notYet: 'Not yet',
  completedHow: { manual: 'marked by you', check: 'by passing the check' },
  checkScore: (correct: number, total: number) => `${correct} of ${total} correct`,
  checkScoreNote: (iso: string) => `on ${formatDate(iso)}`,
  timeNote:
    'Time counts only while the page is open and visible, so it is an estimate. A section counts as read once you have scrolled through it.',
  quizzesTitle: 'Quizzes',
  quizzesSummary: (taken: number, total: number) => `You have taken ${taken} of ${plural(total, 'quiz', 'quizzes')}.`,
  quizzesTableLabel: 'Progress by quiz',
  quizColumns: { quiz: 'Quiz', best: 'Your best', last: 'Your latest attempt' },
  quizPlace: (module: number | undefined) => (module === undefined ? 'Whole course' : `Module ${module}`),
  quizScore: (attempt: AttemptView) => `${attempt.correct} of ${attempt.total} correct`,
  quizDate: (iso: string) => `on ${formatDate(iso)}`,
  detection: ({ fakesCaught, fakes, realTrusted, real }: NonNullable<AttemptView['detection']>) =>
    `Caught ${fakesCaught} of ${fakes} made by AI, trusted ${realTrusted} of ${real} real ones.`,
  calibration: (kind: Calibration, meanConfidence: number, accuracy: number) => {
    const base = `${meanConfidence}% sure on average, ${accuracy}% right`;
    if (kind === 'overconfident') return `${base}: more sure than right.`;
    if (kind === 'underconfident') return `${base}: right more often than you thought.`;
    return `${base}: well matched.`;
  },
  notTakenTitle: 'Not taken yet',
  backupsTitle: 'Backups of unreadable progress',
  backupsIntro:
    'When saved progress cannot be read, it is kept here rather than deleted. Download a backup to keep it, or to ask for help with it.',
  backupFrom: (iso: string) => `Backup from ${formatDate(iso)}`,
  downloadBackup: 'Download the backup',
  deleteBackup: 'Delete the backup',
  backupDeleted: 'The backup was deleted.',
  exportTitle: 'Save a copy',
  exportIntro: 'Download your progress as a file, to keep it safe or to move it to another device or browser.',
  exportButton: 'Download my progress',
  exportDone: 'Your progress file was downloaded.',
  importTitle: 'Load a copy',
  importIntro: 'Load a progress file you downloaded from this course before.',
  importFile: 'Progress file (.json)',
  importModeLegend: 'What to do with the progress already here',
  importMerge: 'Combine: keep the most complete record for each module',
  importReplace: 'Replace: use only the progress in the file',
  importButton: 'Load the file',
  importChooseFile: 'Choose a progress file first.',
  importDone: (modules: number) => `Done. Your progress now covers ${plural(modules, 'module', 'modules')}.`,
  importProblem: {
    corrupt: 'That file could not be read: it is not a complete JSON file. Nothing was changed.',
    foreign: 'That file is not a Look Closer progress file. Nothing was changed.',
    newer:
      'That file was made by a newer version of this course, which this page cannot read yet. Nothing was changed.',
  } satisfies Record<StoredProblem, string>,
  resetTitle: 'Start over',
  resetIntro:
    'Reset removes your progress from this browser: visits, sections read, completions, check and quiz results, time and opened assignments. Your answers inside each check and quiz are kept.',
  resetButton: 'Reset my progress…',
  resetConfirmTitle: 'Reset your progress?',
  resetConfirmText: 'This cannot be undone. If you may want it later, download a copy first.',
  resetConfirm: 'Yes, reset my progress',
  resetCancel: 'Cancel',
  resetDone: 'Your progress was reset.',
  noScript: 'This page needs JavaScript to show the progress saved in your browser.',
} as const;
