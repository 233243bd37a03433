/** Interface text of the feed simulator. Posts, techniques and feedback live in content/feed/. */
import type { Decision, Pattern } from '../feed/score';

/** Whole and half points, written the way a scorecard would: 6½, ½, 7. */
export const formatPoints = (points: number) =>
  Number.isInteger(points) ? String(points) : `${Math.floor(points) || ''}½`;

export const feedText = {
  feedLabel: 'Practice feed',
  progress: (answered: number, total: number) => `${answered} of ${total} posts decided`,
  post: (index: number, total: number) => `Post ${index} of ${total}`,
  decisionLegend: 'What do you do with this post?',
  decision: { share: 'Share', 'dont-share': 'Don’t share', check: 'Check first' } satisfies Record<Decision, string>,
  youChose: (decision: Decision) => `You chose: ${feedText.decision[decision]}.`,
  verdict: {
    best: 'Good call.',
    partial: 'Fair, but this one was worth sharing.',
    wrong: 'Not the best call.',
  },
  manipulative: (name: string) => `Manipulation technique: ${name}.`,
  trustworthy: 'Trustworthy post: no manipulation technique.',
  announce: (verdict: string) => `${verdict} Feedback follows the post.`,
  next: 'Next post',
  seeScore: 'See your score',
  resumed: (answered: number, total: number) =>
    `Welcome back. You have decided ${answered} of ${total} posts; carry on where you left off.`,
  summaryHeading: 'Your discernment score',
  score: (points: number, total: number) => `You scored ${formatPoints(points)} of ${total} points.`,
  goodLine: (shared: number, checked: number, total: number) =>
    `Trustworthy posts: you shared ${shared} of ${total}` +
    (checked > 0 ? ` and chose to check ${checked} first.` : '.'),
  badLine: (stopped: number, total: number) =>
    `Manipulative posts: you kept ${stopped} of ${total} from spreading (not shared or checked first).`,
  pattern: {
    discerning:
      'You shared the trustworthy posts and stopped the manipulative ones. That is discernment: telling them apart, not just doubting more.',
    sceptical:
      'You stopped every manipulative post, but you also held back most of the trustworthy ones. Doubting everything is not the same as telling true from false: Modirrousta-Galian and Higham found that games like Bad News made players more sceptical of all news without improving how well they told true from false.',
    trusting:
      'Several manipulative posts got shared. Look back at which technique each one used, and pause when a post pushes a strong feeling or an urgent "share now".',
    mixed:
      'You got some right both ways. Look at the posts you missed: did you share a manipulative one, or hold back one that was fine?',
  } satisfies Record<Pattern, string>,
  scoring:
    'Scoring: each post is worth 1 point. A trustworthy post earns 1 for sharing, ½ for checking first and 0 for not sharing. A manipulative post earns 1 for not sharing or checking first and 0 for sharing. Never sharing anything cannot win.',
  reviewHeading: 'Post by post',
  restart: 'Start the feed again',
  restarted: 'The feed starts again from the first post.',
} as const;
