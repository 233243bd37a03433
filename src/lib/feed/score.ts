/** Share decisions on a feed and how they score: discernment rewards sharing good posts and stopping manipulative ones. */
import type { Feed, FeedPost } from '../content/feed-schema';

export const decisions = ['share', 'dont-share', 'check'] as const;
export type Decision = (typeof decisions)[number];

/** Decisions so far, by post id. */
export type FeedAnswers = Record<string, Decision>;

export const isManipulative = (post: FeedPost) => post.technique !== undefined;

/**
 * Points for one decision. A trustworthy post earns 1 for sharing and half for checking first (a fine habit, but
 * this one was worth passing on); holding it back earns nothing. A manipulative post earns 1 for not sharing or for
 * checking first, and nothing for sharing.
 */
export function pointsFor(post: FeedPost, decision: Decision): number {
  if (isManipulative(post)) return decision === 'share' ? 0 : 1;
  return decision === 'share' ? 1 : decision === 'check' ? 0.5 : 0;
}

/** Whether a decision is the best one for the post. */
export const isBest = (post: FeedPost, decision: Decision) => pointsFor(post, decision) === 1;

export type Pattern = 'discerning' | 'sceptical' | 'trusting' | 'mixed';

export interface FeedSummary {
  answered: number;
  total: number;
  complete: boolean;
  points: number;
  good: { total: number; shared: number; checked: number; held: number };
  bad: { total: number; shared: number; stopped: number };
  /** Share rate on trustworthy posts minus share rate on manipulative ones, from -1 to 1. */
  discernment: number;
  pattern: Pattern;
}

export function summarize(feed: Feed, answers: FeedAnswers): FeedSummary {
  const good = { total: 0, shared: 0, checked: 0, held: 0 };
  const bad = { total: 0, shared: 0, stopped: 0 };
  let points = 0;
  let answered = 0;
  for (const post of feed.posts) {
    const decision = answers[post.id];
    if (isManipulative(post)) bad.total += 1;
    else good.total += 1;
    if (!decision) continue;
    answered += 1;
    points += pointsFor(post, decision);
    if (isManipulative(post)) {
      if (decision === 'share') bad.shared += 1;
      else bad.stopped += 1;
    } else if (decision === 'share') good.shared += 1;
    else if (decision === 'check') good.checked += 1;
    else good.held += 1;
  }
  const goodRate = good.total === 0 ? 0 : good.shared / good.total;
  const badRate = bad.total === 0 ? 0 : bad.shared / bad.total;
  const pattern: Pattern =
    badRate >= 0.5
      ? 'trusting'
      : badRate === 0 && goodRate >= 0.75
        ? 'discerning'
        : badRate === 0 && goodRate < 0.5
          ? 'sceptical'
          : 'mixed';
  return {
    answered,
    total: feed.posts.length,
    complete: answered === feed.posts.length,
    points,
    good,
    bad,
    discernment: Math.round((goodRate - badRate) * 100) / 100,
    pattern,
  };
}

/** The first post without a decision, or -1 when every post has one. */
export const currentIndex = (feed: Feed, answers: FeedAnswers) =>
  feed.posts.findIndex((post) => answers[post.id] === undefined);

/** Saved answers, keeping only known posts and decisions, and only in feed order with no gaps. */
export function restoreAnswers(raw: unknown, feed: Feed): FeedAnswers {
  if (typeof raw !== 'object' || raw === null) return {};
  const data = raw as Record<string, unknown>;
  const answers: FeedAnswers = {};
  for (const post of feed.posts) {
    const value = data[post.id];
    if (typeof value !== 'string' || !(decisions as readonly string[]).includes(value)) break;
    answers[post.id] = value as Decision;
  }
  return answers;
}
