import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

// Another port lets a second run (say, one spec while the suite runs) serve the same build.
const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '../reports/e2e.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    // Each test's fresh context would otherwise install the offline worker, which fetches the course's 3.8 MB of
    // pages and scripts in the background: a cost on this 2-core machine that no spec but offline.spec.ts needs.
    serviceWorkers: 'block',
  },
  // The built site (with its Pagefind index), as a visitor would get it.
  webServer: {
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
