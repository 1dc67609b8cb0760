import { routeTable } from '#shared/http/route-table.ts';
import { handler as listAccountInvoices } from './invoices/list-account-invoices.ts';
import { handler as listAdminInvoices } from './invoices/list-admin-invoices.ts';
import { handler as listGuestInvoices } from './invoices/list-guest-invoices.ts';
import { handler as openInvoice } from './invoices/open-invoice.ts';

/** An order's invoice and credit notes (signed links), for its guest token, its owner or the merchant; the email's invoice link. */
export const handler = routeTable({
  'GET /api/orders/{id}/invoices': listGuestInvoices,
  'GET /api/orders/{id}/invoice': openInvoice,
  'GET /api/account/orders/{id}/invoices': listAccountInvoices,
  'GET /api/admin/orders/{id}/invoices': listAdminInvoices,
});
