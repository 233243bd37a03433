/** Ids of a lesson's `##` sections in reading order, from the headings Astro reports when it renders the MDX. */
export const lessonSections = (headings: readonly { depth: number; slug: string }[]): string[] =>
  headings.filter((heading) => heading.depth === 2).map((heading) => heading.slug);
