import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scenarioSchema } from '../../../src/lib/content/scenario-schema';
import { back, choose, emptyProgress, position, restoreProgress, summarize } from '../../../src/lib/scenario/player';
import { loadProgress, saveProgress, scenarioStorageKey } from '../../../src/lib/scenario/storage';

const scenario = scenarioSchema.parse(
  parse(readFileSync(join(import.meta.dirname, 'fixtures/mini-scenario.yaml'), 'utf8')),
);

describe('playing a scenario', () => {
  it('starts at the start node with no feedback', () => {
    const here = position(scenario, emptyProgress());
    expect(here.nodeId).toBe('start');
    expect(here.last).toBeUndefined();
    expect(here.ended).toBe(false);
  });

  it('moves along a choice and shows its feedback', () => {
    const here = position(scenario, choose(scenario, emptyProgress(), 1));
    expect(here.nodeId).toBe('pay');
    expect(here.last?.choice.feedback).toBe('Paying first is risky.');
    expect(here.last?.choice.safe).toBe(false);
  });

  it('reaches an ending and stops taking choices there', () => {
    let progress = emptyProgress();
    for (const index of [1, 1, 0]) progress = choose(scenario, progress, index);
    const here = position(scenario, progress);
    expect(here.nodeId).toBe('good-end');
    expect(here.ended).toBe(true);
    expect(here.node.ending?.title).toBe('You checked');
    expect(choose(scenario, progress, 0)).toBe(progress);
  });

  it('ignores a choice that does not exist', () => {
    const progress = emptyProgress();
    expect(choose(scenario, progress, 7)).toBe(progress);
  });

  it('goes back one step, and no further than the start', () => {
    const progress = choose(scenario, choose(scenario, emptyProgress(), 1), 1);
    expect(position(scenario, back(progress)).nodeId).toBe('pay');
    expect(back(emptyProgress())).toEqual(emptyProgress());
  });

  it('summarises the path: the choices made and which were safe', () => {
    let progress = emptyProgress();
    for (const index of [1, 1, 0]) progress = choose(scenario, progress, index);
    expect(summarize(position(scenario, progress).steps)).toEqual({
      steps: [
        { text: 'Ask how to pay', safe: false },
        { text: 'Stop and check', safe: true },
        { text: 'Report it', safe: true },
      ],
      safe: 2,
      total: 3,
    });
  });

  it('throws on progress that does not fit the graph (restore first)', () => {
    expect(() => position(scenario, { choices: [5] })).toThrow('Choice 5 does not exist at scenario node "start"');
  });
});

describe('restoring saved progress', () => {
  it('keeps a valid path', () => {
    expect(restoreProgress(scenario, { choices: [0, 1] })).toEqual({ choices: [0, 1] });
  });

  it('cuts the path at the first choice that no longer fits', () => {
    expect(restoreProgress(scenario, { choices: [1, 9, 0] })).toEqual({ choices: [1] });
    expect(restoreProgress(scenario, { choices: [0, 0, 0] })).toEqual({ choices: [0, 0] });
    expect(restoreProgress(scenario, { choices: [0, 'x'] })).toEqual({ choices: [0] });
  });

  it('gives an empty path for anything unreadable', () => {
    for (const raw of [null, 3, 'text', {}, { choices: 'no' }])
      expect(restoreProgress(scenario, raw)).toEqual(emptyProgress());
  });
});

describe('storage', () => {
  const store = new Map<string, string>();
  const fakeStorage = {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
    removeItem: (key: string) => void store.delete(key),
  };
  afterEach(() => {
    store.clear();
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('saves under a look-closer: key and loads the same path back', () => {
    Object.defineProperty(globalThis, 'localStorage', { value: fakeStorage, configurable: true });
    saveProgress('mini', { choices: [1, 1] });
    expect(store.get('look-closer:scenario:v1:mini')).toBe('{"choices":[1,1]}');
    expect(loadProgress(scenario)).toEqual({ choices: [1, 1] });
    saveProgress('mini', emptyProgress());
    expect(store.has(scenarioStorageKey('mini'))).toBe(false);
  });

  it('starts fresh when saved data is corrupt or storage is missing', () => {
    Object.defineProperty(globalThis, 'localStorage', { value: fakeStorage, configurable: true });
    store.set(scenarioStorageKey('mini'), '{not json');
    expect(loadProgress(scenario)).toEqual(emptyProgress());
    Reflect.deleteProperty(globalThis, 'localStorage');
    expect(loadProgress(scenario)).toEqual(emptyProgress());
    expect(() => saveProgress('mini', { choices: [0] })).not.toThrow();
  });
});
