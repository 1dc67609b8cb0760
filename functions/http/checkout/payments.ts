import { loadPaymentConfig } from '#shared/payments/payment-config.ts';

/** The payment gateway of this function, decided once at cold start for every checkout route. */
export const payments = await loadPaymentConfig();
