/**
 * The pieces of a media file that carry a declared length: JPEG segments, PNG chunks, ISO-BMFF boxes, RIFF
 * chunks, ID3 frames, TIFF directory entries, and the JUMBF boxes that hold Content Credentials in all of them.
 * The fuzzer aims at these because a reader trusts their lengths: a wrong one is where parsers break.
 */

export interface Unit {
  /** What it is, e.g. "APP11", "caBX", "moov/trak", "jumb", "IFD 0xcd41". */
  name: string;
  offset: number;
  /** Bytes from `offset`, header included, cut at the end of whatever holds it. */
  size: number;
  /** Where its length (or count) field sits and how it is written. */
  length: { at: number; width: 2 | 4; littleEndian: boolean };
  /** Holds Content Credentials or part of them. */
  credentials: boolean;
}

const C2PA_UUID = 'd8fec3d61b0e483c92975828877ec481';
/** ISO-BMFF boxes whose payload is more boxes (`meta` after its 4-byte version and flags). */
const BMFF_CONTAINERS = new Set([
  'moov',
  'trak',
  'mdia',
  'minf',
  'stbl',
  'edts',
  'udta',
  'dinf',
  'mvex',
  'iprp',
  'ipco',
]);
const MAX_DEPTH = 6;

const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, Math.min(at + length, bytes.length)));
const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

/** Boxes laid end to end in [start, end): ISO-BMFF and JUMBF share this layout (size, type, payload). */
function boxes(bytes: Uint8Array, start: number, end: number, path: string, depth: number, units: Unit[]): void {
  const view = viewOf(bytes);
  for (let at = start; at + 8 <= end;) {
    const declared = view.getUint32(at);
    const type = ascii(bytes, at + 4, 4);
    let size = declared;
    let header = 8;
    if (declared === 1 && at + 16 <= end) {
      size = Number(view.getBigUint64(at + 8));
      header = 16;
    } else if (declared === 0) size = end - at;
    if (size < header) return;
    const stop = Math.min(at + size, end);
    const uuid = type === 'uuid' ? hex(bytes.subarray(at + 8, at + 24)) : '';
    const credentials = type === 'jumb' || type === 'jumd' || uuid === C2PA_UUID || path.includes('jumb');
    units.push({
      name: `${path}${type}`,
      offset: at,
      size: stop - at,
      length: { at, width: 4, littleEndian: false },
      credentials,
    });
    if (depth < MAX_DEPTH) {
      const inner = `${path}${type}/`;
      if (BMFF_CONTAINERS.has(type) || type === 'jumb') boxes(bytes, at + header, stop, inner, depth + 1, units);
      else if (type === 'meta') boxes(bytes, at + header + 4, stop, inner, depth + 1, units);
    }
    at += size;
  }
}

function jpegSegments(bytes: Uint8Array, units: Unit[]): void {
  const view = viewOf(bytes);
  for (let at = 2; at + 4 <= bytes.length && bytes[at] === 0xff;) {
    const marker = bytes[at + 1]!;
    // Fill bytes, and markers that stand alone without a length.
    if (marker === 0xff || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      at += marker === 0xff ? 1 : 2;
      continue;
    }
    if (marker === 0xd9) return;
    const size = Math.min(2 + view.getUint16(at + 2), bytes.length - at);
    const name = marker >= 0xe0 && marker <= 0xef ? `APP${marker - 0xe0}` : `FF${marker.toString(16).toUpperCase()}`;
    units.push({
      name,
      offset: at,
      size,
      length: { at: at + 2, width: 2, littleEndian: false },
      credentials: marker === 0xeb,
    });
    // Entropy-coded image data follows the start of scan.
    if (marker === 0xda) return;
    at += size;
  }
}

function pngChunks(bytes: Uint8Array, units: Unit[]): void {
  const view = viewOf(bytes);
  for (let at = 8; at + 12 <= bytes.length;) {
    const type = ascii(bytes, at + 4, 4);
    const size = Math.min(12 + view.getUint32(at), bytes.length - at);
    units.push({
      name: type,
      offset: at,
      size,
      length: { at, width: 4, littleEndian: false },
      credentials: type === 'caBX',
    });
    if (type === 'IEND') return;
    at += size;
  }
}

function riffChunks(bytes: Uint8Array, units: Unit[]): void {
  const view = viewOf(bytes);
  units.push({
    name: 'RIFF',
    offset: 0,
    size: bytes.length,
    length: { at: 4, width: 4, littleEndian: true },
    credentials: false,
  });
  for (let at = 12; at + 8 <= bytes.length;) {
    const id = ascii(bytes, at, 4);
    const declared = view.getUint32(at + 4, true);
    const size = Math.min(8 + declared, bytes.length - at);
    units.push({
      name: id,
      offset: at,
      size,
      length: { at: at + 4, width: 4, littleEndian: true },
      credentials: id === 'C2PA',
    });
    at += 8 + declared + (declared % 2);
  }
}

/** ID3v2 tag sizes are "syncsafe": 7 bits per byte. */
const syncsafe = (bytes: Uint8Array, at: number) =>
  ((bytes[at]! & 0x7f) << 21) |
  ((bytes[at + 1]! & 0x7f) << 14) |
  ((bytes[at + 2]! & 0x7f) << 7) |
  (bytes[at + 3]! & 0x7f);

function id3Frames(bytes: Uint8Array, units: Unit[]): void {
  const version = bytes[3]!;
  const end = Math.min(10 + syncsafe(bytes, 6), bytes.length);
  units.push({
    name: 'ID3',
    offset: 0,
    size: end,
    length: { at: 6, width: 4, littleEndian: false },
    credentials: false,
  });
  for (let at = 10; at + 10 <= end && bytes[at] !== 0;) {
    const id = ascii(bytes, at, 4);
    const declared = version === 4 ? syncsafe(bytes, at + 4) : viewOf(bytes).getUint32(at + 4);
    const size = Math.min(10 + declared, end - at);
    units.push({
      name: `ID3 ${id}`,
      offset: at,
      size,
      length: { at: at + 4, width: 4, littleEndian: false },
      credentials: id === 'GEOB',
    });
    at += 10 + declared;
  }
}

/** The entries of a TIFF's first directory: their value counts are lengths too. */
function tiffEntries(bytes: Uint8Array, units: Unit[]): void {
  const view = viewOf(bytes);
  const littleEndian = bytes[0] === 0x49;
  const ifd = view.getUint32(4, littleEndian);
  if (ifd + 2 > bytes.length) return;
  const count = view.getUint16(ifd, littleEndian);
  units.push({
    name: 'IFD',
    offset: ifd,
    size: Math.min(2 + 12 * count + 4, bytes.length - ifd),
    length: { at: ifd, width: 2, littleEndian },
    credentials: false,
  });
  for (let index = 0, at = ifd + 2; index < count && at + 12 <= bytes.length; index++, at += 12) {
    const tag = view.getUint16(at, littleEndian);
    units.push({
      name: `IFD 0x${tag.toString(16)}`,
      offset: at,
      size: 12,
      length: { at: at + 4, width: 4, littleEndian },
      credentials: tag === 0xcd41,
    });
  }
}

/**
 * JUMBF superboxes wherever they sit (inside a JPEG APP11 segment, a PNG caBX chunk, a GIF extension, a PDF
 * stream…): a `jumb` box whose first child is its `jumd` description box.
 */
function jumbfBoxes(bytes: Uint8Array, units: Unit[]): void {
  const view = viewOf(bytes);
  let parsedTo = 0;
  for (let at = 4; at + 12 <= bytes.length; at++) {
    if (at - 4 < parsedTo || bytes[at] !== 0x6a || ascii(bytes, at, 4) !== 'jumb' || ascii(bytes, at + 8, 4) !== 'jumd')
      continue;
    const start = at - 4;
    const end = Math.min(start + Math.max(view.getUint32(start), 8), bytes.length);
    boxes(bytes, start, end, '', 0, units);
    parsedTo = end;
  }
}

export function findUnits(bytes: Uint8Array): Unit[] {
  const units: Unit[] = [];
  const head = ascii(bytes, 0, 12);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) jpegSegments(bytes, units);
  else if (head.startsWith('\x89PNG')) pngChunks(bytes, units);
  else if (head.startsWith('RIFF')) riffChunks(bytes, units);
  else if (head.startsWith('ID3')) id3Frames(bytes, units);
  else if (head.startsWith('II*\0') || head.startsWith('MM\0*')) tiffEntries(bytes, units);
  else if (head.slice(4, 8) === 'ftyp') boxes(bytes, 0, bytes.length, '', 0, units);
  jumbfBoxes(bytes, units);
  return units;
}
