/**
 * C2PA Asset Rubrics 1.0 "signals": which standard provenance signals (fullyGenAIMedia, capturedMedia,
 * ambiguousActions…) the official rubric finds in each manifest of a crJSON document.
 *
 * The rubric's own json-formula expressions are evaluated, the way the official evaluator does it
 * (c2pa-org/conformance-public, asset-rubrics/c2pa_conformance_rubric_evaluator.py and
 * c2pa_signals_rubric_evaluator.py): `$variables` are globals, each named `_expression` is a custom
 * function whose arguments arrive in the global `$args` (`@` stays the caller's data), and each statement
 * runs with `@` bound to one manifest. Nothing here re-derives a signal by hand.
 *
 * Rubric: reference/asset-rubric-signals.json, built by scripts/sync-c2pa-reference.mjs (CC BY 4.0, C2PA).
 */
import JsonFormula, { dataTypes, type CustomFunction } from '@adobe/json-formula';
import rubricJson from './reference/asset-rubric-signals.json';

type MultilingualText = Record<string, string>;

interface RubricStatement {
  id: string;
  description?: string;
  expression?: string;
  reportText?: Record<string, MultilingualText | string>;
}

interface SignalsRubric {
  rubric_metadata: { name: string; issuer: string; date: string; version: string; language?: string };
  variables: Record<string, unknown>;
  expressions: Record<string, string>;
  statements: RubricStatement[];
  titles: Record<string, string>;
}

const rubric: SignalsRubric = rubricJson;

export type SignalKind = 'inception' | 'transformation';

export interface SignalInfo {
  /** As in the rubric without its `signal_` prefix, e.g. `fullyGenAIMedia`. */
  id: string;
  kind: SignalKind;
  /** The name of the rubric composable that defines the signal, e.g. "Fully GenAI Media". */
  title: string;
  /** The rubric's report text for each outcome, e.g. `{ true: 'Contains Fully GenAI Media', false: … }`. */
  reportText: { true: string; false: string };
  /** The rubric's own description of the check. */
  description: string;
}

export interface SignalsResult {
  /** Signals true for the active manifest (`manifests[0]` in crJSON). */
  active: string[];
  /** Every labelled manifest in crJSON order, the active one first. */
  byManifest: { label: string; signals: string[] }[];
}

/** Rubric metadata and licence, for the credit line wherever signals are shown. */
export const signalsRubricSource = {
  ...rubric.rubric_metadata,
  attribution: rubricJson.attribution,
  license: rubricJson.license,
  licenseUrl: rubricJson.licenseUrl,
  source: rubricJson.source,
};

const language = rubric.rubric_metadata.language ?? 'en';

// Statement ids look like `inception:signal_fullyGenAIMedia`.
function parseStatementId(statementId: string): { kind: SignalKind; id: string } | null {
  const match = /^(inception|transformation):signal_(.+)$/.exec(statementId);
  return match ? { kind: match[1] as SignalKind, id: match[2] as string } : null;
}

function localized(text: MultilingualText | string | undefined): string {
  if (typeof text === 'string' || text === undefined) return text ?? '';
  return text[language] ?? text.en ?? '';
}

const signalInfos = new Map<string, SignalInfo>();
for (const statement of rubric.statements) {
  const parsed = parseStatementId(statement.id);
  if (!parsed) continue;
  signalInfos.set(parsed.id, {
    ...parsed,
    title: rubric.titles[statement.id] ?? parsed.id,
    reportText: { true: localized(statement.reportText?.true), false: localized(statement.reportText?.false) },
    description: statement.description ?? '',
  });
}

/** The rubric's title and report texts for a signal id, or `undefined` for an id the rubric lacks. */
export function signalInfo(id: string): SignalInfo | undefined {
  return signalInfos.get(id);
}

/** Every signal of the rubric, in rubric order (inception signals first). */
export function allSignals(): SignalInfo[] {
  return [...signalInfos.values()];
}

// The official evaluator infers each expression's arity from the calls in other expression bodies and from
// the highest `$args[N]` its own body reads; json-formula then enforces that argument count.
function inferArities(expressions: Record<string, string>): Map<string, number> {
  const bodies = Object.values(expressions);
  const arities = new Map<string, number>();
  for (const [name, body] of Object.entries(expressions)) {
    let arity = 0;
    const call = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\(`, 'g');
    for (const other of bodies) {
      for (const match of other.matchAll(call))
        arity = Math.max(arity, countArguments(other, match.index + match[0].length));
    }
    const indexes = [...body.matchAll(/\$args\[(\d+)\]/g)].map((m) => Number(m[1]));
    if (indexes.length > 0) arity = Math.max(arity, Math.max(...indexes) + 1);
    else if (/\$args\b/.test(body)) arity = Math.max(arity, 1);
    arities.set(name, arity);
  }
  return arities;
}

// Counts top-level commas up to the closing parenthesis, as the official evaluator does (it does not skip
// strings or brackets; no rubric expression needs that).
function countArguments(text: string, from: number): number {
  if (text[from] === ')') return 0;
  let depth = 1;
  let count = 1;
  for (const char of text.slice(from)) {
    if (char === '(') depth += 1;
    else if (char === ')' && --depth === 0) break;
    else if (char === ',' && depth === 1) count += 1;
  }
  return count;
}

// json-formula records every missing field in this array; it is cleared per run so it cannot grow forever.
const debug: string[] = [];
const variableNames = Object.keys(rubric.variables);

function createEngine(): JsonFormula {
  const parser = new JsonFormula({}, null, debug);
  const globalNames = [
    ...new Set([
      ...variableNames,
      ...Object.values(rubric.expressions).flatMap((body) => body.match(/\$[a-zA-Z0-9_]+/g) ?? []),
    ]),
  ];
  const arities = inferArities(rubric.expressions);
  const functions: Record<string, CustomFunction> = {};
  for (const [name, body] of Object.entries(rubric.expressions)) {
    const arity = arities.get(name) ?? 0;
    let ast: unknown = null;
    try {
      ast = parser.compile(body.trim(), globalNames);
    } catch {
      // As in the official evaluator: a body that does not compile fails only the statements that call it.
    }
    functions[name] = {
      _signature: Array.from({ length: arity }, () => ({ types: [dataTypes.TYPE_ANY] })),
      _func: (args, data, interpreter) => {
        if (ast === null) throw new Error(`Expression '${name}' failed to compile`);
        if (arity === 0) return interpreter.search(ast, data);
        // `$args` is saved and restored so that a nested call cannot clobber the caller's arguments.
        const { globals } = interpreter;
        const saved = globals.$args;
        globals.$args = args;
        try {
          return interpreter.search(ast, data);
        } finally {
          if (saved === undefined) delete globals.$args;
          else globals.$args = saved;
        }
      },
    };
  }
  return new JsonFormula(functions, null, debug);
}

const engine = createEngine();

const statements = rubric.statements.flatMap((statement) => {
  const parsed = parseStatementId(statement.id);
  if (!parsed || !statement.expression) return [];
  let ast: unknown = null;
  try {
    ast = engine.compile(statement.expression.trim(), variableNames);
  } catch {
    // Left null: the statement is never true, as when the official evaluator fails on it.
  }
  return [{ id: parsed.id, ast }];
});

// The official signals evaluator's reading of a statement's value.
function isTrue(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value > 0;
  return value !== null && value !== undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasLabel(manifest: unknown): manifest is Record<string, unknown> & { label: string } {
  return isRecord(manifest) && typeof manifest.label === 'string' && manifest.label !== '';
}

// The signals true for one manifest object, in rubric order.
function evaluateManifest(manifest: Record<string, unknown>): string[] {
  const globals: Record<string, unknown> = { ...rubric.variables };
  return statements
    .filter(({ ast }) => {
      if (ast === null) return false;
      try {
        return isTrue(engine.run(ast, manifest, 'en-US', globals));
      } catch {
        // The official evaluator logs the error and reports the signal as not found; so do we.
        return false;
      } finally {
        debug.length = 0;
      }
    })
    .map(({ id }) => id);
}

/**
 * Evaluates the signals rubric on every labelled manifest of a crJSON document (the reader's `crJson()`).
 * Anything without a `manifests` array (a reader error, no Content Credentials) gives no signals.
 */
export function evaluateSignals(crJson: unknown): SignalsResult {
  const manifests = isRecord(crJson) && Array.isArray(crJson.manifests) ? (crJson.manifests as unknown[]) : [];
  const byManifest = manifests
    .filter(hasLabel)
    .map((manifest) => ({ label: manifest.label, signals: evaluateManifest(manifest) }));
  return { active: hasLabel(manifests[0]) ? (byManifest[0]?.signals ?? []) : [], byManifest };
}
