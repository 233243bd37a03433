// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lessonSections } from '../../../src/lib/content/lesson-sections';
import { emptyProgress } from '../../../src/lib/progress/progress-schema';
import { loadProgress, recordSectionsRead } from '../../../src/lib/progress/progress-store';
import { sectionsAdded, updateModuleIn } from '../../../src/lib/progress/progress-updates';
import { trackSectionsRead } from '../../../src/lib/progress/section-tracking';
import { countSectionsRead, sectionsScrolledThrough } from '../../../src/lib/progress/sections-read';

const sections = ['three-ways', 'art-to-fraud', 'your-eyes', 'summary'];
const boundary = fc.integer({ min: 0, max: sections.length });

describe('lessonSections', () => {
  it('keeps the `##` headings in order, not the headings inside them', () => {
    const headings = [
      { depth: 2, slug: 'three-ways', text: 'Three ways' },
      { depth: 3, slug: 'deepfakes', text: 'Deepfakes' },
      { depth: 2, slug: 'summary', text: 'Summary' },
    ];
    expect(lessonSections(headings)).toEqual(['three-ways', 'summary']);
  });
});

describe('sectionsScrolledThrough', () => {
  it('reads a section once its heading and the next heading (or the lesson end) were on screen', () => {
    expect(sectionsScrolledThrough(sections, new Set([0]))).toEqual([]);
    expect(sectionsScrolledThrough(sections, new Set([0, 1]))).toEqual(['three-ways']);
    expect(sectionsScrolledThrough(sections, new Set([3, 4]))).toEqual(['summary']);
    // Jumping from the first heading to the third skips the two sections in between.
    expect(sectionsScrolledThrough(sections, new Set([0, 2]))).toEqual([]);
    expect(sectionsScrolledThrough([], new Set([0]))).toEqual([]);
  });

  it('reads exactly the sections whose two boundaries were seen, in lesson order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(boundary), (seen) => {
        const set = new Set(seen);
        expect(sectionsScrolledThrough(sections, set)).toEqual(
          sections.filter((_, index) => set.has(index) && set.has(index + 1)),
        );
      }),
    );
  });

  it('only ever reads more as more of the lesson is seen, and all of it once every boundary was', () => {
    fc.assert(
      fc.property(fc.uniqueArray(boundary), boundary, (seen, more) => {
        const before = sectionsScrolledThrough(sections, new Set(seen));
        const after = sectionsScrolledThrough(sections, new Set([...seen, more]));
        expect(after).toEqual(expect.arrayContaining(before));
      }),
    );
    expect(sectionsScrolledThrough(sections, new Set([0, 1, 2, 3, 4]))).toEqual(sections);
  });
});

describe('sections read in progress', () => {
  it('adds new sections after those already read, each once, and leaves the module alone when nothing is new', () => {
    const module = { sectionsRead: ['summary'], minutesSpent: 2 };
    expect(sectionsAdded(['three-ways', 'summary', 'three-ways'])(module)).toEqual({
      sectionsRead: ['summary', 'three-ways'],
      minutesSpent: 2,
    });
    expect(sectionsAdded(['summary'])(module)).toBe(module);
  });

  it('keeps every section read, however the reports arrive', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...sections))), (reports) => {
        const progress = reports.reduce(
          (current, ids) => updateModuleIn(current, 'm', sectionsAdded(ids)),
          emptyProgress(),
        );
        const read = progress.modules.m?.sectionsRead ?? [];
        expect(new Set(read).size).toBe(read.length);
        expect([...read].sort()).toEqual([...new Set(reports.flat())].sort());
      }),
    );
  });

  it('counts the lesson’s current sections only', () => {
    expect(countSectionsRead(['summary', 'renamed-heading'], sections)).toBe(1);
    expect(countSectionsRead(undefined, sections)).toBe(0);
    expect(countSectionsRead(sections, sections)).toBe(4);
  });

  it('saves sections read in the learner’s progress', () => {
    localStorage.clear();
    recordSectionsRead('what-ai-generated-content-is', ['three-ways']);
    recordSectionsRead('what-ai-generated-content-is', ['three-ways', 'summary']);
    expect(loadProgress().progress.modules['what-ai-generated-content-is']?.sectionsRead).toEqual([
      'three-ways',
      'summary',
    ]);
  });
});

describe('trackSectionsRead', () => {
  let observed: Element[] = [];
  let report: (entries: { target: Element; isIntersecting: boolean }[]) => void = () => undefined;
  const disconnect = vi.fn();

  beforeEach(() => {
    document.body.innerHTML = `${sections.map((id) => `<h2 id="${id}">${id}</h2><p>Text</p>`).join('')}<h2 id="sources-title">Sources</h2>`;
    observed = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: typeof report) {
          report = callback;
        }
        observe(target: Element) {
          observed.push(target);
        }
        disconnect = disconnect;
      },
    );
  });

  afterEach(() => vi.unstubAllGlobals());

  const show = (...ids: string[]) =>
    report(ids.map((id) => ({ target: document.getElementById(id)!, isIntersecting: true })));

  it('reports each section once, as the learner scrolls through it', () => {
    const onRead = vi.fn();
    const stop = trackSectionsRead(sections, 'sources-title', onRead);
    expect(observed.map((element) => element.id)).toEqual([...sections, 'sources-title']);
    show('three-ways');
    expect(onRead).not.toHaveBeenCalled();
    show('art-to-fraud');
    show('three-ways', 'art-to-fraud');
    show('your-eyes', 'summary', 'sources-title');
    expect(onRead.mock.calls).toEqual([[['three-ways']], [['art-to-fraud', 'your-eyes', 'summary']]]);
    report([{ target: document.getElementById('summary')!, isIntersecting: false }]);
    expect(onRead).toHaveBeenCalledTimes(2);
    stop();
    expect(disconnect).toHaveBeenCalled();
  });

  it('ignores headings leaving the screen, and a page without the observer', () => {
    const onRead = vi.fn();
    trackSectionsRead(sections, 'sources-title', onRead);
    report([
      { target: document.getElementById('three-ways')!, isIntersecting: false },
      { target: document.getElementById('art-to-fraud')!, isIntersecting: false },
    ]);
    expect(onRead).not.toHaveBeenCalled();
    vi.stubGlobal('IntersectionObserver', undefined);
    expect(() => trackSectionsRead(sections, 'sources-title', onRead)()).not.toThrow();
  });
});
