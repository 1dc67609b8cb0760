/**
 * One S3 PutObject, signed with Signature V4 and sent with `fetch`, for the function that renders
 * PDFs. Why not the S3 client: the client alone is ~430 KB minified and pdf-lib ~430 KB, and a
 * bundle must stay under 600 KB; the signer is 15 KB. Credentials are the function's own, which
 * Lambda puts in the environment (the local stack sets the emulator's); the endpoint is
 * `AWS_ENDPOINT_URL_S3` when set (the emulator, path-style), the bucket's regional host otherwise.
 */
import { createHash } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { credentials, Sha256 } from './sigv4.ts';

export interface PutObject {
  bucket: string;
  /** Letters, digits, `-`, `_`, `.` and `/` only: the path is signed as written. */
  key: string;
  body: Uint8Array;
  contentType: string;
  contentDisposition?: string;
}

const objectUrl = (bucket: string, key: string, region: string): URL => {
  const endpoint = process.env.AWS_ENDPOINT_URL_S3;
  if (endpoint) return new URL(`${endpoint.replace(/\/$/, '')}/${bucket}/${key}`);
  return new URL(`https://${bucket}.s3.${region}.amazonaws.com/${key}`);
};

/** Writes one object; throws with S3's answer when it refuses. */
export const putObject = async (object: PutObject): Promise<void> => {
  if (!/^[\w\-./]+$/.test(object.key)) throw new RangeError(`Unsupported characters in S3 key ${object.key}`);
  const region = process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
  if (!region) throw new Error('AWS_REGION must be set');
  const url = objectUrl(object.bucket, object.key, region);
  const signer = new SignatureV4({ service: 's3', region, credentials: credentials(), sha256: Sha256, uriEscapePath: false, applyChecksum: true });
  const headers: Record<string, string> = {
    host: url.host,
    'content-type': object.contentType,
    'x-amz-content-sha256': createHash('sha256').update(object.body).digest('hex'),
    ...(object.contentDisposition ? { 'content-disposition': object.contentDisposition } : {}),
  };
  const signed = await signer.sign({
    method: 'PUT',
    protocol: url.protocol,
    hostname: url.hostname,
    ...(url.port ? { port: Number(url.port) } : {}),
    path: url.pathname,
    query: {},
    headers,
    body: object.body,
  });
  // fetch sets Host and Content-Length itself (the same values: Host was signed, Content-Length was not).
  const { host: _host, ...sent } = signed.headers;
  const response = await fetch(url, { method: 'PUT', headers: sent, body: new Uint8Array(object.body) });
  if (!response.ok) throw new Error(`S3 refused PUT ${object.bucket}/${object.key}: ${response.status} ${(await response.text()).slice(0, 300)}`);
};
