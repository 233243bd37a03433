import { describe, expect, it } from 'vitest';
import { runLimited } from '../../../src/lib/offline/run-limited';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('runLimited', () => {
  it('runs every item, never more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await runLimited([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running += 1;
      most = Math.max(most, running);
      await tick();
      done.push(item);
      running -= 1;
    });
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('finishes the other items before rejecting with the first error', async () => {
    const done: number[] = [];
    const run = runLimited([1, 2, 3, 4], 2, async (item) => {
      await tick();
      if (item % 2 === 0) throw new Error(`item ${item}`);
      done.push(item);
    });
    await expect(run).rejects.toThrow('item 2');
    expect(done.sort()).toEqual([1, 3]);
  });

  it('does nothing for no items', async () => {
    await expect(runLimited([], 4, () => Promise.reject(new Error('never')))).resolves.toBeUndefined();
  });
});
