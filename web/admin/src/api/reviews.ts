/** The admin review-moderation API, typed. */
import { adminRequest } from './client.ts';

export const reviewStatuses = ['pending', 'approved', 'rejected'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

export interface AdminReview {
  id: string;
  status: ReviewStatus;
  rating: number;
  text: string;
  locale: 'fr' | 'en';
  authorName: string | null;
  productId: string;
  productTitle: { fr: string; en: string };
  sku: string;
  orderId: string;
  orderNumber: string;
  createdAt: string;
  decidedAt: string | null;
}

export const listReviews = (query: { status: ReviewStatus; cursor?: string | undefined; limit?: number }) =>
  adminRequest<{ items: AdminReview[]; nextCursor: string | null }>('GET', '/admin/reviews', undefined, query);

export const decideReview = (id: string, decision: 'approve' | 'reject') => adminRequest<{ review: AdminReview }>('POST', `/admin/reviews/${encodeURIComponent(id)}/${decision}`);
