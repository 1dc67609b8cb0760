import type { Locale } from '../i18n/locale.ts';
import { intlTag } from './money.ts';

// Calendar dates (YYYY-MM-DD) are read and printed in UTC so that no time zone moves them a day.
const calendarDay = (isoDate: string): Date => new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);

/** "mardi 25 novembre" / "Tuesday 25 November" for a YYYY-MM-DD date. */
export const formatDay = (isoDate: string, locale: Locale): string =>
  new Intl.DateTimeFormat(intlTag(locale), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(calendarDay(isoDate));

/** A delivery window: one day when both ends agree, else "from – to". */
export const formatDayRange = (from: string, to: string, locale: Locale): string =>
  from === to ? formatDay(from, locale) : `${formatDay(from, locale)} – ${formatDay(to, locale)}`;

/** An instant in the shop's time zone: "25 nov. 2026, 14:05". */
export const formatDateTime = (iso: string, locale: Locale): string =>
  new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(iso));

/** A day in the shop's time zone: "25 novembre 2026". */
export const formatLongDate = (iso: string, locale: Locale): string =>
  new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(iso));
