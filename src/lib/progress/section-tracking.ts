import { sectionsScrolledThrough } from './sections-read';

/**
 * Watches the headings of a lesson's sections and the element that ends the lesson, and reports each section
 * once, when the learner has scrolled through it. Returns a stop function.
 */
export function trackSectionsRead(
  sections: readonly string[],
  lessonEndId: string,
  onRead: (ids: string[]) => void,
): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => undefined;
  const boundaries = [...sections, lessonEndId].map((id) => document.getElementById(id));
  const seen = new Set<number>();
  const reported = new Set<string>();
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) if (entry.isIntersecting) seen.add(boundaries.indexOf(entry.target as HTMLElement));
    const fresh = sectionsScrolledThrough(sections, seen).filter((id) => !reported.has(id));
    if (fresh.length === 0) return;
    for (const id of fresh) reported.add(id);
    onRead(fresh);
  });
  for (const boundary of boundaries) if (boundary) observer.observe(boundary);
  return () => observer.disconnect();
}
