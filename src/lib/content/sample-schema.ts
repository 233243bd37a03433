import { z } from 'astro/zod';

/** A file the inspector offers to try, shipped under public/samples/. */
export const sampleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Position in the sample list; the file loader does not keep the file's order. */
  order: z.number().int().nonnegative(),
  file: z.string().regex(/^[\w.-]+$/, 'a file name inside public/samples/'),
  title: z.string().min(3),
  /** What reading this file teaches, shown under the sample button. */
  teaches: z.string().min(10),
});

export type Sample = z.infer<typeof sampleSchema>;
