import { getCollection, type CollectionEntry } from 'astro:content';
import { assertUniqueModules, type ModuleRef } from './course';
import type { Sample } from './sample-schema';

export type ModuleEntry = CollectionEntry<'modules'>;

export const moduleRef = (entry: ModuleEntry): ModuleRef => ({
  number: entry.data.number,
  slug: entry.data.slug,
  title: entry.data.title,
});

/** All modules in course order; fails the build if two share a number or slug. */
export async function loadModules(): Promise<ModuleEntry[]> {
  const modules = (await getCollection('modules')).sort((a, b) => a.data.number - b.data.number);
  assertUniqueModules(modules.map(moduleRef));
  return modules;
}

/** Inspector samples in the order content/samples.yaml gives them. */
export async function loadSamples(): Promise<Sample[]> {
  return (await getCollection('samples')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
}
