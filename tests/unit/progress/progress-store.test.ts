// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyProgress } from '../../../src/lib/progress/progress-schema';
import {
  deleteBackup,
  exportProgress,
  importProgress,
  listBackups,
  loadProgress,
  markComplete,
  markNotComplete,
  recordCheck,
  resetProgress,
  subscribe,
} from '../../../src/lib/progress/progress-store';
import { learner } from './fixtures';

const key = 'look-closer:progress';
const slug = 'what-ai-generated-content-is';
const now = new Date('2025-03-10T12:00:00.000Z');

beforeEach(() => localStorage.clear());

describe('progress store', () => {
  it('keeps corrupt data aside as a backup, starts fresh and reports it once', () => {
    localStorage.setItem(key, '{"version":1,"modules":{');
    expect(loadProgress(now)).toEqual({
      progress: emptyProgress(),
      problem: 'corrupt',
      backupKey: 'look-closer:progress:backup:2025-03-10T12:00:00.000Z',
    });
    expect(localStorage.getItem('look-closer:progress:backup:2025-03-10T12:00:00.000Z')).toBe(
      '{"version":1,"modules":{',
    );
    expect(loadProgress(now)).toEqual({ progress: emptyProgress() });
    expect(listBackups()).toEqual([
      {
        key: 'look-closer:progress:backup:2025-03-10T12:00:00.000Z',
        foundAt: '2025-03-10T12:00:00.000Z',
        value: '{"version":1,"modules":{',
      },
    ]);
    deleteBackup(listBackups()[0]!.key);
    expect(listBackups()).toEqual([]);
  });

  it('keeps foreign data aside too', () => {
    localStorage.setItem(key, '{"theme":"dark"}');
    expect(loadProgress(now).problem).toBe('foreign');
    expect(listBackups()[0]?.value).toBe('{"theme":"dark"}');
  });

  it('does not overwrite unreadable data when the backup cannot be written', () => {
    localStorage.setItem(key, 'not json');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(loadProgress(now)).toEqual({ progress: emptyProgress(), problem: 'corrupt' });
    markComplete(slug, 'manual', now);
    vi.restoreAllMocks();
    expect(localStorage.getItem(key)).toBe('not json');
  });

  it('marks complete, undoes, and records checks with the pass rule', () => {
    expect(markComplete(slug, 'manual', now).modules[slug]?.completedBy).toBe('manual');
    expect(markNotComplete(slug).modules[slug]?.completedAt).toBeUndefined();
    expect(recordCheck(slug, { correct: 3, total: 5 }, now)).toMatchObject({ passed: false, completedNow: false });
    const passed = recordCheck(slug, { correct: 5, total: 5 }, now);
    expect(passed).toMatchObject({ passed: true, completedNow: true });
    expect(loadProgress().progress.modules[slug]).toMatchObject({
      completedBy: 'check',
      check: { correct: 5, total: 5 },
    });
  });

  it('tells subscribers about changes from this tab and from others', () => {
    const seen: number[] = [];
    const stop = subscribe(({ progress }) => seen.push(Object.keys(progress.modules).length));
    markComplete(slug, 'manual', now);
    localStorage.setItem(key, JSON.stringify(learner));
    window.dispatchEvent(new StorageEvent('storage', { key }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'look-closer:theme' }));
    stop();
    markNotComplete(slug);
    expect(seen).toEqual([1, 2]);
  });

  it('exports, resets and imports back, merging or replacing', () => {
    localStorage.setItem(key, JSON.stringify(learner));
    const file = exportProgress(now);
    expect(resetProgress()).toEqual(emptyProgress());
    markComplete('another-module', 'manual', now);
    expect(importProgress(file, 'merge')).toMatchObject({ ok: true });
    expect(Object.keys(loadProgress().progress.modules).sort()).toEqual([
      'another-module',
      'how-platforms-label-ai-content',
      slug,
    ]);
    expect(importProgress(file, 'replace')).toEqual({ ok: true, progress: learner });
    expect(loadProgress().progress).toEqual(learner);
    expect(importProgress('{"kind":"something-else"}', 'replace')).toEqual({ ok: false, problem: 'foreign' });
    expect(loadProgress().progress).toEqual(learner);
  });
});
