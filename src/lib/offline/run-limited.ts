/**
 * Runs `task` on every item with at most `limit` running at once: a few parallel downloads hide the network's
 * latency without flooding a phone's connection. Resolves when all have settled; rejects with the first error.
 */
export async function runLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
  const queue = [...items];
  let failure: unknown;
  const lane = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
      await task(item).catch((error: unknown) => {
        failure ??= error;
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, lane));
  if (failure !== undefined) throw failure;
}
