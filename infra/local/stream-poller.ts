/**
 * The local twin of Lambda's DynamoDB stream event source mapping: reads DynamoDB Local's stream
 * shard by shard and in order, keeps the records that pass the manifest's filter, invokes the
 * consumer with a real `DynamoDBStreamEvent`, and on a failure (thrown, or `batchItemFailures`)
 * retries from the first failed record, as Lambda does; a record still failing after the retries
 * is reported and passed over (in AWS it goes to the dead-letter queue).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { FunctionSpec } from '../functions.ts';
import { passesStreamFilter } from '../resources.ts';
import type { LambdaRuntime } from './lambda-runtime.ts';

export interface StreamPollerOptions {
  dynamodb: DynamoDBClient;
  endpoint: string;
  tableName: string;
  runtime: LambdaRuntime;
  spec: FunctionSpec;
  retries?: number;
  onError?: (error: unknown) => void;
}

/** The message of an error, with those of a Powertools batch failure's records. */
const describe = (error: unknown): string => {
  const children = (error as { recordErrors?: unknown[] } | undefined)?.recordErrors ?? [];
  return [String(error), ...children.map((child) => `  ${String(child)}`)].join('\n');
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Value = Record<string, unknown>;

/**
 * The streams client reads an empty map attribute (`{"M":{}}`) back as `{}`, which Lambda's JSON
 * event never holds: restored here, at any depth.
 */
export const repairImage = (image: Record<string, Value> | undefined): Record<string, Value> | undefined =>
  image && Object.fromEntries(Object.entries(image).map(([name, value]) => [name, repairValue(value)]));

const repairValue = (value: Value): Value => {
  if (Object.keys(value).length === 0) return { M: {} };
  if (value.M) return { M: repairImage(value.M as Record<string, Value>) };
  if (Array.isArray(value.L)) return { L: (value.L as Value[]).map(repairValue) };
  return value;
};

/** A stream record as Lambda delivers it (dates as epoch seconds). */
export const toLambdaRecord = (record: StreamRecord, streamArn: string): DynamoDBRecord => {
  const change = record.dynamodb ?? {};
  const created = change.ApproximateCreationDateTime;
  return {
    eventID: record.eventID,
    eventName: record.eventName as DynamoDBRecord['eventName'],
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: record.awsRegion ?? 'local',
    eventSourceARN: streamArn,
    dynamodb: {
      ...(created ? { ApproximateCreationDateTime: Math.floor(new Date(created).getTime() / 1000) } : {}),
      Keys: change.Keys as never,
      ...(change.NewImage ? { NewImage: repairImage(change.NewImage as unknown as Record<string, Value>) as never } : {}),
      ...(change.OldImage ? { OldImage: repairImage(change.OldImage as unknown as Record<string, Value>) as never } : {}),
      SequenceNumber: change.SequenceNumber,
      SizeBytes: change.SizeBytes,
      StreamViewType: change.StreamViewType as never,
    },
  };
};

/** Index of the first record to hand back, per Lambda's rules (a thrown error fails from the first). */
export const firstFailed = (records: DynamoDBRecord[], outcome: { result?: unknown; error?: unknown }): number => {
  if (outcome.error) return 0;
  const failures = (outcome.result as DynamoDBBatchResponse | undefined)?.batchItemFailures ?? [];
  if (!failures.length) return -1;
  const indexes = failures.map((failure) => records.findIndex((record) => record.dynamodb?.SequenceNumber === failure.itemIdentifier));
  return indexes.some((index) => index < 0) ? 0 : Math.min(...indexes);
};

export const startStreamPoller = (options: StreamPollerOptions) => {
  const { runtime, spec } = options;
  const streams = new DynamoDBStreamsClient({ endpoint: options.endpoint });
  const batchSize = spec.stream?.batchSize ?? 100;
  const iterators = new Map<string, string>();
  const seen = new Set<string>();
  let running = true;
  let streamArn = '';

  const invokeWithRetries = async (records: DynamoDBRecord[]): Promise<void> => {
    let pending = records;
    for (let attempt = 0; pending.length && running; attempt++) {
      const event: DynamoDBStreamEvent = { Records: pending };
      const outcome = await runtime.invoke(spec, event).then((result) => ({ result }), (error: unknown) => ({ error }));
      const from = firstFailed(pending, outcome);
      if (from < 0) return;
      if (attempt >= (options.retries ?? 3)) {
        options.onError?.(new Error(`stream record ${pending[from]?.dynamodb?.SequenceNumber} still failing: ${'error' in outcome ? describe(outcome.error) : 'batch item failure'}`));
        pending = pending.slice(from + 1);
        attempt = -1;
        continue;
      }
      pending = pending.slice(from);
      await pause(200 * 2 ** attempt);
    }
  };

  /** New shards: those open at start are read from now on, those appearing later from their start. */
  const discoverShards = async (initial: boolean): Promise<void> => {
    let exclusiveStartShardId: string | undefined;
    do {
      const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: exclusiveStartShardId }));
      for (const shard of StreamDescription?.Shards ?? ([] as Shard[])) {
        const id = shard.ShardId!;
        if (seen.has(id)) continue;
        seen.add(id);
        const closed = Boolean(shard.SequenceNumberRange?.EndingSequenceNumber);
        if (initial && closed) continue;
        const { ShardIterator } = await streams.send(
          new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: id, ShardIteratorType: initial ? 'LATEST' : 'TRIM_HORIZON' }),
        );
        if (ShardIterator) iterators.set(id, ShardIterator);
      }
      exclusiveStartShardId = StreamDescription?.LastEvaluatedShardId;
    } while (exclusiveStartShardId);
  };

  const pollShards = async (): Promise<number> => {
    let delivered = 0;
    for (const [shardId, iterator] of [...iterators]) {
      const { Records = [], NextShardIterator } = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: batchSize }));
      const passing = Records.filter((record) => passesStreamFilter(record.eventName, record.dynamodb?.Keys?.sk?.S)).map((record) => toLambdaRecord(record, streamArn));
      if (passing.length) await invokeWithRetries(passing);
      delivered += passing.length;
      if (NextShardIterator) iterators.set(shardId, NextShardIterator);
      else iterators.delete(shardId);
    }
    return delivered;
  };

  const started = (async () => {
    const { Table } = await options.dynamodb.send(new DescribeTableCommand({ TableName: options.tableName }));
    if (!Table?.LatestStreamArn) throw new Error(`table ${options.tableName} has no stream`);
    streamArn = Table.LatestStreamArn;
    await discoverShards(true);
  })();

  const loop = (async () => {
    await started;
    let sinceDiscovery = 0;
    while (running) {
      try {
        const delivered = await pollShards();
        if (++sinceDiscovery >= 10 || iterators.size === 0) {
          sinceDiscovery = 0;
          await discoverShards(false);
        }
        if (delivered === 0 && running) await pause(100);
      } catch (error) {
        if (!running) break;
        options.onError?.(error);
        await pause(1_000);
      }
    }
  })();

  return {
    /** Resolves once the poller reads from the stream's current end: changes after this are delivered. */
    ready: started,
    async stop(): Promise<void> {
      running = false;
      await loop.catch(() => undefined);
    },
  };
};
