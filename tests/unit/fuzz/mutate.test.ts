import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyMutation, planCases, type Mutation } from '../../e2e/fuzz/mutate';
import { findUnits, type Unit } from '../../e2e/fuzz/units';
import { fixturesDir } from '../provenance/fixtures/c2pa-fixtures';

const read = (name: string) => new Uint8Array(readFileSync(join(fixturesDir, name)));
const jpeg = read('gen-camera-capture.jpg');
const wav = read('gen-capture.wav');
const fixtures = new Map(
  ['gen-camera-capture.jpg', 'ts-signed.png', 'gen-ai-created.svg'].map((name) => [name, read(name)]),
);

function unitNamed(bytes: Uint8Array, name: string): Unit {
  const unit = findUnits(bytes).find((candidate) => candidate.name === name);
  if (!unit) throw new Error(`no ${name}`);
  return unit;
}

/** The target that resolves to `unit` (targets index the file's units). */
const aim = (bytes: Uint8Array, unit: Unit) => ({
  unit: findUnits(bytes).findIndex((candidate) => candidate.offset === unit.offset && candidate.name === unit.name),
  credentials: false,
});

const bitsSet = (a: Uint8Array, b: Uint8Array) =>
  a.reduce((count, byte, index) => count + [...(byte ^ b[index]!).toString(2)].filter((bit) => bit === '1').length, 0);

describe('planCases', () => {
  it('draws the same cases, hence the same bytes, from the same seed', () => {
    const once = planCases(fixtures, 42, 20);
    const again = planCases(fixtures, 42, 20);
    expect(again).toEqual(once);
    for (const [index, one] of once.entries()) {
      const bytes = fixtures.get(one.fixture)!;
      expect(applyMutation(bytes, again[index]!.mutation)).toEqual(applyMutation(bytes, one.mutation));
    }
  });

  it('draws other cases from another seed, over every fixture and every kind of mutation', () => {
    const cases = planCases(fixtures, 1, 200);
    expect(cases).not.toEqual(planCases(fixtures, 2, 200));
    expect(new Set(cases.map((one) => one.fixture))).toEqual(new Set(fixtures.keys()));
    expect(new Set(cases.map((one) => one.mutation.kind))).toEqual(
      new Set(['flip', 'overwrite', 'truncate', 'duplicate', 'drop', 'splice', 'length', 'cbor']),
    );
  });

  it('gives each case a unique name that keeps the extension, and only byte-level mutations to a file without units', () => {
    const cases = planCases(fixtures, 3, 200);
    expect(new Set(cases.map((one) => one.name)).size).toBe(cases.length);
    for (const one of cases) expect(one.name.endsWith(one.fixture)).toBe(true);
    const svgKinds = cases.filter((one) => one.fixture.endsWith('.svg')).map((one) => one.mutation.kind);
    expect(svgKinds.length).toBeGreaterThan(0);
    expect(svgKinds.every((kind) => ['flip', 'overwrite', 'truncate'].includes(kind))).toBe(true);
  });
});

describe('findUnits', () => {
  it('finds the JPEG segments and the JUMBF boxes in the APP11 segment', () => {
    const units = findUnits(jpeg);
    expect(units[0]).toMatchObject({ name: 'APP11', offset: 2, credentials: true, length: { at: 4, width: 2 } });
    expect(units.some((unit) => unit.name === 'FFDA')).toBe(true);
    expect(units.filter((unit) => unit.name === 'jumb/jumb/jumb/cbor').length).toBeGreaterThan(0);
  });

  it('finds the credentials in PNG, WAV (little-endian lengths), MP4, TIFF and MP3 files', () => {
    expect(unitNamed(read('ts-signed.png'), 'caBX').credentials).toBe(true);
    expect(unitNamed(wav, 'C2PA')).toMatchObject({ credentials: true, length: { littleEndian: true } });
    expect(findUnits(read('gen-capture.mp4')).find((unit) => unit.name === 'uuid')?.credentials).toBe(true);
    expect(unitNamed(read('gen-capture.tiff'), 'IFD 0xcd41').credentials).toBe(true);
    expect(unitNamed(read('gen-ai-created.mp3'), 'ID3 GEOB').credentials).toBe(true);
    expect(findUnits(read('gen-ai-created.svg'))).toEqual([]);
  });
});

describe('applyMutation', () => {
  const app11 = unitNamed(jpeg, 'APP11');
  const dqt = unitNamed(jpeg, 'FFDB');
  const slice = (unit: Unit) => jpeg.subarray(unit.offset, unit.offset + unit.size);

  it('flips exactly the bits it names', () => {
    const out = applyMutation(jpeg, { kind: 'flip', target: 'file', bits: [0, 9, 9 + jpeg.length * 8, 23] });
    expect(out.length).toBe(jpeg.length);
    // Bit 9 named twice (once past the end, which wraps) is flipped once.
    expect(bitsSet(out, jpeg)).toBe(3);
    expect([out[0]! ^ jpeg[0]!, out[1]! ^ jpeg[1]!, out[2]! ^ jpeg[2]!]).toEqual([0x80, 0x40, 0x01]);
  });

  it('keeps flips inside the unit it aims at', () => {
    const out = applyMutation(jpeg, { kind: 'flip', target: aim(jpeg, dqt), bits: [5, 77, 1000] });
    const changed = [...out.keys()].filter((index) => out[index] !== jpeg[index]);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((index) => index >= dqt.offset && index < dqt.offset + dqt.size)).toBe(true);
  });

  it('overwrites only the range, with the fill repeated', () => {
    const out = applyMutation(jpeg, { kind: 'overwrite', target: aim(jpeg, dqt), at: 10, length: 5, fill: [1, 2] });
    expect(out.length).toBe(jpeg.length);
    expect([...out.subarray(dqt.offset + 10, dqt.offset + 15)]).toEqual([1, 2, 1, 2, 1]);
    expect(out.subarray(0, dqt.offset + 10)).toEqual(jpeg.subarray(0, dqt.offset + 10));
    expect(out.subarray(dqt.offset + 15)).toEqual(jpeg.subarray(dqt.offset + 15));
  });

  it('cuts the file short inside the unit', () => {
    expect(applyMutation(jpeg, { kind: 'truncate', target: aim(jpeg, app11), at: 100 })).toEqual(
      jpeg.subarray(0, app11.offset + 100),
    );
  });

  it('duplicates, drops and splices whole units', () => {
    const before = jpeg.subarray(0, dqt.offset);
    const after = jpeg.subarray(dqt.offset + dqt.size);
    const join = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((part) => [...part]));
    expect(applyMutation(jpeg, { kind: 'duplicate', target: aim(jpeg, dqt), copies: 2 })).toEqual(
      join(before, slice(dqt), slice(dqt), slice(dqt), after),
    );
    expect(applyMutation(jpeg, { kind: 'drop', target: aim(jpeg, dqt) })).toEqual(join(before, after));
    // The APP11 segment moved in front of the quantization table: it is now in the file twice.
    expect(applyMutation(jpeg, { kind: 'splice', target: aim(jpeg, app11), into: aim(jpeg, dqt) })).toEqual(
      join(before, slice(app11), jpeg.subarray(dqt.offset)),
    );
  });

  it('writes absurd declared lengths into 2-byte big-endian and 4-byte little-endian fields', () => {
    const length = (bytes: Uint8Array, unit: Unit, value: Extract<Mutation, { kind: 'length' }>['value']) => {
      const out = applyMutation(bytes, { kind: 'length', target: aim(bytes, unit), value });
      const view = new DataView(out.buffer);
      const { at, width, littleEndian } = unit.length;
      expect(out.length).toBe(bytes.length);
      return width === 2 ? view.getUint16(at, littleEndian) : view.getUint32(at, littleEndian);
    };
    expect(length(jpeg, app11, 'max')).toBe(0xffff);
    expect(length(jpeg, app11, 'half')).toBe(0x8000);
    expect(length(jpeg, dqt, 'double')).toBe((dqt.size - 2) * 2);
    const chunk = unitNamed(wav, 'C2PA');
    expect(length(wav, chunk, 'max')).toBe(0xffffffff);
    expect(length(wav, chunk, 'half')).toBe(0x80000000);
    expect(length(wav, chunk, 'zero')).toBe(0);
    expect(length(wav, chunk, 'one')).toBe(1);
  });

  it('starts a CBOR box with an item declaring a huge length', () => {
    const cborBoxes = findUnits(jpeg).filter((unit) => unit.name.endsWith('cbor'));
    const box = cborBoxes[1]!;
    const out = applyMutation(jpeg, {
      kind: 'cbor',
      target: { unit: 1, credentials: false },
      major: 'text',
      length: 2 ** 31 - 1,
    });
    // Major type 3 (text) with a 4-byte length (26), right after the box header.
    expect([...out.subarray(box.offset + 8, box.offset + 13)]).toEqual([0x7a, 0x7f, 0xff, 0xff, 0xff]);
    expect(out.subarray(0, box.offset + 8)).toEqual(jpeg.subarray(0, box.offset + 8));
    expect(out.subarray(box.offset + 13)).toEqual(jpeg.subarray(box.offset + 13));
  });

  it('aims at the credentials when asked to, and never changes its input', () => {
    const copy = jpeg.slice();
    const units = findUnits(jpeg);
    for (let unit = 0; unit < 40; unit++) {
      const out = applyMutation(jpeg, { kind: 'drop', target: { unit, credentials: true } });
      const dropped = units.find((candidate) => candidate.credentials && candidate.size === jpeg.length - out.length);
      expect(dropped, `unit ${unit}`).toBeDefined();
    }
    expect(jpeg).toEqual(copy);
  });
});
