import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '#shared/domain/orders/model.ts';
import { placeOrder } from './order-repository.ts';

const ddb = mockClient(DynamoDBDocumentClient);

beforeAll(() => {
  process.env.TABLE_NAME = 'shop';
});
afterEach(() => ddb.reset());

const order: Order = {
  id: 'order-00000001',
  number: '260501-ABCDE',
  status: 'pending_payment',
  cartId: 'cart-1',
  email: 'ana@example.com',
  locale: 'fr',
  lines: [{ sku: 'A', productId: 'p1', title: { fr: 'Robe', en: 'Dress' }, options: {}, quantity: 1, unitPrice: 2000, vatRate: 2000, digital: false }],
  totals: { subtotal: 2000, discount: 0, shipping: 0, total: 2000, vat: [] },
  accessToken: 'token',
  payment: {},
  createdAt: '2026-05-01T10:00:00.000Z',
  paymentDueBy: '2026-05-01T10:35:00.000Z',
  version: 1,
};

const placed = async (candidate: Order) => {
  ddb.on(TransactWriteCommand).resolves({});
  await placeOrder(candidate, { stock: [{ sku: 'A', productId: 'p1', quantity: 1 }], cartVersion: 3 });
  const items = ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input.TransactItems!;
  ddb.reset();
  return items;
};

describe('placeOrder', () => {
  it("puts a signed-in buyer's order in the account index, with the same transaction items as a guest's", async () => {
    const guest = await placed(order);
    const signedIn = await placed({ ...order, customerSub: 'sub-1' });
    expect(signedIn).toHaveLength(guest.length);
    const put = signedIn.find((item) => item.Put)!.Put!.Item!;
    expect(put).toMatchObject({ pk: 'ORDER#order-00000001', customerSub: 'sub-1', gsi4pk: 'ACCOUNT#sub-1', gsi4sk: '2026-05-01T10:00:00.000Z#order-00000001' });
    expect(guest.find((item) => item.Put)!.Put!.Item).not.toHaveProperty('gsi4pk');
  });
});
