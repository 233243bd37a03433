/**
 * Memory of the reader's web worker, over the Chrome DevTools Protocol: its JavaScript heap and its
 * WebAssembly memory (which the heap figures leave out, and which never shrinks while the worker lives).
 */
import type { CDPSession } from '@playwright/test';
import type { Page } from '../fixtures';

export interface EngineMemory {
  heapBytes: number;
  wasmBytes: number;
}

interface Reply {
  id: number;
  result?: Record<string, { objectId?: string; value?: unknown }> & { usedSize?: number };
  error?: { message: string };
}

/** Attaches to the page's workers as they start; `measure()` sums over the workers alive at that moment. */
export async function watchEngineMemory(page: Page): Promise<{ measure(): Promise<EngineMemory> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const workers = new Set<string>();
  const waiting = new Map<number, (reply: Reply) => void>();
  let nextId = 1;
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type === 'worker') workers.add(sessionId);
  });
  cdp.on('Target.detachedFromTarget', ({ sessionId }) => workers.delete(sessionId));
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message) as Reply;
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  // Not "flatten": Playwright's CDP sessions cannot address a child session directly, so messages are relayed.
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });

  const ask = (sessionId: string, method: string, params: object = {}) =>
    new Promise<Reply>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      // A worker that ended (or is stuck) counts as nothing rather than failing or stalling the test.
      setTimeout(() => resolve({ id }), 5000);
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch(() => resolve({ id }));
    });

  async function measureWorker(sessionId: string): Promise<EngineMemory> {
    const heap = await ask(sessionId, 'Runtime.getHeapUsage');
    // Every WebAssembly.Memory in the worker, found the way DevTools' queryObjects() finds them.
    const prototype = await ask(sessionId, 'Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
    const memories = await ask(sessionId, 'Runtime.queryObjects', {
      prototypeObjectId: prototype.result?.result?.objectId,
    });
    const total = await ask(sessionId, 'Runtime.callFunctionOn', {
      objectId: memories.result?.objects?.objectId,
      functionDeclaration: 'function () { return this.reduce((sum, memory) => sum + memory.buffer.byteLength, 0); }',
      returnByValue: true,
    });
    return { heapBytes: heap.result?.usedSize ?? 0, wasmBytes: Number(total.result?.result?.value ?? 0) };
  }

  return {
    async measure() {
      const all = await Promise.all([...workers].map(measureWorker));
      return all.reduce(
        (sum, one) => ({ heapBytes: sum.heapBytes + one.heapBytes, wasmBytes: sum.wasmBytes + one.wasmBytes }),
        {
          heapBytes: 0,
          wasmBytes: 0,
        },
      );
    },
  };
}
