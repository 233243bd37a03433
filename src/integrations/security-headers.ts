import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security/headers-file';

const metaPolicy = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

/** Writes `dist/_headers` from the policies Astro put in the built pages, so the two can never disagree. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = new Map<string, string>();
        for (const file of await readdir(root, { recursive: true })) {
          if (!file.endsWith('.html')) continue;
          const policy = metaPolicy.exec(await readFile(join(root, file), 'utf8'))?.[1];
          if (!policy) throw new Error(`${file} has no Content-Security-Policy meta tag`);
          const path = `/${relative(root, join(root, file)).split(sep).join('/')}`.replace(/index\.html$/, '');
          policies.set(path, policy);
        }
        await writeFile(join(root, '_headers'), headersFile(policies));
        logger.info(`_headers written for ${policies.size} pages`);
      },
    },
  };
}
