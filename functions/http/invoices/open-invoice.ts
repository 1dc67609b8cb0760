import { guestOrderFor } from '#shared/checkout/guest-order.ts';
import { NotFoundError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { orderIdParams as params, orderTokenQuery as query } from '#shared/schemas/order-input.ts';
import { readyInvoice, signedLink } from '#shared/invoices/present-documents.ts';
import { preparingPage } from '#shared/invoices/preparing-page.ts';


/**
 * The confirmation email's invoice link: with the order's token, a redirect to a freshly signed
 * link to the PDF; while the invoice is still being drawn, a short page (202) that says so and
 * reloads itself. A wrong token, or an order never paid, is a 404.
 */
export const handler = httpHandler({ access: 'public', params, query }, async ({ params, query }) => {
  const order = await guestOrderFor(params.id, query.token);
  if (!order.paidAt) throw new NotFoundError('This order has no invoice: it was not paid.', 'invoice_not_found');
  const invoice = await readyInvoice(order.id);
  if (!invoice) return preparingPage(order.locale);
  return { statusCode: 302, headers: { location: await signedLink(invoice), 'cache-control': 'no-store' }, body: '' };
});
