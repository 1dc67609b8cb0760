import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { applyPaymentEvent } from '#shared/checkout/payment-events.ts';
import { tableName } from '#shared/config/table.ts';
import { AppError, ConflictError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { loadWebhookSecret } from '#shared/payments/payment-config.ts';
import { verifyStripeEvent, type Stripe } from '#shared/payments/webhook-events.ts';

// The signing secret only: this function never holds the Stripe API key.
const webhookSecret = await loadWebhookSecret();

// Stripe retries for three days: remember handled event ids for five.
const idempotency = new IdempotencyConfig({ eventKeyJmesPath: 'id', expiresAfterSeconds: 5 * 24 * 3600 });
const persistenceStore = new DynamoDBPersistenceLayer({
  tableName: tableName(),
  keyAttr: 'pk',
  sortKeyAttr: 'sk',
  staticPkValue: 'IDEMPOTENCY#stripe-webhook',
  expiryAttr: 'expiresAt',
});
const handleOnce = makeIdempotent((event: Stripe.Event) => applyPaymentEvent(event), { persistenceStore, config: idempotency });

/**
 * Stripe's webhook (and, locally, the test payment page's): the raw body's signature is checked
 * first — anything unsigned, tampered or older than five minutes gets 400 and changes nothing —
 * then each event id is handled once; 2xx only after the state change is written.
 */
export const handler = httpHandler({ access: 'public' }, async ({ event, context }) => {
  const raw = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '');
  const stripeEvent = verifyStripeEvent(raw, event.headers['stripe-signature'], webhookSecret);
  if (!stripeEvent) throw new AppError('validation', 'invalid_signature', 'The Stripe-Signature header does not match this payload.');
  idempotency.registerLambdaContext(context);
  try {
    return ok({ received: true, outcome: await handleOnce(stripeEvent) });
  } catch (error) {
    // The same event is being handled right now (a concurrent retry): Stripe retries non-2xx answers.
    if ((error as Error).name === 'IdempotencyAlreadyInProgressError') throw new ConflictError('event_in_progress', 'This event is already being processed.');
    throw error;
  }
});
