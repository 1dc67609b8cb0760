import { describe, expect, it } from 'vitest';
import type { SavedAddress } from './api.ts';
import { isSaved } from './checkout-account.tsx';

const saved: SavedAddress = { id: 'a1', isDefault: true, firstName: 'Zoé', lastName: 'Durand', line1: '3 rue des Écoles', postcode: '75005', city: 'Paris', country: 'FR' };

describe('isSaved', () => {
  it('recognises a saved address whatever the case, spacing or blank optional fields', () => {
    expect(isSaved({ firstName: 'zoé ', lastName: 'DURAND', company: '', line1: '3 rue des Écoles', line2: '', postcode: '75005', city: 'paris', country: 'FR', phone: '' }, [saved])).toBe(true);
  });

  it('offers to save an address that differs in any field', () => {
    expect(isSaved({ ...saved, line2: 'Porte 4' }, [saved])).toBe(false);
    expect(isSaved({ ...saved, postcode: '75011' }, [saved])).toBe(false);
    expect(isSaved({ ...saved }, [])).toBe(false);
  });
});
