import * as z from 'zod/mini';

/**
 * Reads and validates environment variables once, at cold start. A missing or malformed value
 * stops the function with a message naming every offending variable.
 */
export const readEnv = <S extends z.ZodMiniObject>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> => {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`);
  throw new Error(`Invalid configuration: ${problems.join('; ')}`);
};

/** Environment variables holding queue URLs, keyed by queue name (`QUEUE_URL_FULFILMENT` → `fulfilment`). */
export const queueUrlsFromEnv = (env: NodeJS.ProcessEnv = process.env): Record<string, string> =>
  Object.fromEntries(
    Object.entries(env)
      .filter((entry): entry is [string, string] => entry[0].startsWith('QUEUE_URL_') && Boolean(entry[1]))
      .map(([name, url]) => [name.slice('QUEUE_URL_'.length).toLowerCase().replaceAll('_', '-'), url]),
  );
