import { describe, expect, it } from 'vitest';
import { headerPolicy, headersFile } from '../../../src/lib/security/headers-file';

const meta = "default-src 'self';connect-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; ";

describe('headerPolicy', () => {
  it('keeps every directive of the meta policy and adds frame-ancestors', () => {
    expect(headerPolicy(meta)).toBe(
      "default-src 'self'; connect-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; frame-ancestors 'none'",
    );
  });

  it('does not add frame-ancestors twice', () => {
    expect(headerPolicy("default-src 'self'; frame-ancestors 'self'")).toBe(
      "default-src 'self'; frame-ancestors 'self'",
    );
  });
});

describe('headersFile', () => {
  it('gives the whole site one policy when every page has the same', () => {
    const text = headersFile(
      new Map([
        ['/', meta],
        ['/about/', meta],
      ]),
    );
    expect(text).toContain(`/*\n  X-Content-Type-Options: nosniff\n`);
    expect(text.match(/Content-Security-Policy:/g)).toHaveLength(1);
    expect(text).toContain(`  Content-Security-Policy: ${headerPolicy(meta)}\n`);
    expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(text).toContain('/sw.js\n  Cache-Control: no-cache\n');
  });

  it('writes a rule per page when policies differ', () => {
    const other = "default-src 'self'";
    const text = headersFile(
      new Map([
        ['/b/', other],
        ['/a/', meta],
      ]),
    );
    expect(text).not.toMatch(/^\/\*\n(  .*\n)*  Content-Security-Policy/m);
    expect(text.indexOf(`/a/\n  Content-Security-Policy: ${headerPolicy(meta)}`)).toBeGreaterThan(0);
    expect(text.indexOf(`/b/\n  Content-Security-Policy: ${headerPolicy(other)}`)).toBeGreaterThan(
      text.indexOf('/a/\n'),
    );
  });
});
