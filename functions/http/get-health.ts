import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetAccountCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import * as z from 'zod/mini';
import { queueUrlsFromEnv, readEnv } from '#shared/config/env.ts';
import { runChecks, type Probe } from '#shared/health/checks.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { json } from '#shared/http/responses.ts';

const env = readEnv(z.object({ TABLE_NAME: z.string().check(z.minLength(1)), AUTH_ISSUER: z.url() }));
const queueUrls = queueUrlsFromEnv();
const dynamodb = new DynamoDBClient({});
const sqs = new SQSClient({});
const ses = new SESv2Client({});

const checkTimeoutMs = 2_000;
// A public endpoint must not let a caller multiply our AWS calls; a few seconds of staleness is fine.
const cacheMs = 5_000;
let cached: { at: number; report: Awaited<ReturnType<typeof runChecks>> } | undefined;

const probes: Record<string, Probe> = {
  table: () => dynamodb.send(new DescribeTableCommand({ TableName: env.TABLE_NAME })),
  ...Object.fromEntries(
    Object.entries(queueUrls).map(([name, url]): [string, Probe] => [
      `queue:${name}`,
      () => sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages'] })),
    ]),
  ),
  email: () => ses.send(new GetAccountCommand({})),
  auth: async () => {
    const response = await fetch(`${env.AUTH_ISSUER}/.well-known/jwks.json`);
    if (!response.ok) throw new Error(`JWKS answered ${response.status}`);
  },
};

export const handler = httpHandler({ access: 'public' }, async () => {
  if (!cached || Date.now() - cached.at > cacheMs) {
    cached = { at: Date.now(), report: await runChecks(probes, checkTimeoutMs) };
  }
  const { healthy, checks } = cached.report;
  return json(healthy ? 200 : 503, { status: healthy ? 'ok' : 'degraded', checks });
});
