/**
 * Limits on stock held by unpaid checkouts, from the environment: `PENDING_ORDERS_PER_CLIENT`,
 * `PENDING_UNITS_PER_CLIENT`, `PENDING_ORDERS_PER_EMAIL`, `PENDING_UNITS_PER_EMAIL` (whole numbers,
 * 0 switches one off). Defaults: 20 orders and 100 units per client, 10 orders and 50 units per email.
 */
import { defaultHoldLimits, type HoldLimits } from '#shared/domain/orders/holds.ts';

const names: Record<keyof HoldLimits, string> = {
  ordersPerClient: 'PENDING_ORDERS_PER_CLIENT',
  unitsPerClient: 'PENDING_UNITS_PER_CLIENT',
  ordersPerEmail: 'PENDING_ORDERS_PER_EMAIL',
  unitsPerEmail: 'PENDING_UNITS_PER_EMAIL',
};

export const holdLimitsFrom = (env: NodeJS.ProcessEnv = process.env): HoldLimits => {
  const limits = { ...defaultHoldLimits };
  for (const [field, name] of Object.entries(names) as Array<[keyof HoldLimits, string]>) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) throw new Error(`Invalid configuration: ${name} must be a whole number (0 switches it off)`);
    limits[field] = value;
  }
  return limits;
};
