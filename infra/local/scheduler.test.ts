import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FunctionSpec } from '../functions.ts';
import type { LambdaRuntime } from './lambda-runtime.ts';
import { startScheduler } from './scheduler.ts';

const job: FunctionSpec = { name: 'send-reminders', entry: 'x.ts', description: 'x', schedule: { everyMinutes: 5 }, access: {} };
const api: FunctionSpec = { name: 'get-health', entry: 'y.ts', description: 'y', routes: [], access: {} };

afterEach(() => vi.useRealTimers());

describe('startScheduler', () => {
  it('fires each scheduled function on its rate with an EventBridge scheduled event', async () => {
    vi.useFakeTimers();
    const invoke = vi.fn().mockResolvedValue(undefined);
    const scheduler = startScheduler([job, api], { invoke } as unknown as LambdaRuntime, () => undefined);
    expect(scheduler.scheduled).toEqual(['send-reminders every 5 min']);
    await vi.advanceTimersByTimeAsync(4 * 60_000);
    expect(invoke).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(11 * 60_000);
    expect(invoke).toHaveBeenCalledTimes(3);
    expect(invoke.mock.calls[0]![0]).toBe(job);
    expect(invoke.mock.calls[0]![1]).toMatchObject({ source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} });
    scheduler.stop();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(invoke).toHaveBeenCalledTimes(3);
  });

  it('reports a failed run without stopping the schedule', async () => {
    vi.useFakeTimers();
    const invoke = vi.fn().mockRejectedValueOnce(new Error('down')).mockResolvedValue(undefined);
    const onError = vi.fn();
    const scheduler = startScheduler([job], { invoke } as unknown as LambdaRuntime, onError);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(onError).toHaveBeenCalledWith(job, expect.any(Error));
    expect(invoke).toHaveBeenCalledTimes(2);
    scheduler.stop();
  });
});
