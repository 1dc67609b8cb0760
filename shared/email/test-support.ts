/** A realistic paid order and shop context for the email tests (imported by tests only). */
import type { Order } from '#shared/domain/orders/model.ts';
import type { OrderEmailContext } from './model.ts';

export const shop: OrderEmailContext = {
  shopName: 'Atelier Lumière',
  shopUrl: 'https://boutique.example.fr',
  supportEmail: 'aide@boutique.example.fr',
  trackingPageUrl: 'https://boutique.example.fr/commande/ord-1?token=abc&lang=fr',
};

// Totals as computeTotals gives them: 10 % off with BIENVENUE10, home delivery under the free threshold.
export const sampleOrder = (overrides: Partial<Order> = {}): Order => ({
  id: 'ord-1',
  number: '261123-ABCDE',
  status: 'paid',
  cartId: 'cart-1',
  email: 'camille.martin@example.fr',
  locale: 'fr',
  lines: [
    {
      sku: 'SHIRT-LIN-M-NAVY',
      productId: 'p-shirt',
      title: { fr: 'Chemise en lin', en: 'Linen shirt' },
      options: { colour: 'navy', size: 'M' },
      quantity: 1,
      unitPrice: 3900,
      vatRate: 2000,
      digital: false,
    },
    {
      sku: 'SOCKS-WOOL-39-GREY',
      productId: 'p-socks',
      title: { fr: 'Chaussettes en laine mérinos', en: 'Merino wool socks' },
      options: { size: '39-42', colour: 'grey' },
      quantity: 2,
      unitPrice: 625,
      vatRate: 2000,
      digital: false,
    },
    {
      sku: 'EBOOK-GARDEN-EPUB',
      productId: 'p-ebook',
      title: { fr: 'Le jardin naturel (livre numérique)', en: 'The Natural Garden (e-book)' },
      options: { format: 'epub' },
      quantity: 1,
      unitPrice: 1499,
      vatRate: 550,
      digital: true,
    },
  ],
  totals: {
    subtotal: 6649,
    discount: 665,
    shipping: 495,
    total: 6479,
    vat: [
      { rate: 2000, base: 4275, amount: 855 },
      { rate: 550, base: 1279, amount: 70 },
    ],
  },
  delivery: { method: 'standard', price: 495, estimate: { from: '2026-11-25', to: '2026-11-27' } },
  shippingAddress: {
    firstName: 'Camille',
    lastName: 'Martin',
    line1: '12 rue des Lilas',
    line2: 'Bâtiment B',
    postcode: '69003',
    city: 'Lyon',
    country: 'FR',
    phone: '+33612345678',
  },
  discountCode: 'BIENVENUE10',
  accessToken: 'abc',
  payment: { paymentIntentId: 'pi_1' },
  createdAt: '2026-11-23T09:00:00.000Z',
  paymentDueBy: '2026-11-23T09:30:00.000Z',
  paidAt: '2026-11-23T09:05:00.000Z',
  version: 2,
  ...overrides,
});
