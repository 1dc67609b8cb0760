/** Short-lived presigned GETs for paid digital files; loaded on first use. */
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

const s3 = new S3Client({});

/** A URL valid for `expiresInSeconds` that downloads the file under its own name. */
export const presignDownload = (bucket: string, key: string, fileName: string, expiresInSeconds = 300): Promise<string> =>
  getSignedUrl(
    s3,
    new GetObjectCommand({ Bucket: bucket, Key: key, ResponseContentDisposition: `attachment; filename="${fileName.replace(/["\\\r\n]/g, '_')}"` }),
    { expiresIn: expiresInSeconds },
  );
