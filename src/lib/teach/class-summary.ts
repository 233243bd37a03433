import { csvHeadings } from '../ui/teach-text';
import { cleanName, type Receipt, type ReceiptModule } from './receipt';

/** Many students' receipts as one table: a row per student and assignment, a column per module. */
export interface SummaryRow {
  key: string;
  student: string;
  assignment: Receipt['assignment'];
  created: string;
  /** By module slug; absent when that module is not part of the row's assignment. */
  modules: Readonly<Record<string, ReceiptModule>>;
  completed: number;
  assigned: number;
}

export interface ClassSummary {
  /** Module slugs in course order, then any the course does not know, as the receipts list them. */
  columns: string[];
  rows: SummaryRow[];
  moduleTotals: Record<string, { completed: number; assigned: number }>;
  /** More than one assignment among the receipts, so the table needs an assignment column. */
  mixedAssignments: boolean;
}

export type SortKey = 'name' | 'completion';
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

export function summarize(receipts: readonly Receipt[], courseSlugs: readonly string[]): ClassSummary {
  const rows = latestReceipts(receipts).map((receipt): SummaryRow => {
    const modules = Object.fromEntries(receipt.modules.map((module) => [module.slug, module]));
    return {
      key: receiptKey(receipt),
      student: receipt.student,
      assignment: receipt.assignment,
      created: receipt.created,
      modules,
      completed: receipt.modules.filter((module) => module.completed).length,
      assigned: receipt.modules.length,
    };
  });
  const seen = new Set(rows.flatMap((row) => Object.keys(row.modules)));
  const columns = [
    ...courseSlugs.filter((slug) => seen.has(slug)),
    ...[...seen].filter((slug) => !courseSlugs.includes(slug)),
  ];
  const moduleTotals = Object.fromEntries(
    columns.map((slug) => {
      const cells = rows.map((row) => row.modules[slug]).filter((cell) => cell !== undefined);
      return [slug, { completed: cells.filter((cell) => cell.completed).length, assigned: cells.length }];
    }),
  );
  const mixedAssignments = new Set(rows.map((row) => row.assignment.id)).size > 1;
  return { columns, rows: sortRows(rows, 'name', 'ascending'), moduleTotals, mixedAssignments };
}

const byName = (a: SummaryRow, b: SummaryRow) =>
  a.student.localeCompare(b.student, 'en', { sensitivity: 'base' }) ||
  a.assignment.title.localeCompare(b.assignment.title, 'en');

export function sortRows(rows: readonly SummaryRow[], key: SortKey, direction: SortDirection): SummaryRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const compare =
    key === 'name'
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

export function toCsv(summary: ClassSummary, titles: Readonly<Record<string, string>>): string {
  const title = (slug: string) => titles[slug] ?? slug;
  const header = [
    csvHeadings.student,
    csvHeadings.assignment,
    ...summary.columns.flatMap((slug) => [csvHeadings.completed(title(slug)), csvHeadings.check(title(slug))]),
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
    String(row.completed),
    String(row.assigned),
    row.created,
  ]);
  return `${[header, ...lines].map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}
