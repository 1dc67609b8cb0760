import { readShopSettings, rememberShopSettings } from '#shared/config/shop-settings.ts';
import { saveSettings } from '#shared/data/settings-repository.ts';
import type { ShopSettings } from '#shared/domain/settings/model.ts';
import { settingsProblems } from '#shared/domain/settings/rules.ts';
import { ConflictError, UnprocessableError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { settingsInput } from '#shared/schemas/settings-input.ts';

/**
 * Replaces the settings with the merchant's document: 422 naming each bad field, 409 when the
 * settings were saved since `version` was read; nothing is written in either case.
 */
export const handler = httpHandler({ access: 'merchant', body: settingsInput }, async ({ body }) => {
  const { version, updatedAt: _ignored, guestAccessDays, ...rest } = body;
  const draft = { ...rest, guestAccessDays: guestAccessDays ?? (await readShopSettings(true)).guestAccessDays };
  const problems = settingsProblems(draft);
  if (problems.length) throw new UnprocessableError('settings_invalid', 'Some settings are invalid.', problems);
  const next: ShopSettings = { ...draft, version: version + 1, updatedAt: new Date().toISOString() };
  if (!(await saveSettings(next, version))) {
    const current = await readShopSettings(true);
    throw new ConflictError('version_conflict', 'The settings were changed since you loaded them; reload them and retry.', { currentVersion: current.version });
  }
  rememberShopSettings(next);
  return ok({ settings: next });
});
