/**
 * Plain, comparable inventories of a synthesized shop template: what API Gateway routes, which
 * queue feeds which function, which function runs on a schedule. Names come from the
 * `shop:function` / `shop:queue` tags set from the manifest, never from generated logical ids.
 */
import type { Template } from 'aws-cdk-lib/assertions';
import { functionTag } from '../../infra/constructs/shop-function.ts';
import { queueTag } from '../../infra/constructs/shop-queues.ts';

interface Resource {
  Type: string;
  Properties?: Record<string, unknown>;
}

const resourcesOf = (template: Template, type: string): Record<string, Resource> =>
  template.findResources(type) as Record<string, Resource>;

const tagValue = (resource: Resource | undefined, key: string): string | undefined =>
  (resource?.Properties?.Tags as { Key: string; Value: string }[] | undefined)?.find((tag) => tag.Key === key)?.Value;

/** Logical id referenced by `{ Ref }` or `{ Fn::GetAtt: [id, attr] }`. */
const referencedId = (value: unknown): string => {
  const ref = value as { Ref?: string; 'Fn::GetAtt'?: [string, string] };
  const id = ref.Ref ?? ref['Fn::GetAtt']?.[0];
  if (!id) throw new Error(`Expected a Ref or Fn::GetAtt, got ${JSON.stringify(value)}`);
  return id;
};

const functionNameOf = (template: Template, logicalId: string): string => {
  const name = tagValue(resourcesOf(template, 'AWS::Lambda::Function')[logicalId], functionTag);
  if (!name) throw new Error(`Lambda ${logicalId} has no ${functionTag} tag`);
  return name;
};

/**
 * `"METHOD /path auth"`, sorted. API Gateway only knows whether a route checks a JWT, so `auth` is
 * `public` or `jwt`: a manifest's `customer` and `merchant` both map to `jwt` (the merchants group
 * is checked by the handler).
 */
export const routesOf = (template: Template): string[] =>
  Object.values(resourcesOf(template, 'AWS::ApiGatewayV2::Route'))
    .map(({ Properties }) => `${String(Properties?.RouteKey)} ${Properties?.AuthorizationType === 'JWT' ? 'jwt' : 'public'}`)
    .sort();

/** `"<queue> -> <function>"`, sorted. */
export const queueTriggersOf = (template: Template): string[] => {
  const queues = resourcesOf(template, 'AWS::SQS::Queue');
  return Object.values(resourcesOf(template, 'AWS::Lambda::EventSourceMapping'))
    // Queue triggers only: the table stream's mapping reads no queue.
    .filter(({ Properties }) => referencedId(Properties?.EventSourceArn) in queues)
    .map(({ Properties }) => {
      const queueId = referencedId(Properties?.EventSourceArn);
      const queue = tagValue(queues[queueId], queueTag) ?? queueId;
      return `${queue} -> ${functionNameOf(template, referencedId(Properties?.FunctionName))}`;
    })
    .sort();
};

/** `table stream -> <function>` for each mapping that reads the table's change stream. */
export const streamTriggersOf = (template: Template): string[] =>
  Object.values(resourcesOf(template, 'AWS::Lambda::EventSourceMapping'))
    .filter(({ Properties }) => JSON.stringify(Properties?.EventSourceArn ?? '').includes('StreamArn'))
    .map(({ Properties }) => `table stream -> ${functionNameOf(template, referencedId(Properties?.FunctionName))}`)
    .sort();

const rateMinutes = (expression: unknown): number => {
  const match = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(String(expression));
  if (!match) throw new Error(`Unexpected schedule expression ${String(expression)}`);
  const perUnit = { minute: 1, hour: 60, day: 1440 }[match[2]!.replace(/s$/, '') as 'minute' | 'hour' | 'day'];
  return Number(match[1]) * perUnit;
};

/** `"<function> every <n> min"`, sorted. */
export const schedulesOf = (template: Template): string[] =>
  Object.values(resourcesOf(template, 'AWS::Events::Rule'))
    .filter(({ Properties }) => Properties?.ScheduleExpression !== undefined)
    .flatMap(({ Properties }) =>
      (Properties?.Targets as { Arn: unknown }[]).map(
        (target) => `${functionNameOf(template, referencedId(target.Arn))} every ${rateMinutes(Properties?.ScheduleExpression)} min`,
      ),
    )
    .sort();
