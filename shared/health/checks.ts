/** Outcome of probing one dependency. */
export interface CheckResult {
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
}

export type Probe = () => Promise<unknown>;

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });

/** Runs one probe with a deadline; failures are reported by error name only, never a stack. */
export const runCheck = async (probe: Probe, timeoutMs: number, now = Date.now): Promise<CheckResult> => {
  const started = now();
  try {
    await withTimeout(probe(), timeoutMs);
    return { status: 'up', latencyMs: now() - started };
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error';
    const message = error instanceof Error && name === 'Error' ? error.message : name;
    return { status: 'down', latencyMs: now() - started, error: message };
  }
};

/** Runs every probe in parallel; the report is healthy only when all are up. */
export const runChecks = async (
  probes: Record<string, Probe>,
  timeoutMs: number,
): Promise<{ healthy: boolean; checks: Record<string, CheckResult> }> => {
  const entries = await Promise.all(
    Object.entries(probes).map(async ([name, probe]) => [name, await runCheck(probe, timeoutMs)] as const),
  );
  return { healthy: entries.every(([, result]) => result.status === 'up'), checks: Object.fromEntries(entries) };
};
