import { describe, expect, it } from 'vitest';
import { encodeCbor, type CborValue } from '../../../src/lib/signing/cbor';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('encodeCbor', () => {
  // Examples from RFC 8949, appendix A.
  it.each<[CborValue, string]>([
    [0, '00'],
    [23, '17'],
    [24, '1818'],
    [100, '1864'],
    [1000, '1903e8'],
    [1000000, '1a000f4240'],
    [-1, '20'],
    [-7, '26'],
    [-100, '3863'],
    ['', '60'],
    ['a', '6161'],
    ['IETF', '6449455446'],
    [new Uint8Array(0), '40'],
    [Uint8Array.of(1, 2, 3, 4), '4401020304'],
    [[], '80'],
    [[1, 2, 3], '83010203'],
    [[1, [2, 3], [4, 5]], '8301820203820405'],
    [
      new Map([
        [1, 2],
        [3, 4],
      ]),
      'a201020304',
    ],
    [
      new Map<CborValue, CborValue>([
        ['a', 1],
        ['b', [2, 3]],
      ]),
      'a26161016162820203',
    ],
    [null, 'f6'],
    [{ tag: 18, value: [] }, 'd280'],
  ])('encodes %o as %s', (value, expected) => {
    expect(hex(encodeCbor(value))).toBe(expected);
  });

  it('uses the long length forms for long strings', () => {
    expect(hex(encodeCbor(new Uint8Array(300))).slice(0, 6)).toBe('59012c');
    expect(encodeCbor(new Uint8Array(70000)).slice(0, 5)).toEqual(Uint8Array.of(0x5a, 0, 1, 0x11, 0x70));
  });

  it('refuses numbers it cannot encode exactly', () => {
    expect(() => encodeCbor(1.5)).toThrow(RangeError);
    expect(() => encodeCbor(2 ** 40)).toThrow(RangeError);
  });
});
