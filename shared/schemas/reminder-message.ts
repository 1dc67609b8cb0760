import * as z from 'zod/mini';

/** One cart whose reminder step is due, as the reminder job queues it. */
export const reminderMessage = z.object({
  type: z.literal('cart_reminder'),
  cartId: z.string().check(z.minLength(1), z.maxLength(100)),
  step: z.number().check(z.int(), z.minimum(0), z.maximum(10)),
  /** The job's clock when it found the step due: the consumer judges the cart as of then. */
  asOf: z.iso.datetime(),
});

export type ReminderMessage = z.infer<typeof reminderMessage>;
