import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawItems, poolFor, scrambledSteps } from '../../../src/lib/quiz/draw';
import { seededRandom, shuffled } from '../../../src/lib/quiz/random';
import { itemById, quizItems } from '../fixtures/quiz-items';

describe('poolFor', () => {
  it('keeps items tagged with one of the quiz modules, of its types and media', () => {
    const pool = poolFor({ modules: [5, 9], types: ['real-or-ai', 'changed-region'], media: 'image' }, quizItems);
    expect(pool.map((item) => item.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'a1', 'a2', 'a3', 'a4', 'coins']);
    expect(poolFor({ modules: [2, 7], types: ['choice'], media: undefined }, quizItems).map((item) => item.id)).toEqual(
      ['label'],
    );
    expect(poolFor({ modules: [5], types: ['real-or-ai'], media: 'audio' }, quizItems)).toEqual([]);
  });
});

describe('drawItems', () => {
  it('gives the same order for the same seed and another for another seed', () => {
    expect(drawItems(quizItems, 6, 42)).toEqual(drawItems(quizItems, 6, 42));
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => drawItems(quizItems, 6, seed).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('draws each item at most once, never more than asked or than the pool holds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.nat(), (count, seed) => {
        const ids = drawItems(quizItems, count, seed);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBe(Math.min(count, quizItems.length));
      }),
    );
  });

  it('balances real and AI pictures, so answering "real" every time cannot score well', () => {
    const realOrAi = quizItems.filter((item) => item.type === 'real-or-ai');
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.nat(), (count, seed) => {
        const drawn = drawItems(realOrAi, count, seed).map(itemById);
        const real = drawn.filter((item) => item.type === 'real-or-ai' && item.answer === 'real').length;
        expect(Math.abs(real - (drawn.length - real))).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('shuffling', () => {
  it('keeps every value', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.nat(), (values, seed) => {
        expect(shuffled(values, seededRandom(seed)).sort()).toEqual([...values].sort());
      }),
    );
  });

  it('is close to uniform: each of three values leads about a third of the time', () => {
    const random = seededRandom(7);
    const leads = { a: 0, b: 0, c: 0 };
    for (let run = 0; run < 3000; run += 1) leads[shuffled(['a', 'b', 'c'] as const, random)[0]!] += 1;
    for (const count of Object.values(leads)) expect(count).toBeGreaterThan(900);
  });

  it('never hands out steps already in the right order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 7 }), fc.nat(), (steps, seed) => {
        const order = scrambledSteps(steps, seed);
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: steps }, (_, index) => index));
        expect(order.some((step, index) => step !== index)).toBe(true);
      }),
    );
  });
});
