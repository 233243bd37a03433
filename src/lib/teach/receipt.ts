import * as v from 'valibot';
import type { ProgressData } from '../progress/progress-schema';
import { receiptWords } from '../ui/teach-text';
import { assignmentSchema, type Assignment } from './assignment-link';
import { checksum, seal, unseal } from './seal';

/**
 * A completion receipt: what a student's own browser remembers about an assignment's modules, as text to
 * paste and as a .json file. It is self-reported by design: there is no server to vouch for it, and the
 * checksum only catches damage and casual edits.
 */
export const receiptVersion = 1;
export const receiptMarker = 'LOOK-CLOSER-RECEIPT';
export const studentNameLimit = 80;
const fileFormat = 'look-closer-receipt';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const score = v.pipe(
  v.object({ correct: count, total: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
  v.check(({ correct, total }) => correct <= total),
);
const id = v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/));
const oneToFifty = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.minLength(1), v.maxLength(50));

export const receiptSchema = v.object({
  version: v.literal(receiptVersion),
  assignment: v.pick(assignmentSchema, ['id', 'title']),
  student: v.pipe(
    v.string(),
    v.minLength(1),
    v.maxLength(studentNameLimit),
    v.check((name) => name === cleanName(name)),
  ),
  modules: oneToFifty(
    v.object({
      slug: id,
      completed: v.boolean(),
      completedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
      checkScore: v.optional(score),
    }),
  ),
  /** The assignment's quizzes that count, with the best score this browser remembers (none: not taken). */
  quizzes: v.optional(oneToFifty(v.object({ id, best: v.optional(score) }))),
  created: v.pipe(v.string(), v.isoTimestamp()),
  selfReported: v.literal(true),
});

export type Receipt = v.InferOutput<typeof receiptSchema>;
export type ReceiptModule = Receipt['modules'][number];
export type ReceiptQuiz = NonNullable<Receipt['quizzes']>[number];

export type ReceiptErrorKind = 'foreign' | 'truncated' | 'tampered' | 'unknown-version';
export type ReceiptResult = { ok: true; receipt: Receipt } | { ok: false; error: ReceiptErrorKind };

/** Names arrive with stray spaces from phones and autofill; one space between words is what was meant. */
export const cleanName = (name: string) => name.trim().replace(/\s+/g, ' ');

export type NameProblem = 'empty' | 'too-long';
export function checkStudentName(name: string): NameProblem | undefined {
  const cleaned = cleanName(name);
  if (cleaned === '') return 'empty';
  if (cleaned.length > studentNameLimit) return 'too-long';
  return undefined;
}

export function makeReceipt(
  assignment: Assignment,
  student: string,
  progress: ProgressData['modules'],
  created: Date,
  quizProgress: ProgressData['quizzes'] = {},
): Receipt {
  return v.parse(receiptSchema, {
    version: receiptVersion,
    assignment: { id: assignment.id, title: assignment.title },
    student: cleanName(student),
    modules: assignment.modules.map((slug): ReceiptModule => {
      const module = progress[slug];
      return {
        slug,
        completed: module?.completedAt !== undefined,
        ...(module?.completedAt && { completedAt: module.completedAt }),
        ...(module?.check && { checkScore: { correct: module.check.correct, total: module.check.total } }),
      };
    }),
    ...(assignment.quizzes && {
      quizzes: assignment.quizzes.map((id): ReceiptQuiz => {
        const best = Object.hasOwn(quizProgress, id) ? quizProgress[id]?.best : undefined;
        return best ? { id, best: { correct: best.correct, total: best.total } } : { id };
      }),
    }),
    created: created.toISOString(),
    selfReported: true,
  });
}

/**
 * Positional form, so the pasted line stays short enough to survive email. Quizzes came later and go last,
 * only when there are some, so a receipt without them reads (and checksums) as it did before.
 */
function compact(receipt: Receipt): unknown[] {
  const modules = receipt.modules.map(({ slug, completed, completedAt, checkScore }) => {
    const form: unknown[] = [slug, completed ? 1 : 0, completedAt ?? null, checkScore?.correct ?? null];
    if (checkScore) form.push(checkScore.total);
    while (form.at(-1) === null) form.pop();
    return form;
  });
  const form: unknown[] = [receipt.assignment.id, receipt.assignment.title, receipt.student, receipt.created, modules];
  if (receipt.quizzes) form.push(receipt.quizzes.map(({ id, best }) => (best ? [id, best.correct, best.total] : [id])));
  return form;
}

const isList = (value: unknown): value is unknown[] => Array.isArray(value);

function expand(form: unknown): ReceiptResult {
  if (
    !isList(form) ||
    form.length < 5 ||
    form.length > 6 ||
    !isList(form[4]) ||
    (form.length === 6 && !isList(form[5]))
  )
    return { ok: false, error: 'tampered' };
  const [id, title, student, created, modules, quizzes] = form as [
    unknown,
    unknown,
    unknown,
    unknown,
    unknown[],
    unknown[]?,
  ];
  const parsed = v.safeParse(receiptSchema, {
    version: receiptVersion,
    assignment: { id, title },
    student,
    created,
    selfReported: true,
    modules: modules.map((module) => {
      if (!Array.isArray(module)) return module;
      const [slug, completed, completedAt, correct, total] = module as unknown[];
      return {
        slug,
        completed: completed === 1 ? true : completed === 0 ? false : completed,
        completedAt: completedAt ?? undefined,
        checkScore: correct === undefined ? undefined : { correct, total },
      };
    }),
    quizzes: quizzes?.map((quiz) => {
      if (!Array.isArray(quiz)) return quiz;
      const [quizId, correct, total] = quiz as unknown[];
      return { id: quizId, best: correct === undefined ? undefined : { correct, total } };
    }),
  });
  return parsed.success ? { ok: true, receipt: parsed.output } : { ok: false, error: 'tampered' };
}

export const receiptLine = (receipt: Receipt) => `${receiptMarker} v${receiptVersion} ${seal(compact(receipt))}`;

/** The block a student copies: readable for a person, with one machine-readable line at the end. */
export function receiptText(
  receipt: Receipt,
  titles: Readonly<Record<string, string>>,
  quizTitles: Readonly<Record<string, string>> = {},
): string {
  const done = receipt.modules.filter((module) => module.completed).length;
  const quizzes = receipt.quizzes ?? [];
  return [
    receiptWords.heading,
    receiptWords.assignment(receipt.assignment.title),
    receiptWords.student(receipt.student),
    receiptWords.created(receipt.created),
    receiptWords.total(done, receipt.modules.length),
    ...(quizzes.length > 0 ? [receiptWords.quizTotal(quizzes.filter((quiz) => quiz.best).length, quizzes.length)] : []),
    ...receipt.modules.map((module) => receiptWords.module(titles[module.slug] ?? module.slug, module)),
    ...quizzes.map((quiz) => receiptWords.quiz(quizTitles[quiz.id] ?? quiz.id, quiz)),
    receiptWords.selfReported,
    '',
    receiptLine(receipt),
  ].join('\n');
}

export function receiptJson(receipt: Receipt): string {
  return `${JSON.stringify({ format: fileFormat, ...receipt, checksum: checksum(JSON.stringify(compact(receipt))) }, null, 2)}\n`;
}

export function receiptFileName(receipt: Receipt): string {
  const part = (text: string) =>
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'receipt';
  return `look-closer-receipt-${part(receipt.assignment.title)}-${part(receipt.student)}.json`;
}

/**
 * Undo what mail and chat apps do to a long line: quote markers (`> `), quoted-printable soft breaks
 * (`=` at a line end), wrapping. The sealed text stops at the first blank line, so a signature after it
 * is not read as part of it.
 */
function readSealedLine(chunk: string): ReceiptResult {
  const unfolded = chunk.replace(/=\r?\n/g, '').replace(/^[ \t]*(>[ \t]?)+/gm, '');
  const version = /^\s*v(\d+)\b/.exec(unfolded);
  if (!version) return { ok: false, error: unfolded.trim() === '' ? 'truncated' : 'tampered' };
  if (Number(version[1]) !== receiptVersion) return { ok: false, error: 'unknown-version' };
  const sealed = (unfolded.slice(version[0].length).split(/\n[ \t]*\r?\n/, 1)[0] ?? '').replace(/\s+/g, '');
  // Text run on after the payload (a name, "Thanks") is not part of it: the seal gives the payload's length.
  const head = /^([0-9a-z]+)\.[0-9a-z]+\./.exec(sealed);
  const opened = unseal(head ? sealed.slice(0, head[0].length + parseInt(head[1] ?? '0', 36)) : sealed);
  if (!opened.ok) return { ok: false, error: opened.error === 'malformed' ? 'tampered' : opened.error };
  return expand(opened.value);
}

function readJson(value: unknown): ReceiptResult {
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== fileFormat)
    return { ok: false, error: 'foreign' };
  const { format: _format, checksum: sum, ...fields } = value as Record<string, unknown>;
  if (fields.version !== receiptVersion) return { ok: false, error: 'unknown-version' };
  const parsed = v.safeParse(receiptSchema, fields);
  if (!parsed.success || checksum(JSON.stringify(compact(parsed.output))) !== sum)
    return { ok: false, error: 'tampered' };
  return { ok: true, receipt: parsed.output };
}

/** Every receipt in pasted text or a file's contents: one result per receipt found, `foreign` when none. */
export function parseReceipts(text: string): ReceiptResult[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      return [readJson(JSON.parse(trimmed))];
    } catch {
      return [{ ok: false, error: trimmed.includes(fileFormat) ? 'truncated' : 'foreign' }];
    }
  }
  const chunks = trimmed.split(/LOOK-\s*CLOSER-\s*RECEIPT/i).slice(1);
  return chunks.length === 0 ? [{ ok: false, error: 'foreign' }] : chunks.map(readSealedLine);
}
