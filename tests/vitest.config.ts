/// <reference types="vitest/config" />
import { svelteTesting } from '@testing-library/svelte/vite';
import { getViteConfig } from 'astro/config';

// Shares Astro's Vite setup (Svelte compiler, aliases); Playwright specs stay out of Vitest.
export default getViteConfig({
  plugins: [svelteTesting()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    // One worker per core, reused across files: starting a fresh one per file cost more than the tests.
    isolate: false,
  },
});
