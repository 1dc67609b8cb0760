import * as z from 'zod/mini';
import { queueUrlsFromEnv, readEnv } from '#shared/config/env.ts';
import { lazy } from '#shared/config/lazy.ts';
import { runChecks, type Probe } from '#shared/health/checks.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { json } from '#shared/http/responses.ts';

const env = readEnv(z.object({ TABLE_NAME: z.string().check(z.minLength(1)), AUTH_ISSUER: z.url() }));
const queueUrls = queueUrlsFromEnv();
// Health is called rarely: its three AWS clients load on first use, not at every cold start.
const aws = lazy(() => import('#shared/health/aws-probes.ts'));

const checkTimeoutMs = 2_000;
// A public endpoint must not let a caller multiply our AWS calls; a few seconds of staleness is fine.
const cacheMs = 5_000;
let cached: { at: number; report: Awaited<ReturnType<typeof runChecks>> } | undefined;

const probes: Record<string, Probe> = {
  table: async () => (await aws()).describeTable(env.TABLE_NAME),
  ...Object.fromEntries(
    Object.entries(queueUrls).map(([name, url]): [string, Probe] => [`queue:${name}`, async () => (await aws()).queueDepth(url)]),
  ),
  email: async () => (await aws()).emailAccount(),
  auth: async () => (await aws()).userPoolKeys(env.AUTH_ISSUER),
};

export const handler = httpHandler({ access: 'public' }, async () => {
  if (!cached || Date.now() - cached.at > cacheMs) {
    cached = { at: Date.now(), report: await runChecks(probes, checkTimeoutMs) };
  }
  const { healthy, checks } = cached.report;
  return json(healthy ? 200 : 503, { status: healthy ? 'ok' : 'degraded', checks });
});
