import * as v from 'valibot';
import { seal, unseal } from './seal';

/**
 * A teacher's assignment, carried entirely in the link: `/assignment/#a=<version>.<sealed compact form>`.
 * It sits after `#` so it never reaches a server, not even in logs.
 */
export const assignmentVersion = 1;

export const assignmentLimits = { title: 100, message: 280, link: 2000 } as const;

const trimmed = (max: number) =>
  v.pipe(
    v.string(),
    v.minLength(1),
    v.maxLength(max),
    v.check((text) => text.trim() === text),
  );

const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/),
  v.check((date) => !Number.isNaN(Date.parse(date)) && new Date(date).toISOString().startsWith(date)),
);

/** Module slugs or quiz ids: at least one, none twice. */
const idList = v.pipe(
  v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/))),
  v.minLength(1),
  v.maxLength(50),
  v.check((ids) => new Set(ids).size === ids.length),
);

export const assignmentSchema = v.object({
  version: v.literal(assignmentVersion),
  id: v.pipe(v.string(), v.regex(/^[0-9a-z]{6,16}$/)),
  title: trimmed(assignmentLimits.title),
  modules: idList,
  due: v.optional(isoDate),
  message: v.optional(trimmed(assignmentLimits.message)),
  /** Quizzes whose best score counts, by quiz id. Added after the first links; those simply have none. */
  quizzes: v.optional(idList),
});

export type Assignment = v.InferOutput<typeof assignmentSchema>;

export type AssignmentErrorKind =
  | 'missing'
  | 'malformed'
  | 'truncated'
  | 'tampered'
  | 'unknown-version'
  | 'unknown-module'
  | 'unknown-quiz'
  | 'too-long';

export interface AssignmentError {
  kind: AssignmentErrorKind;
  /** The slugs this course does not have, for `unknown-module`. */
  modules?: string[];
  /** The quiz ids this course does not have, for `unknown-quiz`. */
  quizzes?: string[];
}

export type DecodeResult = { ok: true; assignment: Assignment } | { ok: false; error: AssignmentError };

/** Eight base-36 characters: enough that two assignments of one teacher never share an id. */
export function newAssignmentId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => (byte % 36).toString(36)).join('');
}

/** Fields of the compact form: id, title, modules, due, message, quizzes. */
const formLength = 6;

/**
 * Positional array without trailing empties: the shortest JSON, so the link and its QR code stay small. New
 * fields go at the end, so an assignment without them makes the same link as before they existed.
 */
function compact({ id, title, modules, due, message, quizzes }: Assignment): unknown[] {
  const form: unknown[] = [id, title, modules, due ?? null, message ?? null, quizzes ?? null];
  while (form.at(-1) === null) form.pop();
  return form;
}

export function encodeAssignment(assignment: Assignment): string {
  return `${assignmentVersion}.${seal(compact(v.parse(assignmentSchema, assignment)))}`;
}

export const assignmentPath = (assignment: Assignment) => `/assignment/#a=${encodeAssignment(assignment)}`;

/** Reads the `a=` value of a link's hash and checks it against the modules and quizzes this course has. */
export function decodeAssignment(
  encoded: string,
  knownSlugs: readonly string[],
  knownQuizzes: readonly string[] = [],
): DecodeResult {
  const fail = (kind: AssignmentErrorKind, details?: Omit<AssignmentError, 'kind'>): DecodeResult => ({
    ok: false,
    error: { kind, ...details },
  });
  if (encoded === '') return fail('missing');
  if (encoded.length > assignmentLimits.link) return fail('too-long');
  const version = /^(\d+)\./.exec(encoded);
  if (!version) return fail(/^\d+$/.test(encoded) ? 'truncated' : 'malformed');
  if (Number(version[1]) !== assignmentVersion) return fail('unknown-version');
  const opened = unseal(encoded.slice(version[0].length));
  if (!opened.ok) return fail(opened.error);
  if (!Array.isArray(opened.value)) return fail('tampered');
  const [id, title, modules, due, message, quizzes] = opened.value as unknown[];
  const parsed = v.safeParse(assignmentSchema, {
    version: assignmentVersion,
    id,
    title,
    modules,
    due: due ?? undefined,
    message: message ?? undefined,
    quizzes: quizzes ?? undefined,
  });
  if (!parsed.success || opened.value.length > formLength) return fail('tampered');
  const unknownModules = parsed.output.modules.filter((slug) => !knownSlugs.includes(slug));
  if (unknownModules.length > 0) return fail('unknown-module', { modules: unknownModules });
  const unknownQuizzes = (parsed.output.quizzes ?? []).filter((quiz) => !knownQuizzes.includes(quiz));
  if (unknownQuizzes.length > 0) return fail('unknown-quiz', { quizzes: unknownQuizzes });
  return { ok: true, assignment: parsed.output };
}

/** The assignment in a URL hash such as `#a=1.…`; `missing` when the hash carries none. */
export function readAssignmentHash(
  hash: string,
  knownSlugs: readonly string[],
  knownQuizzes: readonly string[] = [],
): DecodeResult {
  return decodeAssignment(new URLSearchParams(hash.replace(/^#/, '')).get('a') ?? '', knownSlugs, knownQuizzes);
}
