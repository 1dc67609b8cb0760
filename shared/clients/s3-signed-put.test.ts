import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { putObject } from './s3-signed-put.ts';

// The local S3 emulator does not check Signature V4, so this test does, with its own
// implementation of AWS's documented algorithm, on the request exactly as it reached the server.
interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let server: Server;
let received: Received | undefined;
let status = 200;
const saved = { ...process.env };

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received = { method: request.method!, path: request.url!, headers: request.headers, body: Buffer.concat(chunks) };
      response.writeHead(status, { 'content-type': 'application/xml' });
      response.end(status === 200 ? '' : '<Error><Code>AccessDenied</Code></Error>');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  Object.assign(process.env, { AWS_REGION: 'eu-west-3', AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${port}` });
});

beforeEach(() => {
  received = undefined;
  status = 200;
  delete process.env.AWS_SESSION_TOKEN;
});

afterAll(async () => {
  process.env = saved;
  await new Promise((resolve) => server.close(resolve));
});

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** The signature AWS would compute for the received request (SigV4, S3 flavour: the path is not encoded again). */
const expectedSignature = (request: Received, secret: string) => {
  const authorization = String(request.headers.authorization);
  const [, credential, signedHeaders] = /^AWS4-HMAC-SHA256 Credential=([^,]+), SignedHeaders=([^,]+), Signature=[0-9a-f]{64}$/.exec(authorization) ?? [];
  const [, day, region, service, terminator] = credential!.split('/');
  const names = signedHeaders!.split(';');
  const canonicalRequest = [
    request.method,
    request.path,
    '',
    ...names.map((name) => `${name}:${String(request.headers[name]).trim().replace(/\s+/g, ' ')}`),
    '',
    signedHeaders,
    String(request.headers['x-amz-content-sha256']),
  ].join('\n');
  const scope = `${day}/${region}/${service}/${terminator}`;
  const stringToSign = ['AWS4-HMAC-SHA256', String(request.headers['x-amz-date']), scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, day!), region!), service!), terminator!);
  return { signature: hmac(key, stringToSign).toString('hex'), names, scope };
};

const pdf = new TextEncoder().encode('%PDF-1.7 facture n° F-2026-000001, 64,79 €');

describe('putObject', () => {
  it('sends a PUT whose Signature V4 is the one S3 computes, over the body and headers as sent', async () => {
    await putObject({ bucket: 'documents', key: 'invoices/2026/F-2026-000001.pdf', body: pdf, contentType: 'application/pdf', contentDisposition: 'inline; filename="F-2026-000001.pdf"' });
    const request = received!;
    expect(request).toMatchObject({ method: 'PUT', path: '/documents/invoices/2026/F-2026-000001.pdf' });
    expect(request.body.equals(Buffer.from(pdf))).toBe(true);
    expect(request.headers['x-amz-content-sha256']).toBe(sha256(request.body));
    expect(request.headers['content-type']).toBe('application/pdf');
    expect(request.headers['content-disposition']).toBe('inline; filename="F-2026-000001.pdf"');
    const { signature, names, scope } = expectedSignature(request, process.env.AWS_SECRET_ACCESS_KEY!);
    expect(String(request.headers.authorization)).toContain(`Signature=${signature}`);
    expect(names).toEqual(expect.arrayContaining(['host', 'content-type', 'content-disposition', 'x-amz-content-sha256', 'x-amz-date']));
    expect(scope).toMatch(/^\d{8}\/eu-west-3\/s3\/aws4_request$/);
  });

  it('signs the session token Lambda hands its functions', async () => {
    process.env.AWS_SESSION_TOKEN = 'session-token-from-lambda';
    await putObject({ bucket: 'documents', key: 'credit-notes/2026/AV-2026-000001.pdf', body: pdf, contentType: 'application/pdf' });
    const request = received!;
    expect(request.headers['x-amz-security-token']).toBe('session-token-from-lambda');
    const { signature, names } = expectedSignature(request, process.env.AWS_SECRET_ACCESS_KEY!);
    expect(names).toContain('x-amz-security-token');
    expect(String(request.headers.authorization)).toContain(`Signature=${signature}`);
  });

  it('throws with S3’s answer when the PUT is refused', async () => {
    status = 403;
    await expect(putObject({ bucket: 'documents', key: 'invoices/2026/x.pdf', body: pdf, contentType: 'application/pdf' })).rejects.toThrow(/S3 refused PUT documents\/invoices\/2026\/x\.pdf: 403 <Error><Code>AccessDenied/);
  });

  it('refuses keys it would have to encode', async () => {
    await expect(putObject({ bucket: 'documents', key: 'invoices/a b.pdf', body: pdf, contentType: 'application/pdf' })).rejects.toThrow(RangeError);
    expect(received).toBeUndefined();
  });
});
