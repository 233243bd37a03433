/**
 * The service worker, bundled to /sw.js by src/integrations/offline.ts with this build's manifest.
 *
 * Pages: the network first, so a changed course shows on the next visit; then the saved copy; then /offline/.
 * Every other file of the site: the saved copy (its key names the content's revision), else the network, keeping
 * what it answers. Requests for anything else pass through untouched.
 */
import {
  byteRange,
  cacheKey,
  CACHE_NAME,
  filesToInstall,
  KEEP_EVERYTHING_KEY,
  OFFLINE_PAGE,
  offlineStatus,
  sitePath,
  staleKeys,
  type OfflineFile,
  type OfflineManifest,
  type OfflineMessage,
} from './offline-cache';
import { runLimited } from './run-limited';

/** Replaced by the build with this build's manifest. */
declare const MANIFEST: OfflineManifest;

// The few service-worker types used here: the project compiles against the DOM library, which lacks them.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: OfflineMessage;
  readonly ports: readonly MessagePort[];
}
interface WorkerScope {
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
const worker = self as unknown as WorkerScope;

const files = new Map([...MANIFEST.core, ...MANIFEST.onDemand].map((file) => [file[0], file]));
/** After this long without an answer, a saved page is shown instead: classroom Wi-Fi can hang rather than fail. */
const NETWORK_WAIT_MS = 4000;
/** Parallel downloads while installing or saving. */
const PARALLEL = 4;

const openCache = () => caches.open(CACHE_NAME);

async function cachedKeys(cache: Cache): Promise<string[]> {
  return (await cache.keys()).map((request) => {
    const url = new URL(request.url);
    return url.pathname + url.search;
  });
}

/** Fetches a file and saves it under its revision's key when the answer is good; returns the answer. */
async function store(cache: Cache, file: OfflineFile): Promise<Response> {
  // Revalidate with the server, so an older copy in the HTTP cache is not saved under this revision.
  const fetched = await fetch(file[0], { cache: 'no-cache' });
  if (!fetched.ok) return fetched;
  // A redirected answer cannot answer a page navigation, so keep its content only.
  const response = fetched.redirected ? new Response(await fetched.blob(), fetched) : fetched;
  await cache.put(cacheKey(file), response.clone());
  return response;
}

async function storeOrFail(cache: Cache, file: OfflineFile): Promise<void> {
  const response = await store(cache, file);
  if (!response.ok) throw new Error(`${file[0]} answered ${response.status}`);
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await openCache();
      await runLimited(filesToInstall(MANIFEST, await cachedKeys(cache)), PARALLEL, (file) => storeOrFail(cache, file));
      // Take over at once: pages come from the network first, so an open page is no older than this version.
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await openCache();
      await Promise.all(staleKeys(MANIFEST, await cachedKeys(cache)).map((key) => cache.delete(key)));
      await worker.clients.claim();
    })(),
  );
});

async function openPage(request: Request, file: OfflineFile | undefined): Promise<Response> {
  const network = fetch(request);
  const early = await Promise.race([
    network.catch(() => undefined),
    new Promise<undefined>((resolve) => setTimeout(resolve, NETWORK_WAIT_MS)),
  ]);
  if (early) return early;
  const cache = await openCache();
  const saved = file && (await cache.match(cacheKey(file)));
  if (saved) return saved;
  return network.catch(async () => {
    const offline = files.get(OFFLINE_PAGE);
    return (offline && (await cache.match(cacheKey(offline)))) || Response.error();
  });
}

async function openFile(file: OfflineFile, range: string | null): Promise<Response> {
  const cache = await openCache();
  const response = (await cache.match(cacheKey(file))) ?? (await store(cache, file));
  if (!range || !response.ok) return response;
  const body = await response.blob();
  const part = byteRange(range, body.size);
  if (!part) return new Response(body, response);
  const headers = new Headers(response.headers);
  headers.set('Content-Range', `bytes ${part.start}-${part.end}/${body.size}`);
  headers.set('Content-Length', String(part.end - part.start + 1));
  return new Response(body.slice(part.start, part.end + 1), { status: 206, statusText: 'Partial Content', headers });
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return;
  const file = files.get(sitePath(url));
  if (request.mode === 'navigate') event.respondWith(openPage(request, file));
  else if (file) event.respondWith(openFile(file, request.headers.get('range')));
});

/** Answers the About page's offline panel (src/lib/offline/offline-panel.ts) on the port it sends. */
async function answer(message: OfflineMessage): Promise<unknown> {
  const cache = await openCache();
  if (message.type === 'save') {
    const file = files.get(message.url);
    const response = file && (await store(cache, file).catch(() => undefined));
    return { saved: !!response?.ok };
  }
  if (message.type === 'keep-everything') await cache.put(KEEP_EVERYTHING_KEY, new Response(''));
  return offlineStatus(MANIFEST, await cachedKeys(cache));
}

worker.addEventListener('message', (event) => {
  const [port] = event.ports;
  if (port) event.waitUntil(answer(event.data).then((reply) => port.postMessage(reply)));
});
