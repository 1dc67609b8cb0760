import { describe, expect, it } from 'vitest';
import { defaultReminderSequence } from '#shared/domain/reminders/sequence.ts';
import { reminderSequenceFrom } from './reminders.ts';

describe('reminder sequence configuration', () => {
  it('defaults to one hour, then 24 hours with 10 % off', () => {
    expect(reminderSequenceFrom({})).toEqual(defaultReminderSequence);
  });

  it('reads a custom sequence', () => {
    expect(reminderSequenceFrom({ REMINDER_SEQUENCE: '[{"afterMinutes":30},{"afterMinutes":2880,"discountBasisPoints":1500}]' })).toEqual([
      { afterMinutes: 30 },
      { afterMinutes: 2880, discountBasisPoints: 1500 },
    ]);
  });

  it.each([
    ['an empty sequence', '[]'],
    ['delays that do not increase', '[{"afterMinutes":60},{"afterMinutes":60}]'],
    ['a fractional delay', '[{"afterMinutes":1.5}]'],
    ['a discount above 90 %', '[{"afterMinutes":60,"discountBasisPoints":9500}]'],
  ])('refuses %s', (_name, value) => {
    expect(() => reminderSequenceFrom({ REMINDER_SEQUENCE: value })).toThrow(/REMINDER_SEQUENCE/);
  });
});
