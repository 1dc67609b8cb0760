/** The AWS calls behind the health checks; loaded on demand by the health function. */
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetAccountCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';

const dynamodb = new DynamoDBClient({});
const sqs = new SQSClient({});
const ses = new SESv2Client({});

export const describeTable = (tableName: string) => dynamodb.send(new DescribeTableCommand({ TableName: tableName }));

export const queueDepth = (queueUrl: string) =>
  sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));

export const emailAccount = () => ses.send(new GetAccountCommand({}));

/** Fetches the user pool's public keys, as the API's JWT authorizer does. */
export const userPoolKeys = async (issuer: string) => {
  const response = await fetch(`${issuer}/.well-known/jwks.json`);
  if (!response.ok) throw new Error(`JWKS answered ${response.status}`);
};
