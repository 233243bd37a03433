// What each built page costs a visitor in JavaScript, read from dist/ (no browser), gzip-compressed:
// - on load: the script files a page fetches before the learner scrolls or acts: its module scripts, the
//   islands that hydrate at once (client:load, client:idle…), their renderer, and all they import statically;
// - whole page: all of that plus the islands that hydrate as they scroll into view (client:visible).
// Dynamic imports, such as the C2PA engine, load only when the learner asks for them and are in neither.
// Used by `npm run bench:site` and by the budget test.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Issue 7's budgets, in gzip bytes of script files loaded on page load. Hubs are the home page and the
 * lists of modules and quizzes, which show the learner's progress with a small script and no island.
 */
export const jsBudgets = { hub: 25 * 1024, modulePage: 40 * 1024, withoutIslands: 0 };
const hubRoutes = ['/', '/modules/', '/quizzes/'];

const gzipBytes = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Static imports of an ES module: `import … from "x"`, `import "x"`, `export … from "x"`; not `import("x")`. */
export function staticImports(code) {
  const specifiers = [];
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const match of code.matchAll(pattern)) specifiers.push(match[1]);
  return specifiers;
}

/** Every built page as its URL path and HTML file. */
export function builtHtmlPages(dist) {
  const pages = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && entry.name !== '_astro' && entry.name !== 'pagefind') walk(path);
      else if (entry.name.endsWith('.html')) {
        const route = relative(dist, path).split(sep).join('/');
        pages.push({ route: `/${route.replace(/(^|\/)index\.html$/, '$1')}`, file: path });
      }
    }
  };
  walk(dist);
  return pages.sort((a, b) => a.route.localeCompare(b.route));
}

/** The script URLs a page starts from, split by when they load; and its inline scripts' text. */
export function entryScripts(html) {
  const onLoad = new Set();
  const onScroll = new Set();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) onLoad.add(match[1]);
  for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) onLoad.add(match[1]);
  for (const [island] of html.matchAll(/<astro-island\b[^>]*>/g)) {
    const when = / client="visible"/.test(island) ? onScroll : onLoad;
    for (const match of island.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)) when.add(match[1]);
  }
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  // Inline module scripts can import files too.
  for (const code of inline)
    for (const specifier of staticImports(code)) if (specifier.startsWith('/')) onLoad.add(specifier);
  return { onLoad: [...onLoad], onScroll: [...onScroll], inline };
}

/** The script files a page loads, following static imports; URL paths relative to the site root. */
export function scriptGraph(dist, entryUrls) {
  const seen = new Set();
  const visit = (url) => {
    if (seen.has(url) || !url.startsWith('/')) return;
    seen.add(url);
    const code = readFileSync(join(dist, url), 'utf8');
    for (const specifier of staticImports(code)) {
      if (specifier.startsWith('.')) visit(posix.join(posix.dirname(url), specifier));
      else if (specifier.startsWith('/')) visit(specifier);
    }
  };
  entryUrls.forEach(visit);
  return [...seen];
}

/** Per page: scripts on load and for the whole page with their gzip totals, inline script gzip, the budget. */
export function pageWeights(dist) {
  const gzipOfFile = new Map();
  const fileGzip = (url) => {
    if (!gzipOfFile.has(url)) gzipOfFile.set(url, gzipBytes(readFileSync(join(dist, url))));
    return gzipOfFile.get(url);
  };
  const measure = (urls) => {
    const files = scriptGraph(dist, urls);
    return { files, gzip: files.reduce((sum, url) => sum + fileGzip(url), 0) };
  };
  return builtHtmlPages(dist).map(({ route, file }) => {
    const html = readFileSync(file, 'utf8');
    const { onLoad, onScroll, inline } = entryScripts(html);
    const loaded = measure(onLoad);
    const budget = hubRoutes.includes(route)
      ? { name: 'hub', bytes: jsBudgets.hub }
      : !html.includes('<astro-island')
        ? { name: 'no island', bytes: jsBudgets.withoutIslands }
        : /^\/modules\/[^/]+\/$/.test(route) && !html.includes('class="inspector')
          ? { name: 'module', bytes: jsBudgets.modulePage }
          : null;
    return {
      route,
      islands: (html.match(/<astro-island\b/g) ?? []).length,
      onLoad: loaded,
      wholePage: measure([...onLoad, ...onScroll]),
      inlineGzip: inline.length ? gzipBytes(inline.join('\n')) : 0,
      budget,
    };
  });
}
