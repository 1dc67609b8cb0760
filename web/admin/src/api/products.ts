/** The admin catalog API, typed: products, variants, stock movements, image uploads. Money is integer cents. */
import type { MerchantListing } from '#shared/domain/catalog/merchant-listing.ts';
import type { Product, ProductStatus, Variant } from '#shared/domain/catalog/model.ts';
import type { CreateProductInput, StockChangeInput, UpdateProductInput, UpdateVariantInput, VariantInput } from '#shared/schemas/product-input.ts';
import { ApiError, adminRequest } from './client.ts';

export type { MerchantListing, MerchantProductRow } from '#shared/domain/catalog/merchant-listing.ts';
export type { Product, ProductImage, ProductKind, ProductStatus, Variant } from '#shared/domain/catalog/model.ts';
export type { CreateProductInput, StockChangeInput, UpdateProductInput, UpdateVariantInput, VariantInput } from '#shared/schemas/product-input.ts';

export interface ProductWithVariants {
  product: Product;
  variants: Variant[];
}

export interface StockMovement {
  sku: string;
  before: number;
  after: number;
  reason: string;
  /** The merchant's email (or id) who made the change. */
  by: string;
  at: string;
}

export interface StockHistory {
  sku: string;
  stock: number | null;
  movements: StockMovement[];
}

export interface ProductListQuery {
  q?: string | undefined;
  status?: ProductStatus | undefined;
  category?: string | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
}

const productPath = (id: string) => `/admin/products/${encodeURIComponent(id)}`;
const variantPath = (id: string, sku: string) => `${productPath(id)}/variants/${encodeURIComponent(sku)}`;

export const listProducts = (query: ProductListQuery) => adminRequest<MerchantListing>('GET', '/admin/products', undefined, { ...query });

export const getProduct = (id: string) => adminRequest<ProductWithVariants>('GET', productPath(id));

export const createProduct = (body: CreateProductInput) => adminRequest<ProductWithVariants>('POST', '/admin/products', body);

/** `version` is the one the merchant edited: a newer one on the server answers 409 `version_conflict`. */
export const updateProduct = (id: string, changes: UpdateProductInput) => adminRequest<ProductWithVariants>('PATCH', productPath(id), changes);

export const addVariant = (id: string, body: VariantInput) => adminRequest<{ variant: Variant }>('POST', `${productPath(id)}/variants`, body);

export const updateVariant = (id: string, sku: string, changes: UpdateVariantInput) => adminRequest<{ variant: Variant }>('PATCH', variantPath(id, sku), changes);

export const changeStock = (id: string, sku: string, change: StockChangeInput) => adminRequest<{ movement: StockMovement }>('POST', `${variantPath(id, sku)}/stock`, change);

export const stockHistory = (id: string, sku: string) => adminRequest<StockHistory>('GET', `${variantPath(id, sku)}/stock`);

/** Image types the shop accepts, and the largest file (the presigned URL is for an exact size). */
export const imageTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const;
export type ImageType = (typeof imageTypes)[number];
export const maxImageBytes = 10 * 1024 * 1024;

interface UploadTicket {
  uploadUrl: string;
  method: 'PUT';
  headers: Record<string, string>;
  url: string;
}

/**
 * Uploads an image straight to the media bucket: the API presigns a PUT for this type and size,
 * the browser sends the file there (cross-origin, allowed by the bucket's CORS rule). Resolves
 * to the `/media/…` path a product image takes.
 */
export const uploadImage = async (file: File): Promise<string> => {
  if (!(imageTypes as readonly string[]).includes(file.type)) throw new ApiError(400, 'image_type_unsupported', `Unsupported image type ${file.type || 'unknown'}.`);
  if (file.size === 0 || file.size > maxImageBytes) throw new ApiError(400, 'image_too_large', 'The image must weigh between 1 byte and 10 MB.');
  const ticket = await adminRequest<UploadTicket>('POST', '/admin/uploads/images', { contentType: file.type, size: file.size });
  let response: Response;
  try {
    response = await fetch(ticket.uploadUrl, { method: ticket.method, headers: ticket.headers, body: file });
  } catch {
    throw new ApiError(0, 'upload_failed', 'The image could not be sent to the media storage.');
  }
  if (!response.ok) throw new ApiError(response.status, 'upload_failed', `The media storage refused the image (HTTP ${response.status}).`);
  return ticket.url;
};
