/** Presigned S3 PUT URLs for merchant uploads; loaded on first use by the functions that need it. */
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

const s3 = new S3Client({});

export interface UploadTarget {
  bucket: string;
  key: string;
  contentType: string;
  /** Exact size in bytes: signed, so S3 refuses any other body. */
  size: number;
  cacheControl: string;
  expiresInSeconds: number;
}

export const presignUpload = (target: UploadTarget): Promise<string> =>
  getSignedUrl(
    s3,
    new PutObjectCommand({ Bucket: target.bucket, Key: target.key, ContentType: target.contentType, ContentLength: target.size, CacheControl: target.cacheControl }),
    { expiresIn: target.expiresInSeconds, signableHeaders: new Set(['content-type', 'content-length']) },
  );
