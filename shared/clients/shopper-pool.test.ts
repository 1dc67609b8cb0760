import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteShopper } from './shopper-pool.ts';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server;
let received: Received[] = [];
let answer: { status: number; body: string; headers?: Record<string, string> } = { status: 200, body: '{}' };

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.1', ...answer.headers });
      response.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    SHOPPER_POOL_ID: 'eu-west-3_shoppers',
    SHOPPER_POOL_REGION: 'eu-west-3',
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'secret',
    AWS_SESSION_TOKEN: 'session-token',
  });
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  for (const name of ['AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER', 'SHOPPER_POOL_ID', 'SHOPPER_POOL_REGION', 'AWS_SESSION_TOKEN']) delete process.env[name];
});

describe('deleteShopper', () => {
  it("sends AdminDeleteUser for the user to the shoppers' pool, signed for cognito-idp with the function's credentials", async () => {
    received = [];
    answer = { status: 200, body: '{}' };
    await expect(deleteShopper('sub-123')).resolves.toBe('deleted');
    const [request] = received;
    expect(JSON.parse(request!.body)).toEqual({ UserPoolId: 'eu-west-3_shoppers', Username: 'sub-123' });
    expect(request!.headers['x-amz-target']).toBe('AWSCognitoIdentityProviderService.AdminDeleteUser');
    expect(request!.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(request!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-3\/cognito-idp\/aws4_request, SignedHeaders=[^,]*host[^,]*x-amz-target/);
    expect(request!.headers['x-amz-security-token']).toBe('session-token');
  });

  it('answers absent when the user is already gone (namespaced type in the body or in the header)', async () => {
    answer = { status: 400, body: JSON.stringify({ __type: 'com.amazonaws.cognito#UserNotFoundException', message: 'User does not exist.' }) };
    await expect(deleteShopper('sub-123')).resolves.toBe('absent');
    answer = { status: 400, body: '{}', headers: { 'x-amzn-errortype': 'UserNotFoundException:http://internal.amazon.com/' } };
    await expect(deleteShopper('sub-123')).resolves.toBe('absent');
  });

  it("throws Cognito's answer on any other refusal", async () => {
    answer = { status: 400, body: JSON.stringify({ __type: 'AccessDeniedException', message: 'not allowed' }) };
    await expect(deleteShopper('sub-123')).rejects.toThrow(/AdminDeleteUser: 400 .*AccessDeniedException/);
  });
});
