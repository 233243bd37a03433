/**
 * Verification workbench: pure logic. The steps of the checklist, what the readout found (from the inspector's
 * own report and metadata), notes saved per file name, and the plain-text verification report.
 */
import { writeStored } from '../storage/device-storage';
import type { Inspection } from '../provenance/inspect';
import { summarizeReport } from '../provenance/summary';

export const stepIds = ['provenance', 'metadata', 'reverse-search', 'where-when', 'conclusion'] as const;
export type StepId = (typeof stepIds)[number];

export const verdicts = ['as-claimed', 'misleading-context', 'altered-or-generated', 'cannot-tell'] as const;
export type Verdict = (typeof verdicts)[number];

export const confidences = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof confidences)[number];

/** What the readout found, kept with the notes so the report survives a reload without the file. */
export interface Findings {
  credentials: string;
  aiAnswer: string;
  signer?: string;
  signedAt?: string;
  tool?: string;
  metadata: { label: string; value: string }[];
}

export interface WorkbenchNotes {
  fileName: string;
  notes: Partial<Record<StepId, string>>;
  done: Partial<Record<StepId, boolean>>;
  verdict?: Verdict;
  confidence?: Confidence;
  findings?: Findings;
}

export const emptyNotes = (fileName: string): WorkbenchNotes => ({ fileName, notes: {}, done: {} });

export function findingsFrom(inspection: Inspection): Findings {
  const summary = summarizeReport(inspection.report);
  return {
    credentials: summary.status.text,
    aiAnswer: `${summary.ai.answer}. ${summary.ai.detail}`,
    signer: summary.signer ? `${summary.signer.name} (${summary.signer.trust})` : undefined,
    signedAt: summary.when,
    tool: summary.tool,
    metadata: inspection.metadata?.fields.map(({ label, value }) => ({ label, value })) ?? [],
  };
}

/** Which metadata labels are about where and when, the fields people most often forge or get wrong. */
export function isWhereWhen(label: string): boolean {
  return /taken|created|date|location/i.test(label);
}

/** Steps done, counting the conclusion as done once it has a verdict and a confidence. */
export function progress(notes: WorkbenchNotes): { done: number; total: number } {
  const done = stepIds.filter((step) =>
    step === 'conclusion' ? notes.verdict !== undefined && notes.confidence !== undefined : notes.done[step] === true,
  ).length;
  return { done, total: stepIds.length };
}

const prefix = 'look-closer:workbench:';
export const currentKey = `${prefix}current`;
export const notesKey = (fileName: string) => `${prefix}file:${fileName}`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const oneOf = <T extends string>(list: readonly T[], value: unknown): T | undefined =>
  typeof value === 'string' && (list as readonly string[]).includes(value) ? (value as T) : undefined;

function parseFindings(value: unknown): Findings | undefined {
  if (!isRecord(value) || typeof value.credentials !== 'string' || typeof value.aiAnswer !== 'string') return undefined;
  const text = (field: unknown) => (typeof field === 'string' ? field : undefined);
  const metadata = Array.isArray(value.metadata)
    ? value.metadata.flatMap((field) =>
        isRecord(field) && typeof field.label === 'string' && typeof field.value === 'string'
          ? [{ label: field.label, value: field.value }]
          : [],
      )
    : [];
  return {
    credentials: value.credentials,
    aiAnswer: value.aiAnswer,
    signer: text(value.signer),
    signedAt: text(value.signedAt),
    tool: text(value.tool),
    metadata,
  };
}

/** Saved notes for a file, keeping only well-formed parts; a fresh record when nothing usable is saved. */
export function parseNotes(raw: string | null, fileName: string): WorkbenchNotes {
  const notes = emptyNotes(fileName);
  if (!raw) return notes;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return notes;
  }
  if (!isRecord(data)) return notes;
  for (const step of stepIds) {
    const note = isRecord(data.notes) ? data.notes[step] : undefined;
    if (typeof note === 'string' && note) notes.notes[step] = note;
    if (isRecord(data.done) && data.done[step] === true) notes.done[step] = true;
  }
  notes.verdict = oneOf(verdicts, data.verdict);
  notes.confidence = oneOf(confidences, data.confidence);
  notes.findings = parseFindings(data.findings);
  return notes;
}

export function isEmpty(notes: WorkbenchNotes): boolean {
  return (
    Object.values(notes.notes).every((note) => !note) &&
    Object.values(notes.done).every((done) => !done) &&
    notes.verdict === undefined &&
    notes.confidence === undefined &&
    notes.findings === undefined
  );
}

export function loadNotes(fileName: string): WorkbenchNotes {
  try {
    return parseNotes(localStorage.getItem(notesKey(fileName)), fileName);
  } catch {
    return emptyNotes(fileName);
  }
}

/** Without storage the notes last until the page is left. */
export function saveNotes(notes: WorkbenchNotes): void {
  writeStored(notesKey(notes.fileName), isEmpty(notes) ? undefined : notes);
}

export function loadCurrent(): string | undefined {
  try {
    return localStorage.getItem(currentKey) ?? undefined;
  } catch {
    return undefined;
  }
}

export function saveCurrent(fileName: string | undefined): void {
  try {
    if (fileName) localStorage.setItem(currentKey, fileName);
    else localStorage.removeItem(currentKey);
  } catch {
    // Not remembering the open file only means choosing it again.
  }
}

export interface ReportText {
  title: (fileName: string) => string;
  written: (date: string) => string;
  stepTitles: Record<StepId, string>;
  credentials: string;
  aiAnswer: string;
  signer: string;
  signedAt: string;
  tool: string;
  metadataNone: string;
  noReadout: string;
  done: string;
  notDone: string;
  notes: string;
  noNote: string;
  verdict: string;
  confidence: string;
  verdicts: Record<Verdict, string>;
  confidences: Record<Confidence, string>;
  notChosen: string;
  footer: string;
}

/** The verification report as plain text, ready to copy, download or print. */
export function buildReport(notes: WorkbenchNotes, text: ReportText, date: Date): string {
  const lines: string[] = [text.title(notes.fileName), text.written(date.toISOString().slice(0, 10)), ''];
  const note = (step: StepId) => `${text.notes}: ${notes.notes[step]?.trim() || text.noNote}`;
  const status = (step: StepId) => (notes.done[step] ? text.done : text.notDone);
  stepIds.forEach((step, index) => {
    lines.push(`${index + 1}. ${text.stepTitles[step]}${step === 'conclusion' ? '' : ` (${status(step)})`}`);
    const findings = notes.findings;
    if (step === 'provenance') {
      if (findings) {
        lines.push(`   ${text.credentials}: ${findings.credentials}`, `   ${text.aiAnswer}: ${findings.aiAnswer}`);
        if (findings.signer) lines.push(`   ${text.signer}: ${findings.signer}`);
        if (findings.signedAt) lines.push(`   ${text.signedAt}: ${findings.signedAt}`);
        if (findings.tool) lines.push(`   ${text.tool}: ${findings.tool}`);
      } else lines.push(`   ${text.noReadout}`);
    }
    if (step === 'metadata') {
      if (!findings) lines.push(`   ${text.noReadout}`);
      else if (findings.metadata.length === 0) lines.push(`   ${text.metadataNone}`);
      else for (const field of findings.metadata) lines.push(`   ${field.label}: ${field.value}`);
    }
    if (step === 'conclusion') {
      lines.push(`   ${text.verdict}: ${notes.verdict ? text.verdicts[notes.verdict] : text.notChosen}`);
      lines.push(`   ${text.confidence}: ${notes.confidence ? text.confidences[notes.confidence] : text.notChosen}`);
    }
    lines.push(`   ${note(step)}`, '');
  });
  lines.push(text.footer);
  return lines.join('\n');
}
