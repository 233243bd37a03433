/**
 * A lesson's `##` sections count as read once the learner has scrolled through them. Boundary `i` is the
 * heading of section `i`, and boundary `sections.length` the end of the lesson, so section `i` lies between
 * boundaries `i` and `i + 1`. Both must have been on screen during the visit: jumping past a section with a
 * link, or opening the page halfway down, does not read it.
 */
export function sectionsScrolledThrough(sections: readonly string[], seenBoundaries: ReadonlySet<number>): string[] {
  return sections.filter((_, index) => seenBoundaries.has(index) && seenBoundaries.has(index + 1));
}

/** How many of the lesson's current sections were read; ids of headings renamed since do not count. */
export const countSectionsRead = (read: readonly string[] | undefined, sections: readonly string[]) =>
  sections.filter((id) => read?.includes(id)).length;
