/** Interface text of the teacher tools: assignment builder, student view, receipts and class summary. */
import type { AssignmentErrorKind } from '../teach/assignment-link';
import type { NameProblem, ReceiptErrorKind, ReceiptModule, ReceiptQuiz } from '../teach/receipt';

const day = (iso: string) => iso.slice(0, 10);

/** A date the way people read it, the same everywhere: a due date is a calendar day, not a moment. */
export const longDate = (isoDay: string) =>
  new Date(`${isoDay.slice(0, 10)}T00:00:00Z`).toLocaleDateString('en', { timeZone: 'UTC', dateStyle: 'long' });

export const score = (correct: number, total: number) => `${correct}/${total}`;

/** Where a quiz belongs, beside its title: its module, or the whole course for the final challenge. */
export const quizPlace = (module: number | undefined) => (module === undefined ? 'whole course' : `module ${module}`);

export const builderText = {
  modulesLegend: 'Modules to assign',
  quizzesLegend: 'Quizzes that count (optional)',
  quizzesHint: 'Students see them on their checklist, and their best score goes on their receipt.',
  quizChoice: (title: string, module: number | undefined) => `${title} (${quizPlace(module)})`,
  titleLabel: 'Class or assignment name',
  titleHint: 'Students see it at the top of the assignment, for example “Period 3: Checking AI images”.',
  dueLabel: 'Due date (optional)',
  messageLabel: 'Message to students (optional)',
  messageCount: (used: number, limit: number) => `${used} of ${limit} characters`,
  incomplete: 'Give the assignment a name and choose at least one module to get its link.',
  startOver: 'Start a new assignment',
  shareTitle: 'Share it',
  linkLabel: 'Link for students',
  copy: 'Copy link',
  copied: 'Copied',
  copyFailed: 'Could not copy here. Select the link and copy it yourself.',
  openLink: 'Open the student view',
  print: 'Print the handout',
  handoutTitle: 'Handout',
  handoutHint: 'What the printout shows. Students can scan the code or type the link.',
  due: (isoDay: string) => `Due ${longDate(isoDay)}`,
  modulesHeading: 'Modules',
  quizzesHeading: 'Quizzes that count',
  qrLabel: 'QR code of the assignment link',
  linkHeading: 'Link',
  privacy: 'The assignment is carried in the link itself: nothing is sent to a server, and no student data comes back.',
} as const;

export const assignmentErrors: Record<AssignmentErrorKind, string> = {
  missing:
    'There is no assignment in this address. Open the link your teacher shared, exactly as they sent it, including everything after the # sign.',
  malformed: 'This link does not hold a Look Closer assignment. Ask your teacher for the link again.',
  truncated:
    'This link is cut short: part of it is missing, perhaps lost when it was copied. Copy the whole link again, or scan the QR code.',
  tampered:
    'This link has been changed since the teacher made it, so it cannot be trusted. Ask your teacher for the link again.',
  'unknown-version':
    'This link was made by a different version of Look Closer, which this site cannot read. Ask your teacher to make the link again.',
  'unknown-module':
    'This link names modules this course does not have, perhaps because the course changed. Ask your teacher to make the link again.',
  'unknown-quiz':
    'This link names quizzes this course does not have, perhaps because the course changed. Ask your teacher to make the link again.',
  'too-long':
    'This link is far longer than any assignment link, so it was not opened. Ask your teacher for the link again.',
};

export const assignmentText = {
  loading: 'Opening the assignment…',
  unknownModules: (slugs: readonly string[]) => `Unknown modules: ${slugs.join(', ')}.`,
  unknownQuizzes: (ids: readonly string[]) => `Unknown quizzes: ${ids.join(', ')}.`,
  eyebrow: 'Assignment',
  due: (isoDay: string) => `Due ${longDate(isoDay)}`,
  messageFrom: 'Message from your teacher',
  checklistTitle: 'Your checklist',
  checklistHint: 'Ticks come from this browser’s memory of your progress. Finish a module to tick it.',
  tally: (done: number, total: number, quizzes?: { taken: number; total: number }) =>
    [
      `${done} of ${total} modules completed`,
      ...(quizzes ? [`${quizzes.taken} of ${quizzes.total} ${quizzes.total === 1 ? 'quiz' : 'quizzes'} taken`] : []),
    ].join(' · '),
  quizzesHint: 'For a quiz, your best score in this browser counts: you can take it again to do better.',
  quiz: (title: string) => `Quiz: ${title}`,
  quizBest: (correct: number, total: number) => `Best score: ${correct} of ${total} correct`,
  quizNotTaken: 'Not taken yet',
  completed: (isoDateTime: string) => `Completed on ${longDate(isoDateTime)}`,
  notCompleted: 'Not completed yet',
  check: (correct: number, total: number) => `Check: ${correct} of ${total} correct`,
  mineTitle: 'My assignments',
  mineHint: 'Assignments you have opened in this browser.',
  mineEmpty: 'None yet. When you open a link from your teacher, the assignment is listed here.',
  opened: (isoDateTime: string) => `opened ${longDate(isoDateTime)}`,
  current: '(this one)',
  notRemembered:
    'Your saved progress on this device could not be read, so this assignment was not added to My assignments.',
  receiptTitle: 'Make my completion receipt',
  receiptHint:
    'A receipt tells your teacher what this browser remembers about the modules and quizzes. It is self-reported: it shows what you did here, but it is not proof. Nothing is sent anywhere; you copy it or save it and hand it in.',
  nameLabel: 'Your name, as your teacher knows it',
  make: 'Make the receipt',
  nameProblems: {
    empty: 'Type your name first.',
    'too-long': 'That name is too long: use at most 80 characters.',
  } satisfies Record<NameProblem, string>,
  receiptLabel: 'Your receipt',
  copy: 'Copy the receipt',
  copied: 'Copied',
  copyFailed: 'Could not copy here. Select the receipt text and copy it yourself.',
  download: 'Download it as a file (.json)',
} as const;

/** The receipt as a person reads it; the last line of the block is for the class summary. */
export const receiptWords = {
  heading: 'Look Closer completion receipt (self-reported)',
  assignment: (title: string) => `Assignment: ${title}`,
  student: (name: string) => `Student: ${name}`,
  created: (iso: string) => `Made: ${day(iso)} ${iso.slice(11, 16)} UTC`,
  total: (done: number, total: number) => `Completed: ${done} of ${total} modules`,
  quizTotal: (taken: number, total: number) => `Quizzes taken: ${taken} of ${total}`,
  module: (title: string, module: ReceiptModule) =>
    [
      `- [${module.completed ? 'x' : ' '}] ${title}: `,
      module.completed ? `completed${module.completedAt ? ` ${day(module.completedAt)}` : ''}` : 'not completed',
      module.checkScore ? `, check ${score(module.checkScore.correct, module.checkScore.total)}` : '',
    ].join(''),
  quiz: (title: string, quiz: ReceiptQuiz) =>
    `- [${quiz.best ? 'x' : ' '}] Quiz “${title}”: ${quiz.best ? `best score ${score(quiz.best.correct, quiz.best.total)}` : 'not taken'}`,
  selfReported:
    "Self-reported: the student's own browser made this from what it remembers. It is not proof that the work was done.",
} as const;

export const receiptErrors: Record<ReceiptErrorKind, string> = {
  foreign: 'No Look Closer receipt found in it.',
  truncated: 'The receipt is cut short: part of it is missing. Ask the student to copy or send the whole receipt.',
  tampered: 'The receipt was changed after it was made, so it was not counted. Ask the student for a new one.',
  'unknown-version': 'The receipt was made by a different version of Look Closer, which this page cannot read.',
};

export const classText = {
  addTitle: 'Add receipts',
  pasteLabel: 'Paste receipts',
  pasteHint: 'Paste one or many receipts, straight from email or chat. Everything stays in this browser tab.',
  add: 'Add pasted receipts',
  filesTitle: 'Drop receipt files here, or choose files',
  filesHint: 'The .json or .txt files students downloaded or sent.',
  fileInputLabel: 'Receipt files',
  pasted: (n: number) => `Pasted text, receipt ${n}`,
  added: (count: number, rejected: number) =>
    `${count} ${count === 1 ? 'receipt' : 'receipts'} added${rejected ? `, ${rejected} not counted` : ''}.`,
  rejectedTitle: 'Not counted',
  clear: 'Clear everything',
  empty: 'No receipts yet. Add some above to see the class table.',
  tableTitle: 'Class table',
  tableLabel: 'Receipts by student and module',
  honesty:
    'Receipts are self-reported: each shows what a student’s browser remembers, not proof of work. When a student sent more than one for the same assignment, only the latest counts.',
  student: 'Student',
  assignment: 'Assignment',
  total: 'Completed',
  sortBy: (column: string) => `Sort by ${column}`,
  done: 'Completed',
  missing: 'Missing',
  notAssigned: 'Not in this assignment',
  check: (correct: number, total: number) => `check ${score(correct, total)}`,
  quizColumn: (title: string) => `Quiz: ${title}`,
  quizBest: (correct: number, total: number) => `Best ${score(correct, total)}`,
  notTaken: 'Not taken',
  rowTotal: (done: number, total: number) => `${done} of ${total}`,
  moduleTotals: 'Students who did it',
  csv: 'Download CSV',
  print: 'Print the table',
  csvName: 'look-closer-class-summary.csv',
} as const;

export const csvHeadings = {
  student: 'Student',
  assignment: 'Assignment',
  completed: (title: string) => `${title}: completed`,
  check: (title: string) => `${title}: check`,
  quizBest: (title: string) => `${title} (quiz): best score`,
  notTaken: 'not taken',
  total: 'Modules completed',
  assigned: 'Modules assigned',
  created: 'Receipt made',
  yes: 'yes',
  no: 'no',
} as const;
