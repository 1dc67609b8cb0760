/**
 * The post-delivery review invitation. Each delivery (or, for an order of digital goods only, the
 * payment) schedules the order's invitation; the job sends the due ones a few days later, once per
 * order, in the order's language. Before sending it checks again: the address has not stopped our
 * emails nor is it on SES's suppression list, and something received is still unreviewed.
 * Once per order twice over: the job takes the invitation out of the index conditionally (two
 * runs never both take it), and the email itself goes through the order's `EMAIL#review-invite`
 * claim. A crash between taking it and sending loses that invitation rather than doubling it.
 */
import { emailHashOf } from '#shared/data/email-hash.ts';
import { getEmailPrefs } from '#shared/data/email-prefs-repository.ts';
import { getOrderHistory } from '#shared/data/fulfilment-repository.ts';
import { getOrder } from '#shared/data/order-repository.ts';
import { closeReviewInvite, dueReviewInvites, returnReviewInvite, takeReviewInvite, type InviteOutcome } from '#shared/data/review-invites.ts';
import { reviewsByBuyer } from '#shared/data/review-repository.ts';
import type { Order } from '#shared/domain/orders/model.ts';
import { buyerIdentities, orderProducts } from '#shared/domain/reviews/rules.ts';
import type { OutgoingEmail } from '#shared/clients/email.ts';
import { reviewInviteEmail, type ShopContext } from '#shared/email/render.ts';
import { sendOrderEmailOnce } from '#shared/fulfilment/send-once.ts';
import { logger } from '#shared/observability/logger.ts';
import { oneClickUnsubscribeUrl, unsubscribePageUrl } from '#shared/reminders/links.ts';

/** Days between the goods' arrival and the invitation, unless `REVIEW_INVITE_DELAY_DAYS` says otherwise. */
export const defaultInviteDelayDays = 7;
/** A failing invitation is tried this many times (once per run), then given up. */
export const maxInviteAttempts = 5;
const perRun = 200;

export interface InviteDeps {
  delayDays: number;
  shop: ShopContext & { emailFrom: string };
  linkSecret: () => Promise<string>;
  isSuppressed: (email: string) => Promise<boolean>;
  send: (email: OutgoingEmail) => Promise<string | undefined>;
}

export const reviewPageUrl = (shopUrl: string, order: Pick<Order, 'id' | 'accessToken'>) => `${shopUrl}/commande/${order.id}/avis?token=${order.accessToken}`;

const inviteOrder = async (orderId: string, now: Date, deps: InviteDeps): Promise<InviteOutcome> => {
  const order = await getOrder(orderId);
  if (!order) return 'order_gone';
  if ((await getEmailPrefs(order.email)).remindersStoppedAt) return 'unsubscribed';
  if (await deps.isSuppressed(order.email)) return 'suppressed';
  const received = orderProducts(order, (await getOrderHistory(orderId, true)).shipments).filter((product) => product.state === 'reviewable');
  const reviewed = await reviewsByBuyer(
    received.map((product) => product.productId),
    buyerIdentities(order, emailHashOf(order.email)),
  );
  const toReview = received.filter((product) => !reviewed.has(product.productId));
  if (!toReview.length) return 'nothing_to_review';

  const secret = await deps.linkSecret();
  const { shopUrl } = deps.shop;
  const lines = toReview.map((product) => ({
    title: product.title,
    quantity: order.lines.filter((line) => line.productId === product.productId).reduce((sum, line) => sum + line.quantity, 0),
  }));
  await sendOrderEmailOnce(order, 'review-invite', now, async () => {
    const email = reviewInviteEmail(order, { lines, reviewUrl: reviewPageUrl(shopUrl, order), unsubscribeUrl: unsubscribePageUrl(shopUrl, order.email, secret) }, deps.shop);
    return deps.send({
      from: deps.shop.emailFrom,
      to: order.email,
      ...email,
      headers: { 'List-Unsubscribe': `<${oneClickUnsubscribeUrl(shopUrl, order.email, secret)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });
  });
  return 'sent';
};

export type InviteRunReport = Record<InviteOutcome | 'taken_elsewhere' | 'retry_later', number>;

/** Sends every invitation due at `now` (the schedule's clock); failures go back for the next run. */
export const sendDueInvites = async (now: Date, deps: InviteDeps): Promise<InviteRunReport> => {
  const report: InviteRunReport = { sent: 0, unsubscribed: 0, suppressed: 0, nothing_to_review: 0, order_gone: 0, failed: 0, taken_elsewhere: 0, retry_later: 0 };
  const at = now.toISOString();
  const cutoff = new Date(now.getTime() - deps.delayDays * 86_400_000).toISOString();
  for (const entry of await dueReviewInvites(cutoff, perRun)) {
    if (!(await takeReviewInvite(entry, at))) {
      report.taken_elsewhere++;
      continue;
    }
    try {
      const outcome = await inviteOrder(entry.orderId, now, deps);
      await closeReviewInvite(entry.orderId, outcome, at);
      report[outcome]++;
    } catch (error) {
      logger.error('review invitation failed', { orderId: entry.orderId, attempts: entry.attempts + 1, error: error as Error });
      if (entry.attempts + 1 >= maxInviteAttempts) {
        await closeReviewInvite(entry.orderId, 'failed', at);
        report.failed++;
      } else {
        await returnReviewInvite(entry);
        report.retry_later++;
      }
    }
  }
  return report;
};
