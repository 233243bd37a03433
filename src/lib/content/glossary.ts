import type { KeyTerm } from './module-schema';
import type { ModuleRef } from './course';

export interface GlossaryEntry {
  term: string;
  anchor: string;
  definition: string;
  /** Modules that list the term, in course order; the first one's definition is used. */
  modules: ModuleRef[];
}

export function termAnchor(term: string): string {
  const slug = term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `term-${slug}`;
}

export const glossaryPath = (term: string) => `/glossary/#${termAnchor(term)}`;

/** Gathers every module's key terms into one alphabetical glossary; a term shared by modules appears once. */
export function buildGlossary(modules: readonly (ModuleRef & { keyTerms: readonly KeyTerm[] })[]): GlossaryEntry[] {
  const entries = new Map<string, GlossaryEntry>();
  for (const module of [...modules].sort((a, b) => a.number - b.number)) {
    for (const { term, definition } of module.keyTerms) {
      const anchor = termAnchor(term);
      const ref = { number: module.number, slug: module.slug, title: module.title };
      const existing = entries.get(anchor);
      if (existing) existing.modules.push(ref);
      else entries.set(anchor, { term, anchor, definition, modules: [ref] });
    }
  }
  return [...entries.values()].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

/** Groups entries under their first letter for the glossary's letter index. */
export function groupByLetter(entries: readonly GlossaryEntry[]): { letter: string; entries: GlossaryEntry[] }[] {
  const groups = new Map<string, GlossaryEntry[]>();
  for (const entry of entries) {
    const first = entry.term.normalize('NFKD').charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups.entries()].map(([letter, grouped]) => ({ letter, entries: grouped }));
}
