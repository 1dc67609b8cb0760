/**
 * The order list's filters and page, kept in the address (`?statut=…&du=…&au=…&email=…&curseur=…`)
 * so that back, reload and links keep them. Pages are API cursors: `precedents` lists the cursors
 * of the pages before (`0` for the first), so that "previous" works after a reload too.
 */
import { shopDayStart } from '#shared/domain/shop-clock.ts';
import { orderStatuses, type OrderListQuery, type OrderStatus } from '../../api/orders.ts';

export const pageSize = 25;
const firstPage = '0';
const day = /^\d{4}-\d{2}-\d{2}$/;
// API cursors are base64url: never a dot, never `0` alone.
const cursorShape = /^[\w-]{1,1000}$/;

export interface OrderFilters {
  status: OrderStatus | '';
  /** Shop days, YYYY-MM-DD, inclusive; empty when not set. */
  from: string;
  to: string;
  email: string;
}

export interface OrderListState extends OrderFilters {
  cursor: string;
  /** Cursors of the pages before this one, oldest first; `''` is the first page. */
  previous: string[];
}

export const noFilters: OrderFilters = { status: '', from: '', to: '', email: '' };

const validDay = (value: string | undefined): string => (value && day.test(value) && !Number.isNaN(Date.parse(value)) ? value : '');
const validCursor = (value: string | undefined): string => (value && cursorShape.test(value) ? value : '');

export const listStateFrom = (query: Record<string, string | undefined>): OrderListState => {
  const status = query.statut as OrderStatus | undefined;
  const cursor = validCursor(query.curseur);
  const previous = cursor ? (query.precedents ?? '').split('.').filter((entry) => entry === firstPage || cursorShape.test(entry)).map((entry) => (entry === firstPage ? '' : entry)) : [];
  return {
    status: status && orderStatuses.includes(status) ? status : '',
    from: validDay(query.du),
    to: validDay(query.au),
    email: query.email?.trim() ?? '',
    cursor,
    previous,
  };
};

export const listUrl = (state: OrderListState): string => {
  const params = new URLSearchParams();
  if (state.status) params.set('statut', state.status);
  if (state.from) params.set('du', state.from);
  if (state.to) params.set('au', state.to);
  if (state.email) params.set('email', state.email);
  if (state.cursor) {
    params.set('curseur', state.cursor);
    if (state.previous.length) params.set('precedents', state.previous.map((entry) => entry || firstPage).join('.'));
  }
  const text = params.toString();
  return `/admin/commandes${text ? `?${text}` : ''}`;
};

/** New filters start again at the first page. */
export const withFilters = (filters: OrderFilters): OrderListState => ({ ...filters, cursor: '', previous: [] });

export const nextPage = (state: OrderListState, nextCursor: string): OrderListState => ({ ...state, cursor: nextCursor, previous: [...state.previous, state.cursor] });

/** The page before, or undefined on the first page. A page opened from a bare link goes back to the first. */
export const previousPage = (state: OrderListState): OrderListState | undefined => {
  if (!state.cursor) return undefined;
  const previous = [...state.previous];
  const cursor = previous.pop() ?? '';
  return { ...state, cursor, previous: cursor ? previous : [] };
};

const nextDay = (value: string): string => new Date(Date.parse(`${value}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The API query: shop days become instants, from the first day's midnight in Paris to the last one's end. */
export const apiQuery = (state: OrderListState): OrderListQuery => ({
  status: state.status || undefined,
  email: state.email || undefined,
  from: state.from ? shopDayStart(state.from) : undefined,
  to: state.to ? new Date(Date.parse(shopDayStart(nextDay(state.to))) - 1).toISOString() : undefined,
  cursor: state.cursor || undefined,
  limit: pageSize,
});

/** A filter problem the page can tell before asking the API. */
export const filterProblem = (filters: OrderFilters): 'dates_reversed' | undefined => (filters.from && filters.to && filters.from > filters.to ? 'dates_reversed' : undefined);
