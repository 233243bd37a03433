// @ts-check
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';
import offline from './src/integrations/offline.ts';
import searchIndex from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers';

export default defineConfig({
  // The public address, for canonical links; set SITE_URL when deploying (see README).
  site: process.env.SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  // Order matters: the offline worker lists the files the search index writes, and the headers file
  // (for the host, not the browser) is written last so the worker does not list it.
  integrations: [mdx(), svelte(), searchIndex(), offline(), securityHeaders()],
  // Lessons have no code blocks, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  // No telemetry-style prefetching or remote requests: every page works from this origin alone.
  prefetch: false,
  devToolbar: { enabled: false },
  // The policy the site really runs under: Astro hashes its own inline scripts and styles into a <meta>
  // tag on every page. The C2PA engine compiles WebAssembly ('wasm-unsafe-eval') in a worker the SDK
  // starts from a blob: URL; pictures it extracts are shown from blob: URLs. Nothing comes from elsewhere.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' blob: data:",
        "media-src 'self' blob:",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Svelte and Astro set a few style attributes (bar widths, positions): allowed as attributes only.
      styleDirective: {
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  server: { host: '127.0.0.1', port: 4321 },
  // Astro leaves some inlined stylesheets out of the CSP hashes (seen on module pages that embed the
  // inspector); as files they fall under style-src 'self'.
  build: { inlineStylesheets: 'never' },
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
