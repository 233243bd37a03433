import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../src/lib/teach/assignment-link';
import { csvField, latestReceipts, sortRows, summarize, toCsv } from '../../../src/lib/teach/class-summary';
import { makeReceipt } from '../../../src/lib/teach/receipt';

const course = ['what-ai-generated-content-is', 'how-platforms-label-ai-content', 'reading-credentials'];
const titles = { 'what-ai-generated-content-is': 'What AI-generated content is' };
const week3: Assignment = { version: 1, id: 'week3abc', title: 'Week 3', modules: [course[1]!, course[0]!] };
const week4: Assignment = { version: 1, id: 'week4abc', title: 'Week 4', modules: [course[2]!] };
const done = (at: string, correct?: number) => ({
  sectionsRead: [],
  minutesSpent: 0,
  completedAt: at,
  ...(correct !== undefined && { check: { correct, total: 4, at } }),
});

const ana = makeReceipt(
  week3,
  'Ana Ruiz',
  { [course[0]!]: done('2025-03-09T10:00:00.000Z', 3) },
  new Date('2025-03-10'),
);
const anaLater = makeReceipt(
  week3,
  'ana  ruiz',
  { [course[0]!]: done('2025-03-09T10:00:00.000Z', 3), [course[1]!]: done('2025-03-11T10:00:00.000Z') },
  new Date('2025-03-11'),
);
const ben = makeReceipt(week3, 'Ben Okafor', {}, new Date('2025-03-10'));
const cleo = makeReceipt(
  week4,
  '=HYPERLINK("http://x")',
  { [course[2]!]: done('2025-03-12T10:00:00.000Z') },
  new Date('2025-03-12'),
);

describe('latestReceipts', () => {
  it('keeps the latest receipt of a student for an assignment, whatever the order and spelling', () => {
    expect(latestReceipts([anaLater, ana, ben])).toEqual([anaLater, ben]);
    expect(latestReceipts([ana, anaLater])).toEqual([anaLater]);
  });
});

describe('summarize', () => {
  const summary = summarize([ana, ben, anaLater], course);

  it('has a row per student, a column per module in course order, and totals', () => {
    expect(summary.columns).toEqual([course[0], course[1]]);
    expect(summary.rows.map((row) => [row.student, row.completed, row.assigned])).toEqual([
      ['ana ruiz', 2, 2],
      ['Ben Okafor', 0, 2],
    ]);
    expect(summary.rows[1]!.modules[course[0]!]).toEqual({ slug: course[0], completed: false });
    expect(summary.moduleTotals).toEqual({
      [course[0]!]: { completed: 1, assigned: 2 },
      [course[1]!]: { completed: 1, assigned: 2 },
    });
    expect(summary.mixedAssignments).toBe(false);
  });

  it('leaves cells empty for modules outside a row’s assignment, and puts unknown modules last', () => {
    const stranger = makeReceipt({ ...week4, id: 'week5abc', modules: ['retired-module'] }, 'Dan', {}, new Date());
    const mixed = summarize([ben, cleo, stranger], course);
    expect(mixed.columns).toEqual([course[0], course[1], course[2], 'retired-module']);
    expect(mixed.mixedAssignments).toBe(true);
    const cleoRow = mixed.rows.find((row) => row.assignment.id === 'week4abc')!;
    expect(cleoRow.modules[course[0]!]).toBeUndefined();
    expect(mixed.moduleTotals[course[2]!]).toEqual({ completed: 1, assigned: 1 });
  });
});

describe('sortRows', () => {
  const { rows } = summarize([ana, ben, cleo], course);
  const names = (sorted: typeof rows) => sorted.map((row) => row.student);

  it('sorts by name either way', () => {
    expect(names(sortRows(rows, 'name', 'ascending'))).toEqual(['=HYPERLINK("http://x")', 'Ana Ruiz', 'Ben Okafor']);
    expect(names(sortRows(rows, 'name', 'descending'))).toEqual(['Ben Okafor', 'Ana Ruiz', '=HYPERLINK("http://x")']);
  });

  it('sorts by the share of the assignment completed, names breaking ties', () => {
    expect(names(sortRows(rows, 'completion', 'descending'))).toEqual([
      '=HYPERLINK("http://x")',
      'Ana Ruiz',
      'Ben Okafor',
    ]);
    expect(names(sortRows(rows, 'completion', 'ascending'))).toEqual([
      'Ben Okafor',
      'Ana Ruiz',
      '=HYPERLINK("http://x")',
    ]);
  });
});

describe('CSV', () => {
  it('quotes fields as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('stops spreadsheet formulas', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvField(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
  });

  it('has a header, a line per row and CRLF line ends', () => {
    const csv = toCsv(summarize([ana, ben, cleo], course), titles);
    const lines = csv.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'Student,Assignment,What AI-generated content is: completed,What AI-generated content is: check,how-platforms-label-ai-content: completed,how-platforms-label-ai-content: check,reading-credentials: completed,reading-credentials: check,Modules completed,Modules assigned,Receipt made',
    );
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://x"")",Week 4,,,,,yes,,1,1,${cleo.created}`);
    expect(lines[2]).toBe(`Ana Ruiz,Week 3,yes,3/4,no,,,,1,2,${ana.created}`);
    expect(lines).toHaveLength(5);
  });
});
