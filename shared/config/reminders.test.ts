import { describe, expect, it } from 'vitest';
import { defaultReminderSequence } from '#shared/domain/reminders/sequence.ts';
import { reminderCapsFrom, reminderSequenceFrom } from './reminders.ts';

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

describe('reminder caps per address', () => {
  it('defaults to one confirmation request and three reminders a day, and reads the environment', () => {
    expect(reminderCapsFrom({})).toEqual({ confirmationsPerDay: 1, remindersPerDay: 3 });
    expect(reminderCapsFrom({ REMINDER_CONFIRMATIONS_PER_DAY: '2', REMINDERS_PER_ADDRESS_PER_DAY: '0' })).toEqual({ confirmationsPerDay: 2, remindersPerDay: 0 });
  });

  it('refuses a cap that is not a small whole number', () => {
    for (const bad of ['-1', '1.5', 'many', '101']) expect(() => reminderCapsFrom({ REMINDERS_PER_ADDRESS_PER_DAY: bad })).toThrow(/REMINDERS_PER_ADDRESS_PER_DAY/);
  });
});
