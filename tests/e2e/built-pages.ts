import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dist = join(import.meta.dirname, '../../dist');

/** Every page of the built site as a URL path, so new pages are tested without editing the tests. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
      else if (entry.name === 'index.html') {
        const route = relative(dist, folder).split(sep).join('/');
        pages.push(route ? `/${route}/` : '/');
      }
    }
  };
  walk(dist);
  // The 404 page, as a visitor reaches it.
  pages.push('/no-such-page/');
  return pages.sort();
}
