import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../src/lib/strip-lab/compare';
import { restoreState } from '../../../src/lib/strip-lab/storage';
import { original, reencoded, screenshot } from './fixtures';

const ids = ['camera-photo', 'ai-picture'];
const rows = compareVersions([original, screenshot, reencoded], 0.5);

describe('restoreState', () => {
  it('starts with the first sample and the default quality', () => {
    expect(restoreState(null, ids)).toEqual({ sample: 'camera-photo', quality: 0.8 });
  });

  it('keeps a saved sample, quality and last run', () => {
    const saved = JSON.parse(
      JSON.stringify({ sample: 'ai-picture', quality: 0.5, lastRun: { sample: 'camera-photo', quality: 0.5, rows } }),
    ) as unknown;
    expect(restoreState(saved, ids)).toEqual({
      sample: 'ai-picture',
      quality: 0.5,
      lastRun: { sample: 'camera-photo', quality: 0.5, rows },
    });
  });

  it('drops what no longer fits: an unknown sample, an odd quality or a damaged row', () => {
    expect(restoreState({ sample: 'gone', quality: 0.33 }, ids)).toEqual({ sample: 'camera-photo', quality: 0.8 });
    const damaged = {
      sample: 'camera-photo',
      quality: 0.8,
      lastRun: { sample: 'camera-photo', quality: 0.8, rows: [{ kind: 'original' }] },
    };
    expect(restoreState(damaged, ids).lastRun).toBeUndefined();
    expect(restoreState('nonsense', ids)).toEqual({ sample: 'camera-photo', quality: 0.8 });
  });
});
