import { z } from 'astro/zod';

/** A picture the signing demo offers (content/signing-demo/pictures.yaml). */
export const signingPictureSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'picture ids are lowercase-kebab-case'),
  src: z.string().regex(/^\/[\w./-]+\.(jpe?g|png)$/, 'src is a site path to a JPEG or PNG file in public/'),
  fileName: z.string().regex(/^[a-z0-9-]+\.(jpg|png)$/, 'fileName looks like "robin.jpg"'),
  mimeType: z.enum(['image/jpeg', 'image/png']),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  madeWith: z.enum(['ai', 'camera']),
  name: z.string().min(3),
  alt: z.string().min(20, 'alt text describes the picture in a sentence'),
  origin: z.string().min(10),
});

export const signingPicturesSchema = z
  .object({ pictures: z.array(signingPictureSchema).min(2) })
  .superRefine(({ pictures }, ctx) => {
    const ids = pictures.map((picture) => picture.id);
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
    if (duplicate)
      ctx.addIssue({ code: 'custom', path: ['pictures'], message: `picture id "${duplicate}" is used twice` });
    if (!pictures.some((picture) => picture.madeWith === 'ai') || !pictures.some((p) => p.madeWith === 'camera'))
      ctx.addIssue({ code: 'custom', path: ['pictures'], message: 'offer at least one AI-made picture and one photo' });
  });

export type SigningPicture = z.infer<typeof signingPictureSchema>;
