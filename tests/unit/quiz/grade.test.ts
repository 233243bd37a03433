import { describe, expect, it } from 'vitest';
import { clickTolerance, grade, regionAt } from '../../../src/lib/quiz/grade';
import { itemById } from '../fixtures/quiz-items';

const coins = itemById('coins');
const regions = coins.type === 'changed-region' ? coins.regions : [];

describe('region hit testing', () => {
  it('finds the smallest box a click lands in, where boxes nest', () => {
    expect(regionAt({ x: 0.7, y: 0.3 }, regions)?.id).toBe('coin');
    expect(regionAt({ x: 0.7, y: 0.8 }, regions)?.id).toBe('right');
    expect(regionAt({ x: 0.1, y: 0.5 }, regions)?.id).toBe('left');
  });

  it('counts a click on the changed part, and just outside its edge, as right', () => {
    expect(grade(coins, { type: 'changed-region', point: { x: 0.7, y: 0.3 } }).correct).toBe(true);
    expect(grade(coins, { type: 'changed-region', point: { x: 0.6 - clickTolerance / 2, y: 0.3 } }).correct).toBe(true);
    expect(grade(coins, { type: 'changed-region', point: { x: 0.6 - clickTolerance * 2, y: 0.3 } }).correct).toBe(
      false,
    );
    expect(grade(coins, { type: 'changed-region', point: { x: 0.1, y: 0.9 } }).correct).toBe(false);
  });

  it('grades a region chosen from the list by its id', () => {
    expect(grade(coins, { type: 'changed-region', regionId: 'coin' }).correct).toBe(true);
    expect(grade(coins, { type: 'changed-region', regionId: 'left' }).correct).toBe(false);
  });
});

describe('grade', () => {
  it('grades real-or-AI answers against the truth', () => {
    expect(grade(itemById('r1'), { type: 'real-or-ai', choice: 'real' }).correct).toBe(true);
    expect(grade(itemById('a1'), { type: 'real-or-ai', choice: 'real' }).correct).toBe(false);
  });

  it('returns the feedback of the option picked', () => {
    expect(grade(itemById('label'), { type: 'choice', index: 1 })).toEqual({
      correct: false,
      feedback: 'Its credentials say an AI tool made it.',
    });
  });

  it('marks which steps are in their place', () => {
    expect(grade(itemById('steps'), { type: 'order', order: [0, 1, 2, 3] })).toMatchObject({ correct: true });
    expect(grade(itemById('steps'), { type: 'order', order: [0, 2, 1, 3] })).toEqual({
      correct: false,
      rightPositions: [true, false, false, true],
    });
  });

  it('refuses an answer of the wrong kind', () => {
    expect(() => grade(itemById('r1'), { type: 'choice', index: 0 })).toThrow(/does not fit/);
  });
});
