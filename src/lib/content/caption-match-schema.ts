import { z } from 'astro/zod';
import { boxSchema, imageSchema } from './quiz-schema';

const id = z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase-kebab-case');

/** How a caption relates to the picture: the honest original, or one of the ways real media is made to mislead. */
export const captionKinds = ['original', 'recycled', 'miscaptioned', 'cropped'] as const;
export type CaptionKind = (typeof captionKinds)[number];

export const captionSchema = z.object({
  id,
  /** Who posted it: always a fictional account. */
  poster: z.string().min(2),
  text: z.string().min(10),
  kind: z.enum(captionKinds),
  /** Shown after the learner answers: why this caption is honest, or how it misleads. */
  why: z.string().min(20),
  /** The part of the picture this post showed, when it was cropped (fractions of width and height). */
  crop: boxSchema.optional(),
});

/** One result of the simulated reverse image search: where and when a copy turned up. */
export const sightingSchema = z.object({
  /** A year (2008) or a day (2026-03-14). */
  date: z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/, 'a date is YYYY or YYYY-MM-DD'),
  where: z.string().min(3),
  note: z.string().min(5),
});

export const captionPictureSchema = z
  .object({
    id,
    image: imageSchema,
    prompt: z.string().min(10),
    captions: z.array(captionSchema).min(3).max(4),
    /** Simulated reverse-search results; the widget shows them oldest first. */
    sightings: z.array(sightingSchema).min(2),
    /** The lesson of this picture, shown after any answer. */
    takeaway: z.string().min(20),
  })
  .superRefine((picture, ctx) => {
    const originals = picture.captions.filter((caption) => caption.kind === 'original').length;
    if (originals !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['captions'],
        message: `picture "${picture.id}" needs exactly one caption of kind "original", found ${originals}`,
      });
    const ids = picture.captions.map((caption) => caption.id);
    const duplicate = ids.find((captionId, index) => ids.indexOf(captionId) !== index);
    if (duplicate)
      ctx.addIssue({ code: 'custom', path: ['captions'], message: `caption id "${duplicate}" is used twice` });
    for (const [index, caption] of picture.captions.entries()) {
      if (caption.kind === 'cropped' && !caption.crop)
        ctx.addIssue({
          code: 'custom',
          path: ['captions', index, 'crop'],
          message: `caption "${caption.id}" is cropped, so it needs the crop box it showed`,
        });
    }
  });

/** One file of content/caption-match/: a set of pictures the widget asks about in order. */
export const captionMatchSetSchema = z
  .object({
    title: z.string().min(3),
    pictures: z.array(captionPictureSchema).min(2),
  })
  .superRefine((set, ctx) => {
    const ids = set.pictures.map((picture) => picture.id);
    const duplicate = ids.find((pictureId, index) => ids.indexOf(pictureId) !== index);
    if (duplicate)
      ctx.addIssue({ code: 'custom', path: ['pictures'], message: `picture id "${duplicate}" is used twice` });
  });

export type Caption = z.infer<typeof captionSchema>;
export type Sighting = z.infer<typeof sightingSchema>;
export type CaptionPicture = z.infer<typeof captionPictureSchema>;
export type CaptionMatchSet = z.infer<typeof captionMatchSetSchema>;
