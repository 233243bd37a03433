import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../src/lib/teach/assignment-link';
import {
  checkStudentName,
  makeReceipt,
  parseReceipts,
  receiptFileName,
  receiptJson,
  receiptLine,
  receiptText,
  type Receipt,
} from '../../../src/lib/teach/receipt';
import { seal } from '../../../src/lib/teach/seal';

const assignment: Assignment = {
  version: 1,
  id: 'k3x9q2m1',
  title: 'Period 3: Checking AI images',
  modules: ['what-ai-generated-content-is', 'how-platforms-label-ai-content'],
};
const titles = {
  'what-ai-generated-content-is': 'What AI-generated content is',
  'how-platforms-label-ai-content': 'How platforms label AI content',
};
const created = new Date('2025-03-10T14:02:33.000Z');
const receipt = makeReceipt(
  assignment,
  '  Ana   Ruiz ',
  {
    'what-ai-generated-content-is': {
      completedAt: '2025-03-09T10:00:00.000Z',
      completedBy: 'check',
      sectionsRead: [],
      minutesSpent: 12,
      check: { correct: 3, total: 4, at: '2025-03-09T10:00:00.000Z' },
    },
    'other-module': { sectionsRead: [], minutesSpent: 1 },
  },
  created,
);

/** The line the receipt maker wrote for `receipt` before quizzes existed (made at `created`, Ana Ruiz). */
const lineFromBefore =
  'LOOK-CLOSER-RECEIPT v1 6w.12qcgja.WyJrM3g5cTJtMSIsIlBlcmlvZCAzOiBDaGVja2luZyBBSSBpbWFnZXMiLCJBbmEgUnVpeiIsIjIwMjUtMDMtMTBUMTQ6MDI6MzMuMDAwWiIsW1sid2hhdC1haS1nZW5lcmF0ZWQtY29udGVudC1pcyIsMSwiMjAyNS0wMy0wOVQxMDowMDowMC4wMDBaIiwzLDRdLFsiaG93LXBsYXRmb3Jtcy1sYWJlbC1haS1jb250ZW50IiwwXV1d';

const only = (text: string) => {
  const results = parseReceipts(text);
  expect(results).toHaveLength(1);
  return results[0]!;
};

describe('makeReceipt', () => {
  it('reports each assigned module from the learner’s progress, self-reported', () => {
    expect(receipt).toEqual({
      version: 1,
      assignment: { id: 'k3x9q2m1', title: 'Period 3: Checking AI images' },
      student: 'Ana Ruiz',
      modules: [
        {
          slug: 'what-ai-generated-content-is',
          completed: true,
          completedAt: '2025-03-09T10:00:00.000Z',
          checkScore: { correct: 3, total: 4 },
        },
        { slug: 'how-platforms-label-ai-content', completed: false },
      ],
      created: '2025-03-10T14:02:33.000Z',
      selfReported: true,
    });
  });

  it('checks the student’s name', () => {
    expect(checkStudentName('   ')).toBe('empty');
    expect(checkStudentName('a'.repeat(81))).toBe('too-long');
    expect(checkStudentName(` ${'a'.repeat(80)} `)).toBeUndefined();
  });
});

describe('receipt text', () => {
  const text = receiptText(receipt, titles);

  it('reads plainly, says it is self-reported and ends with the machine-readable line', () => {
    expect(text).toContain('Student: Ana Ruiz');
    expect(text).toContain('- [x] What AI-generated content is: completed 2025-03-09, check 3/4');
    expect(text).toContain('- [ ] How platforms label AI content: not completed');
    expect(text).toMatch(/self-reported/i);
    expect(text).toMatch(/not proof/);
    expect(text.split('\n').at(-1)).toMatch(/^LOOK-CLOSER-RECEIPT v1 [\w.-]+$/);
  });

  it('parses back to the same receipt', () => {
    expect(only(text)).toEqual({ ok: true, receipt });
  });

  it('survives what email does to it: wrapping, quoting, soft breaks, a signature', () => {
    const line = receiptLine(receipt);
    const wrapped = line.match(/.{1,60}/g)!.join('\n');
    expect(only(wrapped)).toEqual({ ok: true, receipt });
    expect(only(`> ${text.replaceAll('\n', '\n> ')}`)).toEqual({ ok: true, receipt });
    expect(only(line.match(/.{1,70}/g)!.join('=\r\n'))).toEqual({ ok: true, receipt });
    expect(only(`Hi Ms. Lee,\r\n\r\n${text.replaceAll('\n', '\r\n')}\r\nThanks,\r\nAna`)).toEqual({
      ok: true,
      receipt,
    });
    expect(only(`${line}\n\nThanks`)).toEqual({ ok: true, receipt });
  });

  it('finds every receipt in one paste', () => {
    const other = makeReceipt(assignment, 'Ben Okafor', {}, created);
    const results = parseReceipts(`${text}\n${receiptText(other, titles)}\n`);
    expect(results).toEqual([
      { ok: true, receipt },
      { ok: true, receipt: other },
    ]);
  });

  it('round-trips any receipt', () => {
    const receipts = fc.record({
      student: fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: 80 })
        .filter((name) => checkStudentName(name) === undefined),
      completed: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
      correct: fc.nat(10),
    });
    fc.assert(
      fc.property(receipts, ({ student, completed, correct }) => {
        const made = makeReceipt(
          assignment,
          student,
          Object.fromEntries(
            assignment.modules.map((slug, index) => [
              slug,
              {
                sectionsRead: [],
                minutesSpent: 0,
                ...(completed[index] && { completedAt: created.toISOString() }),
                check: { correct, total: 10, at: created.toISOString() },
              },
            ]),
          ),
          created,
        );
        expect(only(receiptText(made, titles))).toEqual({ ok: true, receipt: made });
        expect(only(receiptJson(made))).toEqual({ ok: true, receipt: made });
      }),
    );
  });
});

describe('bad receipts', () => {
  const line = receiptLine(receipt);
  const error = (text: string) => {
    const result = only(text);
    return result.ok ? 'ok' : result.error;
  };

  it('calls text without a receipt foreign', () => {
    expect(error('Here is my homework!')).toBe('foreign');
    expect(error('{"name": "something else"}')).toBe('foreign');
    expect(error('[1, 2, 3]')).toBe('foreign');
  });

  it('calls a cut-short receipt truncated', () => {
    const start = 'LOOK-CLOSER-RECEIPT v1 '.length;
    for (let length = start; length < line.length; length += 7) expect(error(line.slice(0, length))).toBe('truncated');
    expect(error('LOOK-CLOSER-RECEIPT')).toBe('truncated');
    expect(error(receiptJson(receipt).slice(0, 120))).toBe('truncated');
  });

  it('calls an edited receipt tampered', () => {
    const payloadStart = line.lastIndexOf('.') + 1;
    for (let index = payloadStart; index < line.length; index += 5) {
      const swapped = line[index] === 'A' ? 'B' : 'A';
      expect(error(line.slice(0, index) + swapped + line.slice(index + 1))).toBe('tampered');
    }
    const json = JSON.parse(receiptJson(receipt)) as Receipt & { checksum: string };
    json.modules[1]!.completed = true;
    expect(error(JSON.stringify(json))).toBe('tampered');
    expect(error(JSON.stringify({ ...json, student: '' }))).toBe('tampered');
  });

  it('names an unknown version', () => {
    expect(error(line.replace(' v1 ', ' v2 '))).toBe('unknown-version');
    expect(error(receiptJson(receipt).replace('"version": 1', '"version": 2'))).toBe('unknown-version');
  });
});

describe('receipt files', () => {
  it('are JSON that reads back, named after the assignment and the student', () => {
    expect(only(receiptJson(receipt))).toEqual({ ok: true, receipt });
    expect(JSON.parse(receiptJson(receipt))).toMatchObject({ format: 'look-closer-receipt', selfReported: true });
    expect(receiptFileName(receipt)).toBe('look-closer-receipt-period-3-checking-ai-images-ana-ruiz.json');
  });
});

describe('receipts with quizzes that count', () => {
  const withQuizzes: Assignment = { ...assignment, quizzes: ['real-or-ai-baseline', 'voices'] };
  const quizTitles = { 'real-or-ai-baseline': 'Baseline: real or AI?', voices: 'Real voice or AI voice?' };
  const attempt = (correct: number, total: number) => ({ correct, total, at: '2025-03-09T11:00:00.000Z' });
  const quizReceipt = makeReceipt(withQuizzes, 'Ana Ruiz', {}, created, {
    'real-or-ai-baseline': { best: { ...attempt(8, 10), meanConfidence: 80 }, last: attempt(6, 10) },
    challenge: { best: attempt(20, 20), last: attempt(20, 20) },
  });

  it('carry the best score of each counted quiz, and none for a quiz not taken', () => {
    expect(quizReceipt.quizzes).toEqual([
      { id: 'real-or-ai-baseline', best: { correct: 8, total: 10 } },
      { id: 'voices' },
    ]);
    expect(receipt.quizzes).toBeUndefined();
  });

  it('read plainly, and parse back from text and file', () => {
    const text = receiptText(quizReceipt, titles, quizTitles);
    expect(text).toContain('Quizzes taken: 1 of 2');
    expect(text).toContain('- [x] Quiz “Baseline: real or AI?”: best score 8/10');
    expect(text).toContain('- [ ] Quiz “Real voice or AI voice?”: not taken');
    expect(only(text)).toEqual({ ok: true, receipt: quizReceipt });
    expect(only(receiptJson(quizReceipt))).toEqual({ ok: true, receipt: quizReceipt });
  });

  it('round-trip whatever the scores', () => {
    const scores = fc.array(
      fc.option(fc.integer({ min: 1, max: 20 }).chain((total) => fc.tuple(fc.nat(total), fc.constant(total)))),
      {
        minLength: 2,
        maxLength: 2,
      },
    );
    fc.assert(
      fc.property(scores, (pairs) => {
        const saved = Object.fromEntries(
          pairs.flatMap((pair, index) =>
            pair ? [[withQuizzes.quizzes![index]!, { best: attempt(...pair), last: attempt(...pair) }]] : [],
          ),
        );
        const made = makeReceipt(withQuizzes, 'Ben', {}, created, saved);
        expect(made.quizzes?.map((quiz) => quiz.best !== undefined)).toEqual(pairs.map((pair) => pair !== null));
        expect(only(receiptText(made, titles, quizTitles))).toEqual({ ok: true, receipt: made });
        expect(only(receiptJson(made))).toEqual({ ok: true, receipt: made });
      }),
    );
  });

  it('leave a receipt without quizzes exactly as it was before quizzes existed', () => {
    const made = makeReceipt(
      { ...assignment, id: 'k3x9q2m1' },
      'Ana Ruiz',
      {
        'what-ai-generated-content-is': {
          completedAt: '2025-03-09T10:00:00.000Z',
          sectionsRead: [],
          minutesSpent: 0,
          check: { correct: 3, total: 4, at: '2025-03-09T10:00:00.000Z' },
        },
      },
      created,
    );
    expect(receiptLine(made)).toBe(lineFromBefore);
    expect(JSON.parse(receiptJson(made)).checksum).toBe('eh7zzo');
  });

  it('still reads receipts made before quizzes existed', () => {
    const result = only(lineFromBefore);
    expect(result).toMatchObject({
      ok: true,
      receipt: { student: 'Ana Ruiz', modules: [{ completed: true }, { completed: false }] },
    });
    expect(result.ok && result.receipt.quizzes).toBeUndefined();
  });

  it('call a quiz list that was changed, or that no receipt maker writes, tampered', () => {
    const json = JSON.parse(receiptJson(quizReceipt)) as Receipt & { checksum: string };
    json.quizzes![1]!.best = { correct: 8, total: 8 };
    expect(only(JSON.stringify(json))).toEqual({ ok: false, error: 'tampered' });
    const head = ['k3x9q2m1', 'Title', 'Ana', created.toISOString(), [['what-ai-generated-content-is', 0]]];
    const error = (form: unknown[]) => {
      const result = only(`LOOK-CLOSER-RECEIPT v1 ${seal(form)}`);
      return result.ok ? 'ok' : result.error;
    };
    expect(error([...head, [['voices', 3, 4]]])).toBe('ok');
    expect(error([...head, 'voices'])).toBe('tampered');
    expect(error([...head, []])).toBe('tampered');
    expect(error([...head, [['voices', 5, 4]]])).toBe('tampered');
    expect(error([...head, [['voices']], 'extra'])).toBe('tampered');
  });
});
