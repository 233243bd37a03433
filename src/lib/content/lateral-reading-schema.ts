import { z } from 'astro/zod';
import { questionIds } from '../lateral-reading/questions';

const id = z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase-kebab-case');

/** What a page is, which decides whether opening it is a lateral move, a vertical one or a wasted click. */
export const pageKinds = ['site', 'about', 'search', 'reference', 'fact-check', 'weak'] as const;
export type PageKind = (typeof pageKinds)[number];

const linkSchema = z.object({
  /** Button text, e.g. "About us" or "Open in a new tab". */
  label: z.string().min(2),
  opens: id,
});

const resultSchema = z.object({
  title: z.string().min(3),
  address: z.string().min(3),
  snippet: z.string().min(10),
  opens: id,
  /** Small print such as "Sponsored", shown before the address. */
  tag: z.string().optional(),
});

export const pageSchema = z.object({
  id,
  kind: z.enum(pageKinds),
  /** Tab title. */
  title: z.string().min(2).max(40),
  /** Shown in the simulated address bar; fictional (.example) only. */
  address: z.string().regex(/^[a-z0-9.-]+\.example(\/\S*)?$/, 'addresses are fictional: use a .example domain'),
  heading: z.string().min(3),
  paragraphs: z.array(z.string().min(10)).default([]),
  /** Revealed by "Keep scrolling": staying on the page. */
  more: z.array(z.string().min(10)).default([]),
  links: z.array(linkSchema).default([]),
  results: z.array(resultSchema).default([]),
  /** Questions this page really answers when read (a site's own claims about itself answer none). */
  answers: z.array(z.enum(questionIds)).default([]),
  /** Why opening this page was a good or poor move, shown in the review. */
  feedback: z.string().min(10),
});

const questionFeedbackSchema = z.object({
  found: z.string().min(10),
  missed: z.string().min(10),
});

export const lateralScenarioSchema = z
  .object({
    id,
    title: z.string().min(3),
    /** The task, shown above the browser. */
    task: z.string().min(10),
    /** The page the learner lands on. */
    start: id,
    /** Opened by the browser's "New tab" button. */
    newTab: id,
    pages: z.array(pageSchema).min(3),
    questions: z.object({
      who: questionFeedbackSchema,
      evidence: questionFeedbackSchema,
      others: questionFeedbackSchema,
    }),
    verdict: z.object({
      prompt: z.string().min(5),
      options: z
        .array(z.object({ text: z.string().min(2), correct: z.boolean().default(false), feedback: z.string().min(10) }))
        .min(2)
        .max(5),
    }),
  })
  .superRefine((scenario, ctx) => {
    const ids = scenario.pages.map((page) => page.id);
    const duplicate = ids.find((pageId, index) => ids.indexOf(pageId) !== index);
    if (duplicate) ctx.addIssue({ code: 'custom', path: ['pages'], message: `page id "${duplicate}" is used twice` });
    const known = new Set(ids);
    const check = (target: string, path: (string | number)[]) => {
      if (!known.has(target)) ctx.addIssue({ code: 'custom', path, message: `no page "${target}" to open` });
    };
    check(scenario.start, ['start']);
    check(scenario.newTab, ['newTab']);
    scenario.pages.forEach((page, index) => {
      page.links.forEach((link, linkIndex) => check(link.opens, ['pages', index, 'links', linkIndex, 'opens']));
      page.results.forEach((result, resultIndex) =>
        check(result.opens, ['pages', index, 'results', resultIndex, 'opens']),
      );
    });
    if (scenario.verdict.options.filter((option) => option.correct).length !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['verdict', 'options'],
        message: 'the verdict needs exactly one correct option',
      });
  });

export type LateralScenario = z.infer<typeof lateralScenarioSchema>;
export type LateralPage = z.infer<typeof pageSchema>;
