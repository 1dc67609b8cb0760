import { describe, expect, it } from 'vitest';
import { priceFor } from './destination-price.ts';

describe('priceFor', () => {
  it('keeps the net price and applies the destination rate', () => {
    // 24.00 incl. 20 % is 20.00 net: 23.80 at 19 %; 21.10 incl. 5.5 % is 20.00 net: 21.40 at 7 %.
    expect(priceFor(2400, 2000, 1900)).toBe(2380);
    expect(priceFor(2110, 550, 700)).toBe(2140);
  });

  it('leaves the price alone when the rates are the same', () => {
    expect(priceFor(1999, 2000, 2000)).toBe(1999);
  });

  it('rounds half up to the cent in one step from the French price', () => {
    expect(priceFor(1000, 2000, 1900)).toBe(992); // 991.67
    expect(priceFor(3, 2000, 0)).toBe(3); // 2.5
    expect(priceFor(2, 2000, 0)).toBe(2); // 1.67
  });

  it('comes back within a cent when priced back to France', () => {
    for (let price = 0; price < 5000; price += 7) {
      for (const [french, destination] of [[2000, 1900], [550, 0], [2000, 2300], [550, 700]]) {
        expect(Math.abs(priceFor(priceFor(price, french!, destination!), destination!, french!) - price)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('refuses amounts that are not whole cents', () => {
    expect(() => priceFor(10.5, 2000, 1900)).toThrow(RangeError);
    expect(() => priceFor(-1, 2000, 1900)).toThrow(RangeError);
  });
});
