/**
 * The `datetime-local` inputs read and show wall-clock time in the shop's time zone (as every date
 * the admin prints), whatever the merchant's computer is set to.
 */
const shopZone = 'Europe/Paris';

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: shopZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const wallParts = (instant: number) => {
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return { year: +parts.year!, month: +parts.month!, day: +parts.day!, hour: +parts.hour!, minute: +parts.minute!, second: +parts.second! };
};

/** Minutes the shop's zone is ahead of UTC at an instant (60 in winter, 120 in summer). */
const offsetAt = (instant: number): number => {
  const wall = wallParts(instant);
  return Math.round((Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - Math.floor(instant / 1000) * 1000) / 60_000);
};

const pad = (value: number) => String(value).padStart(2, '0');

/** `2026-12-24T18:00` in the shop's zone → ISO instant; undefined when the text is not such a time. */
export const shopTimeToIso = (local: string): string | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  if (Number.isNaN(asUtc)) return undefined;
  // The offset at the wall time itself, found in two steps because it depends on the instant sought.
  let instant = asUtc - offsetAt(asUtc) * 60_000;
  instant = asUtc - offsetAt(instant) * 60_000;
  return new Date(instant).toISOString();
};

/** An ISO instant as a `datetime-local` value in the shop's zone, to the minute. */
export const isoToShopTime = (iso: string): string => {
  const wall = wallParts(Date.parse(iso));
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
};
