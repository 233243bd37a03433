/**
 * Builds the Pagefind search index into the output folder at the end of `astro build`, so one command makes the
 * whole site and the offline worker, registered after this integration, can list the index's files.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

function check(errors: string[]) {
  if (errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ')}`);
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind: ${errors.join('; ') || 'no index was created'}`);
          const added = await index.addDirectory({ path: site });
          check(added.errors);
          check((await index.writeFiles({ outputPath: join(site, 'pagefind') })).errors);
          logger.info(`Search index written (${added.page_count} pages read).`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
