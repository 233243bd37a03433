import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Inspection } from '../../../src/lib/provenance/inspect';
import { buildReport as buildProvenanceReport } from '../../../src/lib/provenance/report';
import { readUnsignedMetadata } from '../../../src/lib/provenance/unsigned-metadata';
import { workbenchText } from '../../../src/lib/ui/workbench-text';
import {
  buildReport,
  emptyNotes,
  findingsFrom,
  isEmpty,
  isWhereWhen,
  loadCurrent,
  loadNotes,
  notesKey,
  parseNotes,
  progress,
  saveCurrent,
  saveNotes,
  stepIds,
  type WorkbenchNotes,
} from '../../../src/lib/workbench/workbench';
import { readings } from '../provenance/fixtures/c2pa-fixtures';

const samples = join(import.meta.dirname, '../../../public/samples');

/** What the inspector gives for the course's camera-photo sample: its report and its real metadata. */
async function cameraInspection(): Promise<Inspection> {
  const store = readings('gen-camera-capture.jpg').standard.store;
  const metadata = await readUnsignedMetadata(new Uint8Array(readFileSync(join(samples, 'gen-camera-capture.jpg'))));
  return {
    report: buildProvenanceReport({ fileName: 'gen-camera-capture.jpg', format: 'image/jpeg', store }),
    metadata,
    store,
    resources: new Map(),
    signalDetails: [],
  };
}

const filled = (): WorkbenchNotes => ({
  fileName: 'photo.jpg',
  notes: { provenance: 'Intact, unrecognized signer.', conclusion: 'Fits, but thin.' },
  done: { provenance: true, metadata: true },
  verdict: 'cannot-tell',
  confidence: 'low',
  findings: {
    credentials: 'Credentials intact',
    aiAnswer: 'No standard AI marker in its credentials. Captured.',
    signer: 'Test signer (Unrecognized)',
    metadata: [{ label: 'Camera', value: 'Canon EOS REBEL T3' }],
  },
});

describe('findingsFrom', () => {
  it('keeps the credentials summary and the unsigned metadata of the camera sample', async () => {
    const findings = findingsFrom(await cameraInspection());
    expect(findings.credentials).toBe('Credentials intact');
    expect(findings.signer).toMatch(/Unrecognized signer/);
    expect(findings.metadata).toContainEqual({ label: 'Camera', value: 'Canon EOS REBEL T3' });
    expect(findings.metadata.find((field) => field.label === 'Taken or created')?.value).toMatch(/^2011-07-30/);
  });

  it('says so when a file has no credentials and no metadata', async () => {
    const inspection = await cameraInspection();
    const bare: Inspection = {
      ...inspection,
      report: buildProvenanceReport({ fileName: 'x.jpg', format: 'image/jpeg', store: null, error: new Error('none') }),
      metadata: null,
    };
    const findings = findingsFrom(bare);
    expect(findings.metadata).toEqual([]);
    expect(findings.signer).toBeUndefined();
  });
});

describe('isWhereWhen', () => {
  it('flags date and location fields only', () => {
    expect(isWhereWhen('Taken or created')).toBe(true);
    expect(isWhereWhen('Location')).toBe(true);
    expect(isWhereWhen('Camera')).toBe(false);
    expect(isWhereWhen('Software')).toBe(false);
  });
});

describe('progress', () => {
  it('counts ticked steps and a conclusion with both verdict and confidence', () => {
    expect(progress(emptyNotes('a.jpg'))).toEqual({ done: 0, total: 5 });
    expect(progress(filled())).toEqual({ done: 3, total: 5 });
    expect(progress({ ...filled(), confidence: undefined })).toEqual({ done: 2, total: 5 });
  });
});

describe('parseNotes', () => {
  it('round-trips well-formed notes', () => {
    expect(parseNotes(JSON.stringify(filled()), 'photo.jpg')).toEqual(filled());
  });

  it('drops unknown steps, verdicts and malformed findings, and always uses the given file name', () => {
    const raw = JSON.stringify({
      fileName: 'other.jpg',
      notes: { provenance: 'ok', nonsense: 'x', metadata: 3 },
      done: { provenance: 'yes', metadata: true },
      verdict: 'definitely',
      confidence: 'high',
      findings: { credentials: 5 },
    });
    expect(parseNotes(raw, 'photo.jpg')).toEqual({
      fileName: 'photo.jpg',
      notes: { provenance: 'ok' },
      done: { metadata: true },
      verdict: undefined,
      confidence: 'high',
      findings: undefined,
    });
  });

  it('gives fresh notes for missing or broken data', () => {
    expect(parseNotes(null, 'a.jpg')).toEqual(emptyNotes('a.jpg'));
    expect(parseNotes('{oops', 'a.jpg')).toEqual(emptyNotes('a.jpg'));
    expect(parseNotes('[1,2]', 'a.jpg')).toEqual(emptyNotes('a.jpg'));
  });
});

describe('buildReport', () => {
  const date = new Date('2026-11-27T12:00:00Z');

  it('writes every step in order with the findings, notes, verdict and confidence', () => {
    const report = buildReport(filled(), workbenchText.report, date);
    expect(report.split('\n')[0]).toBe('Verification report: photo.jpg');
    expect(report).toContain('Written on 2026-11-27');
    const positions = stepIds.map((step) => report.indexOf(workbenchText.report.stepTitles[step]));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(report).toContain('1. Content Credentials (done)');
    expect(report).toContain('3. Reverse image search and keyframes (not done yet)');
    expect(report).toContain('Signed by: Test signer (Unrecognized)');
    expect(report).toContain('Camera: Canon EOS REBEL T3');
    expect(report).toContain("Verdict: Can't tell yet");
    expect(report).toContain('Confidence: Low');
    expect(report).toContain('Notes: Fits, but thin.');
    expect(report).toContain('Notes: none');
  });

  it('says when no readout was recorded and nothing was chosen', () => {
    const report = buildReport(emptyNotes('a.jpg'), workbenchText.report, date);
    expect(report).toContain('No readout recorded.');
    expect(report).toContain('Verdict: not chosen yet');
  });
});

describe('notes in localStorage', () => {
  let store: Map<string, string>;
  beforeEach(() => {
    store = new Map();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => store.set(key, value),
      removeItem: (key: string) => store.delete(key),
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps notes per file name under look-closer: keys', () => {
    saveNotes(filled());
    saveNotes({ ...emptyNotes('other.jpg'), notes: { metadata: 'No date.' } });
    expect(notesKey('photo.jpg')).toBe('look-closer:workbench:file:photo.jpg');
    expect(loadNotes('photo.jpg')).toEqual(filled());
    expect(loadNotes('other.jpg').notes).toEqual({ metadata: 'No date.' });
  });

  it('removes the entry once the notes are empty', () => {
    saveNotes(filled());
    expect(isEmpty(emptyNotes('photo.jpg'))).toBe(true);
    saveNotes(emptyNotes('photo.jpg'));
    expect(store.has(notesKey('photo.jpg'))).toBe(false);
  });

  it('remembers the open file', () => {
    saveCurrent('photo.jpg');
    expect(loadCurrent()).toBe('photo.jpg');
    saveCurrent(undefined);
    expect(loadCurrent()).toBeUndefined();
  });

  it('falls back quietly when storage is blocked', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    });
    expect(loadNotes('a.jpg')).toEqual(emptyNotes('a.jpg'));
    expect(loadCurrent()).toBeUndefined();
    expect(() => saveNotes(filled())).not.toThrow();
    expect(() => saveCurrent('a.jpg')).not.toThrow();
  });
});
