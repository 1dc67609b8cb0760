/** Closed-loop HTTP load with autocannon; latency percentiles computed from every response. */
import autocannon from 'autocannon';

export interface LoadResult {
  name: string;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/** Cycles through `paths` on `connections` connections for `seconds`. */
export const runLoad = async (name: string, baseUrl: string, paths: string[], options: { connections: number; seconds: number }): Promise<LoadResult> => {
  let next = 0;
  const latencies: number[] = [];
  const instance = autocannon({
    url: baseUrl,
    connections: options.connections,
    duration: options.seconds,
    requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) }],
  });
  (instance as unknown as import("node:events").EventEmitter).on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    name,
    requests: latencies.length,
    perSecond: latencies.length / options.seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
};

export const printLoadTable = (results: LoadResult[], capacity: Record<string, number>): void => {
  console.log(`${'scenario'.padEnd(12)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'errors'.padStart(8)}${'non-2xx'.padStart(9)}${'RCU/req'.padStart(9)}`);
  for (const row of results) {
    console.log(
      `${row.name.padEnd(12)}${row.perSecond.toFixed(0).padStart(9)}${row.p50.toFixed(1).padStart(9)}${row.p95.toFixed(1).padStart(9)}${row.p99.toFixed(1).padStart(9)}${String(row.errors).padStart(8)}${String(row.non2xx).padStart(9)}${(capacity[row.name] ?? Number.NaN).toFixed(2).padStart(9)}`,
    );
  }
};
