import { z } from 'astro/zod';

const itemId = z.string().regex(/^[a-z0-9-]+$/, 'item ids are lowercase-kebab-case');
const moduleNumbers = z.array(z.number().int().min(1).max(12)).min(1);
/** The teaching point, shown after any answer and in the teacher's answer key. */
const explanation = z.string().min(20);

const choiceOptionSchema = z.object({
  text: z.string().min(1),
  correct: z.boolean().default(false),
  /** Shown when this option is picked: why it is right, or what it misses. */
  feedback: z.string().min(10),
});

const exactlyOneCorrect = (item: { options: { correct: boolean }[] }) =>
  item.options.filter((option) => option.correct).length === 1;
const oneCorrectMessage = { message: 'a choice item needs exactly one correct option', path: ['options'] };

/** A check-for-understanding question (module checks): text only. */
export const choiceItemSchema = z
  .object({
    type: z.literal('choice'),
    id: itemId,
    prompt: z.string().min(5),
    options: z.array(choiceOptionSchema).min(2).max(6),
    explanation,
  })
  .refine(exactlyOneCorrect, oneCorrectMessage);

/** A rectangle in fractions of the picture's width and height, so it holds at any display size. */
export const boxSchema = z
  .object({
    x: z.number().min(0).max(1),
    y: z.number().min(0).max(1),
    w: z.number().gt(0).max(1),
    h: z.number().gt(0).max(1),
  })
  .refine((box) => box.x + box.w <= 1.0001 && box.y + box.h <= 1.0001, { message: 'the box leaves the picture' });

/** Files the quizzes show live under public/quiz-media/ and are credited in content/credits/. */
const mediaPath = z
  .string()
  .regex(/^\/quiz-media\/[a-z]+\/[A-Za-z0-9_.-]+$/, 'quiz media live in /quiz-media/<folder>/');

export const imageSchema = z.object({
  kind: z.literal('image'),
  src: mediaPath,
  /** Describes what is shown without hinting at the answer. */
  alt: z.string().min(10),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

export const audioSchema = z.object({
  kind: z.literal('audio'),
  src: mediaPath,
  /** What is said, for learners who cannot hear the clip; never says how it was made. */
  transcript: z.string().min(2),
  seconds: z.number().positive(),
});

/** Something a learner can notice, optionally pointed at on the picture after they answer. */
export const clueSchema = z.object({
  text: z.string().min(10),
  box: boxSchema.optional(),
});

const bankItemBase = {
  id: itemId,
  /** Modules whose quizzes may draw this item. */
  modules: moduleNumbers,
  explanation,
};

export const realOrAiItemSchema = z.object({
  type: z.literal('real-or-ai'),
  ...bankItemBase,
  media: z.discriminatedUnion('kind', [imageSchema, audioSchema]),
  answer: z.enum(['real', 'ai']),
  /** What the file really is and where it comes from, revealed with the feedback. */
  origin: z.string().min(10),
  /** Empty when nothing visible or audible gives it away, which is a lesson too. */
  clues: z.array(clueSchema).default([]),
});

export const changedRegionItemSchema = z
  .object({
    type: z.literal('changed-region'),
    ...bankItemBase,
    prompt: z.string().min(5).default('Which part of this picture was changed?'),
    media: imageSchema,
    /** Named areas: a keyboard alternative to clicking, and the targets a click is matched to. */
    regions: z
      .array(z.object({ id: itemId, name: z.string().min(3), box: boxSchema, changed: z.boolean().default(false) }))
      .min(3)
      .max(6),
    /** The picture before it was changed, shown with the feedback. */
    original: imageSchema.optional(),
    origin: z.string().min(10),
  })
  .refine((item) => item.regions.filter((region) => region.changed).length === 1, {
    message: 'exactly one region is the changed one',
    path: ['regions'],
  })
  .refine((item) => new Set(item.regions.map((region) => region.id)).size === item.regions.length, {
    message: 'region ids repeat',
    path: ['regions'],
  });

/** A Content Credentials readout, as the inspector would summarise it, used as a question's prompt. */
export const readoutSchema = z.object({
  headline: z.string().min(3),
  tone: z.enum(['good', 'warning', 'danger', 'neutral']),
  rows: z.array(z.object({ label: z.string().min(2), value: z.string().min(1) })).min(1),
});

export const scenarioItemSchema = z
  .object({
    type: z.literal('choice'),
    ...bankItemBase,
    prompt: z.string().min(5),
    media: imageSchema.optional(),
    readout: readoutSchema.optional(),
    options: z.array(choiceOptionSchema).min(2).max(6),
  })
  .refine(exactlyOneCorrect, oneCorrectMessage);

export const orderItemSchema = z
  .object({
    type: z.literal('order'),
    ...bankItemBase,
    prompt: z.string().min(5),
    /** In the right order; the quiz shuffles them. */
    steps: z.array(z.string().min(3)).min(3).max(7),
  })
  .refine((item) => new Set(item.steps).size === item.steps.length, { message: 'steps repeat', path: ['steps'] });

export const bankItemSchema = z.union([
  realOrAiItemSchema,
  changedRegionItemSchema,
  scenarioItemSchema,
  orderItemSchema,
]);

/** One file of content/quiz-bank/: items any quiz may draw. */
export const bankFileSchema = z.object({ items: z.array(bankItemSchema).min(1) });

export const itemTypes = ['real-or-ai', 'changed-region', 'choice', 'order'] as const;

const uniqueItemIds = (items: { id: string }[], ctx: z.RefinementCtx) => {
  const ids = items.map((item) => item.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate) ctx.addIssue({ code: 'custom', path: ['items'], message: `item id "${duplicate}" is used twice` });
};

const checkQuizSchema = z.object({
  title: z.string().min(3),
  kind: z.literal('check'),
  modules: moduleNumbers,
  items: z.array(choiceItemSchema).min(1),
});

/** A research finding the end-of-quiz summary sets the learner's result beside. */
const researchSchema = z.object({
  text: z.string().min(20),
  /** Names the study so a learner can look it up, e.g. "Nightingale & Farid, PNAS 2022". */
  source: z.string().min(5),
  /** Accuracy the study found, in percent, drawn next to the learner's. */
  accuracy: z.number().min(0).max(100).optional(),
});

/** A quiz drawn from the bank: which items qualify, how many to ask, and what to compare with. */
const drawnQuizSchema = z.object({
  title: z.string().min(3),
  kind: z.enum(['practice', 'challenge']),
  description: z.string().min(20),
  /** The module this quiz belongs to, for progress; a challenge belongs to none. */
  module: z.number().int().min(1).max(12).optional(),
  /** Draw items tagged with any of these modules. */
  modules: moduleNumbers,
  types: z
    .array(z.enum(itemTypes))
    .min(1)
    .default([...itemTypes]),
  media: z.enum(['image', 'audio']).optional(),
  count: z.number().int().min(3).max(40),
  research: z.array(researchSchema).default([]),
});

export const quizSchema = z.union([checkQuizSchema, drawnQuizSchema]).superRefine((quiz, ctx) => {
  if (quiz.kind === 'check') uniqueItemIds(quiz.items, ctx);
});

export type Quiz = z.infer<typeof quizSchema>;
export type CheckQuiz = z.infer<typeof checkQuizSchema>;
export type DrawnQuiz = z.infer<typeof drawnQuizSchema>;
export type ChoiceItem = z.infer<typeof choiceItemSchema>;
export type Box = z.infer<typeof boxSchema>;
export type ImageMedia = z.infer<typeof imageSchema>;
export type AudioMedia = z.infer<typeof audioSchema>;
export type Readout = z.infer<typeof readoutSchema>;
export type RealOrAiItem = z.infer<typeof realOrAiItemSchema>;
export type ChangedRegionItem = z.infer<typeof changedRegionItemSchema>;
export type ScenarioItem = z.infer<typeof scenarioItemSchema>;
export type OrderItem = z.infer<typeof orderItemSchema>;
export type BankItem = z.infer<typeof bankItemSchema>;
export type ItemType = (typeof itemTypes)[number];
