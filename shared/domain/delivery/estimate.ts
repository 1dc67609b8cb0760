/**
 * Delivery date estimates in business days (Monday to Friday), from the shop's time zone:
 * an order placed after the dispatch cut-off, or on a weekend, leaves on the next business day.
 */

export interface DeliveryPromise {
  /** Business days from dispatch to delivery, fastest and slowest. */
  transitDays: [number, number];
  /** Local hour after which orders leave on the next business day. */
  cutoffHour: number;
  timeZone: string;
}

export const standardDelivery: DeliveryPromise = { transitDays: [2, 4], cutoffHour: 14, timeZone: 'Europe/Paris' };

/** Calendar date (YYYY-MM-DD) and hour in the shop's time zone. */
const localParts = (at: Date, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: string) => parts.find((entry) => entry.type === type)!.value;
  return { date: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')) };
};

const isWeekend = (date: Date) => date.getUTCDay() === 0 || date.getUTCDay() === 6;

const addBusinessDays = (date: Date, days: number): Date => {
  const result = new Date(date);
  let added = 0;
  while (added < days) {
    result.setUTCDate(result.getUTCDate() + 1);
    if (!isWeekend(result)) added++;
  }
  return result;
};

/** The earliest and latest delivery dates (YYYY-MM-DD) for an order placed at `now`. */
export const estimateDelivery = (now: Date, promise: DeliveryPromise = standardDelivery): { from: string; to: string } => {
  const local = localParts(now, promise.timeZone);
  let dispatch = new Date(`${local.date}T00:00:00Z`);
  if (isWeekend(dispatch) || local.hour >= promise.cutoffHour) dispatch = addBusinessDays(dispatch, 1);
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return { from: day(addBusinessDays(dispatch, promise.transitDays[0])), to: day(addBusinessDays(dispatch, promise.transitDays[1])) };
};
