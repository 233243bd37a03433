import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const copy = mkdtempSync(join(tmpdir(), 'look-closer-broken-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a schema error in content', () => {
  it('fails the content sync that every build runs, naming the file and the field', () => {
    for (const part of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(join(root, part), join(copy, part), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    const modulePath = join(copy, 'content/modules/01-what-ai-generated-content-is.mdx');
    writeFileSync(modulePath, readFileSync(modulePath, 'utf8').replace(/^number: 1$/m, 'number: 13'));

    const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60_000,
    });

    expect(result.status).not.toBe(0);
    const output = stripVTControlCharacters(result.stdout + result.stderr);
    expect(output).toContain('does not match collection schema');
    expect(output).toMatch(/number: Too big: expected number to be <=12/);
    expect(output).toContain('01-what-ai-generated-content-is.mdx');
  }, 60_000);
});
