import { csvHeadings } from '../ui/teach-text';
import { cleanName, type Receipt, type ReceiptModule, type ReceiptQuiz } from './receipt';

/** Many students' receipts as one table: a row per student and assignment, a column per module and per quiz. */
export interface SummaryRow {
  key: string;
  student: string;
  assignment: Receipt['assignment'];
  created: string;
  /** By module slug; absent when that module is not part of the row's assignment. */
  modules: Readonly<Record<string, ReceiptModule>>;
  /** By quiz id; absent when that quiz does not count in the row's assignment. */
  quizzes: Readonly<Record<string, ReceiptQuiz>>;
  completed: number;
  assigned: number;
}

export interface ClassSummary {
  /** Module slugs in course order, then any the course does not know, as the receipts list them. */
  columns: string[];
  rows: SummaryRow[];
  moduleTotals: Record<string, { completed: number; assigned: number }>;
  /** Quiz ids in course order, then any the course does not know. */
  quizColumns: string[];
  quizTotals: Record<string, { taken: number; assigned: number }>;
  /** More than one assignment among the receipts, so the table needs an assignment column. */
  mixedAssignments: boolean;
}

export type SortKey = 'name' | 'completion' | `quiz:${string}`;
export const quizSortKey = (quizId: string): SortKey => `quiz:${quizId}`;
export type SortDirection = 'ascending' | 'descending';

/** The same student resending a receipt: names match whatever the case and spacing. */
const receiptKey = (receipt: Receipt) =>
  `${receipt.assignment.id}\n${cleanName(receipt.student).normalize('NFC').toLocaleLowerCase('en')}`;

/** One receipt per student and assignment: the most recently made (the later one given, on a tie). */
export function latestReceipts(receipts: readonly Receipt[]): Receipt[] {
  const latest = new Map<string, Receipt>();
  for (const receipt of receipts) {
    const key = receiptKey(receipt);
    const kept = latest.get(key);
    if (!kept || Date.parse(receipt.created) >= Date.parse(kept.created)) latest.set(key, receipt);
  }
  return [...latest.values()];
}

/** The ids the rows use, those of the course first in its order, then the others as they come. */
function columnsOf(ids: Iterable<string>, courseOrder: readonly string[]): string[] {
  const seen = new Set(ids);
  return [...courseOrder.filter((id) => seen.has(id)), ...[...seen].filter((id) => !courseOrder.includes(id))];
}

export function summarize(
  receipts: readonly Receipt[],
  courseSlugs: readonly string[],
  courseQuizzes: readonly string[] = [],
): ClassSummary {
  const rows = latestReceipts(receipts).map((receipt): SummaryRow => ({
    key: receiptKey(receipt),
    student: receipt.student,
    assignment: receipt.assignment,
    created: receipt.created,
    modules: Object.fromEntries(receipt.modules.map((module) => [module.slug, module])),
    quizzes: Object.fromEntries((receipt.quizzes ?? []).map((quiz) => [quiz.id, quiz])),
    completed: receipt.modules.filter((module) => module.completed).length,
    assigned: receipt.modules.length,
  }));
  const columns = columnsOf(
    rows.flatMap((row) => Object.keys(row.modules)),
    courseSlugs,
  );
  const moduleTotals = Object.fromEntries(
    columns.map((slug) => {
      const cells = rows.map((row) => row.modules[slug]).filter((cell) => cell !== undefined);
      return [slug, { completed: cells.filter((cell) => cell.completed).length, assigned: cells.length }];
    }),
  );
  const quizColumns = columnsOf(
    rows.flatMap((row) => Object.keys(row.quizzes)),
    courseQuizzes,
  );
  const quizTotals = Object.fromEntries(
    quizColumns.map((id) => {
      const cells = rows.map((row) => row.quizzes[id]).filter((cell) => cell !== undefined);
      return [id, { taken: cells.filter((cell) => cell.best).length, assigned: cells.length }];
    }),
  );
  const mixedAssignments = new Set(rows.map((row) => row.assignment.id)).size > 1;
  return {
    columns,
    rows: sortRows(rows, 'name', 'ascending'),
    moduleTotals,
    quizColumns,
    quizTotals,
    mixedAssignments,
  };
}

const byName = (a: SummaryRow, b: SummaryRow) =>
  a.student.localeCompare(b.student, 'en', { sensitivity: 'base' }) ||
  a.assignment.title.localeCompare(b.assignment.title, 'en');

/** A quiz's best score as a share, so 4 of 5 ranks above 6 of 10; -1 when not taken, undefined when not counted. */
function quizShare(row: SummaryRow, quizId: string): number | undefined {
  const cell = Object.hasOwn(row.quizzes, quizId) ? row.quizzes[quizId] : undefined;
  if (!cell) return undefined;
  return cell.best ? cell.best.correct / cell.best.total : -1;
}

export function sortRows(rows: readonly SummaryRow[], key: SortKey, direction: SortDirection): SummaryRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const byQuiz = (quizId: string) => (a: SummaryRow, b: SummaryRow) => {
    const [x, y] = [quizShare(a, quizId), quizShare(b, quizId)];
    // Students whose assignment leaves the quiz out come last either way: the column says nothing about them.
    if (x === undefined || y === undefined)
      return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0) || byName(a, b);
    return sign * (x - y) || byName(a, b);
  };
  const compare = key.startsWith('quiz:')
    ? byQuiz(key.slice('quiz:'.length))
    : key === 'name'
      ? (a: SummaryRow, b: SummaryRow) => sign * byName(a, b)
      : // Share of the assignment done, so 2 of 2 ranks above 2 of 5; names break ties in reading order.
        (a: SummaryRow, b: SummaryRow) => sign * (a.completed / a.assigned - b.completed / b.assigned) || byName(a, b);
  return [...rows].sort(compare);
}

/**
 * One CSV field (RFC 4180). Text a spreadsheet would run as a formula (= + - @, or a leading tab or
 * carriage return) gets an apostrophe first, so a student's name cannot become a formula on the
 * teacher's computer.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(
  summary: ClassSummary,
  titles: Readonly<Record<string, string>>,
  quizTitles: Readonly<Record<string, string>> = {},
): string {
  const title = (slug: string) => titles[slug] ?? slug;
  const header = [
    csvHeadings.student,
    csvHeadings.assignment,
    ...summary.columns.flatMap((slug) => [csvHeadings.completed(title(slug)), csvHeadings.check(title(slug))]),
    ...summary.quizColumns.map((id) => csvHeadings.quizBest(quizTitles[id] ?? id)),
    csvHeadings.total,
    csvHeadings.assigned,
    csvHeadings.created,
  ];
  const lines = summary.rows.map((row) => [
    row.student,
    row.assignment.title,
    ...summary.columns.flatMap((slug) => {
      const cell = row.modules[slug];
      if (!cell) return ['', ''];
      const check = cell.checkScore ? `${cell.checkScore.correct}/${cell.checkScore.total}` : '';
      return [cell.completed ? csvHeadings.yes : csvHeadings.no, check];
    }),
    ...summary.quizColumns.map((id) => {
      const cell = row.quizzes[id];
      if (!cell) return '';
      return cell.best ? `${cell.best.correct}/${cell.best.total}` : csvHeadings.notTaken;
    }),
    String(row.completed),
    String(row.assigned),
    row.created,
  ]);
  return `${[header, ...lines].map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}
