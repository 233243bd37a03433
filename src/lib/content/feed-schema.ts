import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase-kebab-case');

export const techniqueSchema = z.object({
  id,
  name: z.string().min(3),
  /** One plain sentence a learner can recognise the technique by. */
  definition: z.string().min(20),
});

export const postSchema = z.object({
  id,
  account: z.object({
    /** Display name; every account is made up. */
    name: z.string().min(2),
    handle: z.string().regex(/^@\w{2,30}$/, 'handles look like @name'),
    /** Small print under the name, e.g. "Joined this week". */
    detail: z.string().optional(),
  }),
  text: z.string().min(10),
  /** The manipulation technique a post uses; none for a trustworthy post. */
  technique: id.optional(),
  /** Why the post manipulates, or why it is fine to share. */
  feedback: z.string().min(20),
});

export const feedSchema = z
  .object({
    id,
    title: z.string().min(3),
    intro: z.string().min(10),
    techniques: z.array(techniqueSchema).min(1),
    posts: z.array(postSchema).min(4).max(12),
  })
  .superRefine((feed, ctx) => {
    const known = new Set(feed.techniques.map((technique) => technique.id));
    const ids = feed.posts.map((post) => post.id);
    const duplicate = ids.find((postId, index) => ids.indexOf(postId) !== index);
    if (duplicate) ctx.addIssue({ code: 'custom', path: ['posts'], message: `post id "${duplicate}" is used twice` });
    feed.posts.forEach((post, index) => {
      if (post.technique && !known.has(post.technique))
        ctx.addIssue({
          code: 'custom',
          path: ['posts', index, 'technique'],
          message: `no technique "${post.technique}" in techniques`,
        });
    });
    const manipulative = feed.posts.filter((post) => post.technique).length;
    if (manipulative < 2 || feed.posts.length - manipulative < 2)
      ctx.addIssue({
        code: 'custom',
        path: ['posts'],
        message: 'a feed needs at least two trustworthy and two manipulative posts, so discernment can be scored',
      });
  });

export type Feed = z.infer<typeof feedSchema>;
export type FeedPost = z.infer<typeof postSchema>;
export type Technique = z.infer<typeof techniqueSchema>;
