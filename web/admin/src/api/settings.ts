/** The admin settings API, typed: the whole document with its version. Money is integer cents. */
import type { DeliveryMethodSettings, LegalDetails, ShopSettings, ShopSettingsDraft } from '#shared/domain/settings/model.ts';
import { adminRequest } from './client.ts';

export type { DeliveryMethodSettings, LegalDetails, ShopSettings, ShopSettingsDraft };

export const getSettings = () => adminRequest<{ settings: ShopSettings }>('GET', '/admin/settings');

/** Replaces the settings edited at `version`; 422 `settings_invalid` names each bad field, 409 `version_conflict` when saved elsewhere since. */
export const saveSettings = (draft: ShopSettingsDraft, version: number) => adminRequest<{ settings: ShopSettings }>('PUT', '/admin/settings', { ...draft, version });
