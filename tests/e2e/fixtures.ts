/**
 * Every browser test runs through these fixtures: whatever a test does, the page must not break the
 * site's Content Security Policy or send a request to another origin (the file, and everything else,
 * stays on this site).
 */
import { test as base, expect } from '@playwright/test';

export { expect };
export type { BrowserContext, Locator, Page } from '@playwright/test';

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const problems: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    page.context().on('request', (request) => {
      const url = new URL(request.url());
      if (/^https?:$/.test(url.protocol) && url.origin !== origin) problems.push(`request to ${request.url()}`);
    });
    await use(page);
    expect(problems, 'CSP violations and requests to other origins').toEqual([]);
  },
});
