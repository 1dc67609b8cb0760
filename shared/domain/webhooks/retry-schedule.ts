/**
 * When a failed delivery is tried again. Each retry is the same SQS message made invisible for
 * the delay (ChangeMessageVisibility), so the queue's receive count is the attempt count and its
 * redrive policy moves the message to the dead-letter queue after the last one.
 */

/** Twelve hours: the longest an SQS message can stay invisible. */
export const maxRetryDelaySeconds = 12 * 3600;

/** 1 min, 5 min, 30 min, 2 h, 6 h, then every 12 h: the twelfth and last attempt comes 80.6 h (3⅓ days) after the first. */
export const defaultRetryDelaysSeconds: readonly number[] = [60, 300, 1800, 7200, 21_600, ...Array<number>(6).fill(maxRetryDelaySeconds)];

/** Attempts of one delivery, the first included: the delivery queue's maxReceiveCount. */
export const webhookDeliveryAttempts = defaultRetryDelaysSeconds.length + 1;

/** Seconds to wait after failed attempt `attempt` (1-based); past the schedule, its last delay. */
export const retryDelayAfter = (attempt: number, schedule: readonly number[]): number =>
  schedule[Math.min(Math.max(attempt, 1), schedule.length) - 1] ?? maxRetryDelaySeconds;

/** Reads `"60,300,1800"` (seconds, each 0–43200); undefined when the text is not such a list. */
export const parseRetrySchedule = (text: string): number[] | undefined => {
  const delays = text.split(',').map((part) => part.trim());
  if (!delays.length || delays.some((part) => !/^\d{1,5}$/.test(part))) return undefined;
  const seconds = delays.map(Number);
  return seconds.every((delay) => delay <= maxRetryDelaySeconds) ? seconds : undefined;
};

/** Total wait across the schedule: how long after the first attempt the last one happens. */
export const retryWindowSeconds = (schedule: readonly number[], attempts = schedule.length + 1): number =>
  Array.from({ length: attempts - 1 }, (_, index) => retryDelayAfter(index + 1, schedule)).reduce((sum, delay) => sum + delay, 0);
