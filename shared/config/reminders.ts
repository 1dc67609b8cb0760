/**
 * The reminder sequence, configurable per shop through `REMINDER_SEQUENCE` (JSON, e.g.
 * `[{"afterMinutes":60},{"afterMinutes":1440,"discountBasisPoints":1000}]`); the default is one
 * hour, then 24 hours with 10 % off. Delays must increase: each step waits longer than the last.
 */
import * as z from 'zod/mini';
import { defaultReminderSequence, type ReminderStep } from '#shared/domain/reminders/sequence.ts';

const stepSchema = z.object({
  afterMinutes: z.number().check(z.int(), z.positive()),
  discountBasisPoints: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(9000))),
});

const sequenceSchema = z.array(stepSchema).check(
  z.minLength(1),
  z.maxLength(5),
  z.refine((steps) => steps.every((step, index) => index === 0 || step.afterMinutes > steps[index - 1]!.afterMinutes), 'delays must increase'),
);

export const reminderSequenceFrom = (env: NodeJS.ProcessEnv = process.env): ReminderStep[] => {
  if (!env.REMINDER_SEQUENCE) return defaultReminderSequence;
  const parsed = sequenceSchema.safeParse(JSON.parse(env.REMINDER_SEQUENCE));
  if (!parsed.success) throw new Error(`Invalid configuration: REMINDER_SEQUENCE: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  return parsed.data;
};

const capSchema = z.number().check(z.int(), z.minimum(0), z.maximum(100));

const capFrom = (env: NodeJS.ProcessEnv, name: string, fallback: number): number => {
  if (env[name] === undefined || env[name] === '') return fallback;
  const parsed = capSchema.safeParse(Number(env[name]));
  if (!parsed.success) throw new Error(`Invalid configuration: ${name} must be a whole number from 0 to 100`);
  return parsed.data;
};

/**
 * Daily caps per address: `REMINDER_CONFIRMATIONS_PER_DAY` confirmation requests (default 1) and
 * `REMINDERS_PER_ADDRESS_PER_DAY` reminders (default 3), whatever the number of carts naming it.
 */
export const reminderCapsFrom = (env: NodeJS.ProcessEnv = process.env) => ({
  confirmationsPerDay: capFrom(env, 'REMINDER_CONFIRMATIONS_PER_DAY', 1),
  remindersPerDay: capFrom(env, 'REMINDERS_PER_ADDRESS_PER_DAY', 3),
});
