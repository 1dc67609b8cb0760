import { gatherCustomerData } from '#shared/data/customer-data-repository.ts';
import { exportFileName, presentExport } from '#shared/domain/privacy/export.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { identityOf } from './identity-of.ts';

/** Everything the shop holds about the signed-in account, as a JSON file to download (GDPR access and portability). */
export const handler = httpHandler({ access: 'customer' }, async ({ principal }) => {
  const now = new Date().toISOString();
  const data = await gatherCustomerData(identityOf(principal));
  return ok(presentExport(data, now), { 'content-disposition': `attachment; filename="${exportFileName(now)}"` });
});
