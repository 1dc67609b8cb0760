export type ShopWebhookCheck =
  | { ok: true; eventId: string | undefined; eventName: string | undefined; event: unknown }
  | { ok: false; reason: 'bad_timestamp' | 'bad_signature' | 'stale' };

/** Types of the verification snippet the docs quote (`verify-shop-webhook.mjs`). */
export declare function verifyShopWebhook(input: {
  body: string | Buffer;
  headers: Record<string, string | string[] | undefined>;
  secret: string;
  toleranceSeconds?: number;
  now?: number;
}): ShopWebhookCheck;
