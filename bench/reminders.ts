/**
 * Reminder benchmark on an in-process local stack: 10,000 carts (10 % due, 40 % followed but not
 * yet due, 50 % not followed), then the reminder job (carts examined per second, capacity units)
 * and the consumer, fed straight from the queue (capacity units and time per reminder sent).
 *   npx tsx bench/reminders.ts [--carts 10000]
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { DeleteMessageCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import type { Context, ScheduledEvent, SQSEvent } from 'aws-lambda';
import { functions } from '../infra/functions.ts';
import { startLocalStack } from '../infra/local/stack.ts';
import { loadTestEnv } from './support/load-limits.ts';
import type { Cart } from '../shared/domain/carts/model.ts';

const { values } = parseArgs({ options: { carts: { type: 'string', default: '10000' } } });
const total = Number(values.carts);
// Without the consumer's poller, queued reminders wait in the queue for this script to feed them.
Object.assign(process.env, loadTestEnv);
const stack = await startLocalStack({ port: 'ephemeral', manifest: functions.filter((spec) => spec.name !== 'send-reminders') });

try {
  const { createCart } = await import('../shared/data/cart-repository.ts');
  const { withCapacityTally } = await import('../shared/observability/capacity.ts');
  const { handler: remindCarts } = await import('../functions/jobs/remind-carts.ts');
  const { handler: sendReminders } = await import('../functions/queue/send-reminders.ts');

  const now = Date.now();
  const lines = [{ sku: 'ROBE-ETE-FLEUR-S-RED', productId: 'p-001', quantity: 1 }];
  const cartAt = (index: number): Cart => {
    const kind = index % 10 === 0 ? 'due' : index % 2 === 1 ? 'waiting' : 'unfollowed';
    const updatedAt = new Date(kind === 'due' ? now - 2 * 3_600_000 : now - 10 * 60_000).toISOString();
    return {
      id: randomUUID(),
      lines,
      locale: index % 3 === 0 ? 'en' : 'fr',
      email: `bench-${index}@example.com`,
      reminderConsent: kind !== 'unfollowed',
      // Followed carts' addresses confirmed (double opt-in) when the consent was given.
      ...(kind !== 'unfollowed' ? { reminderConfirmedAt: updatedAt } : {}),
      status: 'open',
      version: 2,
      createdAt: updatedAt,
      updatedAt,
    };
  };
  const loadStarted = performance.now();
  for (let start = 0; start < total; start += 50) {
    await Promise.all(Array.from({ length: Math.min(50, total - start) }, (_, offset) => createCart(cartAt(start + offset))));
  }
  // The addresses' own record of their confirmation, which the consumer checks too.
  const { confirmReminders } = await import('../shared/data/email-prefs-repository.ts');
  const { emailHashOf } = await import('../shared/data/email-hash.ts');
  const followed = Array.from({ length: total }, (_, index) => index).filter((index) => index % 10 === 0 || index % 2 === 1);
  for (let start = 0; start < followed.length; start += 50) {
    await Promise.all(followed.slice(start, start + 50).map((index) => confirmReminders(emailHashOf(`bench-${index}@example.com`), new Date(now).toISOString(), 'double_opt_in')));
  }

  const due = Math.ceil(total / 10);
  console.log(`${total} carts written in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s (${due} due, ${Math.floor(total / 2)} followed but not due)`);

  const event = { time: new Date(now).toISOString() } as ScheduledEvent;
  const jobStarted = performance.now();
  const { result: report, units: jobUnits } = await withCapacityTally(() => remindCarts(event));
  const jobMs = performance.now() - jobStarted;
  console.log(`\njob: examined ${report.examined} due index entries, queued ${report.queued}, in ${jobMs.toFixed(0)} ms`);
  console.log(`  carts in the table per second of job: ${Math.round(total / (jobMs / 1000))}; due carts examined per second: ${Math.round(report.examined / (jobMs / 1000))}`);
  console.log(`  capacity: ${jobUnits.read.toFixed(1)} RCU (index reads, ${(jobUnits.read / Math.max(1, report.queued)).toFixed(3)} per queued cart), ${jobUnits.write.toFixed(1)} WCU (${(jobUnits.write / Math.max(1, report.queued)).toFixed(2)} per queued cart)`);

  const queueUrl = stack.queueUrls['cart-reminders'];
  let sent = 0;
  let consumerMs = 0;
  const consumerUnits = { read: 0, write: 0 };
  const context = { functionName: 'send-reminders', awsRequestId: 'bench', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;
  while (sent < report.queued) {
    const received = await stack.clients.sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
    const messages = received.Messages ?? [];
    if (!messages.length) break;
    const sqsEvent = { Records: messages.map((message) => ({ messageId: message.MessageId!, receiptHandle: message.ReceiptHandle!, body: message.Body!, attributes: {}, messageAttributes: {}, md5OfBody: '', eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:local:0:cart-reminders', awsRegion: 'local' })) } as unknown as SQSEvent;
    const started = performance.now();
    const { result, units } = await withCapacityTally(() => sendReminders(sqsEvent, context));
    consumerMs += performance.now() - started;
    if (result.batchItemFailures.length) throw new Error(`consumer failures: ${JSON.stringify(result.batchItemFailures)}`);
    consumerUnits.read += units.read;
    consumerUnits.write += units.write;
    sent += messages.length;
    await Promise.all(messages.map((message) => stack.clients.sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle! }))));
  }
  const emails = ((await (await fetch(`${stack.urls.inbox}/store`)).json()) as { emails: unknown[] }).emails.length;
  console.log(`\nconsumer: ${sent} messages → ${emails} emails in ${(consumerMs / 1000).toFixed(1)} s (${(consumerMs / Math.max(1, sent)).toFixed(1)} ms per reminder, batches of 10)`);
  console.log(`  capacity per reminder sent: ${(consumerUnits.read / Math.max(1, emails)).toFixed(2)} RCU, ${(consumerUnits.write / Math.max(1, emails)).toFixed(2)} WCU`);
  console.log(`  job + consumer per reminder sent: ${((jobUnits.read + consumerUnits.read) / Math.max(1, emails)).toFixed(2)} RCU, ${((jobUnits.write + consumerUnits.write) / Math.max(1, emails)).toFixed(2)} WCU`);
} finally {
  await stack.stop();
}
