import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  cropStyle,
  gradeCaption,
  loadAnswers,
  originalCaption,
  parseAnswers,
  saveAnswers,
  storageKey,
  summarize,
  timeline,
} from '../../../src/lib/caption-match/match';
import { picture, second } from './fixture';

describe('gradeCaption', () => {
  it('marks the original caption correct and names it', () => {
    const result = gradeCaption(picture, 'original');
    expect(result?.correct).toBe(true);
    expect(result?.original.id).toBe('original');
  });

  it('marks a misleading caption wrong and still points to the original', () => {
    const result = gradeCaption(picture, 'now');
    expect(result).toMatchObject({ correct: false, chosen: { kind: 'recycled' }, original: { id: 'original' } });
  });

  it('ignores caption ids the picture does not have', () => {
    expect(gradeCaption(picture, 'nope')).toBeUndefined();
  });

  it('finds the original caption', () => {
    expect(originalCaption(picture).poster).toBe('The photographer');
  });
});

describe('timeline', () => {
  it('orders sightings oldest first, treating a bare year as its first day', () => {
    expect(timeline(picture.sightings).map((sighting) => sighting.date)).toEqual(['2008', '2019-06-02', '2026-04-11']);
  });

  it('keeps the given order for sightings on the same date', () => {
    const same = [
      { date: '2026-04-11', where: 'first', note: 'First post.' },
      { date: '2026-04-11', where: 'second', note: 'Second post.' },
    ];
    expect(timeline(same).map((sighting) => sighting.where)).toEqual(['first', 'second']);
  });
});

describe('summarize', () => {
  it('counts answered and correct pictures', () => {
    expect(summarize([picture, second], {})).toMatchObject({ answered: 0, correct: 0, total: 2, complete: false });
    const summary = summarize([picture, second], { storm: 'original', second: 'now-2' });
    expect(summary).toMatchObject({ answered: 2, correct: 1, total: 2, complete: true });
    expect(summary.kindsSeen.sort()).toEqual(['cropped', 'recycled']);
  });
});

describe('saved answers', () => {
  it('keeps only answers naming a known picture and one of its captions', () => {
    const raw = JSON.stringify({ storm: 'crop', second: 'original', gone: 'original', extra: 3 });
    expect(parseAnswers(raw, [picture, second])).toEqual({ storm: 'crop' });
  });

  it('survives broken or foreign data', () => {
    expect(parseAnswers(null, [picture])).toEqual({});
    expect(parseAnswers('{not json', [picture])).toEqual({});
    expect(parseAnswers('["storm"]', [picture])).toEqual({});
    expect(parseAnswers('"storm"', [picture])).toEqual({});
  });

  describe('in localStorage', () => {
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

    it('round-trips under a look-closer: key and removes the key when empty', () => {
      saveAnswers('set', { storm: 'original' });
      expect(storageKey('set')).toBe('look-closer:caption-match:set');
      expect(loadAnswers('set', [picture])).toEqual({ storm: 'original' });
      saveAnswers('set', {});
      expect(store.has('look-closer:caption-match:set')).toBe(false);
    });

    it('returns no answers when storage throws', () => {
      vi.stubGlobal('localStorage', {
        getItem: () => {
          throw new Error('blocked');
        },
      });
      expect(loadAnswers('set', [picture])).toEqual({});
      expect(() => saveAnswers('set', { storm: 'original' })).not.toThrow();
    });
  });
});

describe('cropStyle', () => {
  it('frames the crop at its own shape and shifts the picture so the crop fills the frame', () => {
    const style = cropStyle({ x: 0.25, y: 0, w: 0.5, h: 0.5 }, 1920, 1280);
    expect(style.frame).toBe('aspect-ratio: 960 / 640');
    expect(style.image).toBe('width: 200.000%; left: -50.000%; top: 0.000%');
  });
});
