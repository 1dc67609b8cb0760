/**
 * Local only: `POST /_local/jobs/<name>` runs a scheduled function now with the same EventBridge
 * event the scheduler sends, and answers its result — what `npm run job -- <name>` calls.
 * `?at=<ISO instant>` sets the event's time, the clock scheduled functions go by: tests move it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FunctionSpec } from '../functions.ts';
import type { LambdaRuntime } from './lambda-runtime.ts';
import { scheduledEvent } from './scheduler.ts';

export const jobRoutes = (manifest: FunctionSpec[], runtime: LambdaRuntime) => async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const match = /^\/_local\/jobs\/([\w-]+)$/.exec(url.pathname);
  if (!match || request.method !== 'POST') return false;
  const spec = manifest.find((candidate) => candidate.name === match[1] && candidate.schedule);
  const reply = (status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  if (!spec) {
    reply(404, { error: { code: 'job_not_found', message: `No scheduled function named ${match[1]}.`, details: { jobs: manifest.filter((candidate) => candidate.schedule).map((candidate) => candidate.name) } } });
    return true;
  }
  const at = url.searchParams.get('at');
  const time = at ? new Date(at) : new Date();
  if (Number.isNaN(time.getTime())) {
    reply(400, { error: { code: 'invalid_time', message: `Not an ISO instant: ${at}` } });
    return true;
  }
  try {
    reply(200, (await runtime.invoke(spec, scheduledEvent(spec, time))) ?? {});
  } catch (error) {
    reply(500, { error: { code: 'job_failed', message: (error as Error).message } });
  }
  return true;
};
