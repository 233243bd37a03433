import { describe, expect, it } from 'vitest';
import { countCompleted, moduleState, readPathStates } from '../../../src/lib/progress/module-state';
import { isPassed, neededToPass } from '../../../src/lib/progress/pass-rule';
import { emptyProgress } from '../../../src/lib/progress/progress-schema';
import { completed, notCompleted, visited, withCheck } from '../../../src/lib/progress/progress-updates';
import { addMinutes, maxSpanMinutes, spanMinutes } from '../../../src/lib/progress/time-spent';
import { learner } from './fixtures';

describe('pass rule: 80% correct or better', () => {
  it.each([
    [4, 5, true],
    [3, 5, false],
    [5, 5, true],
    [3, 3, true],
    [2, 3, false],
    [8, 10, true],
    [7, 10, false],
    [0, 0, false],
  ])('%i of %i passes: %s', (correct, total, passed) => {
    expect(isPassed(correct, total)).toBe(passed);
  });

  it('says how many answers are needed', () => {
    expect([neededToPass(5), neededToPass(3), neededToPass(10)]).toEqual([4, 3, 8]);
  });
});

describe('time on the page', () => {
  it('counts minutes between readings, capped, never negative', () => {
    expect(spanMinutes(0, 90_000)).toBe(1.5);
    expect(spanMinutes(0, 3_600_000)).toBe(maxSpanMinutes);
    expect(spanMinutes(5_000, 0)).toBe(0);
  });

  it('adds with two decimals', () => {
    expect(addMinutes(0.1, 0.2)).toBe(0.3);
  });
});

describe('module updates', () => {
  const slug = 'what-ai-generated-content-is';
  const at = '2025-04-01T00:00:00.000Z';
  const blank = { sectionsRead: [], minutesSpent: 0 };

  it('keeps the first visit and the first completion; undo removes the completion only', () => {
    const done = completed('manual', at)(blank);
    expect(done).toEqual({ ...blank, visitedAt: at, completedAt: at, completedBy: 'manual' });
    expect(completed('check', '2025-05-01T00:00:00.000Z')(done)).toBe(done);
    expect(visited('2025-05-01T00:00:00.000Z')(done)).toBe(done);
    expect(notCompleted(done)).toEqual({ ...blank, visitedAt: at });
  });

  it('records a passed check and completes the module', () => {
    const result = withCheck(emptyProgress(), slug, { correct: 4, total: 5 }, at);
    expect(result).toMatchObject({ passed: true, completedNow: true });
    expect(result.progress.modules[slug]).toMatchObject({
      completedAt: at,
      completedBy: 'check',
      check: { correct: 4 },
    });
  });

  it('records a failed check without completing, and a pass on a completed module without moving its date', () => {
    const failed = withCheck(emptyProgress(), slug, { correct: 3, total: 5 }, at);
    expect(failed).toMatchObject({ passed: false, completedNow: false });
    expect(failed.progress.modules[slug]?.completedAt).toBeUndefined();
    const again = withCheck(learner, slug, { correct: 5, total: 5 }, at);
    expect(again).toMatchObject({ passed: true, completedNow: false });
    expect(again.progress.modules[slug]?.completedAt).toBe(learner.modules[slug]?.completedAt);
  });
});

describe('learning path states', () => {
  it('tells not started, in progress and completed apart', () => {
    expect(moduleState(undefined)).toBe('not-started');
    expect(moduleState({ sectionsRead: [], minutesSpent: 0 })).toBe('not-started');
    expect(moduleState(learner.modules['how-platforms-label-ai-content'])).toBe('in-progress');
    expect(moduleState(learner.modules['what-ai-generated-content-is'])).toBe('completed');
  });

  it('reads states from stored text and counts completed modules', () => {
    const { states, unreadable } = readPathStates(JSON.stringify(learner), [
      'what-ai-generated-content-is',
      'how-platforms-label-ai-content',
      'module-3',
    ]);
    expect(unreadable).toBe(false);
    expect(states).toEqual({
      'what-ai-generated-content-is': 'completed',
      'how-platforms-label-ai-content': 'in-progress',
      'module-3': 'not-started',
    });
    expect(countCompleted(states)).toBe(1);
  });

  it('shows unreadable text as not started and says so', () => {
    for (const raw of ['{broken', 'null', '[1]']) {
      const { states, unreadable } = readPathStates(raw, ['a']);
      expect(states).toEqual({ a: 'not-started' });
      expect(unreadable).toBe(true);
    }
    expect(readPathStates(null, ['a'])).toEqual({ states: { a: 'not-started' }, unreadable: false });
  });
});
