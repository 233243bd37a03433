import { z } from 'astro/zod';

/** A published work a lesson relies on. Lessons cite it by `id` in the body text. */
export const sourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'source ids are lowercase-kebab-case'),
  authors: z.string().min(1),
  year: z.number().int().min(1900).max(2100),
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url().optional(),
});

export const keyTermSchema = z.object({
  term: z.string().min(1),
  definition: z.string().min(10),
});

export const standardSchema = z.object({
  framework: z.enum(['ISTE Standards for Students', 'Common Core ELA', 'UNESCO MIL Curriculum']),
  code: z.string().min(1),
  description: z.string().min(1),
});

/** Interactive islands a module embeds; the teacher guide lists them so a class can plan for devices. */
export const widgetNames = [
  'knowledge-check',
  'quiz',
  'provenance-inspector',
  'label-check',
  'strip-lab',
  'scam-call',
  'lateral-reading',
  'feed-simulator',
  'caption-match',
  'verification-workbench',
  'signing-demo',
  'decision-tree',
] as const;
export type WidgetName = (typeof widgetNames)[number];

export const teacherGuideSchema = z.object({
  overview: z.string().min(20),
  timePlan: z.array(z.object({ minutes: z.number().int().positive(), activity: z.string().min(1) })).min(2),
  materials: z.array(z.string().min(1)).min(1),
  procedure: z.array(z.string().min(1)).min(3),
  discussion: z.array(z.string().min(1)).min(2),
  differentiation: z.array(z.string().min(1)).min(1),
  accessibility: z.array(z.string().min(1)).min(1),
  sensitiveContent: z.string().min(1),
  extensions: z.array(z.string().min(1)).default([]),
});

export const moduleSchema = z
  .object({
    number: z.number().int().min(1).max(12),
    slug: z.string().regex(/^[a-z0-9-]+$/, 'slug must be lowercase-kebab-case'),
    title: z.string().min(3).max(80),
    summary: z.string().min(20).max(220),
    objectives: z.array(z.string().min(10)).min(3),
    minutes: z.number().int().min(10).max(60),
    ages: z.string().regex(/^\d{1,2}\+$/, 'ages looks like "13+"'),
    level: z.enum(['introductory', 'intermediate', 'advanced']),
    keyTerms: z.array(keyTermSchema).min(2),
    standards: z.array(standardSchema).min(1),
    widgets: z.array(z.enum(widgetNames)).min(1),
    /** Id of the `quizzes` entry that is this module's check for understanding. */
    check: z.string().min(1),
    sources: z.array(sourceSchema).min(1),
    teacher: teacherGuideSchema,
  })
  .superRefine((module, ctx) => {
    const ids = module.sources.map((source) => source.id);
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
    if (duplicate)
      ctx.addIssue({ code: 'custom', path: ['sources'], message: `source id "${duplicate}" is used twice` });
    const minutes = module.teacher.timePlan.reduce((sum, step) => sum + step.minutes, 0);
    if (minutes < module.minutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['teacher', 'timePlan'],
        message: `the time plan adds up to ${minutes} min, less than the module's ${module.minutes} min`,
      });
    }
  });

export type ModuleData = z.infer<typeof moduleSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type KeyTerm = z.infer<typeof keyTermSchema>;
