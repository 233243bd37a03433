import { describe, expect, it } from 'vitest';
import { buildGlossary, glossaryPath, groupByLetter, termAnchor } from '../../src/lib/content/glossary';

const modules = [
  {
    number: 2,
    slug: 'labels',
    title: 'Labels',
    keyTerms: [
      { term: 'Content Credentials', definition: 'Signed information about where a file came from.' },
      { term: 'Deepfake', definition: 'A later, different definition that must not win.' },
    ],
  },
  {
    number: 1,
    slug: 'basics',
    title: 'Basics',
    keyTerms: [
      { term: 'deepfake', definition: 'AI-made media showing a real person doing or saying something they did not.' },
      { term: "Liar's dividend", definition: 'The benefit liars get from doubt about real evidence.' },
    ],
  },
];

describe('buildGlossary', () => {
  const glossary = buildGlossary(modules);

  it('lists each term once, alphabetically, ignoring case', () => {
    expect(glossary.map((entry) => entry.term)).toEqual(['Content Credentials', 'deepfake', "Liar's dividend"]);
  });

  it('keeps the earliest module’s definition and links every module that uses the term', () => {
    const deepfake = glossary.find((entry) => entry.anchor === 'term-deepfake');
    expect(deepfake?.definition).toMatch(/^AI-made media/);
    expect(deepfake?.modules.map((module) => module.slug)).toEqual(['basics', 'labels']);
  });
});

describe('anchors', () => {
  it('makes stable, URL-safe anchors', () => {
    expect(termAnchor("Liar's dividend")).toBe('term-liar-s-dividend');
    expect(termAnchor('  C2PA (standard) ')).toBe('term-c2pa-standard');
    expect(termAnchor('Métadonnées')).toBe('term-metadonnees');
    expect(glossaryPath('Content Credentials')).toBe('/glossary/#term-content-credentials');
  });
});

describe('groupByLetter', () => {
  it('groups entries under their first letter, keeping order', () => {
    const groups = groupByLetter(buildGlossary(modules));
    expect(groups.map((group) => group.letter)).toEqual(['C', 'D', 'L']);
    expect(groupByLetter([{ term: '3D fake', anchor: 'term-3d-fake', definition: 'x', modules: [] }])[0]?.letter).toBe(
      '#',
    );
  });
});
