/**
 * The shoppers' user pool administration the shop needs: deleting an account (AdminDeleteUser),
 * as one Signature V4-signed call of Cognito's JSON API sent with `fetch`. Why not the Cognito
 * client: it would more than double the account function's bundle for one call made once per
 * deleted account. Pool and region come from `SHOPPER_POOL_ID` / `SHOPPER_POOL_REGION`; the
 * endpoint is `AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER` when set (the local emulator), Cognito's
 * regional one otherwise.
 */
import { SignatureV4 } from '@smithy/signature-v4';
import * as z from 'zod/mini';
import { readEnv } from '#shared/config/env.ts';
import { credentials, Sha256 } from './sigv4.ts';

let env: { SHOPPER_POOL_ID: string; SHOPPER_POOL_REGION: string } | undefined;
const poolEnv = () => (env ??= readEnv(z.object({ SHOPPER_POOL_ID: z.string().check(z.minLength(1)), SHOPPER_POOL_REGION: z.string().check(z.minLength(1)) })));

const endpointOf = (region: string): URL => new URL(process.env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER ?? `https://cognito-idp.${region}.amazonaws.com/`);

/** Cognito's error type, without its namespace (`…#UserNotFoundException` → `UserNotFoundException`). */
const errorType = (header: string | null, body: string): string => {
  let type = header ?? '';
  if (!type) {
    try {
      type = String((JSON.parse(body) as { __type?: unknown }).__type ?? '');
    } catch {
      type = '';
    }
  }
  return type.split(':')[0]!.split('#').at(-1)!;
};

/**
 * Deletes the pool's user `username` (its `sub` will do: Cognito accepts it for any pool).
 * Answers `deleted`, or `absent` when no such user exists (already deleted); throws otherwise.
 */
export const deleteShopper = async (username: string): Promise<'deleted' | 'absent'> => {
  const { SHOPPER_POOL_ID: userPoolId, SHOPPER_POOL_REGION: region } = poolEnv();
  const url = endpointOf(region);
  const body = JSON.stringify({ UserPoolId: userPoolId, Username: username });
  const signer = new SignatureV4({ service: 'cognito-idp', region, credentials: credentials(), sha256: Sha256 });
  const signed = await signer.sign({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    ...(url.port ? { port: Number(url.port) } : {}),
    path: url.pathname,
    query: {},
    headers: { host: url.host, 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.AdminDeleteUser' },
    body,
  });
  const { host: _host, ...headers } = signed.headers;
  const response = await fetch(url, { method: 'POST', headers, body });
  if (response.ok) return 'deleted';
  const text = await response.text();
  if (errorType(response.headers.get('x-amzn-errortype'), text) === 'UserNotFoundException') return 'absent';
  throw new Error(`Cognito refused AdminDeleteUser: ${response.status} ${text.slice(0, 300)}`);
};
