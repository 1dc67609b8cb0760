/**
 * Puts domain events on the shop's event bus. In AWS that is EventBridge (`EVENT_BUS_NAME`), whose
 * rules deliver them to their targets. EventBridge has no local emulator, so with `npm start` the
 * local stack names the rules' target queues instead (`LOCAL_BUS_TARGETS`) and the events reach
 * them in the very envelope an EventBridge rule delivers to SQS: consumers cannot tell the two apart.
 */
import { lazy } from '#shared/config/lazy.ts';
import type { DomainEvent } from '#shared/domain/events/domain-event.ts';

const eventBridge = lazy(() => import('./event-bus-eventbridge.ts'));
const localBus = lazy(() => import('./event-bus-local.ts'));

/** Publishes every event or throws (the caller retries the whole batch; receivers de-duplicate by event id). */
export const publishEvents = async (events: DomainEvent[]): Promise<void> => {
  if (events.length === 0) return;
  if (process.env.EVENT_BUS_NAME) return (await eventBridge()).putEvents(process.env.EVENT_BUS_NAME, events);
  if (process.env.LOCAL_BUS_TARGETS) return (await localBus()).deliverToTargets(process.env.LOCAL_BUS_TARGETS, events);
  throw new Error('EVENT_BUS_NAME (AWS) or LOCAL_BUS_TARGETS (local stack) must be set');
};
