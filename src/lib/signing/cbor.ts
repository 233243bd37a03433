/**
 * The little CBOR (RFC 8949) a COSE signature needs: integers, byte and text strings, arrays, maps, null and
 * tags. Deterministic: maps keep the order they are given in.
 */
export type CborValue =
  | number
  | string
  | null
  | Uint8Array
  | readonly CborValue[]
  | ReadonlyMap<CborValue, CborValue>
  | { readonly tag: number; readonly value: CborValue };

function head(major: number, value: number): Uint8Array {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`CBOR: ${value} is not a length or integer`);
  if (value < 24) return Uint8Array.of((major << 5) | value);
  if (value < 0x100) return Uint8Array.of((major << 5) | 24, value);
  if (value < 0x10000) return Uint8Array.of((major << 5) | 25, value >> 8, value & 0xff);
  if (value < 0x100000000) {
    const bytes = new Uint8Array(5);
    bytes[0] = (major << 5) | 26;
    new DataView(bytes.buffer).setUint32(1, value);
    return bytes;
  }
  throw new RangeError('CBOR: values above 2^32 are not needed here');
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const utf8 = new TextEncoder();

export function encodeCbor(value: CborValue): Uint8Array<ArrayBuffer> {
  if (value === null) return Uint8Array.of(0xf6);
  if (typeof value === 'number') return concatBytes([value >= 0 ? head(0, value) : head(1, -1 - value)]);
  if (typeof value === 'string') {
    const bytes = utf8.encode(value);
    return concatBytes([head(3, bytes.length), bytes]);
  }
  if (value instanceof Uint8Array) return concatBytes([head(2, value.length), value]);
  if (Array.isArray(value)) return concatBytes([head(4, value.length), ...value.map(encodeCbor)]);
  if (value instanceof Map) {
    const parts: Uint8Array[] = [head(5, value.size)];
    for (const [key, item] of value) parts.push(encodeCbor(key), encodeCbor(item));
    return concatBytes(parts);
  }
  const tagged = value as { tag: number; value: CborValue };
  return concatBytes([head(6, tagged.tag), encodeCbor(tagged.value)]);
}
