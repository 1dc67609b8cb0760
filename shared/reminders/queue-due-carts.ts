/**
 * The reminder job: for each step of the sequence and each shard of the sparse index, reads the
 * carts whose step is due, takes each one out of the index with a condition (so overlapping runs
 * never queue a cart twice), then queues one message per cart, ten per batch. A cart whose
 * message could not be queued goes back into the index for the next run.
 */
import { markReminderQueued, unmarkReminderQueued, type ReminderIndexEntry } from '#shared/data/cart-repository.ts';
import { reminderShardCount } from '#shared/data/keys.ts';
import { dueReminderPages } from '#shared/data/reminder-index.ts';
import { dueCutoff, type ReminderStep } from '#shared/domain/reminders/sequence.ts';
import type { ReminderMessage } from '#shared/schemas/reminder-message.ts';

/** Queues a batch of at most ten messages; resolves to the indexes of the ones that failed. */
export type QueueBatch = (messages: ReminderMessage[]) => Promise<number[]>;

export interface QueueRunReport {
  /** Due index entries read. */
  examined: number;
  queued: number;
  /** Entries another run took first, or carts changed since the index was read. */
  taken: number;
  failed: number;
  /** Read capacity consumed on the index. */
  indexReadUnits: number;
}

const batchSize = 10;

const queueEntries = async (step: number, entries: ReminderIndexEntry[], at: string, queue: QueueBatch, report: QueueRunReport) => {
  for (let start = 0; start < entries.length; start += batchSize) {
    const candidates = entries.slice(start, start + batchSize);
    const marked = await Promise.all(candidates.map(async (entry) => ((await markReminderQueued(entry, at)) ? entry : undefined)));
    const batch = marked.filter((entry): entry is ReminderIndexEntry => entry !== undefined);
    report.taken += candidates.length - batch.length;
    if (!batch.length) continue;
    const failed = await queue(batch.map((entry) => ({ type: 'cart_reminder', cartId: entry.cartId, step, asOf: at })));
    report.failed += failed.length;
    report.queued += batch.length - failed.length;
    await Promise.all(failed.map((index) => unmarkReminderQueued(batch[index]!, at)));
  }
};

export const queueDueReminders = async (now: Date, sequence: ReminderStep[], queue: QueueBatch): Promise<QueueRunReport> => {
  const report: QueueRunReport = { examined: 0, queued: 0, taken: 0, failed: 0, indexReadUnits: 0 };
  const at = now.toISOString();
  const work: Promise<void>[] = [];
  sequence.forEach((step, index) => {
    const cutoff = dueCutoff(step, now);
    for (let shard = 0; shard < reminderShardCount; shard++) {
      work.push(
        (async () => {
          for await (const page of dueReminderPages(index, shard, cutoff)) {
            report.examined += page.entries.length;
            report.indexReadUnits += page.capacityUnits;
            await queueEntries(index, page.entries, at, queue, report);
          }
        })(),
      );
    }
  });
  await Promise.all(work);
  return report;
};
