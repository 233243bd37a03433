import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { creditSchema } from '../../src/lib/content/credit-schema';

const root = join(import.meta.dirname, '../..');
/** Our own files in public/: everything else there is third-party and must be credited. */
const ownFiles = new Set(['/favicon.svg', '/robots.txt', '/images/screenshot-home.png']);

function publicFiles(folder = join(root, 'public')): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? publicFiles(join(folder, entry.name))
      : ['/' + relative(join(root, 'public'), join(folder, entry.name)).split(sep).join('/')],
  );
}

const credited = readdirSync(join(root, 'content/credits'))
  .filter((name) => name.endsWith('.yaml'))
  .flatMap((name) => creditSchema.parse(parse(readFileSync(join(root, 'content/credits', name), 'utf8'))).files);

describe('credits', () => {
  it.each(publicFiles().filter((file) => !ownFiles.has(file)))('%s is credited with its license', (file) => {
    expect(credited).toContain(file);
  });

  it('credits only files that exist', () => {
    const files = new Set(publicFiles());
    for (const file of credited.filter((path) => !path.endsWith('/'))) expect(files, file).toContain(file);
  });
});
