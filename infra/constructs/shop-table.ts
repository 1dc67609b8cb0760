import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { tableDefinition } from '../resources.ts';

const stringKey = (name: string) => ({ name, type: AttributeType.STRING });

/** The single table, shaped by `tableDefinition` exactly as the local stack shapes it. */
export const createShopTable = (scope: Construct, id: string): Table => {
  const table = new Table(scope, id, {
    partitionKey: stringKey(tableDefinition.partitionKey),
    sortKey: stringKey(tableDefinition.sortKey),
    billingMode: BillingMode.PAY_PER_REQUEST,
    encryption: TableEncryption.AWS_MANAGED,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    timeToLiveAttribute: tableDefinition.timeToLiveAttribute,
    // Domain events are derived from the changes (functions/streams/publish-events.ts).
    stream: StreamViewType.NEW_AND_OLD_IMAGES,
    // Orders and customers outlive any stack: deleting the stack must never delete them.
    removalPolicy: RemovalPolicy.RETAIN,
  });
  for (const index of tableDefinition.indexes) {
    table.addGlobalSecondaryIndex({
      indexName: index.name,
      partitionKey: stringKey(index.partitionKey),
      sortKey: stringKey(index.sortKey),
      projectionType: ProjectionType.ALL,
    });
  }
  return table;
};
