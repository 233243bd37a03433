import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ModuleFacts {
  number: number;
  slug: string;
  title: string;
  keyTerms: { term: string }[];
}

const folder = join(import.meta.dirname, '../../content/modules');

/** The course's modules in order, from their frontmatter, so tests follow the content as it grows. */
export const courseModules: ModuleFacts[] = readdirSync(folder)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => parse(readFileSync(join(folder, name), 'utf8').split(/^---$/m)[1]!) as ModuleFacts)
  .sort((a, b) => a.number - b.number);
