/** The admin's texts: one file per area and language, merged here; French is the reference for keys. */
import { auth as authEn } from './en/auth.ts';
import { categories as categoriesEn } from './en/categories.ts';
import { common as commonEn } from './en/common.ts';
import { dashboard as dashboardEn } from './en/dashboard.ts';
import { discounts as discountsEn } from './en/discounts.ts';
import { orders as ordersEn } from './en/orders.ts';
import { products as productsEn } from './en/products.ts';
import { reviews as reviewsEn } from './en/reviews.ts';
import { settings as settingsEn } from './en/settings.ts';
import { webhooks as webhooksEn } from './en/webhooks.ts';
import { auth } from './fr/auth.ts';
import { categories } from './fr/categories.ts';
import { common } from './fr/common.ts';
import { dashboard } from './fr/dashboard.ts';
import { discounts } from './fr/discounts.ts';
import { orders } from './fr/orders.ts';
import { products } from './fr/products.ts';
import { reviews } from './fr/reviews.ts';
import { settings } from './fr/settings.ts';
import { webhooks } from './fr/webhooks.ts';

export const fr = { ...common, ...auth, ...dashboard, ...orders, ...products, ...categories, ...discounts, ...reviews, ...webhooks, ...settings };

export type AdminMessageKey = keyof typeof fr;
export type AdminDictionary = Record<AdminMessageKey, string>;

export const en: AdminDictionary = { ...commonEn, ...authEn, ...dashboardEn, ...ordersEn, ...productsEn, ...categoriesEn, ...discountsEn, ...reviewsEn, ...webhooksEn, ...settingsEn };

export const adminDictionaries = { fr: fr as AdminDictionary, en };
