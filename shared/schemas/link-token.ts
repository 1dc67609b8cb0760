import * as z from 'zod/mini';

/** A signed email link token: `<base64url payload>.<base64url HMAC>`. */
export const linkToken = z.string().check(z.minLength(10), z.maxLength(400), z.regex(/^[\w-]+\.[\w-]+$/, 'must be a link token'));

export const linkTokenBody = z.strictObject({ token: linkToken });
export const linkTokenQuery = z.object({ token: linkToken });
