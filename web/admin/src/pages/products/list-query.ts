/** The list's filters and page, kept in the address (`?q=…&statut=…&categorie=…&page=…`) so that back, reload and links keep them. */
import type { ProductStatus } from '../../api/products.ts';

export const pageSize = 20;
const statuses: readonly ProductStatus[] = ['draft', 'active', 'archived'];

export interface ListState {
  q: string;
  status: ProductStatus | '';
  category: string;
  /** 1-based. */
  page: number;
}

export const listStateFrom = (query: Record<string, string | undefined>): ListState => {
  const page = Number(query.page);
  const status = query.statut as ProductStatus | undefined;
  return {
    q: query.q?.trim() ?? '',
    status: status && statuses.includes(status) ? status : '',
    category: query.categorie ?? '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
};

export const listUrl = (state: ListState): string => {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.status) params.set('statut', state.status);
  if (state.category) params.set('categorie', state.category);
  if (state.page > 1) params.set('page', String(state.page));
  const text = params.toString();
  return `/admin/produits${text ? `?${text}` : ''}`;
};

/** The API query for a list state. */
export const apiQuery = (state: ListState) => ({
  q: state.q || undefined,
  status: state.status || undefined,
  category: state.category || undefined,
  offset: (state.page - 1) * pageSize,
  limit: pageSize,
});

export const pageCount = (total: number): number => Math.max(1, Math.ceil(total / pageSize));
