import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as plainTest } from '@playwright/test';
import { expect, test, type BrowserContext, type Locator, type Page } from './fixtures';
import { axeViolations, wcagTags } from './axe';

const fixtures = join(import.meta.dirname, '../../../shared/fixtures/c2pa');
const dist = join(import.meta.dirname, '../../dist');

// The shared config blocks workers to keep the other specs light; these tests are about the worker.
test.use({ serviceWorkers: 'allow' });

/** Every URL the pages and the service worker ask the network for; the worker's are marked `worker:`. */
function watchRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) =>
    urls.push(`${request.serviceWorker() ? 'worker:' : ''}${new URL(request.url()).pathname}`),
  );
  return urls;
}

/** Opens `path` and waits until its islands are interactive. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
}

async function workerReady(page: Page) {
  await expect(page.getByText('The lessons are saved on this device and work offline.')).toBeVisible({
    timeout: 15_000,
  });
}

async function inspect(page: Page, file: string) {
  await page.locator('#sandbox-files').setInputFiles(join(fixtures, file));
  const report = page.locator(`[data-testid="provenance-report"][data-file="${file}"]`);
  await expect(report).toHaveAttribute('data-status', 'valid', { timeout: 20_000 });
}

/** The picture has loaded (lazy ones once scrolled to). */
async function expectPicture(picture: Locator) {
  await picture.scrollIntoViewIfNeeded();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
}

const engine = (requests: string[]) => requests.filter((path) => path.endsWith('.wasm'));

test('after one visit and “Save the whole course”, lessons, quizzes, search and the inspector work offline', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  const requests = watchRequests(context);
  await open(page, '/sandbox/');
  await workerReady(page);
  await page.waitForLoadState('networkidle');
  // The listener sees the worker's downloads (only the worker asks for /offline/), and no one fetched the engine.
  expect(requests).toContain('worker:/offline/');
  expect(engine(requests)).toEqual([]);
  // The first readout fetches it: the page asks once, and the worker keeps the network's answer.
  await inspect(page, 'C.jpg');
  expect(engine(requests).sort()).toEqual([expect.stringMatching(/^\/_astro\//), expect.stringMatching(/^worker:/)]);

  // Quiz pictures and sounds are large: saved as they are seen, or all at once from the About page.
  await open(page, '/about/');
  const panel = page.locator('[data-offline-panel]');
  await expect(panel).toContainText('The lessons, quizzes, glossary and search are saved on this device');
  const save = panel.getByRole('button', { name: /^Save the whole course for offline use \(\d+(\.\d)? MB\)$/ });
  await expect(save).toBeVisible();
  expect(await axeViolations(page, { include: '[data-offline-panel]', tags: [...wcagTags, 'best-practice'] })).toEqual(
    [],
  );
  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect(await axeViolations(page, { include: '[data-offline-panel]', rules: ['color-contrast'] })).toEqual([]);
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status')).toHaveText('Everything is saved.', { timeout: 30_000 });
  // The button goes once there is nothing left to save; keyboard focus stays in the panel.
  await expect(save).toBeHidden();
  await expect(panel.getByRole('heading')).toBeFocused();
  expect(engine(requests)).toHaveLength(2);

  await context.setOffline(true);
  await page.goto('/modules/cheapfakes-and-out-of-context-media/');
  await expect(page.locator('h1')).toHaveText('Cheapfakes and out-of-context media');
  await expectPicture(page.locator('main img[src^="/quiz-media/"]').first());

  await page.goto('/quizzes/real-or-ai-pictures/');
  const quiz = page.locator('[data-quiz="real-or-ai-pictures"]');
  await expect(quiz).toHaveAttribute('data-state', 'question');
  await expectPicture(quiz.locator('.question img').first());

  // Sounds are asked for in byte ranges; Safari plays them only from a 206 answer.
  const sound = await page.evaluate(
    async (url) => {
      const response = await fetch(url, { headers: { Range: 'bytes=10-19' } });
      return [response.status, response.headers.get('Content-Range'), (await response.arrayBuffer()).byteLength];
    },
    `/quiz-media/audio/${readdirSync(join(dist, 'quiz-media/audio'))[0]}`,
  );
  expect(sound).toEqual([206, expect.stringMatching(/^bytes 10-19\/\d+$/), 10]);

  await open(page, '/sandbox/');
  await inspect(page, 'gen-ai-created.jpg');

  await page.goto("/search/?q=liar's dividend");
  await expect(page.locator('.search-result').first().getByRole('heading')).toHaveText(
    'Module 1: What AI-generated content is',
  );

  await page.goto('/no-such-page/');
  await expect(page.locator('h1')).toHaveText('This page is not saved on this device');
});

/** The active worker's version and the keys it holds, from the page. */
function workerState(page: Page) {
  return page.evaluate(async () => {
    const { active } = await navigator.serviceWorker.ready;
    const { port1, port2 } = new MessageChannel();
    const reply = new Promise<{ version: string }>((resolve) => (port1.onmessage = (event) => resolve(event.data)));
    active!.postMessage({ type: 'status' }, [port2]);
    const keys = await (await caches.open('look-closer:offline')).keys();
    return { version: (await reply).version, keys: keys.map(({ url }) => url.slice(new URL(url).origin.length)) };
  });
}

/**
 * A stand-in for the host, passing requests on to the preview server, so a test can deploy a "next build": the same
 * files with a rewritten sw.js. (Playwright cannot route the browser's own fetch of a worker script.)
 */
async function host(baseURL: string) {
  let nextWorker: ((script: string) => string) | undefined;
  const server = createServer(async (request, response) => {
    const upstream = await fetch(new URL(request.url!, baseURL));
    const body = Buffer.from(await upstream.arrayBuffer());
    response.writeHead(upstream.status, { 'Content-Type': upstream.headers.get('content-type') ?? '' });
    response.end(request.url === '/sw.js' && nextWorker ? nextWorker(body.toString()) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
    deploy: (rewrite: (script: string) => string) => (nextWorker = rewrite),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// Served through a stand-in host on another port, which the shared fixture would count as another origin.
plainTest(
  'a new version of the site is picked up on the next visit, fetching only what changed',
  async ({ page, context, baseURL }) => {
    const site = await host(baseURL!);
    try {
      await open(page, site.url('/'));
      await workerReady(page);
      const before = await workerState(page);
      const offlinePageKey = before.keys.find((key) => key.startsWith('/offline/?'))!;

      // The next build: a new version in which the offline page changed.
      site.deploy((script) =>
        script.replace(before.version, 'next-version').replace(/(\["\/offline\/",")[0-9a-f]+"/, '$10123456789"'),
      );
      const requests = watchRequests(context);
      // Noted by the page itself: messages to the worker while waiting would keep postponing the browser's update check.
      await page.addInitScript(() =>
        navigator.serviceWorker.addEventListener('controllerchange', () =>
          Object.assign(window, { workerChanged: true }),
        ),
      );
      await open(page, site.url('/glossary/'));
      await page.waitForFunction(() => 'workerChanged' in window, undefined, { timeout: 15_000 });
      // The new worker has taken over: the older copy of the changed page is gone and every other file was kept.
      await expect.poll(async () => (await workerState(page)).keys).not.toContain(offlinePageKey);
      const after = await workerState(page);
      expect(after.version).toBe('next-version');
      expect(after.keys).toContain('/offline/?rev=0123456789');
      expect(after.keys).toHaveLength(before.keys.length);
      // The worker fetched the page (network first), the browser checked the worker script, the new worker fetched
      // the one changed file.
      expect(requests.filter((path) => path.startsWith('worker:')).sort()).toEqual([
        'worker:/glossary/',
        'worker:/offline/',
        'worker:/sw.js',
      ]);
    } finally {
      await site.close();
    }
  },
);
