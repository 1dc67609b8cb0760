/**
 * Calendar days in the shop's time zone (Europe/Paris), where "today" starts at local midnight:
 * 23:30 UTC on a summer evening already belongs to the next day in Paris.
 */
import { shopTimeZone } from '#shared/domain/settings/model.ts';

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: shopTimeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const wallParts = (instant: number) => {
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]));
  return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
};

/** Milliseconds the shop's zone is ahead of UTC at an instant (one hour in winter, two in summer). */
const offsetAt = (instant: number): number => {
  const wall = wallParts(instant);
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - Math.floor(instant / 1000) * 1000;
};

/** The shop's calendar day (YYYY-MM-DD) of an instant. */
export const shopDayOf = (instant: Date | string): string => {
  const wall = wallParts(new Date(instant).getTime());
  return `${wall.year}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
};

/** The instant a shop day (YYYY-MM-DD) starts: its local midnight, as an ISO time. */
export const shopDayStart = (day: string): string => {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  // The offset depends on the instant sought: a second pass settles it on days the clocks change.
  let instant = midnightUtc - offsetAt(midnightUtc);
  instant = midnightUtc - offsetAt(instant);
  return new Date(instant).toISOString();
};

/** The `count` shop days ending with the day of `now`, oldest first. */
export const shopDaysUntil = (now: Date, count: number): string[] => {
  const today = shopDayOf(now);
  const noon = Date.parse(`${today}T12:00:00Z`);
  return Array.from({ length: count }, (_, index) => new Date(noon - (count - 1 - index) * 86_400_000).toISOString().slice(0, 10));
};
