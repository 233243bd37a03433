/**
 * The `_headers` file static hosts such as Netlify and Cloudflare Pages read: the same Content Security
 * Policy the pages carry in their <meta> tag, plus what only a header can say (`frame-ancestors`, which a
 * meta policy ignores) and the other security headers. Other hosts: copy these lines into their config.
 */
export const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/** A meta tag's policy as a header: normalised spacing, and `frame-ancestors 'none'` added. */
export function headerPolicy(metaPolicy: string): string {
  const directives = metaPolicy
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  if (!directives.some((directive) => directive.startsWith('frame-ancestors ')))
    directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

/**
 * The file's text. `policies` maps each page's path to its meta policy; when every page has the same one
 * (Astro hashes the site's inline scripts together), a single rule covers the whole site.
 */
export function headersFile(policies: ReadonlyMap<string, string>): string {
  const distinct = new Set(policies.values());
  const rules: string[] = [];
  const rule = (path: string, headers: Record<string, string>) =>
    rules.push([path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'));

  const [only] = distinct;
  rule('/*', {
    ...securityHeaders,
    ...(distinct.size === 1 && only ? { 'Content-Security-Policy': headerPolicy(only) } : {}),
  });
  if (distinct.size > 1)
    for (const [path, policy] of [...policies].sort(([a], [b]) => a.localeCompare(b)))
      rule(path, { 'Content-Security-Policy': headerPolicy(policy) });
  // Content-hashed file names never change meaning, so they can be cached for good; the offline worker
  // must never be, or a new version would wait for a cache on the way to expire.
  rule('/_astro/*', { 'Cache-Control': 'public, max-age=31536000, immutable' });
  rule('/sw.js', { 'Cache-Control': 'no-cache' });
  return `${rules.join('\n')}\n`;
}
