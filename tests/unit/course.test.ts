import { describe, expect, it } from 'vitest';
import {
  assertUniqueModules,
  modulePath,
  neighbours,
  sortByNumber,
  teacherGuidePath,
} from '../../src/lib/content/course';

const modules = [
  { number: 3, slug: 'reading-credentials', title: 'Reading a Content Credentials readout' },
  { number: 1, slug: 'what-ai-generated-content-is', title: 'What AI-generated content is' },
  { number: 2, slug: 'how-platforms-label-ai-content', title: 'How platforms label AI content' },
];

describe('course order', () => {
  it('sorts modules by number without changing the input', () => {
    expect(sortByNumber(modules).map((module) => module.number)).toEqual([1, 2, 3]);
    expect(modules[0]?.number).toBe(3);
  });

  it('finds previous and next modules, with none past either end', () => {
    expect(neighbours(modules, 'how-platforms-label-ai-content')).toEqual({ previous: modules[1], next: modules[0] });
    expect(neighbours(modules, 'what-ai-generated-content-is').previous).toBeUndefined();
    expect(neighbours(modules, 'reading-credentials').next).toBeUndefined();
  });

  it('refuses an unknown slug', () => {
    expect(() => neighbours(modules, 'missing')).toThrow(/No module with slug "missing"/);
  });

  it('rejects two modules with the same number or slug', () => {
    expect(() => assertUniqueModules(modules)).not.toThrow();
    expect(() => assertUniqueModules([...modules, { number: 2, slug: 'other', title: 'Other' }])).toThrow(
      /share the number 2/,
    );
    expect(() => assertUniqueModules([...modules, { number: 9, slug: 'reading-credentials', title: 'Copy' }])).toThrow(
      /share the slug reading-credentials/,
    );
  });

  it('builds page paths with trailing slashes', () => {
    expect(modulePath('a')).toBe('/modules/a/');
    expect(teacherGuidePath('a')).toBe('/teach/a/');
  });
});
