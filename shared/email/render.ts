/** The transactional emails, French or English after the order's locale: the one import callers need. */
export type { DownloadLink, ItemQuantity, OrderEmailContext, RenderedEmail, ReturnDetails, ReturnStep, ShipmentInfo, ShipmentStatus, ShopContext } from './model.ts';
export { returnSteps, shipmentStatuses } from './model.ts';
export { escapeHtml } from './escape-html.ts';
export { orderConfirmationEmail } from './order-confirmation.ts';
export { shipmentEmail } from './shipment.ts';
export { returnEmail } from './returns.ts';
export { refundEmail } from './refund.ts';
export { cancellationEmail } from './cancellation.ts';
export { cartReminderEmail } from './cart-reminder.ts';
export type { CartReminder, ReminderLine, ReminderOffer } from './cart-reminder.ts';
export { reviewInviteEmail } from './review-invite.ts';
export type { ReviewInvite } from './review-invite.ts';
export { orderLinkEmail } from './order-link.ts';
