/**
 * Writes the offline service worker, dist/sw.js, at the end of `astro build`: it lists and hashes every built
 * file (the search index included: register this after search-index), sorts them with planPrecache and bundles
 * src/lib/offline/service-worker.ts with the result. Any change to any file gives a new worker.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planPrecache, type BuiltFile } from '../lib/offline/precache-plan';
import type { OfflineFile } from '../lib/offline/offline-cache';

async function builtFiles(site: string): Promise<BuiltFile[]> {
  const paths = (await readdir(site, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(
    paths.map(async (path) => {
      const content = await readFile(path);
      return {
        path: relative(site, path).split(sep).join('/'),
        bytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
      };
    }),
  );
}

const megabytes = (files: readonly OfflineFile[]) =>
  `${(files.reduce((sum, [, , bytes]) => sum + bytes, 0) / 1e6).toFixed(1)} MB`;

export default function offline(): AstroIntegration {
  let root: URL;
  return {
    name: 'offline-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const manifest = planPrecache(await builtFiles(site));
        const bundle = await build({
          entryPoints: [fileURLToPath(new URL('src/lib/offline/service-worker.ts', root))],
          bundle: true,
          format: 'iife',
          minify: true,
          target: 'es2022',
          write: false,
          define: { MANIFEST: JSON.stringify(manifest) },
        });
        const code = bundle.outputFiles[0]!.contents;
        await writeFile(join(site, 'sw.js'), code);
        const size = `${(code.length / 1e3).toFixed(1)} kB`;
        logger.info(
          `sw.js (${size}, version ${manifest.version}) saves ${manifest.core.length} files ` +
            `(${megabytes(manifest.core)}) on install; ${manifest.onDemand.length} large files ` +
            `(${megabytes(manifest.onDemand)}) on first use or on request.`,
        );
      },
    },
  };
}
