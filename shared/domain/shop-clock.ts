/**
 * The shop's wall clock (Europe/Paris): calendar days, where "today" starts at local midnight, and
 * local date-times as merchants type them, whatever zone the computer or the function runs in.
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

/** The instant whose wall time in the shop is `asUtc` read as UTC; two passes settle days the clocks change. */
const fromWallTime = (asUtc: number): string => {
  let instant = asUtc - offsetAt(asUtc);
  instant = asUtc - offsetAt(instant);
  return new Date(instant).toISOString();
};

const pad = (value: number) => String(value).padStart(2, '0');

/** The shop's calendar day (YYYY-MM-DD) of an instant. */
export const shopDayOf = (instant: Date | string): string => {
  const wall = wallParts(new Date(instant).getTime());
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
};

/** The instant a shop day (YYYY-MM-DD) starts: its local midnight, as an ISO time. */
export const shopDayStart = (day: string): string => fromWallTime(Date.parse(`${day}T00:00:00Z`));

/** The `count` shop days ending with the day of `now`, oldest first. */
export const shopDaysUntil = (now: Date, count: number): string[] => {
  const today = shopDayOf(now);
  const noon = Date.parse(`${today}T12:00:00Z`);
  return Array.from({ length: count }, (_, index) => new Date(noon - (count - 1 - index) * 86_400_000).toISOString().slice(0, 10));
};

/** `2026-12-24T18:00` in the shop's zone → ISO instant; undefined when the text is not such a time. */
export const shopTimeToIso = (local: string): string | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  return Number.isNaN(asUtc) ? undefined : fromWallTime(asUtc);
};

/** An ISO instant as a `datetime-local` value in the shop's zone, to the minute. */
export const isoToShopTime = (iso: string): string => {
  const wall = wallParts(Date.parse(iso));
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
};
