/**
 * Loads manifest handlers in this process and invokes them with a Lambda-like context and the
 * function's timeout. Each function module is imported once, like a warm Lambda.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import { timeoutOf, type FunctionSpec } from '../functions.ts';

type Handler = (event: unknown, context: Context) => Promise<unknown>;

const invoking = new AsyncLocalStorage<FunctionSpec>();

/** The manifest entry whose invocation the caller runs in (every function shares this process locally), if any. */
export const currentFunction = (): FunctionSpec | undefined => invoking.getStore();

export class FunctionTimeoutError extends Error {
  constructor(name: string, seconds: number) {
    super(`Function ${name} timed out after ${seconds} s`);
    this.name = 'FunctionTimeoutError';
  }
}

const contextFor = (spec: FunctionSpec, deadline: number): Context => ({
  callbackWaitsForEmptyEventLoop: false,
  functionName: `shop-local-${spec.name}`,
  functionVersion: '$LATEST',
  invokedFunctionArn: `arn:aws:lambda:local:123456789012:function:shop-local-${spec.name}`,
  memoryLimitInMB: String(spec.memoryMb ?? 512),
  awsRequestId: randomUUID(),
  logGroupName: `/aws/lambda/shop-local-${spec.name}`,
  logStreamName: 'local',
  getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
});

export const createLambdaRuntime = (rootDir: string) => {
  const loaded = new Map<string, Promise<Handler>>();

  const load = (spec: FunctionSpec): Promise<Handler> => {
    let handler = loaded.get(spec.name);
    if (!handler) {
      handler = import(pathToFileURL(resolve(rootDir, spec.entry)).href).then((module: { handler?: Handler }) => {
        if (typeof module.handler !== 'function') throw new Error(`${spec.entry} does not export a handler`);
        return module.handler;
      });
      loaded.set(spec.name, handler);
    }
    return handler;
  };

  return {
    /** Imports every handler up front so that configuration errors show at start-up. */
    async warm(manifest: FunctionSpec[]): Promise<void> {
      await Promise.all(manifest.map(load));
    },
    async invoke(spec: FunctionSpec, event: unknown): Promise<unknown> {
      const handler = await load(spec);
      const seconds = timeoutOf(spec);
      const deadline = Date.now() + seconds * 1000;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new FunctionTimeoutError(spec.name, seconds)), seconds * 1000);
      });
      try {
        return await Promise.race([invoking.run(spec, () => handler(event, contextFor(spec, deadline))), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
};

export type LambdaRuntime = ReturnType<typeof createLambdaRuntime>;
