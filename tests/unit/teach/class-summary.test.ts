import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../src/lib/teach/assignment-link';
import {
  csvField,
  latestReceipts,
  quizSortKey,
  sortRows,
  summarize,
  toCsv,
  type SortDirection,
  type SortKey,
} from '../../../src/lib/teach/class-summary';
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

describe('quizzes that count', () => {
  const quizzes = ['real-or-ai-baseline', 'voices'];
  const quizWeek: Assignment = { ...week3, id: 'quizweek', quizzes: ['voices', 'real-or-ai-baseline'] };
  const attempt = (correct: number, total: number) => {
    const at = '2025-03-09T11:00:00.000Z';
    return { best: { correct, total, at }, last: { correct, total, at } };
  };
  const made = (student: string, scores: Record<string, ReturnType<typeof attempt>>) =>
    makeReceipt(quizWeek, student, {}, new Date('2025-03-12'), scores);
  const eve = made('Eve', { 'real-or-ai-baseline': attempt(9, 10), voices: attempt(4, 8) });
  const finn = made('Finn', { 'real-or-ai-baseline': attempt(6, 10) });
  const gus = made('@Gus', { voices: attempt(8, 8) });
  const noQuiz = makeReceipt({ ...week3, id: 'noquizwk' }, 'Ada', {}, new Date('2025-03-12'));
  const summary = summarize([eve, finn, gus, noQuiz], course, quizzes);
  const names = (key: SortKey, direction: SortDirection) =>
    sortRows(summary.rows, key, direction).map((row) => row.student);

  it('get a column each, in course order, with how many students took them', () => {
    expect(summary.quizColumns).toEqual(quizzes);
    expect(summary.quizTotals).toEqual({
      'real-or-ai-baseline': { taken: 2, assigned: 3 },
      voices: { taken: 2, assigned: 3 },
    });
    const finnRow = summary.rows.find((row) => row.student === 'Finn')!;
    expect(finnRow.quizzes.voices).toEqual({ id: 'voices' });
    expect(summary.rows.find((row) => row.student === 'Ada')!.quizzes).toEqual({});
  });

  it('put quizzes the course does not know after its own', () => {
    const retired = makeReceipt(
      { ...quizWeek, id: 'oldquiz1', quizzes: ['retired-quiz', 'voices'] },
      'Hal',
      {},
      new Date(),
    );
    expect(summarize([retired, eve], course, quizzes).quizColumns).toEqual([...quizzes, 'retired-quiz']);
  });

  it('sort by best score share, missing work as the lowest, students without the quiz last either way', () => {
    expect(names(quizSortKey('voices'), 'descending')).toEqual(['@Gus', 'Eve', 'Finn', 'Ada']);
    expect(names(quizSortKey('voices'), 'ascending')).toEqual(['Finn', 'Eve', '@Gus', 'Ada']);
    expect(names(quizSortKey('real-or-ai-baseline'), 'descending')).toEqual(['Eve', 'Finn', '@Gus', 'Ada']);
  });

  it('sort the same whatever order the receipts came in', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([eve, finn, gus, noQuiz], { minLength: 4 }),
        fc.constantFrom<SortDirection>('ascending', 'descending'),
        (shuffled, direction) => {
          const rows = sortRows(summarize(shuffled, course, quizzes).rows, quizSortKey('voices'), direction);
          expect(rows.map((row) => row.student)).toEqual(names(quizSortKey('voices'), direction));
        },
      ),
    );
  });

  it('go into the CSV as best scores, with missing work and formula guard', () => {
    const lines = toCsv(summary, titles, { voices: 'Real voice or AI voice?' }).split('\r\n');
    expect(lines[0]).toContain(
      'how-platforms-label-ai-content: check,real-or-ai-baseline (quiz): best score,Real voice or AI voice? (quiz): best score,Modules completed',
    );
    expect(lines[1]).toMatch(/^'@Gus,Week 3,.*,not taken,8\/8,0,2,/);
    expect(lines.find((line) => line.startsWith('Ada,'))).toMatch(/,,,0,2,/);
    expect(lines.find((line) => line.startsWith('Eve,'))).toContain(',9/10,4/8,');
  });

  it('leave the CSV of receipts without quizzes as it was', () => {
    expect(toCsv(summarize([ana, ben], course, quizzes), titles).split('\r\n')[0]).not.toContain('quiz');
  });
});
