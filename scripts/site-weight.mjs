// What each built page costs a visitor in JavaScript, read from dist/ (no browser): the script files a
// page loads without anyone asking for more (module scripts, every island's component and renderer, and
// all they import statically), gzip-compressed. Dynamic imports, such as the C2PA engine, are left out:
// they load on demand. Used by `npm run bench:site` and by the budget test.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budgets of issue 7, in gzip bytes of script files per page. */
export const jsBudgets = { home: 25 * 1024, modulePage: 40 * 1024, withoutIslands: 0 };

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

/** The script URLs a page starts from: module scripts, island components and renderers, modulepreloads. */
export function entryScripts(html) {
  const urls = new Set();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) urls.add(match[1]);
  for (const match of html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)) urls.add(match[1]);
  for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) urls.add(match[1]);
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  // Inline module scripts can import files too.
  for (const code of inline) for (const specifier of staticImports(code)) if (specifier.startsWith('/')) urls.add(specifier);
  return { urls: [...urls], inline };
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

/** Per page: script files, their gzip total, inline script gzip, islands, and which budget applies. */
export function pageWeights(dist) {
  const gzipOfFile = new Map();
  const fileGzip = (url) => {
    if (!gzipOfFile.has(url)) gzipOfFile.set(url, gzipBytes(readFileSync(join(dist, url))));
    return gzipOfFile.get(url);
  };
  return builtHtmlPages(dist).map(({ route, file }) => {
    const html = readFileSync(file, 'utf8');
    const { urls, inline } = entryScripts(html);
    const files = scriptGraph(dist, urls);
    const islands = (html.match(/<astro-island\b/g) ?? []).length;
    const budget =
      route === '/'
        ? { name: 'home', bytes: jsBudgets.home }
        : islands === 0
          ? { name: 'without islands', bytes: jsBudgets.withoutIslands }
          : /^\/modules\/[^/]+\/$/.test(route) && !html.includes('class="inspector')
            ? { name: 'module page', bytes: jsBudgets.modulePage }
            : null;
    return {
      route,
      islands,
      files,
      scriptGzip: files.reduce((sum, url) => sum + fileGzip(url), 0),
      inlineGzip: inline.length ? gzipBytes(inline.join('\n')) : 0,
      budget,
    };
  });
}
