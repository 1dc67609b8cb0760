/** The local twin of the EventBridge rules: fires each scheduled function on its manifest rate. */
import { randomUUID } from 'node:crypto';
import type { ScheduledEvent } from 'aws-lambda';
import type { FunctionSpec } from '../functions.ts';
import type { LambdaRuntime } from './lambda-runtime.ts';

export const scheduledEvent = (spec: FunctionSpec, now = new Date()): ScheduledEvent => ({
  version: '0',
  id: randomUUID(),
  'detail-type': 'Scheduled Event',
  source: 'aws.events',
  account: '123456789012',
  time: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  region: 'local',
  resources: [`arn:aws:events:local:123456789012:rule/shop-local-${spec.name}`],
  detail: {},
});

export const startScheduler = (
  manifest: FunctionSpec[],
  runtime: LambdaRuntime,
  onError: (spec: FunctionSpec, error: unknown) => void,
) => {
  const timers = manifest
    .filter((spec) => spec.schedule)
    .map((spec) =>
      setInterval(() => {
        runtime.invoke(spec, scheduledEvent(spec)).catch((error: unknown) => onError(spec, error));
      }, spec.schedule!.everyMinutes * 60_000),
    );
  return {
    /** `"<function> every <n> min"` for each running schedule. */
    scheduled: manifest.filter((spec) => spec.schedule).map((spec) => `${spec.name} every ${spec.schedule!.everyMinutes} min`),
    stop(): void {
      for (const timer of timers) clearInterval(timer);
    },
  };
};
