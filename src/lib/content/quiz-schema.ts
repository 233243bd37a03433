import { z } from 'astro/zod';

const choiceOptionSchema = z.object({
  text: z.string().min(1),
  correct: z.boolean().default(false),
  /** Shown when this option is picked: why it is right, or what it misses. */
  feedback: z.string().min(10),
});

export const choiceItemSchema = z
  .object({
    type: z.literal('choice'),
    id: z.string().regex(/^[a-z0-9-]+$/),
    prompt: z.string().min(5),
    options: z.array(choiceOptionSchema).min(2).max(6),
    /** The teaching point, shown after any answer and in the teacher's answer key. */
    explanation: z.string().min(20),
  })
  .refine((item) => item.options.filter((option) => option.correct).length === 1, {
    message: 'a choice item needs exactly one correct option',
    path: ['options'],
  });

export const quizItemSchema = z.discriminatedUnion('type', [choiceItemSchema]);

export const quizSchema = z
  .object({
    title: z.string().min(3),
    kind: z.enum(['check', 'practice', 'challenge']),
    /** Module numbers this quiz belongs to, so modules can embed their own and a challenge can mix. */
    modules: z.array(z.number().int().min(1).max(12)).min(1),
    items: z.array(quizItemSchema).min(1),
  })
  .superRefine((quiz, ctx) => {
    const ids = quiz.items.map((item) => item.id);
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
    if (duplicate) ctx.addIssue({ code: 'custom', path: ['items'], message: `item id "${duplicate}" is used twice` });
  });

export type Quiz = z.infer<typeof quizSchema>;
export type QuizItem = z.infer<typeof quizItemSchema>;
export type ChoiceItem = z.infer<typeof choiceItemSchema>;
