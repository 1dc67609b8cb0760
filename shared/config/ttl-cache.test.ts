import { describe, expect, it } from 'vitest';
import { ttlCache } from './ttl-cache.ts';

const setup = () => {
  let now = 0;
  const reads: Array<{ resolve: (value: string) => void; reject: (error: Error) => void }> = [];
  const read = () => new Promise<string>((resolve, reject) => reads.push({ resolve, reject }));
  const cache = ttlCache(read, 15_000, () => now);
  return { cache, reads, advance: (ms: number) => (now += ms) };
};

describe('ttlCache', () => {
  it('reads once for every caller until the time to live has passed', async () => {
    const { cache, reads, advance } = setup();
    const first = [cache.get(), cache.get()];
    expect(reads).toHaveLength(1);
    reads[0]!.resolve('a');
    expect(await Promise.all(first)).toEqual(['a', 'a']);
    advance(14_999);
    expect(await cache.get()).toBe('a');
    expect(reads).toHaveLength(1);
    advance(1);
    const later = cache.get();
    expect(reads).toHaveLength(2);
    reads[1]!.resolve('b');
    expect(await later).toBe('b');
  });

  it('serves the last value when a refresh fails, and fails when there is none', async () => {
    const { cache, reads, advance } = setup();
    const none = cache.get();
    reads[0]!.reject(new Error('throttled'));
    await expect(none).rejects.toThrow('throttled');
    const first = cache.get();
    reads[1]!.resolve('a');
    await first;
    advance(20_000);
    const stale = cache.get();
    reads[2]!.reject(new Error('throttled'));
    expect(await stale).toBe('a');
    // The next call tries again.
    const retried = cache.get();
    expect(reads).toHaveLength(4);
    reads[3]!.resolve('b');
    expect(await retried).toBe('b');
  });

  it('keeps a value set while a read was in flight, and serves it fresh', async () => {
    const { cache, reads } = setup();
    const reading = cache.get();
    cache.set('written');
    reads[0]!.resolve('read before the write');
    expect(await reading).toBe('written');
    expect(await cache.get()).toBe('written');
    expect(reads).toHaveLength(1);
  });
});
