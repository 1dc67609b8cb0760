/** Stripe webhook events: signature verified on the raw body, exactly as Stripe signs it. */
import Stripe from 'stripe';

/** Stripe retries for three days; we allow five minutes of clock skew and replay. */
export const signatureToleranceSeconds = 300;

// Verification needs no API key; the client is only used for its webhook helpers.
const verifier = new Stripe('sk_unused_for_signature_checks');

/** The event if `signature` is valid for `rawBody`, otherwise undefined. */
export const verifyStripeEvent = (rawBody: string, signature: string | undefined, secret: string): Stripe.Event | undefined => {
  if (!signature) return undefined;
  try {
    return verifier.webhooks.constructEvent(rawBody, signature, secret, signatureToleranceSeconds);
  } catch {
    return undefined;
  }
};

/** The order an event is about, from the metadata we set on the session and payment intent. */
export const orderIdOf = (event: Stripe.Event): string | undefined => {
  const object = event.data.object as { metadata?: Record<string, string> | null; client_reference_id?: string | null };
  return object.metadata?.orderId ?? object.client_reference_id ?? undefined;
};

export type { Stripe };
