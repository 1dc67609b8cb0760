import { PutBucketCorsCommand, type S3Client } from '@aws-sdk/client-s3';
import { mediaUploadCorsRules } from '../media-uploads.ts';

/** The local shop's origins: its printed URL says localhost, the gateway listens on 127.0.0.1. */
export const localShopOrigins = (gatewayPort: number): string[] => [`http://localhost:${gatewayPort}`, `http://127.0.0.1:${gatewayPort}`];

/** Lets the shop's admin pages PUT images to the local media bucket (s3rver), as the CDK rule does in AWS. */
export const allowBrowserUploads = async (client: S3Client, bucket: string, origins: string[]): Promise<void> => {
  await client.send(new PutBucketCorsCommand({ Bucket: bucket, CORSConfiguration: { CORSRules: mediaUploadCorsRules(origins) } }));
};
