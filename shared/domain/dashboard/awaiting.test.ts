import { describe, expect, it } from 'vitest';
import { awaitingListed, awaitingShipment, type OrderState } from './awaiting.ts';

const orders = (...states: OrderState[]) => new Map(states.map((state) => [state.id, state]));

describe('awaitingShipment', () => {
  it('counts each paid order once, dated by its longest-waiting shipment, oldest first', () => {
    const result = awaitingShipment(
      [
        { orderId: 'o2', shipmentId: '1', createdAt: '2026-07-02T10:00:00Z' },
        { orderId: 'o1', shipmentId: '2', createdAt: '2026-07-01T12:00:00Z' },
        { orderId: 'o1', shipmentId: '1', createdAt: '2026-07-01T09:00:00Z' },
      ],
      orders({ id: 'o1', number: '260701-AAAAA', status: 'partially_refunded' }, { id: 'o2', number: '260702-BBBBB', status: 'paid' }),
    );
    expect(result).toEqual({
      count: 2,
      oldest: { orderId: 'o1', number: '260701-AAAAA', waitingSince: '2026-07-01T09:00:00Z' },
      orders: [
        { orderId: 'o1', number: '260701-AAAAA', waitingSince: '2026-07-01T09:00:00Z' },
        { orderId: 'o2', number: '260702-BBBBB', waitingSince: '2026-07-02T10:00:00Z' },
      ],
    });
  });

  it('leaves out refunded, cancelled and unknown orders', () => {
    const result = awaitingShipment(
      [
        { orderId: 'r', shipmentId: '1', createdAt: '2026-07-01T09:00:00Z' },
        { orderId: 'c', shipmentId: '1', createdAt: '2026-07-01T09:00:00Z' },
        { orderId: 'gone', shipmentId: '1', createdAt: '2026-07-01T09:00:00Z' },
      ],
      orders({ id: 'r', number: 'R', status: 'refunded' }, { id: 'c', number: 'C', status: 'cancelled' }),
    );
    expect(result).toEqual({ count: 0, orders: [] });
  });

  it('lists only the longest-waiting orders but counts them all', () => {
    const shipments = Array.from({ length: awaitingListed + 3 }, (_, index) => ({ orderId: `o${index}`, shipmentId: '1', createdAt: `2026-07-${String(index + 1).padStart(2, '0')}T00:00:00Z` }));
    const result = awaitingShipment(shipments, orders(...shipments.map((shipment) => ({ id: shipment.orderId, number: shipment.orderId, status: 'paid' as const }))));
    expect(result.count).toBe(awaitingListed + 3);
    expect(result.orders).toHaveLength(awaitingListed);
    expect(result.orders[0]!.orderId).toBe('o0');
  });
});
