import * as z from 'zod/mini';

// Any id not configured is a 404, whatever it looks like; the length cap only bounds the lookup.
export const carrierParams = z.object({ carrier: z.string().check(z.maxLength(100)) });
