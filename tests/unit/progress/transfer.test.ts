import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../../src/lib/progress/progress-schema';
import { applyImport, exportFileName, parseExportJson, toExportJson } from '../../../src/lib/progress/transfer';
import { learner, progressArbitrary } from './fixtures';

const now = new Date('2025-03-10T12:00:00.000Z');

describe('export and import', () => {
  it('names the file with the date', () => {
    expect(exportFileName(now)).toBe('look-closer-progress-2025-03-10.json');
  });

  it('writes readable JSON that says what it is', () => {
    const file = JSON.parse(toExportJson(learner, now));
    expect(file).toEqual({ kind: 'look-closer-progress', exportedAt: '2025-03-10T12:00:00.000Z', progress: learner });
  });

  it('round-trips any valid progress', () => {
    fc.assert(
      fc.property(progressArbitrary, (progress) => {
        expect(parseExportJson(toExportJson(progress, now))).toEqual({ ok: true, progress });
      }),
    );
  });

  it('refuses a broken, foreign or newer file with the reason', () => {
    const exported = toExportJson(learner, now);
    expect(parseExportJson(exported.slice(0, exported.length / 2))).toEqual({ ok: false, problem: 'corrupt' });
    expect(parseExportJson(JSON.stringify(learner))).toEqual({ ok: false, problem: 'foreign' });
    expect(parseExportJson('{"kind":"look-closer-progress","progress":{"modules":{}}}')).toEqual({
      ok: false,
      problem: 'foreign',
    });
    const newer = JSON.stringify({ kind: 'look-closer-progress', progress: { ...learner, version: 2 } });
    expect(parseExportJson(newer)).toEqual({ ok: false, problem: 'newer' });
  });

  it('merges into or replaces the current progress', () => {
    const current = { ...emptyProgress(), modules: { other: { sectionsRead: [], minutesSpent: 2 } } };
    expect(Object.keys(applyImport(current, learner, 'merge').modules).sort()).toEqual([
      'how-platforms-label-ai-content',
      'other',
      'what-ai-generated-content-is',
    ]);
    expect(applyImport(current, learner, 'replace')).toEqual(learner);
  });
});
