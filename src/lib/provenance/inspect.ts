/**
 * One file in, one readout out: detects the format from the bytes, reads the credentials in the engine's
 * worker, evaluates the official signals and explains it all. Nothing here sends the file anywhere.
 */
import type { ManifestStore } from '@contentauth/c2pa-types';
import { MAX_FILE_BYTES, readWithEngine } from './engine';
import { buildReport } from './report';
import type { ProvenanceReport } from './report-types';
import { evaluateSignals, signalInfo, type SignalInfo } from './signals';
import { HEAD_BYTES, isReaderSupported, sniffFormat } from './sniff-format';
import { readMetadata } from './metadata-reader';
import type { UnsignedMetadata } from './unsigned-metadata';
import { inspectorText } from '../ui/strings';

export { cancelReading } from './engine';

export interface Inspection {
  report: ProvenanceReport;
  metadata: UnsignedMetadata | null;
  /** The manifest store as the engine returned it, for the technical view and download. */
  store: ManifestStore | null;
  /** Object URLs of thumbnails by resource identifier; revoke them with `releaseInspection`. */
  resources: Map<string, string>;
  /** The rubric's own texts for each signal in the report. */
  signalDetails: SignalInfo[];
}

function failed(fileName: string, format: string, error: unknown, remoteManifestUrl?: string): Inspection {
  const report = buildReport({ fileName, format, store: null, error, remoteManifestUrl });
  // Problems found before the engine runs have messages of our own.
  const own =
    error instanceof Error
      ? inspectorText.fileErrors[error.message as keyof typeof inspectorText.fileErrors]
      : undefined;
  return {
    report: own ? { ...report, errorMessage: own } : report,
    metadata: null,
    store: null,
    resources: new Map(),
    signalDetails: [],
  };
}

/** The readout of the credentials alone; the unsigned metadata is read beside it. */
async function readCredentials(
  file: File,
  mimeType: string,
  options: { userAnchors?: string },
): Promise<Omit<Inspection, 'metadata'>> {
  const { store, crJson, resources } = await readWithEngine(file, mimeType, options);
  const signals = crJson ? evaluateSignals(crJson).active : [];
  return {
    report: buildReport({ fileName: file.name, format: mimeType, store, signals }),
    store,
    resources,
    signalDetails: signals.flatMap((id) => signalInfo(id) ?? []),
  };
}

export async function inspectFile(file: File, options: { userAnchors?: string } = {}): Promise<Inspection> {
  if (file.size === 0) return failed(file.name, '', new Error('empty'));
  if (file.size > MAX_FILE_BYTES) return failed(file.name, '', new Error('tooLarge'));

  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const format = sniffFormat(head, file.name);
  if (!format) return failed(file.name, '', new Error('unsupported'));
  if (!isReaderSupported(format.mimeType)) {
    const inspection = failed(file.name, format.mimeType, new Error('unsupported'));
    inspection.report.errorMessage = `${inspectorText.unsupportedKind(format.label)} ${inspection.report.errorMessage}`;
    return inspection;
  }

  // The metadata and the credentials are read side by side, each in a worker of its own.
  const [metadata, outcome] = await Promise.all([
    readMetadata(file),
    readCredentials(file, format.mimeType, options).then(
      (credentials) => ({ credentials }),
      (error: unknown) => ({ error }),
    ),
  ]);
  if ('error' in outcome) {
    return { ...failed(file.name, format.mimeType, outcome.error, metadata?.provenanceUrl), metadata };
  }
  return { ...outcome.credentials, metadata };
}

export function releaseInspection(inspection: Inspection): void {
  for (const url of inspection.resources.values()) URL.revokeObjectURL(url);
}
