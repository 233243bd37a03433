import { join } from 'node:path';
import { builtHtmlPages } from '../../scripts/site-weight.mjs';

const dist = join(import.meta.dirname, '../../dist');

/** Every page of the built site as a URL path, so new pages are tested without editing the tests. */
export function builtPages(): string[] {
  const pages = builtHtmlPages(dist)
    .map(({ route }: { route: string }) => route)
    .filter((route: string) => route.endsWith('/'));
  // The 404 page, as a visitor reaches it.
  pages.push('/no-such-page/');
  return pages.sort();
}
