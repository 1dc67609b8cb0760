import { readFeed, type FeedPage } from '#shared/data/event-log.ts';
import { decodeCursor, encodeCursor, startPosition, type FeedName } from '#shared/domain/events/feeds.ts';
import { ValidationError } from '#shared/http/errors.ts';
import type { FeedQuery } from '#shared/schemas/feed-input.ts';

export interface PageOut {
  page: FeedPage;
  /** Where to continue: at once when `hasMore`, later otherwise. */
  cursor: string;
  hasMore: boolean;
}

/** One page of a feed from the query's `since` or `cursor`. */
export const readPage = async (feed: FeedName, query: FeedQuery, now = new Date()): Promise<PageOut> => {
  const from = query.cursor ? decodeCursor(query.cursor) : startPosition(query.since!);
  if (!from) throw new ValidationError('The cursor is not one this feed gave.', [{ path: 'query.cursor', code: 'invalid_cursor', message: 'Use the cursor of the previous page.' }]);
  const page = await readFeed(feed, from, Number(query.limit ?? 100), now);
  return { page, cursor: encodeCursor(page.next ?? page.last), hasMore: Boolean(page.next) };
};
