/** Shapes many routes answer with: the error envelope, money, images, pages. */
import * as z from 'zod/mini';

/** Named schemas land in the document's `components.schemas` and are referenced from the routes. */
export const contractSchemas = z.registry<{ id: string; description?: string }>();

export const named = <S extends z.ZodMiniType>(id: string, schema: S, description?: string): S => {
  contractSchemas.add(schema, { id, ...(description ? { description } : {}) });
  return schema;
};

export const errorDetail = named(
  'ErrorDetail',
  z.object({ path: z.string(), code: z.string(), message: z.string() }),
  'One failing field: dotted path (e.g. `body.address.postcode`), stable code, English message.',
);

/** The envelope of every error a function answers (see shared/http/errors.ts). */
export const errorBody = named(
  'Error',
  z.strictObject({
    error: z.strictObject({
      code: z.string(),
      message: z.string(),
      /** Validation errors list their fields; other errors may add a code-specific object. */
      details: z.optional(z.unknown()),
    }),
  }),
  '`error.code` is stable and machine-readable; `error.message` is English; `details` lists failing fields on 400s.',
);

/** A 400: the request failed its schemas, and `details` names each failing field. */
export const validationErrorBody = named(
  'ValidationError',
  z.strictObject({ error: z.strictObject({ code: z.string(), message: z.string(), details: z.optional(z.array(errorDetail)) }) }),
  'A 400: `error.details` lists each failing field (absent when the body is missing or not JSON).',
);

/** API Gateway's own refusals (authorizer, throttle, unknown route) before any function runs. */
export const gatewayErrorBody = named('GatewayError', z.strictObject({ message: z.string() }), 'Sent by API Gateway itself, e.g. `{"message":"Unauthorized"}`.');

export const cents = z.number().check(z.int());
export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
export const isoDateTime = z.iso.datetime({ offset: true });
export const locale = z.enum(['fr', 'en']);

export const image = named('Image', z.object({ url: z.string(), alt: z.string() }));

export const deliveryEstimate = z.object({ from: isoDate, to: isoDate });

export const nullableCursor = z.nullable(z.string());

/** Guest-token routes: a link past the shop's period answers 410 (the signed-in owner still reads the order). */
export const guestLinkExpired = { 410: { description: 'The order link expired (`order_link_expired`): the owner signs in to see the order.' } };
