// @ts-check
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';
import offline from './src/integrations/offline.ts';
import searchIndex from './src/integrations/search-index.ts';

export default defineConfig({
  // The public address, for canonical links; set SITE_URL when deploying (see README).
  site: process.env.SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  // Order matters: the offline worker lists the files the search index writes.
  integrations: [mdx(), svelte(), searchIndex(), offline()],
  // No telemetry-style prefetching or remote requests: every page works from this origin alone.
  prefetch: false,
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // MDX pages trip a harmless upstream warning about `astro:head-inject`.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
