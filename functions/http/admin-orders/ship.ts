import { claimTrackingNumber, getShipment } from '#shared/data/fulfilment-repository.ts';
import { getOrder } from '#shared/data/order-repository.ts';
import { carrierById } from '#shared/domain/carriers/catalog.ts';
import { fulfilmentDeps } from '#shared/fulfilment/deps.ts';
import { moveShipmentAndNotify } from '#shared/fulfilment/tracking.ts';
import { ConflictError, NotFoundError, ValidationError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { shipInput as body, shipmentParams as params } from '#shared/schemas/order-input.ts';
import { ok } from '#shared/http/responses.ts';


/** The merchant hands a shipment to a carrier: it is shipped, tracked, and the shopper is emailed once. */
export const handler = httpHandler({ access: 'merchant', params, body }, async ({ params, body }) => {
  if (!carrierById(body.carrier)) throw new ValidationError('Unknown carrier.', [{ path: 'body.carrier', code: 'unknown_carrier', message: 'Pick a carrier from the list.' }]);
  const [shipment, order] = await Promise.all([getShipment(params.id, params.shipmentId), getOrder(params.id)]);
  if (!shipment || !order) throw new NotFoundError('No such shipment.', 'shipment_not_found');
  if (!order.paidAt || !['paid', 'partially_refunded'].includes(order.status)) {
    throw new ConflictError('order_not_shippable', 'Only a paid order can be shipped.', { status: order.status });
  }
  if (shipment.status !== 'awaiting_shipment') throw new ConflictError('already_shipped', 'This shipment has already left.', { status: shipment.status });
  if (!(await claimTrackingNumber(body.trackingNumber, params.id, params.shipmentId))) {
    throw new ConflictError('tracking_number_taken', 'This tracking number belongs to another shipment.');
  }
  const moved = await moveShipmentAndNotify(params.id, params.shipmentId, 'in_transit', await fulfilmentDeps(), {
    carrier: body.carrier,
    trackingNumber: body.trackingNumber,
  });
  if (!moved) throw new ConflictError('already_shipped', 'This shipment has already left.');
  return ok({ shipment: await getShipment(params.id, params.shipmentId) });
});
