import { z } from 'astro/zod';

/** One third-party work the built site ships, and the terms it ships under. */
export const creditSchema = z.object({
  name: z.string().min(1),
  kind: z.enum(['software', 'image', 'audio', 'data']),
  /** Paths under `public/` (or the built site) this credit covers; empty for bundled code. */
  files: z.array(z.string()).default([]),
  author: z.string().min(1),
  source: z.url(),
  license: z.string().min(1),
  licenseUrl: z.url(),
  usedFor: z.string().min(1),
});

export type Credit = z.infer<typeof creditSchema>;
