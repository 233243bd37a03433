/** Thin adapter over Pagefind's browser API; the index exists only in a built site, under /pagefind/. */

export interface SearchHit {
  url: string;
  title: string;
  section: string;
  /** Pagefind's excerpt: escaped page text with the matched words wrapped in <mark>. */
  excerpt: string;
  /** Headings inside the page that matched, e.g. glossary terms. */
  subResults: { title: string; url: string; excerpt: string }[];
}

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: PagefindSubResult[];
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let api: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    // A runtime path, so the bundler leaves the import alone: the file appears only after `pagefind` runs.
    const pagefindUrl = '/pagefind/pagefind.js';
    const module = (await import(/* @vite-ignore */ pagefindUrl)) as PagefindApi;
    await module.options({ excerptLength: 24 });
    return module;
  })();
  api.catch(() => (api = undefined));
  return api;
}

/** The result that has this page at its root, minus the page's own path, for a short sub-result list. */
function toHit(data: PagefindResultData): SearchHit {
  const subResults = (data.sub_results ?? [])
    .filter((sub) => sub.url !== data.url && sub.url.includes('#'))
    .slice(0, 3);
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    section: data.filters.section?.[0] ?? '',
    excerpt: data.excerpt,
    subResults,
  };
}

export async function searchSite(query: string, section?: string, limit = 12): Promise<SearchHit[]> {
  const pagefind = await loadPagefind();
  const response = await pagefind.search(query, section ? { filters: { section } } : {});
  const data = await Promise.all(response.results.slice(0, limit).map((result) => result.data()));
  return data.map(toHit);
}

/** Section names with how many pages each holds, for the filter control. */
export async function searchSections(): Promise<string[]> {
  const pagefind = await loadPagefind();
  return Object.keys((await pagefind.filters()).section ?? {}).sort();
}
