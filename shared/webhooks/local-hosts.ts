import * as z from 'zod/mini';
import { readEnv } from '#shared/config/env.ts';
import type { UrlPolicy } from '#shared/domain/webhooks/url-policy.ts';

const env = readEnv(z.object({ WEBHOOK_LOCAL_HOSTS: z.optional(z.string().check(z.maxLength(500))) }));

/**
 * Hosts that may be reached over http and on private addresses: only the local stack sets
 * `WEBHOOK_LOCAL_HOSTS` (its tests' receiver on 127.0.0.1); CDK never does, so in AWS the list is empty.
 */
export const urlPolicy: UrlPolicy = {
  localHosts: (env.WEBHOOK_LOCAL_HOSTS ?? '').split(',').map((host) => host.trim().toLowerCase()).filter(Boolean),
};
