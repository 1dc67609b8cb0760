/**
 * The local twin of the `dynamodb:LeadingKeys` conditions: every table request a function makes
 * is checked against the partition key prefixes its manifest entry declares (`access.leadingKeys`),
 * and refused as IAM would refuse it. Index queries are not checked (the grant on indexes carries
 * no LeadingKeys condition). `LOCAL_KEY_LOG=<file>` also records every function's partition prefixes.
 */
import { appendFileSync } from 'node:fs';
import { rateCounterPrefix } from '../../shared/data/keys.ts';
import { countsRequests } from '../../shared/http/rate-limit-rules.ts';
import type { FunctionSpec } from '../functions.ts';

type AttributeValue = string | { S?: string } | undefined;
type Item = Record<string, AttributeValue> | undefined;

const stringOf = (value: AttributeValue): string | undefined => (typeof value === 'string' ? value : value?.S);

/** The partition key values a request touches on the table itself (not its indexes). */
export const partitionKeysOf = (commandName: string, input: Record<string, any>, partitionKey = 'pk'): string[] => {
  const pk = (item: Item) => stringOf(item?.[partitionKey]);
  const found: Array<string | undefined> = [];
  switch (commandName.replace(/Command$/, '')) {
    case 'GetItem':
    case 'UpdateItem':
    case 'DeleteItem':
      found.push(pk(input.Key));
      break;
    case 'PutItem':
      found.push(pk(input.Item));
      break;
    case 'Query': {
      if (input.IndexName) break;
      const names: Record<string, string> = input.ExpressionAttributeNames ?? {};
      for (const match of String(input.KeyConditionExpression ?? '').matchAll(/(#?[\w]+)\s*=\s*(:[\w]+)/g)) {
        const name = match[1]!.startsWith('#') ? names[match[1]!] : match[1];
        if (name === partitionKey) found.push(stringOf(input.ExpressionAttributeValues?.[match[2]!]));
      }
      break;
    }
    case 'BatchGetItem':
      for (const request of Object.values<any>(input.RequestItems ?? {})) for (const key of request.Keys ?? []) found.push(pk(key));
      break;
    case 'BatchWriteItem':
      for (const requests of Object.values<any[]>(input.RequestItems ?? {})) for (const request of requests) found.push(pk(request.PutRequest?.Item ?? request.DeleteRequest?.Key));
      break;
    case 'TransactWriteItems':
      for (const item of input.TransactItems ?? []) found.push(pk(item.Put?.Item ?? item.Update?.Key ?? item.Delete?.Key ?? item.ConditionCheck?.Key));
      break;
    case 'TransactGetItems':
      for (const item of input.TransactItems ?? []) found.push(pk(item.Get?.Key));
      break;
  }
  return found.filter((value): value is string => value !== undefined);
};

/** `CART#*` matches `CART#abc`; a pattern without `*` matches itself only (StringLike semantics). */
export const matchesLeadingKey = (value: string, pattern: string): boolean =>
  pattern.endsWith('*') ? value.startsWith(pattern.slice(0, -1)) : value === pattern;

/** The prefix a recorded partition key is reported under: up to its first `#`, or the whole key. */
export const prefixOf = (value: string): string => {
  const hash = value.indexOf('#');
  return hash === -1 ? value : `${value.slice(0, hash + 1)}*`;
};

export class LeadingKeyDenied extends Error {
  constructor(spec: FunctionSpec, commandName: string, value: string) {
    super(`${spec.name} is not allowed to ${commandName} ${prefixOf(value)} (dynamodb:LeadingKeys in infra/functions.ts)`);
    this.name = 'AccessDeniedException';
  }
}

export const checkLeadingKeys = (spec: FunctionSpec, commandName: string, input: Record<string, any>, log?: string): void => {
  const values = partitionKeysOf(commandName, input);
  if (log) for (const value of values) appendFileSync(log, `${spec.name} ${prefixOf(value)}\n`);
  const allowed = spec.access.leadingKeys;
  if (!allowed) return;
  // As the grant's own statement: the rate limiter's counters, by UpdateItem only.
  const counter = (value: string) => countsRequests(spec) && commandName.replace(/Command$/, '') === 'UpdateItem' && value.startsWith(rateCounterPrefix);
  for (const value of values) if (!counter(value) && !allowed.some((pattern) => matchesLeadingKey(value, pattern))) throw new LeadingKeyDenied(spec, commandName, value);
};
