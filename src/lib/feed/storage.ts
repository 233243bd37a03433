import type { Feed } from '../content/feed-schema';
import { readStored, writeStored } from '../storage/device-storage';
import { restoreAnswers, type FeedAnswers } from './score';

export const feedStorageKey = (feedId: string) => `look-closer:feed:v1:${feedId}`;

/** Decisions saved on this device, or none when storage is empty, refused or unreadable. */
export const loadAnswers = (feed: Feed): FeedAnswers =>
  readStored(feedStorageKey(feed.id), (saved) => restoreAnswers(saved, feed), {});

/** If storage is full or disabled, the feed still works for this visit. */
export function saveAnswers(feedId: string, answers: FeedAnswers): void {
  writeStored(feedStorageKey(feedId), Object.keys(answers).length === 0 ? undefined : answers);
}
