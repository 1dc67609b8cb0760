/**
 * The settings document the merchant saves, checked for shape at the edge (400). Its values (cents,
 * windows, bands, countries) are judged by `settingsProblems` in the domain, which answers 422
 * with the path of every field at fault.
 */
import * as z from 'zod/mini';

const text = z.string().check(z.trim(), z.maxLength(1000));
const amount = z.number();
const deliveryMethodIds = ['standard', 'express', 'relay', 'click_collect'] as const;

const pricing = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('flat'), price: amount }),
  z.strictObject({ type: z.literal('weight_bands'), bands: z.array(z.strictObject({ maxGrams: amount, price: amount })).check(z.maxLength(20)) }),
]);

const deliveryMethod = z.strictObject({
  id: z.enum(deliveryMethodIds),
  enabled: z.boolean(),
  name: z.strictObject({ fr: text, en: text }),
  countries: z.array(z.string().check(z.trim(), z.toUpperCase(), z.maxLength(2))).check(z.maxLength(30)),
  pricing,
  freeAbove: z.nullable(amount),
  transitDays: z.tuple([amount, amount]),
  cutoffHour: amount,
});

export const settingsInput = z.strictObject({
  shopName: text,
  supportEmail: z.nullable(z.string().check(z.trim(), z.toLowerCase(), z.maxLength(1000))),
  legal: z.strictObject({
    companyName: text,
    legalForm: text,
    shareCapital: z.nullable(amount),
    address: text,
    registrationNumber: text,
    vatNumber: z.string().check(z.trim(), z.toUpperCase(), z.maxLength(1000)),
    publicationDirector: text,
    hostingProvider: text,
    phone: text,
    mediator: text,
  }),
  returnWindowDays: amount,
  /** Optional for clients written before it existed: absent keeps the saved value. */
  guestAccessDays: z.optional(amount),
  delivery: z.strictObject({
    methods: z.array(deliveryMethod).check(z.maxLength(20)),
    storeAddress: text,
  }),
  /** The version the merchant edited (0 for the defaults); a newer one on the server means 409. */
  version: z.number().check(z.int(), z.minimum(0)),
  /** Sent back as read, ignored: the server stamps the time of the save. */
  updatedAt: z.optional(z.nullable(z.string().check(z.maxLength(40)))),
});
export type SettingsInput = z.infer<typeof settingsInput>;
