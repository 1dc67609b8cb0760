import { describe, expect, it } from 'vitest';
import { estimateDelivery } from './estimate.ts';

describe('estimateDelivery', () => {
  it('dispatches the same day before the cut-off and counts business days', () => {
    // Monday 23 Nov 2026, 10:00 in Paris.
    expect(estimateDelivery(new Date('2026-11-23T09:00:00Z'))).toEqual({ from: '2026-11-25', to: '2026-11-27' });
  });

  it('dispatches the next business day after the cut-off', () => {
    // Friday 27 Nov 2026, 15:00 in Paris: leaves Monday, arrives Wednesday to Friday.
    expect(estimateDelivery(new Date('2026-11-27T14:00:00Z'))).toEqual({ from: '2026-12-02', to: '2026-12-04' });
  });

  it('treats a weekend order like one placed on Monday after the cut-off', () => {
    expect(estimateDelivery(new Date('2026-11-28T09:00:00Z'))).toEqual({ from: '2026-12-02', to: '2026-12-04' });
  });

  it('uses the shop time zone, not UTC', () => {
    // 13:30 UTC is 14:30 in Paris: past the cut-off.
    expect(estimateDelivery(new Date('2026-11-23T13:30:00Z'))).toEqual({ from: '2026-11-26', to: '2026-11-30' });
  });
});
