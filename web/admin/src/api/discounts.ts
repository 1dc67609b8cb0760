/** The admin discount-code API, typed. Amounts are integer cents, percentages basis points (1000 = 10 %). */
import { adminRequest } from './client.ts';

export type DiscountType = 'percentage' | 'fixed' | 'free_shipping';
export const discountStates = ['active', 'scheduled', 'expired', 'exhausted', 'disabled'] as const;
export type DiscountState = (typeof discountStates)[number];

export interface AdminDiscount {
  code: string;
  type: DiscountType;
  value: number;
  minSubtotal: number | null;
  startsAt: string | null;
  endsAt: string | null;
  usageLimit: number | null;
  perEmailLimit: number | null;
  used: number;
  remaining: number | null;
  active: boolean;
  state: DiscountState;
  version: number;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface AdminDiscountDetail extends AdminDiscount {
  /** Distinct emails that used a code limited per email; null when not counted. */
  distinctEmails: number | null;
}

export interface DiscountTermsBody {
  type: DiscountType;
  value: number;
  minSubtotal?: number;
  startsAt?: string;
  endsAt?: string;
  usageLimit?: number;
  perEmailLimit?: number;
}

export type CreateDiscountBody = DiscountTermsBody & { code: string; active?: boolean };

/** Only the fields that change; `null` clears an optional one. */
export type DiscountChangesBody = { [Field in keyof DiscountTermsBody]?: DiscountTermsBody[Field] | null } & { active?: boolean };

export const listDiscounts = (query: { status?: DiscountState | undefined; cursor?: string | undefined; limit?: number }) =>
  adminRequest<{ items: AdminDiscount[]; nextCursor: string | null }>('GET', '/admin/discounts', undefined, query);

export const getDiscount = (code: string) => adminRequest<{ discount: AdminDiscountDetail }>('GET', `/admin/discounts/${encodeURIComponent(code)}`);

export const createDiscount = (body: CreateDiscountBody) => adminRequest<{ discount: AdminDiscount }>('POST', '/admin/discounts', body);

export const updateDiscount = (code: string, version: number, changes: DiscountChangesBody) =>
  adminRequest<{ discount: AdminDiscount }>('PATCH', `/admin/discounts/${encodeURIComponent(code)}`, { version, ...changes });
