/**
 * Seeded, reproducible mutations of media files, for fuzzing the Content Credentials inspector. A mutation is
 * plain data (printable, replayable); `applyMutation` turns a file and a mutation into new bytes, and
 * `planCases` draws the mutations from a seed with fast-check, so one seed always gives the same files.
 */
import fc from 'fast-check';
import { findUnits, type Unit } from './units';

/** What a mutation aims at: one unit (index taken modulo the candidates) or the whole file. */
export type Target = { unit: number; credentials: boolean } | 'file';

/** What a declared length becomes: the field's largest value, its top bit alone, twice the truth, 0 or 1. */
export type LengthValue = 'max' | 'half' | 'double' | 'zero' | 'one';

/** CBOR major types that declare a length, by their number (RFC 8949). */
const CBOR_MAJORS = { bytes: 2, text: 3, array: 4, map: 5 } as const;
export type CborMajor = keyof typeof CBOR_MAJORS;

export type Mutation =
  /** Flip these bits of the target (bit indices taken modulo its size in bits). */
  | { kind: 'flip'; target: Target; bits: number[] }
  /** Overwrite `length` bytes from `at` (modulo the target's size) with `fill`, repeated. */
  | { kind: 'overwrite'; target: Target; at: number; length: number; fill: number[] }
  /** Cut the file short `at` bytes (modulo its size) into the target. */
  | { kind: 'truncate'; target: Target; at: number }
  /** Insert `copies` copies of the unit right after it. */
  | { kind: 'duplicate'; target: Target; copies: number }
  /** Remove the unit. */
  | { kind: 'drop'; target: Target }
  /** Insert a copy of the unit in front of the unit `into`. */
  | { kind: 'splice'; target: Target; into: Target }
  /** Rewrite the unit's declared length. */
  | { kind: 'length'; target: Target; value: LengthValue }
  /** Start a CBOR box's content with an item declaring `length` (bytes, text, array items or map entries). */
  | { kind: 'cbor'; target: Target; major: CborMajor; length: number };

export interface FuzzCase {
  index: number;
  fixture: string;
  mutation: Mutation;
  /** The mutated file's name: unique, and keeping the fixture's extension. */
  name: string;
}

interface Span {
  offset: number;
  size: number;
  unit?: Unit;
}

const isCbor = (unit: Unit) => unit.name.endsWith('cbor');

/** The units a mutation can aim at: CBOR mutations aim at CBOR boxes only. */
function unitsFor(bytes: Uint8Array, mutation: Mutation): Unit[] {
  const units = findUnits(bytes);
  return mutation.kind === 'cbor' ? units.filter(isCbor) : units;
}

function resolve(bytes: Uint8Array, units: Unit[], target: Target): Span {
  if (target === 'file' || units.length === 0) return { offset: 0, size: bytes.length };
  const preferred = target.credentials ? units.filter((unit) => unit.credentials) : [];
  const candidates = preferred.length > 0 ? preferred : units;
  const unit = candidates[target.unit % candidates.length]!;
  return { offset: unit.offset, size: unit.size, unit };
}

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

function lengthValue(value: LengthValue, width: 2 | 4, declared: number): number {
  const max = width === 2 ? 0xffff : 0xffffffff;
  switch (value) {
    case 'max':
      return max;
    case 'half':
      return (max + 1) / 2;
    case 'double':
      return Math.min(declared * 2, max);
    case 'zero':
      return 0;
    case 'one':
      return 1;
  }
}

/** A mutated copy of `bytes` (never changed itself). */
export function applyMutation(bytes: Uint8Array, mutation: Mutation): Uint8Array {
  const units = unitsFor(bytes, mutation);
  const span = resolve(bytes, units, mutation.target);
  const { offset, size } = span;
  const before = bytes.subarray(0, offset);
  const unit = bytes.subarray(offset, offset + size);
  const after = bytes.subarray(offset + size);
  if (size === 0) return bytes.slice();

  switch (mutation.kind) {
    case 'flip': {
      const out = bytes.slice();
      for (const bit of new Set(mutation.bits.map((bit) => bit % (size * 8)))) {
        out[offset + (bit >> 3)]! ^= 0x80 >> (bit & 7);
      }
      return out;
    }
    case 'overwrite': {
      const out = bytes.slice();
      const start = offset + (mutation.at % size);
      const end = Math.min(start + mutation.length, bytes.length);
      for (let at = start; at < end; at++) out[at] = mutation.fill[(at - start) % mutation.fill.length]!;
      return out;
    }
    case 'truncate':
      return bytes.slice(0, offset + (mutation.at % size));
    case 'duplicate':
      return concat(before, ...Array.from({ length: mutation.copies + 1 }, () => unit), after);
    case 'drop':
      return concat(before, after);
    case 'splice': {
      const into = resolve(bytes, units, mutation.into).offset;
      return concat(bytes.subarray(0, into), unit, bytes.subarray(into));
    }
    case 'length': {
      if (!span.unit) return bytes.slice();
      const out = bytes.slice();
      const view = new DataView(out.buffer);
      const { at, width, littleEndian } = span.unit.length;
      if (width === 2)
        view.setUint16(at, lengthValue(mutation.value, 2, view.getUint16(at, littleEndian)), littleEndian);
      else view.setUint32(at, lengthValue(mutation.value, 4, view.getUint32(at, littleEndian)), littleEndian);
      return out;
    }
    case 'cbor': {
      if (!span.unit || span.size < 13) return bytes.slice();
      const out = bytes.slice();
      // After the box's 8-byte header: the major type, "a 4-byte length follows" (26), then the length.
      out[offset + 8] = (CBOR_MAJORS[mutation.major] << 5) | 26;
      new DataView(out.buffer).setUint32(offset + 9, mutation.length);
      return out;
    }
  }
}

/** One line naming the mutation and the part of the file it hit, for failure messages. */
export function describeMutation(bytes: Uint8Array, mutation: Mutation): string {
  const span = resolve(bytes, unitsFor(bytes, mutation), mutation.target);
  const where = span.unit ? `${span.unit.name} at ${span.offset}` : 'the whole file';
  return `${mutation.kind} on ${where}: ${JSON.stringify(mutation)}`;
}

const target = (units: Unit[]): fc.Arbitrary<Target> =>
  units.length === 0
    ? fc.constant('file')
    : fc.oneof(
        { weight: 1, arbitrary: fc.constant('file' as const) },
        // Most aim at a unit, half of those at the credentials: damaged image data mostly ends in a plain
        // hash mismatch.
        { weight: 4, arbitrary: fc.record({ unit: fc.nat(), credentials: fc.boolean() }) },
      );

/** The mutations that make sense for a file with these units (structural ones need units, CBOR ones CBOR boxes). */
function mutationOf(units: Unit[]): fc.Arbitrary<Mutation> {
  const anywhere = target(units);
  const inUnit = fc.record({ unit: fc.nat(), credentials: fc.boolean() });
  const byteValues = fc.array(fc.nat(255), { minLength: 1, maxLength: 16 });
  const kinds: fc.Arbitrary<Mutation>[] = [
    fc.record({
      kind: fc.constant('flip'),
      target: anywhere,
      bits: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
    }),
    fc.record({
      kind: fc.constant('overwrite'),
      target: anywhere,
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 256 }),
      fill: byteValues,
    }),
    fc.record({ kind: fc.constant('truncate'), target: anywhere, at: fc.nat() }),
  ];
  if (units.length > 0) {
    kinds.push(
      fc.record({ kind: fc.constant('duplicate'), target: inUnit, copies: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant('drop'), target: inUnit }),
      fc.record({ kind: fc.constant('splice'), target: inUnit, into: inUnit }),
      fc.record({
        kind: fc.constant('length'),
        target: inUnit,
        value: fc.constantFrom('max', 'half', 'double', 'zero', 'one'),
      }),
    );
  }
  if (units.some(isCbor)) {
    kinds.push(
      fc.record({
        kind: fc.constant('cbor'),
        target: inUnit,
        major: fc.constantFrom(...(Object.keys(CBOR_MAJORS) as CborMajor[])),
        // 128 MB is allocated as declared (2 GB would be too, but takes the engine ten seconds or more);
        // 4 GB is past what the decoder accepts.
        length: fc.constantFrom(2 ** 27, 2 ** 32 - 1),
      }),
    );
  }
  return fc.oneof(...kinds);
}

/** `count` cases drawn from `seed`, each on one of `fixtures` (name → bytes) picked at random. */
export function planCases(fixtures: Map<string, Uint8Array>, seed: number, count: number): FuzzCase[] {
  const names = [...fixtures.keys()].sort();
  const perFixture = new Map(names.map((name) => [name, mutationOf(findUnits(fixtures.get(name)!))]));
  const draw = fc
    .nat(names.length - 1)
    .chain((index) => perFixture.get(names[index]!)!.map((mutation) => ({ fixture: names[index]!, mutation })));
  return fc.sample(draw, { seed, numRuns: count }).map(({ fixture, mutation }, index) => ({
    index,
    fixture,
    mutation,
    name: `fuzz-${String(index).padStart(3, '0')}-${mutation.kind}-${fixture}`,
  }));
}
