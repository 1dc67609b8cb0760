/**
 * The one CORS rule of the media bucket, applied by the CDK stack in AWS and by the local stack to
 * s3rver: the admin pages PUT an image straight to the bucket with a presigned URL, a cross-origin
 * request from the shop's origin. The signature authorizes the upload; the rule only lets the
 * shop's own pages make it (and read the answer).
 */
export const mediaUploadCors = {
  methods: ['PUT'],
  /** Exactly the headers the presign answer tells the page to send (`create-image-upload.ts`). */
  headers: ['content-type', 'cache-control'],
  maxAgeSeconds: 3600,
} as const;

/** The rule for these origins, in S3's PutBucketCors shape. */
export const mediaUploadCorsRules = (origins: string[]) => [
  { AllowedOrigins: origins, AllowedMethods: [...mediaUploadCors.methods], AllowedHeaders: [...mediaUploadCors.headers], MaxAgeSeconds: mediaUploadCors.maxAgeSeconds },
];
