import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { creditSchema } from './lib/content/credit-schema';
import { moduleSchema } from './lib/content/module-schema';
import { bankFileSchema, quizSchema } from './lib/content/quiz-schema';
import { sampleSchema } from './lib/content/sample-schema';

const modules = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/modules' }),
  schema: moduleSchema,
});

const quizzes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/quizzes' }),
  schema: quizSchema,
});

const quizBank = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/quiz-bank' }),
  schema: bankFileSchema,
});

const credits = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/credits' }),
  schema: creditSchema,
});

const samples = defineCollection({
  loader: file('content/samples.yaml'),
  schema: sampleSchema,
});

export const collections = { modules, quizzes, quizBank, credits, samples };
