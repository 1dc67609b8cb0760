/** Reads of invoice and credit-note PDFs: whether one is drawn yet, and a short-lived presigned GET; loaded on first use. */
import { GetObjectCommand, HeadObjectCommand, NotFound, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

const s3 = new S3Client({});

/** True once the renderer has stored the PDF. */
export const documentExists = async (bucket: string, key: string): Promise<boolean> => {
  try {
    await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return true;
  } catch (error) {
    if (error instanceof NotFound || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return false;
    throw error;
  }
};

/** A URL valid for `expiresInSeconds` that opens the PDF in the browser under its number. */
export const presignDocument = (bucket: string, key: string, fileName: string, expiresInSeconds = 300): Promise<string> =>
  getSignedUrl(
    s3,
    new GetObjectCommand({ Bucket: bucket, Key: key, ResponseContentType: 'application/pdf', ResponseContentDisposition: `inline; filename="${fileName.replace(/["\\\r\n]/g, '_')}"` }),
    { expiresIn: expiresInSeconds },
  );
