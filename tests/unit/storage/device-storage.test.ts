// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStored, writeStored } from '../../../src/lib/storage/device-storage';

afterEach(() => localStorage.clear());

describe('device storage', () => {
  it('round-trips JSON and removes the key for undefined', () => {
    expect(writeStored('look-closer:test', { a: 1 })).toBe(true);
    expect(readStored('look-closer:test', (value) => value, 'none')).toEqual({ a: 1 });
    expect(writeStored('look-closer:test', undefined)).toBe(true);
    expect(localStorage.getItem('look-closer:test')).toBeNull();
  });

  it('falls back when nothing is stored, the text is not JSON, or restoring throws', () => {
    expect(readStored('look-closer:test', () => 'restored', 'fallback')).toBe('fallback');
    localStorage.setItem('look-closer:test', '{not json');
    expect(readStored('look-closer:test', () => 'restored', 'fallback')).toBe('fallback');
    localStorage.setItem('look-closer:test', '{}');
    const throwing = () => {
      throw new Error('foreign shape');
    };
    expect(readStored('look-closer:test', throwing, 'fallback')).toBe('fallback');
  });

  it('reports a refused write instead of throwing', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(writeStored('look-closer:test', { a: 1 })).toBe(false);
  });
});
