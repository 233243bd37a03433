/**
 * Pure logic of the strip lab: turns the readouts of an original file and its copies into the rows the
 * widget shows side by side, and says in words what changed (size, pixels) and what did not.
 */
import { summarizeReport, type Tone } from '../provenance/summary';
import type { IntegrityStatus, ProvenanceReport } from '../provenance/report-types';
import { stripLabText as text } from '../ui/strip-lab-text';

export type VersionKind = 'original' | 'screenshot' | 'reencoded';
export const versionKinds: readonly VersionKind[] = ['original', 'screenshot', 'reencoded'];

/** Re-save qualities the learner can pick, as canvas `toBlob` quality values. */
export const qualities = [0.95, 0.8, 0.5] as const;
export type Quality = (typeof qualities)[number];
export const defaultQuality: Quality = 0.8;

/** What the lab knows about one version once it has been made and read. */
export interface VersionFacts {
  kind: VersionKind;
  fileName: string;
  mimeType: string;
  bytes: number;
  width: number;
  height: number;
  /** Mean absolute difference from the original's pixels, 0–255 per colour value; 0 for the original. */
  pixelDifference: number;
  report: Pick<ProvenanceReport, 'status' | 'trust' | 'signer' | 'label' | 'claimGenerator' | 'signedAt'>;
}

/** One column of the comparison, every value already in words. */
export interface ComparisonRow {
  kind: VersionKind;
  title: string;
  fileName: string;
  format: string;
  size: string;
  /** Empty for the original. */
  sizeChange: string;
  dimensions: string;
  pixels: string;
  status: IntegrityStatus;
  hasCredentials: boolean;
  headline: string;
  tone: Tone;
  ai: string;
  signer: string;
}

/** "79.3 KB", "1.2 MB": decimal units, as file managers show them. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '?';
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** How a copy's size compares with the original's, in words. */
export function describeSizeChange(original: number, copy: number): string {
  if (original <= 0 || copy < 0) return '';
  const ratio = copy / original;
  if (Math.abs(ratio - 1) < 0.005) return text.sameSize;
  if (ratio >= 1.5) return text.timesLarger(Math.round(ratio * 10) / 10);
  const percent = Math.round(Math.abs(ratio - 1) * 100);
  return ratio > 1 ? text.percentLarger(percent) : text.percentSmaller(percent);
}

/** Mean absolute difference of the red, green and blue values of two RGBA pixel arrays of the same size. */
export function pixelDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length || a.length % 4 !== 0) return Number.NaN;
  if (a.length === 0) return 0;
  let sum = 0;
  for (let index = 0; index < a.length; index += 4) {
    sum +=
      Math.abs(a[index]! - b[index]!) +
      Math.abs(a[index + 1]! - b[index + 1]!) +
      Math.abs(a[index + 2]! - b[index + 2]!);
  }
  return sum / ((a.length / 4) * 3);
}

export function describePixels(kind: VersionKind, difference: number): string {
  if (kind === 'original') return text.pixelsOriginal;
  if (Number.isNaN(difference)) return text.pixelsUnknown;
  if (difference === 0) return text.pixelsIdentical;
  const mean = difference < 0.1 ? '< 0.1' : difference.toFixed(1);
  // Up to about 5 of 255 the change is too small to notice; beyond that, let the learner look for it.
  return difference <= 5 ? text.pixelsDiffer(mean) : text.pixelsDifferMore(mean);
}

const formatNames: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
};

/** File name of a copy: the sample's name with what was done to it, and the new format's extension. */
export function copyFileName(original: string, kind: VersionKind): string {
  if (kind === 'original') return original;
  const dot = original.lastIndexOf('.');
  const base = dot > 0 ? original.slice(0, dot) : original;
  return kind === 'screenshot' ? `${base}-screenshot.png` : `${base}-resaved.jpg`;
}

export function versionTitle(kind: VersionKind, quality: number): string {
  if (kind === 'original') return text.originalTitle;
  if (kind === 'screenshot') return text.screenshotTitle;
  return text.reencodedTitle(Math.round(quality * 100));
}

export function comparisonRow(facts: VersionFacts, original: VersionFacts | undefined, quality: number): ComparisonRow {
  // The summary needs only these fields of the report; the rest are empty defaults.
  const summary = summarizeReport({ actions: [], ...facts.report } as unknown as ProvenanceReport);
  return {
    kind: facts.kind,
    title: versionTitle(facts.kind, quality),
    fileName: facts.fileName,
    format: formatNames[facts.mimeType] ?? facts.mimeType,
    size: formatBytes(facts.bytes),
    sizeChange: facts.kind === 'original' || !original ? '' : describeSizeChange(original.bytes, facts.bytes),
    dimensions: text.dimensions(facts.width, facts.height),
    pixels: describePixels(facts.kind, facts.pixelDifference),
    status: facts.report.status,
    hasCredentials: facts.report.status === 'valid' || facts.report.status === 'invalid',
    headline: summary.status.text,
    tone: summary.status.tone,
    ai: `${summary.ai.answer}.`,
    signer: summary.signer ? `${summary.signer.name} (${summary.signer.trust})` : text.noSigner,
  };
}

/** The columns in order: original, screenshot, re-encoded, for whichever versions exist. */
export function compareVersions(versions: readonly VersionFacts[], quality: number): ComparisonRow[] {
  const original = versions.find((version) => version.kind === 'original');
  return versionKinds.flatMap((kind) => {
    const facts = versions.find((version) => version.kind === kind);
    return facts ? [comparisonRow(facts, original, quality)] : [];
  });
}

/** One or two sentences on what the comparison shows, for the result heading and the live region. */
export function verdict(rows: readonly ComparisonRow[]): string {
  const original = rows.find((row) => row.kind === 'original');
  const copies = rows.filter((row) => row.kind !== 'original');
  if (!original || copies.length === 0) return '';
  const copiesWithout = copies.filter((row) => !row.hasCredentials).length;
  if (original.hasCredentials && copiesWithout === copies.length) return text.verdictStripped(copies.length);
  if (!original.hasCredentials) return text.verdictOriginalNone;
  return text.verdictMixed;
}
