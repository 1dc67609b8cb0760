import * as z from 'zod/mini';

/** The dashboard's low-stock threshold (units), when the merchant picks another than the default. */
export const dashboardQuery = z.strictObject({
  threshold: z.optional(z.string().check(z.regex(/^(0|[1-9]\d{0,3})$/, 'must be a whole number from 0 to 9999'))),
});
