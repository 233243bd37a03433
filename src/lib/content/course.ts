/** Ordering and navigation across the course's modules. */
export interface ModuleRef {
  number: number;
  slug: string;
  title: string;
}

export function sortByNumber<T extends { number: number }>(modules: readonly T[]): T[] {
  return [...modules].sort((a, b) => a.number - b.number);
}

/** Previous and next module in course order, or undefined at either end. */
export function neighbours<T extends ModuleRef>(modules: readonly T[], slug: string): { previous?: T; next?: T } {
  const ordered = sortByNumber(modules);
  const index = ordered.findIndex((module) => module.slug === slug);
  if (index === -1) throw new Error(`No module with slug "${slug}"`);
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}

/** Fails loudly when two modules share a number or slug, which would break the learning path. */
export function assertUniqueModules(modules: readonly ModuleRef[]): void {
  for (const key of ['number', 'slug'] as const) {
    const seen = new Map<unknown, string>();
    for (const module of modules) {
      const other = seen.get(module[key]);
      if (other) throw new Error(`Modules "${other}" and "${module.title}" share the ${key} ${String(module[key])}`);
      seen.set(module[key], module.title);
    }
  }
}

export const modulePath = (slug: string) => `/modules/${slug}/`;
export const teacherGuidePath = (slug: string) => `/teach/${slug}/`;
