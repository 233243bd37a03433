import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentVersion, migrate, parseStoredProgress } from '../../../src/lib/progress/migrate';
import * as v from 'valibot';
import { emptyProgress, progressSchema } from '../../../src/lib/progress/progress-schema';
import { learner, progressArbitrary } from './fixtures';

describe('progress schema', () => {
  it('accepts a full record and fills defaults for a sparse one', () => {
    expect(v.parse(progressSchema, learner)).toEqual(learner);
    expect(v.parse(progressSchema, { version: 1, modules: { m: {} } })).toEqual({
      version: 1,
      modules: { m: { sectionsRead: [], minutesSpent: 0 } },
      quizzes: {},
      assignments: {},
    });
  });

  it('refuses impossible values', () => {
    for (const bad of [
      { version: 1, modules: { m: { completedAt: 'yesterday' } } },
      { version: 1, modules: { m: { minutesSpent: -1 } } },
      { version: 1, modules: { m: { check: { correct: 1, total: 0, at: '2025-03-01T10:00:00Z' } } } },
      { version: 1, modules: { m: { completedBy: 'teacher' } } },
    ]) {
      expect(v.safeParse(progressSchema, bad).success).toBe(false);
    }
  });
});

describe('parseStoredProgress', () => {
  it('gives empty progress, with no problem, when nothing is stored', () => {
    expect(parseStoredProgress(null)).toEqual({ progress: emptyProgress() });
  });

  it('reads what was stored', () => {
    expect(parseStoredProgress(JSON.stringify(learner))).toEqual({ progress: learner });
  });

  it('reports text that is not JSON as corrupt, never throwing', () => {
    for (const raw of ['', '{"version":1,', 'undefined', '\u0000\u0001']) {
      expect(parseStoredProgress(raw)).toEqual({ progress: emptyProgress(), problem: 'corrupt' });
    }
  });

  it('reports JSON of another shape as foreign', () => {
    for (const raw of ['null', '[]', '42', '"text"', '{}', '{"version":"1"}', '{"version":1,"modules":[1]}']) {
      expect(parseStoredProgress(raw)).toEqual({ progress: emptyProgress(), problem: 'foreign' });
    }
  });

  it('reports data from a newer version of the course instead of misreading it', () => {
    expect(parseStoredProgress(JSON.stringify({ ...learner, version: currentVersion + 1 }))).toEqual({
      progress: emptyProgress(),
      problem: 'newer',
    });
  });

  it('never throws, whatever the stored text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const { progress } = parseStoredProgress(raw);
        expect(v.safeParse(progressSchema, progress).success).toBe(true);
      }),
    );
  });

  it('reads back every valid record it could have saved', () => {
    fc.assert(
      fc.property(progressArbitrary, (progress) => {
        expect(parseStoredProgress(JSON.stringify(progress))).toEqual({ progress });
      }),
    );
  });
});

describe('migrate', () => {
  it('runs each step from an older version up to the current one', () => {
    // A made-up version 0 that listed completed slugs, to show how a real step slots in.
    const steps = {
      0: (v0: Record<string, unknown>) => ({
        version: 1,
        modules: Object.fromEntries(
          (v0.done as string[]).map((slug) => [slug, { completedAt: v0.savedAt, completedBy: 'manual' }]),
        ),
      }),
    };
    expect(migrate({ version: 0, done: ['a'], savedAt: '2024-05-01T00:00:00.000Z' }, steps)).toEqual({
      ok: true,
      progress: {
        version: 1,
        modules: {
          a: { completedAt: '2024-05-01T00:00:00.000Z', completedBy: 'manual', sectionsRead: [], minutesSpent: 0 },
        },
        quizzes: {},
        assignments: {},
      },
    });
  });

  it('calls an older version with no migration step foreign', () => {
    expect(migrate({ version: 0 }, {})).toEqual({ ok: false, problem: 'foreign' });
  });

  it('calls a migrated result that does not validate foreign', () => {
    expect(migrate({ version: 0 }, { 0: () => ({ version: 1, modules: 'broken' }) })).toEqual({
      ok: false,
      problem: 'foreign',
    });
  });
});
