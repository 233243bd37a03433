import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { assertUniqueModules, type ModuleRef } from './course';
import type { BankItem, CheckQuiz, DrawnQuiz } from './quiz-schema';
import type { Sample } from './sample-schema';
import { poolFor } from '../quiz/draw';

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

/** A module's check for understanding; fails the build if the id names anything else. */
export async function loadCheck(id: string): Promise<{ id: string; data: CheckQuiz }> {
  const entry = await getEntry('quizzes', id);
  if (!entry) throw new Error(`There is no check content/quizzes/${id}.yaml`);
  if (entry.data.kind !== 'check')
    throw new Error(`content/quizzes/${id}.yaml is a ${entry.data.kind} quiz, not a check`);
  return { id: entry.id, data: entry.data };
}

/** Every item of content/quiz-bank/, failing the build if two files use the same id. */
export async function loadBank(): Promise<BankItem[]> {
  const items = (await getCollection('quizBank')).flatMap((entry) => entry.data.items);
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw new Error(`Quiz bank item id "${item.id}" is used twice in content/quiz-bank/`);
    seen.add(item.id);
  }
  return items;
}

export interface LoadedQuiz {
  id: string;
  data: DrawnQuiz;
  pool: BankItem[];
}

/** Practice and challenge quizzes with the bank items each may ask, in a stable order. */
export async function loadDrawnQuizzes(): Promise<LoadedQuiz[]> {
  const bank = await loadBank();
  const quizzes = (await getCollection('quizzes')).flatMap((entry) =>
    entry.data.kind === 'check' ? [] : [{ id: entry.id, data: entry.data, pool: poolFor(entry.data, bank) }],
  );
  for (const quiz of quizzes) {
    if (quiz.pool.length < quiz.data.count)
      throw new Error(
        `Quiz ${quiz.id} asks ${quiz.data.count} questions but the bank has ${quiz.pool.length} that fit`,
      );
  }
  const order = (quiz: LoadedQuiz) => (quiz.data.kind === 'challenge' ? 99 : (quiz.data.module ?? 50));
  return quizzes.sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id));
}

export async function loadDrawnQuiz(id: string): Promise<LoadedQuiz> {
  const quiz = (await loadDrawnQuizzes()).find((candidate) => candidate.id === id);
  if (!quiz) throw new Error(`There is no practice or challenge quiz content/quizzes/${id}.yaml`);
  return quiz;
}

/** Credit lines for quiz media, by path, from content/credits/. */
export async function loadMediaCredits(): Promise<Record<string, { text: string; licenseUrl: string }>> {
  const lines: Record<string, { text: string; licenseUrl: string }> = {};
  for (const { data } of await getCollection('credits')) {
    for (const file of data.files)
      lines[file] = { text: `${data.author}, ${data.license}`, licenseUrl: data.licenseUrl };
  }
  return lines;
}
