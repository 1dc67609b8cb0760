/**
 * The function manifest: every Lambda of the shop, described once. The CDK stack
 * (`infra/stack.ts`) and the local runtime (`infra/local/`) are both generated from it, so
 * routes, queue triggers and schedules cannot drift between AWS and a laptop.
 */
import { webhookDeliveryAttempts } from '../shared/domain/webhooks/retry-schedule.ts';
import type { QueueName } from './resources.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'ANY';

/** `customer` needs a valid user-pool token; `merchant` also needs the `merchants` group. */
export type RouteAuth = 'public' | 'customer' | 'merchant';

/** Requests per second the whole shop serves on one route (API Gateway stage route settings); 429 beyond. */
export interface RouteThrottle {
  rateLimit: number;
  burstLimit: number;
}

export interface HttpRoute {
  method: HttpMethod;
  /** API Gateway path syntax, e.g. `/api/products/{slug}`. */
  path: string;
  auth: RouteAuth;
  /**
   * A tighter throttle than the stage's default, on routes where guessing pays (discount codes,
   * order tokens, checkout, cart creation); the application-level limiter then counts per client.
   */
  throttle?: RouteThrottle;
}

/** Shop-wide ceilings on the guessable routes: far above a small shop's real traffic, far below a botnet's. */
const guessable = {
  cartCreate: { rateLimit: 50, burstLimit: 100 },
  cartChange: { rateLimit: 50, burstLimit: 100 },
  checkout: { rateLimit: 20, burstLimit: 50 },
  orderToken: { rateLimit: 20, burstLimit: 40 },
  account: { rateLimit: 20, burstLimit: 40 },
} satisfies Record<string, RouteThrottle>;

export interface QueueTrigger {
  queue: QueueName;
  batchSize: number;
  maxBatchingWindowSeconds?: number;
  /** At most this many concurrent invocations from the queue (2–1000); unset, Lambda scales freely. */
  maxConcurrency?: number;
  /** Receives before the DLQ, when the consumer retries on a schedule of its own; unset, `maxReceiveCount` of resources.ts. */
  maxReceiveCount?: number;
  /**
   * The consumer delays its own failed messages (ChangeMessageVisibility) and so learns its queue's
   * URL; Lambda's event source already holds the permission.
   */
  delaysRetries?: boolean;
}

export interface Schedule {
  everyMinutes: number;
}

/**
 * The table's change stream, filtered to the items that can mean a domain event (see
 * `streamFilter` in resources.ts); a failing record is retried, then set aside in a dead-letter queue.
 */
export interface StreamTrigger {
  batchSize: number;
  maxBatchingWindowSeconds?: number;
}

/** What a function may touch; drives IAM grants in AWS and environment variables everywhere. */
export interface FunctionAccess {
  table?: 'read' | 'readwrite';
  /**
   * The table partitions the function may touch (`dynamodb:LeadingKeys`, StringLike: `CART#*`),
   * on the table itself; index queries stay allowed. Unset: the whole table. The local stack
   * refuses the same requests, so the test suite catches a missing prefix.
   */
  leadingKeys?: string[];
  /** Queues the function sends to. */
  sendTo?: QueueName[];
  /** Queues the function inspects, with their dead-letter queues (attributes only). */
  inspectQueues?: QueueName[] | 'all';
  email?: 'send' | 'inspect';
  /** Reads SES's account-level suppression list (bounced or complaining addresses). */
  suppressionList?: 'read';
  /** Reads the shoppers' pool public keys, or hands out both pools' public sign-in settings (no IAM needed for either). */
  userPool?: 'keys' | 'sign-in';
  /** Deletes users of the shoppers' pool (AdminDeleteUser on that pool only): account deletion. */
  shopperPool?: 'delete';
  /**
   * `stripe`: the Stripe API key; `stripe-webhook`: only the secret Stripe signs webhook events
   * with; `links`: the secret signing links in emails (restore a cart, unsubscribe).
   */
  secrets?: Array<'stripe' | 'stripe-webhook' | 'carriers' | 'links'>;
  /** Presigns uploads into the media bucket (product images). */
  media?: 'upload';
  /** Presigns downloads of paid digital files. */
  downloads?: 'read';
  /** Invoice and credit-note PDFs in the private documents bucket: presigned reads, or writes. */
  documents?: 'read' | 'write';
  /** Puts domain events on the shop's event bus (EventBridge; the local stack's rule targets with `npm start`). */
  events?: 'publish';
}

export interface FunctionSpec {
  /** Kebab-case name, unique; becomes the Lambda's logical id. */
  name: string;
  /** Handler file relative to the repository root; it exports `handler`. */
  entry: string;
  description: string;
  routes?: HttpRoute[];
  queue?: QueueTrigger;
  stream?: StreamTrigger;
  schedule?: Schedule;
  timeoutSeconds?: number;
  memoryMb?: number;
  access: FunctionAccess;
  environment?: Record<string, string>;
}

export const defaultTimeoutSeconds = 10;

export const functions: FunctionSpec[] = [
  {
    name: 'get-health',
    entry: 'functions/http/get-health.ts',
    description: 'Reports whether the table, the queues, email and auth are reachable.',
    routes: [{ method: 'GET', path: '/api/health', auth: 'public' }],
    access: { table: 'read', inspectQueues: 'all', email: 'inspect', userPool: 'keys' },
  },
  {
    name: 'catalog',
    entry: 'functions/http/catalog.ts',
    description: 'Categories, product listing with facets, search, suggestions and product pages, from an in-memory index.',
    routes: [
      { method: 'GET', path: '/api/categories', auth: 'public' },
      { method: 'GET', path: '/api/products', auth: 'public' },
      { method: 'GET', path: '/api/products/{slug}', auth: 'public' },
      { method: 'GET', path: '/api/search', auth: 'public' },
      { method: 'GET', path: '/api/search/suggest', auth: 'public' },
      { method: 'GET', path: '/api/admin/products', auth: 'merchant' },
    ],
    // The index of a large catalog lives in memory; more memory also means more CPU on Lambda.
    memoryMb: 1024,
    access: { table: 'read', leadingKeys: ['CATEGORIES', 'CATEGORY#*', 'PRODUCT#*', 'SKU#*', 'SLUG#*', 'STOCKLOG#*'] },
  },
  {
    name: 'admin-catalog',
    entry: 'functions/http/admin-catalog.ts',
    description: "The merchant's catalog writes: products, variants, stock movements and image uploads.",
    routes: [
      { method: 'POST', path: '/api/admin/products', auth: 'merchant' },
      { method: 'GET', path: '/api/admin/products/{id}', auth: 'merchant' },
      { method: 'PATCH', path: '/api/admin/products/{id}', auth: 'merchant' },
      { method: 'POST', path: '/api/admin/products/{id}/variants', auth: 'merchant' },
      { method: 'PATCH', path: '/api/admin/products/{id}/variants/{sku}', auth: 'merchant' },
      { method: 'POST', path: '/api/admin/products/{id}/variants/{sku}/stock', auth: 'merchant' },
      { method: 'GET', path: '/api/admin/products/{id}/variants/{sku}/stock', auth: 'merchant' },
      { method: 'POST', path: '/api/admin/uploads/images', auth: 'merchant' },
    ],
    access: { table: 'readwrite', media: 'upload' },
  },
  {
    name: 'admin-categories',
    entry: 'functions/http/admin-categories.ts',
    description: "The merchant's category tree: list with product counts, create, rename and move, reorder, archive and restore.",
    routes: [
      { method: 'GET', path: '/api/admin/categories', auth: 'merchant' },
      { method: 'POST', path: '/api/admin/categories', auth: 'merchant' },
      { method: 'PATCH', path: '/api/admin/categories/{slug}', auth: 'merchant' },
      { method: 'POST', path: '/api/admin/categories/reorder', auth: 'merchant' },
      { method: 'POST', path: '/api/admin/categories/{slug}/archive', auth: 'merchant' },
      { method: 'POST', path: '/api/admin/categories/{slug}/restore', auth: 'merchant' },
    ],
    access: { table: 'readwrite' },
  },
  {
    name: 'carts',
    entry: 'functions/http/carts.ts',
    description: 'Carts: create, read, lines, email, language, reminder consent (double opt-in) and discount code; priced live.',
    routes: [
      { method: 'POST', path: '/api/carts', auth: 'public', throttle: guessable.cartCreate },
      { method: 'GET', path: '/api/carts/{id}', auth: 'public' },
      { method: 'PATCH', path: '/api/carts/{id}', auth: 'public', throttle: guessable.cartChange },
      { method: 'POST', path: '/api/carts/{id}/lines', auth: 'public' },
      { method: 'PATCH', path: '/api/carts/{id}/lines/{sku}', auth: 'public' },
      { method: 'DELETE', path: '/api/carts/{id}/lines/{sku}', auth: 'public' },
      { method: 'POST', path: '/api/carts/restore', auth: 'public' },
      { method: 'POST', path: '/api/carts/confirm-reminders', auth: 'public' },
    ],
    // email: the one double opt-in email of a reminder consent (capped per address and day).
    access: { table: 'readwrite', email: 'send', secrets: ['links'], leadingKeys: ['CART#*', 'DISCOUNT#*', 'EMAIL#*', 'PRODUCT#*', 'SETTINGS#SHOP', 'SKU#*'] },
  },
  {
    name: 'checkout',
    entry: 'functions/http/checkout.ts',
    description: 'Checkout: re-prices the cart, reserves stock in one transaction, opens the payment page; reopens a cart when the shopper comes back unpaid.',
    routes: [
      { method: 'POST', path: '/api/checkout', auth: 'public', throttle: guessable.checkout },
      { method: 'POST', path: '/api/account/checkout', auth: 'customer', throttle: guessable.checkout },
      { method: 'POST', path: '/api/orders/{id}/reopen', auth: 'public', throttle: guessable.orderToken },
    ],
    timeoutSeconds: 15,
    access: { table: 'readwrite', secrets: ['stripe'], leadingKeys: ['CART#*', 'CLIENT#*', 'DISCOUNT#*', 'EMAIL#*', 'ORDER#*', 'PRODUCT#*', 'SETTINGS#SHOP', 'SKU#*'] },
  },
  {
    name: 'orders',
    entry: 'functions/http/orders.ts',
    description: 'Order tracking, return requests, download renewals and guest link replacement, by guest token or for the signed-in owner.',
    routes: [
      { method: 'GET', path: '/api/orders/{id}', auth: 'public', throttle: guessable.orderToken },
      { method: 'GET', path: '/api/account/orders/{id}', auth: 'customer' },
      { method: 'POST', path: '/api/orders/{id}/returns', auth: 'public', throttle: guessable.orderToken },
      { method: 'POST', path: '/api/account/orders/{id}/returns', auth: 'customer' },
      { method: 'POST', path: '/api/orders/{id}/downloads/{sku}/renew', auth: 'public', throttle: guessable.orderToken },
      { method: 'POST', path: '/api/account/orders/{id}/downloads/{sku}/renew', auth: 'customer' },
      { method: 'POST', path: '/api/orders/{id}/token/rotate', auth: 'public', throttle: guessable.orderToken },
    ],
    access: { table: 'readwrite', email: 'send', leadingKeys: ['CART#*', 'CLIENT#*', 'DISCOUNT#*', 'DOWNLOAD#*', 'EMAIL#*', 'ORDER#*', 'PRODUCT#*', 'SETTINGS#SHOP', 'TRACKING#*'] },
  },
  {
    name: 'stripe-webhook',
    entry: 'functions/webhooks/stripe.ts',
    description: "Stripe's signed events: paid, expired, failed, refunded; each event id handled once.",
    routes: [{ method: 'POST', path: '/api/webhooks/stripe', auth: 'public' }],
    // The signing secret only, never the API key: a leak of this function cannot move money.
    access: { table: 'readwrite', sendTo: ['fulfilment', 'documents'], secrets: ['stripe-webhook'], leadingKeys: ['CART#*', 'CLIENT#*', 'DISCOUNT#*', 'DOWNLOAD#*', 'EMAIL#*', 'IDEMPOTENCY#stripe-webhook', 'ORDER#*', 'PRODUCT#*', 'SETTINGS#SHOP', 'TRACKING#*'] },
  },
  {
    name: 'expire-orders',
    entry: 'functions/jobs/expire-orders.ts',
    description: 'Releases the stock of orders left unpaid past their deadline.',
    schedule: { everyMinutes: 5 },
    timeoutSeconds: 60,
    access: { table: 'readwrite' },
  },
  {
    name: 'reminders',
    entry: 'functions/jobs/remind-carts.ts',
    description: 'Finds carts whose abandoned-cart reminder is due and queues each exactly once.',
    schedule: { everyMinutes: 5 },
    timeoutSeconds: 120,
    access: { table: 'readwrite', sendTo: ['cart-reminders'] },
  },
  {
    name: 'send-reminders',
    entry: 'functions/queue/send-reminders.ts',
    description: 'Checks each queued cart again and sends its reminder email once, in its language, with restore and unsubscribe links.',
    queue: { queue: 'cart-reminders', batchSize: 10 },
    timeoutSeconds: 30,
    access: { table: 'readwrite', email: 'send', suppressionList: 'read', secrets: ['links'] },
  },
  {
    name: 'unsubscribe',
    entry: 'functions/http/unsubscribe.ts',
    description: 'One-click unsubscribe (RFC 8058): stops every cart reminder and review invitation to an address.',
    routes: [
      { method: 'GET', path: '/api/unsubscribe', auth: 'public' },
      { method: 'POST', path: '/api/unsubscribe', auth: 'public' },
    ],
    access: { table: 'readwrite', secrets: ['links'], leadingKeys: ['EMAIL#*'] },
  },
  {
    name: 'shop-settings',
    entry: 'functions/http/shop-settings.ts',
    description: "The shop's settings: name, legal details, return window and delivery rates for shoppers; the whole document for the merchant to edit.",
    routes: [
      { method: 'GET', path: '/api/settings', auth: 'public' },
      { method: 'GET', path: '/api/admin/settings', auth: 'merchant' },
      { method: 'PUT', path: '/api/admin/settings', auth: 'merchant' },
    ],
    access: { table: 'readwrite', leadingKeys: ['SETTINGS#SHOP'] },
  },
  {
    name: 'fulfil-order',
    entry: 'functions/queue/fulfil-order.ts',
    description: 'After payment: shipment awaiting the merchant, download links, one confirmation email.',
    queue: { queue: 'fulfilment', batchSize: 5 },
    timeoutSeconds: 30,
    access: { table: 'readwrite', email: 'send' },
  },
  {
    name: 'get-download',
    entry: 'functions/http/get-download.ts',
    description: 'Counts a paid download and redirects to a short-lived presigned URL.',
    routes: [{ method: 'GET', path: '/api/downloads/{token}', auth: 'public' }],
    access: { table: 'readwrite', downloads: 'read', leadingKeys: ['CART#*', 'CLIENT#*', 'DISCOUNT#*', 'DOWNLOAD#*', 'EMAIL#*', 'ORDER#*', 'PRODUCT#*', 'TRACKING#*'] },
  },
  {
    name: 'issue-documents',
    entry: 'functions/queue/issue-documents.ts',
    description: 'Numbers and stores the invoice of each paid order and a credit note per refund, from gapless sequences, once each.',
    // Issuers share one sequence per kind: two at a time take turns cheaply, where a hundred would
    // mostly lose races; the long timeout lets a busy moment pass without a redelivery.
    queue: { queue: 'documents', batchSize: 10, maxConcurrency: 2 },
    timeoutSeconds: 60,
    access: { table: 'readwrite', sendTo: ['document-rendering'] },
  },
  {
    name: 'render-documents',
    entry: 'functions/queue/render-documents.ts',
    description: 'Draws each numbered invoice or credit note as a PDF into the private documents bucket.',
    queue: { queue: 'document-rendering', batchSize: 5 },
    timeoutSeconds: 30,
    access: { documents: 'write' },
  },
  {
    name: 'invoices',
    entry: 'functions/http/invoices.ts',
    description: "An order's invoice and credit notes with short-lived signed links, for its owner, its guest token or the merchant.",
    routes: [
      { method: 'GET', path: '/api/orders/{id}/invoices', auth: 'public', throttle: guessable.orderToken },
      { method: 'GET', path: '/api/orders/{id}/invoice', auth: 'public', throttle: guessable.orderToken },
      { method: 'GET', path: '/api/account/orders/{id}/invoices', auth: 'customer' },
      { method: 'GET', path: '/api/admin/orders/{id}/invoices', auth: 'merchant' },
    ],
    access: { table: 'read', documents: 'read', leadingKeys: ['DOCUMENTS#*', 'ORDER#*', 'SETTINGS#SHOP'] },
  },
  {
    name: 'carrier-webhooks',
    entry: 'functions/webhooks/carriers.ts',
    description: "Carriers' signed tracking updates (Sendcloud and generic): shipments move forward, shoppers are emailed.",
    routes: [
      { method: 'POST', path: '/api/webhooks/carriers/sendcloud', auth: 'public' },
      { method: 'POST', path: '/api/webhooks/carriers/{carrier}', auth: 'public' },
    ],
    access: { table: 'readwrite', email: 'send', secrets: ['carriers'], leadingKeys: ['CART#*', 'CLIENT#*', 'DISCOUNT#*', 'DOWNLOAD#*', 'EMAIL#*', 'ORDER#*', 'PRODUCT#*', 'SETTINGS#SHOP', 'TRACKING#*'] },
  },
  {
    name: 'admin-orders',
    entry: 'functions/http/admin-orders.ts',
    description: "The merchant's order management: list, history, shipping with tracking, refunds, returns, cancellation.",
    routes: [
      { method: 'GET', path: '/api/admin/orders', auth: 'merchant' },
      { method: 'GET', path: '/api/admin/orders/{id}', auth: 'merchant' },
      { method: 'POST', path: '/api/admin/orders/{id}/shipments/{shipmentId}/ship', auth: 'merchant' },
      { method: 'POST', path: '/api/admin/orders/{id}/refunds', auth: 'merchant' },
      { method: 'POST', path: '/api/admin/orders/{id}/cancel', auth: 'merchant' },
      { method: 'POST', path: '/api/admin/orders/{id}/returns/{returnId}/{action}', auth: 'merchant' },
      { method: 'POST', path: '/api/admin/orders/{id}/token/rotate', auth: 'merchant' },
    ],
    timeoutSeconds: 15,
    access: { table: 'readwrite', email: 'send', secrets: ['stripe'] },
  },
  {
    name: 'admin-dashboard',
    entry: 'functions/http/admin-dashboard.ts',
    description: "The merchant's dashboard: sales today and over seven days, orders awaiting shipment, low stock, dead-letter queues.",
    routes: [{ method: 'GET', path: '/api/admin/dashboard', auth: 'merchant' }],
    access: { table: 'read', inspectQueues: 'all' },
  },
  {
    name: 'admin-discounts',
    entry: 'functions/http/admin-discounts.ts',
    description: "The merchant's discount codes: list by state, detail with usage, creation, edits and switching on or off.",
    routes: [
      { method: 'GET', path: '/api/admin/discounts', auth: 'merchant' },
      { method: 'POST', path: '/api/admin/discounts', auth: 'merchant' },
      { method: 'GET', path: '/api/admin/discounts/{code}', auth: 'merchant' },
      { method: 'PATCH', path: '/api/admin/discounts/{code}', auth: 'merchant' },
    ],
    access: { table: 'readwrite' },
  },
  {
    name: 'admin-webhooks',
    entry: 'functions/http/admin-webhooks.ts',
    description: "The merchant's webhook endpoints: register (signing secret shown once), list, read, edit, switch on again, delete, rotate the secret, and each endpoint's delivery attempts.",
    routes: [
      { method: 'GET', path: '/api/admin/webhooks', auth: 'merchant' },
      { method: 'POST', path: '/api/admin/webhooks', auth: 'merchant' },
      { method: 'GET', path: '/api/admin/webhooks/{id}', auth: 'merchant' },
      { method: 'PATCH', path: '/api/admin/webhooks/{id}', auth: 'merchant' },
      { method: 'DELETE', path: '/api/admin/webhooks/{id}', auth: 'merchant' },
      { method: 'POST', path: '/api/admin/webhooks/{id}/secret', auth: 'merchant' },
      { method: 'GET', path: '/api/admin/webhooks/{id}/attempts', auth: 'merchant' },
    ],
    access: { table: 'readwrite', leadingKeys: ['WEBHOOK#*'] },
  },
  {
    name: 'fan-out-webhooks',
    entry: 'functions/queue/fan-out-webhooks.ts',
    description: 'Turns each shop event from the bus into one delivery message per enabled webhook endpoint subscribed to it.',
    queue: { queue: 'webhook-events', batchSize: 10 },
    timeoutSeconds: 30,
    access: { table: 'read', sendTo: ['webhook-deliveries'], leadingKeys: ['WEBHOOK#*'] },
  },
  {
    name: 'deliver-webhooks',
    entry: 'functions/queue/deliver-webhooks.ts',
    description: 'Signs and posts each event to one endpoint, once; retries with backoff for three days, records every attempt, switches off endpoints failing for days and tells the merchant.',
    // Every attempt is one receive of the same message: the schedule's attempts, then the DLQ.
    queue: { queue: 'webhook-deliveries', batchSize: 5, maxReceiveCount: webhookDeliveryAttempts, delaysRetries: true },
    timeoutSeconds: 30,
    access: { table: 'readwrite', email: 'send', leadingKeys: ['SETTINGS#SHOP', 'WEBHOOK#*'] },
  },
  {
    name: 'reviews',
    entry: 'functions/http/reviews.ts',
    description: "Reviews from buyers who received the product (guest token or account), the buyer's own reviews and a product's approved ones.",
    routes: [
      { method: 'POST', path: '/api/account/reviews', auth: 'customer' },
      { method: 'GET', path: '/api/account/reviews', auth: 'customer' },
      { method: 'GET', path: '/api/account/orders/{id}/reviews', auth: 'customer' },
      { method: 'POST', path: '/api/orders/{id}/reviews', auth: 'public', throttle: guessable.orderToken },
      { method: 'GET', path: '/api/orders/{id}/reviews', auth: 'public', throttle: guessable.orderToken },
      { method: 'GET', path: '/api/products/{slug}/reviews', auth: 'public' },
    ],
    access: { table: 'readwrite', leadingKeys: ['CART#*', 'CATEGORIES', 'CATEGORY#*', 'CLIENT#*', 'DISCOUNT#*', 'DOWNLOAD#*', 'EMAIL#*', 'ORDER#*', 'PRODUCT#*', 'REVIEW#*', 'REVIEWED#*', 'SETTINGS#SHOP', 'SKU#*', 'SLUG#*', 'STOCKLOG#*', 'TRACKING#*'] },
  },
  {
    name: 'admin-reviews',
    entry: 'functions/http/admin-reviews.ts',
    description: "The merchant's review moderation: pending, approved and rejected lists; approval and rejection update the product's rating.",
    routes: [
      { method: 'GET', path: '/api/admin/reviews', auth: 'merchant' },
      { method: 'POST', path: '/api/admin/reviews/{id}/approve', auth: 'merchant' },
      { method: 'POST', path: '/api/admin/reviews/{id}/reject', auth: 'merchant' },
    ],
    access: { table: 'readwrite' },
  },
  {
    name: 'review-invites',
    entry: 'functions/jobs/invite-reviews.ts',
    description: 'Sends each order its review invitation once, a few days after delivery, unless the address stopped such emails or is suppressed.',
    schedule: { everyMinutes: 60 },
    timeoutSeconds: 120,
    access: { table: 'readwrite', email: 'send', suppressionList: 'read', secrets: ['links'] },
  },
  {
    name: 'account',
    entry: 'functions/http/account.ts',
    description: "The signed-in shopper's account: identity, guest orders claimed by verified email, order history, profile with marketing consent, saved addresses, personal data export and account deletion.",
    routes: [
      { method: 'GET', path: '/api/account/me', auth: 'customer' },
      { method: 'POST', path: '/api/account/orders/claim', auth: 'customer', throttle: guessable.account },
      { method: 'GET', path: '/api/account/orders', auth: 'customer' },
      { method: 'GET', path: '/api/account/profile', auth: 'customer' },
      { method: 'PUT', path: '/api/account/profile', auth: 'customer' },
      { method: 'GET', path: '/api/account/addresses', auth: 'customer' },
      { method: 'POST', path: '/api/account/addresses', auth: 'customer' },
      { method: 'PUT', path: '/api/account/addresses/{id}', auth: 'customer' },
      { method: 'DELETE', path: '/api/account/addresses/{id}', auth: 'customer' },
      { method: 'GET', path: '/api/account/export', auth: 'customer' },
      { method: 'DELETE', path: '/api/account', auth: 'customer' },
    ],
    access: { table: 'readwrite', shopperPool: 'delete', leadingKeys: ['CART#*', 'CUSTOMER#*', 'DISCOUNT#*', 'DOCUMENTS#*', 'DOWNLOAD#*', 'EMAIL#*', 'ORDER#*', 'REVIEW#*', 'REVIEWED#*'] },
  },
  {
    name: 'get-auth-config',
    entry: 'functions/http/get-auth-config.ts',
    description: "The user pools' public sign-in settings: the merchants' for the admin pages, the shoppers' for the storefront.",
    routes: [
      { method: 'GET', path: '/api/auth/config', auth: 'public' },
      { method: 'GET', path: '/api/auth/shoppers', auth: 'public' },
    ],
    access: { userPool: 'sign-in' },
  },
  {
    name: 'get-admin-session',
    entry: 'functions/http/get-admin-session.ts',
    description: 'Confirms a merchant session for the admin pages.',
    routes: [{ method: 'GET', path: '/api/admin/session', auth: 'merchant' }],
    access: {},
  },
  {
    name: 'publish-events',
    entry: 'functions/streams/publish-events.ts',
    description: 'Reads the table change stream and puts each domain event (order placed, paid, shipped, refunded, stock changed…) on the event bus once, keeping it in the event log.',
    stream: { batchSize: 100, maxBatchingWindowSeconds: 1 },
    access: { table: 'readwrite', leadingKeys: ['EVENT#*'], events: 'publish' },
  },
  {
    name: 'admin-feeds',
    entry: 'functions/http/admin-feeds.ts',
    description: 'Incremental order and stock feeds for ERPs: what changed since a moment, paged by cursor, from the event log.',
    routes: [
      { method: 'GET', path: '/api/admin/feeds/orders', auth: 'merchant' },
      { method: 'GET', path: '/api/admin/feeds/stock', auth: 'merchant' },
    ],
    access: { table: 'read', leadingKeys: ['ORDER#*'] },
  },
  {
    name: 'get-openapi',
    entry: 'functions/http/get-openapi.ts',
    description: "The API's OpenAPI 3.1 document, generated from this manifest and the route contracts (shared/api/contract).",
    routes: [{ method: 'GET', path: '/api/openapi.json', auth: 'public' }],
    access: {},
  },
  {
    name: 'not-found',
    entry: 'functions/http/not-found.ts',
    description: 'Answers every /api path that no other route serves with a JSON 404.',
    routes: [{ method: 'ANY', path: '/api/{proxy+}', auth: 'public' }],
    access: {},
  },
];

export const timeoutOf = (spec: FunctionSpec): number => spec.timeoutSeconds ?? defaultTimeoutSeconds;

/** Receives of a queue's message before its DLQ. */
export const maxReceiveCountOf = (manifest: FunctionSpec[], queue: QueueName, fallback: number): number =>
  consumerOf(manifest, queue)?.queue?.maxReceiveCount ?? fallback;

/** The consumer of a queue, if any. */
export const consumerOf = (manifest: FunctionSpec[], queue: QueueName): FunctionSpec | undefined =>
  manifest.find((spec) => spec.queue?.queue === queue);
