/**
 * What makes settings acceptable beyond their shape: money in whole cents, a return window no
 * shorter than the EU withdrawal right, weight bands that grow, every country served once per
 * method. Each problem names its field, so the merchant sees it next to the input.
 */
import { countryCodes } from '#shared/schemas/address.ts';
import type { ErrorDetail } from '#shared/http/errors.ts';
import type { PriceRule } from '#shared/domain/delivery/methods.ts';
import { maximumGuestAccessDays, minimumGuestAccessDays, minimumReturnWindowDays, type DeliveryMethodSettings, type ShopSettingsDraft } from './model.ts';

export const maxDeliveryPrice = 100_000;
export const maxFreeAbove = 10_000_000;
export const maxShareCapital = 100_000_000_000;
export const maxReturnWindowDays = 365;
export const maxParcelGrams = 100_000;
export const maxTransitDays = 60;

type Problems = ErrorDetail[];

const isWhole = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

const text = (problems: Problems, path: string, value: string, max: number, required = false) => {
  if (required && !value) problems.push({ path, code: 'required', message: 'This field is required.' });
  else if (value.length > max) problems.push({ path, code: 'too_long', message: `At most ${max} characters.` });
};

const cents = (problems: Problems, path: string, value: number, max: number, code = 'price_invalid') => {
  if (!isWhole(value, 0, max)) problems.push({ path, code, message: `Whole cents from 0 to ${max}.` });
};

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const phonePattern = /^\+?[0-9 .()-]{6,25}$/;
/** Two letters then 2 to 13 letters or digits, spaces allowed: every EU VAT number fits. */
const vatPattern = /^[A-Z]{2}[0-9A-Z]{2,13}$/;

const pricingProblems = (problems: Problems, path: string, pricing: PriceRule) => {
  if (pricing.type === 'flat') return cents(problems, `${path}.price`, pricing.price, maxDeliveryPrice);
  if (!pricing.bands.length) problems.push({ path: `${path}.bands`, code: 'bands_empty', message: 'Give at least one weight band.' });
  pricing.bands.forEach((band, index) => {
    const at = `${path}.bands.${index}`;
    if (!isWhole(band.maxGrams, 1, maxParcelGrams)) problems.push({ path: `${at}.maxGrams`, code: 'weight_invalid', message: `Whole grams from 1 to ${maxParcelGrams}.` });
    cents(problems, `${at}.price`, band.price, maxDeliveryPrice);
    const previous = pricing.bands[index - 1];
    if (!previous) return;
    if (band.maxGrams <= previous.maxGrams) problems.push({ path: `${at}.maxGrams`, code: 'bands_not_increasing', message: 'Each band must carry more than the one before.' });
    if (band.price < previous.price) problems.push({ path: `${at}.price`, code: 'band_price_decreasing', message: 'A heavier band cannot cost less than a lighter one.' });
  });
};

const methodProblems = (problems: Problems, path: string, method: DeliveryMethodSettings) => {
  text(problems, `${path}.name.fr`, method.name.fr, 80, true);
  text(problems, `${path}.name.en`, method.name.en, 80, true);
  if (!method.countries.length) problems.push({ path: `${path}.countries`, code: 'countries_empty', message: 'Choose at least one country.' });
  method.countries.forEach((country, index) => {
    if (!countryCodes.includes(country as (typeof countryCodes)[number])) {
      problems.push({ path: `${path}.countries.${index}`, code: 'country_unsupported', message: `Addresses may only be in ${countryCodes.join(', ')}.` });
    } else if (method.countries.indexOf(country) !== index) {
      problems.push({ path: `${path}.countries.${index}`, code: 'country_duplicate', message: 'This country is listed twice.' });
    }
  });
  pricingProblems(problems, `${path}.pricing`, method.pricing);
  if (method.freeAbove !== null) cents(problems, `${path}.freeAbove`, method.freeAbove, maxFreeAbove, 'threshold_invalid');
  const [fastest, slowest] = method.transitDays;
  if (!isWhole(fastest, 0, maxTransitDays) || !isWhole(slowest, 0, maxTransitDays) || fastest > slowest) {
    problems.push({ path: `${path}.transitDays`, code: 'transit_invalid', message: `Whole business days from 0 to ${maxTransitDays}, the fastest first.` });
  }
  if (!isWhole(method.cutoffHour, 0, 23)) problems.push({ path: `${path}.cutoffHour`, code: 'cutoff_invalid', message: 'An hour from 0 to 23.' });
};

const deliveryProblems = (problems: Problems, path: string, delivery: ShopSettingsDraft['delivery']) => {
  const enabled = delivery.methods.filter((method) => method.enabled);
  if (!enabled.length) problems.push({ path: `${path}.methods`, code: 'no_enabled_method', message: 'Keep at least one delivery method enabled.' });
  const served = new Set<string>();
  delivery.methods.forEach((method, index) => {
    methodProblems(problems, `${path}.methods.${index}`, method);
    if (!method.enabled) return;
    // Quoting picks one entry per method and country: a second one would never be used.
    method.countries.forEach((country, countryIndex) => {
      const pair = `${method.id}:${country}`;
      if (served.has(pair)) problems.push({ path: `${path}.methods.${index}.countries.${countryIndex}`, code: 'country_served_twice', message: 'Another enabled entry of this method already serves this country.' });
      served.add(pair);
    });
  });
  text(problems, `${path}.storeAddress`, delivery.storeAddress, 300, enabled.some((method) => method.id === 'click_collect'));
};

const legalProblems = (problems: Problems, path: string, legal: ShopSettingsDraft['legal']) => {
  for (const field of ['companyName', 'legalForm', 'registrationNumber', 'publicationDirector'] as const) text(problems, `${path}.${field}`, legal[field], 120);
  for (const field of ['address', 'hostingProvider'] as const) text(problems, `${path}.${field}`, legal[field], 300);
  text(problems, `${path}.mediator`, legal.mediator, 500);
  if (legal.shareCapital !== null) cents(problems, `${path}.shareCapital`, legal.shareCapital, maxShareCapital, 'amount_invalid');
  if (legal.vatNumber && !vatPattern.test(legal.vatNumber.replaceAll(' ', ''))) problems.push({ path: `${path}.vatNumber`, code: 'vat_invalid', message: 'An EU VAT number such as FR12912345678.' });
  if (legal.phone && !phonePattern.test(legal.phone)) problems.push({ path: `${path}.phone`, code: 'phone_invalid', message: 'A phone number such as +33 4 78 00 00 00.' });
};

/** Every problem with a draft; empty when it may be saved. `path` prefixes each field (the request part). */
export const settingsProblems = (draft: ShopSettingsDraft, path = 'body'): ErrorDetail[] => {
  const problems: Problems = [];
  text(problems, `${path}.shopName`, draft.shopName, 80, true);
  if (draft.supportEmail !== null && (draft.supportEmail.length > 254 || !emailPattern.test(draft.supportEmail))) {
    problems.push({ path: `${path}.supportEmail`, code: 'email_invalid', message: 'An email address such as bonjour@example.com.' });
  }
  if (!Number.isInteger(draft.returnWindowDays) || draft.returnWindowDays > maxReturnWindowDays) {
    problems.push({ path: `${path}.returnWindowDays`, code: 'return_window_invalid', message: `Whole days up to ${maxReturnWindowDays}.` });
  } else if (draft.returnWindowDays < minimumReturnWindowDays) {
    problems.push({ path: `${path}.returnWindowDays`, code: 'return_window_too_short', message: `The EU right of withdrawal is ${minimumReturnWindowDays} days: the window cannot be shorter.` });
  }
  if (!isWhole(draft.guestAccessDays, minimumGuestAccessDays, maximumGuestAccessDays)) {
    problems.push({ path: `${path}.guestAccessDays`, code: 'guest_access_invalid', message: `Whole days from ${minimumGuestAccessDays} to ${maximumGuestAccessDays}.` });
  } else if (isWhole(draft.returnWindowDays, minimumReturnWindowDays, maxReturnWindowDays) && draft.guestAccessDays < draft.returnWindowDays) {
    problems.push({ path: `${path}.guestAccessDays`, code: 'guest_access_shorter_than_returns', message: 'At least the return window, so that a guest can still ask for a return from their link.' });
  }
  legalProblems(problems, `${path}.legal`, draft.legal);
  deliveryProblems(problems, `${path}.delivery`, draft.delivery);
  return problems;
};
