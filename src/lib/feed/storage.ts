import type { Feed } from '../content/feed-schema';
import { restoreAnswers, type FeedAnswers } from './score';

export const feedStorageKey = (feedId: string) => `look-closer:feed:v1:${feedId}`;

/** Decisions saved on this device, or none when storage is empty, refused or unreadable. */
export function loadAnswers(feed: Feed): FeedAnswers {
  try {
    const raw = localStorage.getItem(feedStorageKey(feed.id));
    return raw ? restoreAnswers(JSON.parse(raw), feed) : {};
  } catch {
    return {};
  }
}

export function saveAnswers(feedId: string, answers: FeedAnswers): void {
  try {
    if (Object.keys(answers).length === 0) localStorage.removeItem(feedStorageKey(feedId));
    else localStorage.setItem(feedStorageKey(feedId), JSON.stringify(answers));
  } catch {
    // Storage can be full or disabled; the feed still works for this visit.
  }
}
