import * as z from 'zod/mini';

export const addressParams = z.object({ id: z.string().check(z.regex(/^[\w-]{6,40}$/)) });
