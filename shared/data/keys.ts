/**
 * Every table key and index key of the single table, built here and nowhere else.
 * Catalog items (categories, products, variants) also sit in the sharded catalog feed on gsi1,
 * sorted by last change, so the catalog function loads and refreshes its index with Queries.
 */

export interface Key {
  pk: string;
  sk: string;
}

export const catalogShardCount = 8;

/** FNV-1a: a product and its variants always land in the same feed shard. */
export const catalogShardOf = (productId: string): number => {
  let hash = 0x811c9dc5;
  for (let index = 0; index < productId.length; index++) {
    hash ^= productId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % catalogShardCount;
};

export const catalogFeedPk = (shard: number): string => `CATALOG#${shard}`;

export const categoryTreePk = 'CATEGORIES';
export const categorySkPrefix = 'CATEGORY#';

export const keys = {
  product: (productId: string): Key => ({ pk: `PRODUCT#${productId}`, sk: 'PRODUCT' }),
  variant: (productId: string, sku: string): Key => ({ pk: `PRODUCT#${productId}`, sk: `VARIANT#${sku}` }),
  /**
   * Every category shares one partition, so the merchant's tree is read whole with one consistent
   * Query; the tree's revision item in the same partition serializes structural changes.
   */
  category: (slug: string): Key => ({ pk: categoryTreePk, sk: `${categorySkPrefix}${slug}` }),
  categoryTree: (): Key => ({ pk: categoryTreePk, sk: 'TREE' }),
  /** Where categories lived before their shared partition; only the local data upgrade still reads it. */
  legacyCategory: (slug: string): Key => ({ pk: `CATEGORY#${slug}`, sk: 'CATEGORY' }),
  /** Uniqueness claims: one item per slug and per SKU, written in the same transaction as the owner. */
  slugClaim: (slug: string): Key => ({ pk: `SLUG#${slug}`, sk: 'SLUG' }),
  skuClaim: (sku: string): Key => ({ pk: `SKU#${sku}`, sk: 'SKU' }),
  /** Stock movements live in their own partition per SKU, so product reads never page through them. */
  stockMovement: (sku: string, at: string, id: string): Key => ({ pk: `STOCKLOG#${sku}`, sk: `${at}#${id}` }),
  stockLogPk: (sku: string): string => `STOCKLOG#${sku}`,
  cart: (cartId: string): Key => ({ pk: `CART#${cartId}`, sk: 'CART' }),
  order: (orderId: string): Key => ({ pk: `ORDER#${orderId}`, sk: 'ORDER' }),
  discount: (code: string): Key => ({ pk: `DISCOUNT#${code}`, sk: 'DISCOUNT' }),
  /** An order's history: events, shipments, download references and sent-email markers share its partition. */
  orderEvent: (orderId: string, at: string, kind: string): Key => ({ pk: `ORDER#${orderId}`, sk: `EVENT#${at}#${kind}` }),
  shipment: (orderId: string, shipmentId: string): Key => ({ pk: `ORDER#${orderId}`, sk: `SHIPMENT#${shipmentId}` }),
  orderDownload: (orderId: string, sku: string): Key => ({ pk: `ORDER#${orderId}`, sk: `DOWNLOAD#${sku}` }),
  orderEmail: (orderId: string, kind: string): Key => ({ pk: `ORDER#${orderId}`, sk: `EMAIL#${kind}` }),
  orderReturn: (orderId: string, returnId: string): Key => ({ pk: `ORDER#${orderId}`, sk: `RETURN#${returnId}` }),
  /** How many return requests an order has had: each request is written only if it is still the count read. */
  orderReturnCount: (orderId: string): Key => ({ pk: `ORDER#${orderId}`, sk: 'RETURNCOUNT' }),
  /** Which order and shipment a tracking number belongs to, for carrier webhooks (carriers name themselves inconsistently). */
  tracking: (trackingNumber: string): Key => ({ pk: `TRACKING#${trackingNumber.trim().toUpperCase()}`, sk: 'TRACKING' }),
  /** A download link's grant, found by the token in the link. */
  downloadGrant: (token: string): Key => ({ pk: `DOWNLOAD#${token}`, sk: 'GRANT' }),
  /** Uses of a discount code by one email (hashed), for per-customer limits. */
  discountUse: (code: string, emailHash: string): Key => ({ pk: `DISCOUNT#${code}`, sk: `EMAIL#${emailHash}` }),
  /**
   * A shopper account's own items share one partition by Cognito `sub` (profile, address book,
   * consent history), so an export or an erasure is one Query.
   */
  customerProfile: (sub: string): Key => ({ pk: customerPk(sub), sk: 'PROFILE' }),
  /** Every saved address in one item: the 20-address limit and the single default hold in one conditional write. */
  customerAddressBook: (sub: string): Key => ({ pk: customerPk(sub), sk: 'ADDRESSES' }),
  /** One immutable record per change of marketing consent, in time order. */
  consentChange: (sub: string, at: string, changeId: string): Key => ({ pk: customerPk(sub), sk: `${consentSkPrefix}${at}#${changeId}` }),
};

/** The partition of a shopper account's own items. */
export const customerPk = (sub: string): string => `CUSTOMER#${sub}`;
export const consentSkPrefix = 'CONSENT#';

/**
 * Sparse index of the orders an account owns (gsi4), newest first: set at checkout for a
 * signed-in buyer and when a guest order is claimed by its verified email.
 */
export const accountOrderKeys = (sub: string, createdAt: string, orderId: string) => ({ gsi4pk: accountOrderPk(sub), gsi4sk: `${createdAt}#${orderId}` });
export const accountOrderPk = (sub: string): string => `ACCOUNT#${sub}`;

export const pendingOrderShardCount = 4;

/** Sparse index of orders awaiting payment, sorted by payment deadline, for the expiry job. */
export const pendingOrderKeys = (orderId: string, paymentDueBy: string) => ({
  gsi2pk: `PENDING#${catalogShardOf(orderId) % pendingOrderShardCount}`,
  gsi2sk: `${paymentDueBy}#${orderId}`,
});

export const pendingOrderPk = (shard: number): string => `PENDING#${shard}`;

/** A buyer's orders by the hash of their email (guests and accounts alike), newest first. */
export const customerOrderKeys = (emailHash: string, createdAt: string) => ({ gsi1pk: `CUSTOMER#${emailHash}`, gsi1sk: createdAt });

/** Every order by month of creation, for the merchant's order list. */
export const monthlyOrderKeys = (orderId: string, createdAt: string) => ({ gsi3pk: monthlyOrderPk(createdAt.slice(0, 7)), gsi3sk: `${createdAt}#${orderId}` });

export const monthlyOrderPk = (month: string): string => `ORDERS#${month}`;

/** Index attributes placing a catalog item in the feed: shard, then time of its last change. */
export const catalogFeedKeys = (shard: number, updatedAt: string, key: Key) => ({
  gsi1pk: catalogFeedPk(shard),
  gsi1sk: `${updatedAt}#${key.pk}#${key.sk}`,
});

export const reminderShardCount = 8;

/**
 * Sparse index of carts followed for reminders: one partition per sequence step and shard, sorted
 * by last change, so the reminder job reads exactly the carts whose step is due.
 */
export const reminderKeys = (cartId: string, step: number, updatedAt: string) => ({
  gsi2pk: reminderPk(step, catalogShardOf(cartId) % reminderShardCount),
  gsi2sk: `${updatedAt}#${cartId}`,
});

export const reminderPk = (step: number, shard: number): string => `REMINDER#${step}#${shard}`;

/**
 * Sparse index of the carts that hold an email, by the email's hash (gsi1), so that an account's
 * erasure finds open carts that never became an order without a Scan. Kept apart from the
 * `CUSTOMER#` partitions of orders by its own prefix.
 */
export const cartEmailKeys = (emailHash: string, cartId: string) => ({ gsi1pk: cartEmailPk(emailHash), gsi1sk: cartId });
export const cartEmailPk = (emailHash: string): string => `CARTS#${emailHash}`;

/** A shopper's email preferences (reminders stopped), keyed by the email's hash. */
export const emailPrefsKey = (emailHash: string): Key => ({ pk: `EMAIL#${emailHash}`, sk: 'PREFS' });

/** Pending orders and units held by one client (hashed IP) or one email (hashed): the stock-hoarding counters. */
export const holdCounterKey = (scope: 'client' | 'email', hash: string): Key => ({ pk: `${scope === 'client' ? 'CLIENT' : 'EMAIL'}#${hash}`, sk: 'HOLDS' });

/** What the shop sent an address on one UTC day (`YYYY-MM-DD`), counted per kind, next to its preferences. */
export const emailCapKey = (emailHash: string, kind: 'confirmation' | 'reminder', day: string): Key => ({ pk: `EMAIL#${emailHash}`, sk: `SENT#${kind}#${day}` });

/** The merchant's discount codes, newest first, in one partition of gsi3 (a shop has hundreds, not millions). */
export const discountListPk = 'DISCOUNTS';
export const discountListKeys = (code: string, createdAt: string) => ({ gsi3pk: discountListPk, gsi3sk: `${createdAt}#${code}` });

/** The shop's settings: one item, edited with optimistic locking on `version`. */
export const shopSettingsKey = (): Key => ({ pk: 'SETTINGS#SHOP', sk: 'SETTINGS' });

/**
 * Sparse index of shipments still waiting to leave, oldest first, for the merchant's dashboard: a
 * shipment enters it when created awaiting shipment and leaves it when it moves on or is cancelled.
 * One partition: a shop has tens of parcels waiting, not thousands.
 */
export const awaitingShipmentPk = 'AWAITING_SHIPMENT';
export const awaitingShipmentKeys = (orderId: string, shipmentId: string, createdAt: string) => ({
  gsi2pk: awaitingShipmentPk,
  gsi2sk: `${createdAt}#${orderId}#${shipmentId}`,
});

/**
 * Reviews. A review is its own item; a claim per product and buyer identity (`sub#<sub>` for an
 * account, `email#<hash>` for an address) is written in the same transaction, so a buyer reviews a
 * product once. The review moves between sparse indexes as it is moderated: the moderation queue
 * by status (gsi3), the product's approved reviews (gsi2, only while approved), the buyer's own
 * reviews (gsi1). Its invitation email waits in the order's partition and, until due, in gsi2.
 */
export const reviewKeys = {
  review: (reviewId: string): Key => ({ pk: `REVIEW#${reviewId}`, sk: 'REVIEW' }),
  claim: (productId: string, buyer: string): Key => ({ pk: `REVIEWED#${productId}#${buyer}`, sk: 'REVIEWED' }),
  invite: (orderId: string): Key => ({ pk: `ORDER#${orderId}`, sk: 'REVIEWINVITE' }),
};

export const reviewStatusPk = (status: string): string => `REVIEW_STATUS#${status}`;
/** Moderation lists by status, newest first: one partition per status (a shop has thousands of reviews, not millions). */
export const reviewStatusKeys = (status: string, createdAt: string, reviewId: string) => ({ gsi3pk: reviewStatusPk(status), gsi3sk: `${createdAt}#${reviewId}` });

export const productReviewsPk = (productId: string): string => `PRODUCT_REVIEWS#${productId}`;
/** A product's approved reviews, newest first; present only while the review is approved. */
export const productReviewKeys = (productId: string, createdAt: string, reviewId: string) => ({ gsi2pk: productReviewsPk(productId), gsi2sk: `${createdAt}#${reviewId}` });

export const reviewerPk = (buyer: string): string => `REVIEWER#${buyer}`;
/** A buyer's own reviews (their account, or their email hash when written as a guest), newest first. */
export const reviewerKeys = (buyer: string, createdAt: string, reviewId: string) => ({ gsi1pk: reviewerPk(buyer), gsi1sk: `${createdAt}#${reviewId}` });

export const reviewInvitePk = 'REVIEW_INVITES';
/** Orders waiting for their review invitation, by when their goods arrived (the job adds the delay). */
export const reviewInviteKeys = (orderId: string, readyAt: string) => ({ gsi2pk: reviewInvitePk, gsi2sk: `${readyAt}#${orderId}` });

/**
 * Invoices and credit notes. An order's documents share a partition of their own (the tracking
 * page's Query of the order partition never reads them): `INVOICE` once, `CREDIT#<cumulative
 * cents refunded after the refund>` per refund, a value each refund moves past, so it names the
 * refund for good. Each kind has one gapless sequence: its counter and one entry per number, so
 * the whole sequence reads back with one Query and a number can never be given twice.
 */
export const documentKeys = {
  orderDocuments: (orderId: string): string => `DOCUMENTS#${orderId}`,
  invoice: (orderId: string): Key => ({ pk: `DOCUMENTS#${orderId}`, sk: 'INVOICE' }),
  creditNote: (orderId: string, refundedAfter: number): Key => ({ pk: `DOCUMENTS#${orderId}`, sk: `CREDIT#${String(refundedAfter).padStart(12, '0')}` }),
  sequencePk: (kind: string): string => `SEQUENCE#${kind}`,
  sequenceCounter: (kind: string): Key => ({ pk: `SEQUENCE#${kind}`, sk: 'COUNTER' }),
  sequenceEntry: (kind: string, sequence: number): Key => ({ pk: `SEQUENCE#${kind}`, sk: `NUMBER#${String(sequence).padStart(12, '0')}` }),
};

/**
 * A request counter of the rate limiter: one item per limit class, scope (ip, email hash, order
 * id), value and window start, left to expire (TTL) once its window is over.
 */
export const rateCounterPrefix = 'RATE#';
export const rateCounterKey = (limitClass: string, scope: string, value: string, windowStart: number): Key => ({
  pk: `${rateCounterPrefix}${limitClass}#${scope}#${value}`,
  sk: `WINDOW#${windowStart}`,
});

/**
 * The event log: one item per domain event, by its id (a replay finds it), and in a feed of gsi3
 * by month and time, from which ERPs read what changed since a moment (`order`, `stock`, `catalog`).
 */
export const eventLogKey = (eventId: string): Key => ({ pk: `EVENT#${eventId}`, sk: 'EVENT' });
export const eventFeedPk = (feed: string, month: string): string => `FEED#${feed}#${month}`;
export const eventFeedKeys = (feed: string, occurredAt: string, eventId: string) => ({ gsi3pk: eventFeedPk(feed, occurredAt.slice(0, 7)), gsi3sk: `${occurredAt}#${eventId}` });

/**
 * Outbound webhooks. An endpoint's own items share its partition: the endpoint (with its signing
 * secret), one delivery item per event (lease while an attempt runs, then `delivered`), and one
 * record per attempt, sorted by time so the admin API lists them newest first with one Query.
 * Endpoints are also listed in one partition of gsi3 (a shop has a handful, not thousands), which
 * the fan-out reads for every event.
 */
export const webhookKeys = {
  endpointPk: (endpointId: string): string => `WEBHOOK#${endpointId}`,
  endpoint: (endpointId: string): Key => ({ pk: `WEBHOOK#${endpointId}`, sk: 'ENDPOINT' }),
  delivery: (endpointId: string, eventId: string): Key => ({ pk: `WEBHOOK#${endpointId}`, sk: `DELIVERY#${eventId}` }),
  attemptPrefix: 'ATTEMPT#',
  attempt: (endpointId: string, at: string, eventId: string, attempt: number): Key => ({
    pk: `WEBHOOK#${endpointId}`,
    sk: `ATTEMPT#${at}#${eventId}#${String(attempt).padStart(3, '0')}`,
  }),
};
export const webhookListPk = 'WEBHOOKS';
export const webhookListKeys = (endpointId: string, createdAt: string) => ({ gsi3pk: webhookListPk, gsi3sk: `${createdAt}#${endpointId}` });
