import type { DiscountChanges } from '#shared/data/discount-repository.ts';
import type { UpdateDiscountInput } from '#shared/schemas/discount-input.ts';

/** Stored instants are UTC with milliseconds, so that they also compare correctly as strings. */
export const utcInstant = (value: string): string => new Date(value).toISOString();

/** The fields an edit sets, in stored form; a `null` becomes a removal. */
export const changesFrom = (input: Omit<UpdateDiscountInput, 'version'>): DiscountChanges => {
  const changes: DiscountChanges = {};
  if (input.type !== undefined) changes.type = input.type;
  if (input.value !== undefined) changes.value = input.value;
  if (input.active !== undefined) changes.active = input.active;
  for (const field of ['minSubtotal', 'usageLimit', 'perEmailLimit'] as const) {
    if (input[field] !== undefined) changes[field] = input[field] ?? undefined;
  }
  for (const field of ['startsAt', 'endsAt'] as const) {
    const value = input[field];
    if (value !== undefined) changes[field] = value === null ? undefined : utcInstant(value);
  }
  return changes;
};
