import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import rubricJson from '../../../src/lib/provenance/reference/asset-rubric-signals.json';
import { allSignals, evaluateSignals, signalInfo, signalsRubricSource } from '../../../src/lib/provenance/signals';

const shared = join(import.meta.dirname, '../../../../shared');
const fixtures = join(shared, 'fixtures/c2pa');
const rubrics = join(shared, 'c2pa-reference/asset-rubrics');

// SIGNALS.tsv: file, active_manifest_signals_true (space-separated), all_manifests_note, errors.
const rows = readFileSync(join(fixtures, 'SIGNALS.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [file = '', active = '', note = '', errors = ''] = line.split('\t');
    return { file, active: active.split(' ').filter(Boolean), note, errors };
  })
  .filter((row) => existsSync(join(fixtures, 'crjson', `${row.file}.json`)));

interface CrJsonFixture {
  file: string;
  activeLabel?: string;
  crjson?: { manifests: { label: string }[] };
  error?: string;
}

function readFixture(file: string): CrJsonFixture {
  return JSON.parse(readFileSync(join(fixtures, 'crjson', `${file}.json`), 'utf8')) as CrJsonFixture;
}

// "#1 <label>: sig sig; #2 <label>: sig" — labels contain colons, so split on the last ": ".
function parseNote(note: string): { index: number; label: string; signals: string[] }[] {
  if (note === '' || note.startsWith('no manifest store')) return [];
  return note.split('; ').map((part) => {
    const match = /^#(\d+) (.+): ([^:]*)$/.exec(part);
    if (!match) throw new Error(`unreadable note: ${part}`);
    return { index: Number(match[1]), label: match[2] ?? '', signals: (match[3] ?? '').split(' ').filter(Boolean) };
  });
}

const readRows = rows.filter((row) => row.errors === '');
const errorRows = rows.filter((row) => row.errors !== '');

describe('evaluateSignals on the shared fixtures (SIGNALS.tsv)', () => {
  it('covers every fixture, including the two reader errors', () => {
    expect(readRows.length).toBeGreaterThanOrEqual(28);
    expect(errorRows.map((row) => row.file).sort()).toEqual(['cloud.jpg', 'no_manifest.jpg']);
  });

  it.each(readRows)('$file: active manifest signals and every other manifest', ({ file, active, note }) => {
    const fixture = readFixture(file);
    const result = evaluateSignals(fixture.crjson);

    expect(new Set(result.active)).toEqual(new Set(active));
    expect(result.byManifest.map((m) => m.label)).toEqual(fixture.crjson?.manifests.map((m) => m.label));
    expect(result.byManifest[0]?.label).toBe(fixture.activeLabel);
    expect(result.byManifest[0]?.signals).toEqual(result.active);

    const others = result.byManifest
      .map((manifest, index) => ({ index, label: manifest.label, signals: new Set(manifest.signals) }))
      .slice(1)
      .filter((manifest) => manifest.signals.size > 0);
    expect(others).toEqual(parseNote(note).map((entry) => ({ ...entry, signals: new Set(entry.signals) })));
  });

  it.each(errorRows)('$file: a reader error gives no signals', ({ file, active, note }) => {
    const fixture = readFixture(file);
    expect(fixture.error).toBeTruthy();
    expect(active).toEqual([]);
    expect(note).toContain('read error');
    expect(evaluateSignals(fixture)).toEqual({ active: [], byManifest: [] });
  });

  it('gives no signals for a missing store (c2pa-web returns null) or a non-crJSON value', () => {
    for (const value of [null, undefined, 'x', [], {}, { manifests: 'x' }, { manifests: [42, { label: 7 }] }]) {
      expect(evaluateSignals(value)).toEqual({ active: [], byManifest: [] });
    }
  });
});

// Small manifests for signals no fixture triggers, built to satisfy each rubric expression as written.
const dst = (code: string) => `http://cv.iptc.org/newscodes/digitalsourcetype/${code}`;
const manifest = (actions: object[], extra: object = {}) => ({
  manifests: [
    { label: 'urn:c2pa:test', assertions: { 'c2pa.actions.v2': { allActionsIncluded: true, actions }, ...extra } },
  ],
});

describe('evaluateSignals on constructed manifests', () => {
  it('finds no ambiguity when all actions are standard and allActionsIncluded is true', () => {
    expect(
      evaluateSignals(manifest([{ action: 'c2pa.created', digitalSourceType: dst('trainedAlgorithmicMedia') }])).active,
    ).toEqual(['fullyGenAIMedia']);
  });

  it('passes the digitalSourceType through $args into a nested call (c2pa.opened counts as inception)', () => {
    const result = evaluateSignals(manifest([{ action: 'c2pa.opened', digitalSourceType: dst('digitalCapture') }]));
    expect(result.active).toEqual(['capturedMedia']);
    // A created action without a digitalSourceType must not match any inception signal.
    expect(evaluateSignals(manifest([{ action: 'c2pa.created' }])).active).toEqual([]);
  });

  it('classifies transformations by the rubric variables', () => {
    const result = evaluateSignals(
      manifest([
        { action: 'c2pa.created', digitalSourceType: dst('digitalCreation') },
        { action: 'c2pa.resized.proportional' },
        { action: 'c2pa.color_adjustments', digitalSourceType: dst('digitalArt') },
        { action: 'c2pa.drawing', digitalSourceType: dst('minorHumanEdits') },
      ]),
    );
    expect(new Set(result.active)).toEqual(
      new Set(['nonGenAIDigitalCreation', 'nonEditorial', 'perceptibleNonGenAI', 'perceptiblePossiblyGenAI']),
    );
  });

  it('flags a v3 ingredient without an active manifest, and custom actions', () => {
    const result = evaluateSignals(
      manifest([{ action: 'com.example.filter' }], { 'c2pa.ingredient.v3': { relationship: 'parentOf' } }),
    );
    expect(new Set(result.active)).toEqual(new Set(['mediaUnknownProvenance', 'ambiguousActions']));
  });
});

describe('signal texts from the rubric', () => {
  const [, ...sections] = parseAllDocuments(readFileSync(join(rubrics, 'asset-rubric-signals-local.yml'), 'utf8')).map(
    (doc) => doc.toJS() as unknown,
  );
  const statements = sections.flat() as {
    id: string;
    description: string;
    reportText: Record<string, { en: string }>;
  }[];

  it('returns the rubric reportText for fullyGenAIMedia', () => {
    expect(signalInfo('fullyGenAIMedia')).toEqual({
      id: 'fullyGenAIMedia',
      kind: 'inception',
      title: 'Fully GenAI Media',
      reportText: { true: 'Contains Fully GenAI Media', false: 'Does not contain Fully GenAI Media' },
      description: 'Check if the manifest contains a Fully GenAI Media inception signal',
    });
    expect(signalInfo('ambiguousActions')?.kind).toBe('transformation');
    expect(signalInfo('signal_fullyGenAIMedia')).toBeUndefined();
  });

  it('matches every statement of the shared YAML rubric', () => {
    expect(statements).toHaveLength(14);
    expect(allSignals().map((s) => `${s.kind}:signal_${s.id}`)).toEqual(statements.map((s) => s.id));
    for (const statement of statements) {
      const info = signalInfo(statement.id.replace(/^\w+:signal_/, ''));
      expect(info?.reportText).toEqual({ true: statement.reportText.true?.en, false: statement.reportText.false?.en });
      expect(info?.description).toBe(statement.description);
    }
  });

  it('ships the rubric unchanged, with its metadata and CC BY 4.0 attribution', () => {
    const [info] = parseAllDocuments(readFileSync(join(rubrics, 'asset-rubric-signals-local.yml'), 'utf8')).map(
      (doc) => doc.toJS() as { rubric_metadata: object; variables: object; expressions: object },
    );
    expect(rubricJson.rubric_metadata).toEqual(info?.rubric_metadata);
    expect(rubricJson.variables).toEqual(info?.variables);
    expect(rubricJson.expressions).toEqual(info?.expressions);
    expect(rubricJson.statements).toEqual(statements);
    expect(signalsRubricSource).toMatchObject({
      name: 'C2PA Asset Signals Rubric (Local)',
      version: '1.0',
      date: '2026-08-06T00:00:00Z',
      issuer: 'C2PA Conformance Task Force',
      license: 'CC-BY-4.0',
    });
    expect(signalsRubricSource.attribution).toContain('CC BY 4.0');
  });
});
