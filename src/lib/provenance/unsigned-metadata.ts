/**
 * The ordinary, unsigned metadata a file carries (EXIF, XMP, IPTC): camera, software, date, location,
 * creator. Anyone can write or strip these, which is the lesson: set them beside the signed Content
 * Credentials. Read with exifr; `null` whenever there is nothing to show or the file cannot be read.
 */
// The package's entry points (`module` for Vite, `main` for Node) are both exifr's full build: the only one
// that parses IPTC and reads PNG and TIFF besides JPEG and HEIC.
import exifr from 'exifr';
import { describeDigitalSourceType } from './digital-source-type';
import { HEAD_BYTES, sniffFormat } from './sniff-format';

export interface MetadataField {
  label: string;
  value: string;
}

export interface UnsignedMetadata {
  /** Camera maker, e.g. "Canon" (EXIF Make). */
  make?: string;
  /** Camera model, e.g. "Canon EOS 70D" (EXIF Model). */
  model?: string;
  /** The program that made or last saved the file (EXIF Software, else XMP CreatorTool). */
  software?: string;
  /**
   * When the picture was taken or created, ISO 8601 as written: EXIF keeps the camera's local clock
   * without a zone, so the UTC offset is added only when the file records one (OffsetTimeOriginal).
   * From EXIF DateTimeOriginal, else EXIF CreateDate, else XMP CreateDate / photoshop:DateCreated.
   */
  captureDate?: string;
  /** The file says where it was made (GPS coordinates in EXIF or XMP). */
  hasLocation: boolean;
  /** Rounded to 2 decimals (about 1 km): enough to show how much a photo can give away. */
  location?: { latitude: number; longitude: number };
  /** XMP dc:creator, else EXIF Artist, else IPTC By-line. */
  creator?: string;
  /** XMP dc:rights, else EXIF Copyright, else IPTC Copyright Notice. */
  copyright?: string;
  /** Full IPTC URI from XMP `Iptc4xmpExt:DigitalSourceType`, as some AI generators write it. */
  digitalSourceType?: string;
  /** XMP `dcterms:provenance` when it is a web address: Content Credentials stored online (remote manifest). */
  provenanceUrl?: string;
  /**
   * XMP `dcterms:provenance` when it points into the file itself (`self#jumbf=/c2pa/…`): the metadata claims
   * embedded Content Credentials, which may since have been stripped.
   */
  embeddedManifestReference?: string;
  /** Everything above in plain words, in display order. */
  fields: MetadataField[];
}

/** Formats exifr can open; anything else (audio, video, PDF, SVG, WebP, GIF) is skipped without reading it. */
const EXIFR_FORMATS = new Set([
  'image/jpeg',
  'image/png',
  'image/tiff',
  'image/x-adobe-dng',
  'image/x-nikon-nef',
  'image/x-sony-arw',
  'image/heic',
  'image/heif',
  'image/avif',
]);

const EXIFR_OPTIONS = {
  ihdr: false,
  // Keep segments apart to know where a value came from, and dates as written: exifr would turn them
  // into Dates in the viewer's own time zone.
  mergeOutput: false,
  reviveValues: false,
};

/**
 * exifr gives up on every segment when one is cut short (a truncated download), so EXIF, XMP and IPTC
 * are read in separate passes; each pass also reads EXIF, and the earlier pass wins where they overlap.
 */
const SEGMENT_PASSES = [{}, { xmp: true }, { iptc: true }];

type Segment = Record<string, unknown>;

const isSegment = (value: unknown): value is Segment =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function exifrCanOpen(head: Uint8Array): boolean {
  const format = sniffFormat(head);
  return format !== null && EXIFR_FORMATS.has(format.mimeType);
}

const boxType = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at + 4, at + 8));

/**
 * exifr walks an ISO-BMFF file's (HEIC, AVIF) top-level boxes to its `meta` box and loops forever on a box
 * that declares no size (0 means "to the end of the file"): a damaged HEIC froze the page that way.
 */
export function exifrWouldLoop(bytes: Uint8Array): boolean {
  if (boxType(bytes, 0) !== 'ftyp') return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at + 8 <= bytes.length && boxType(bytes, at) !== 'meta';) {
    let size = view.getUint32(at);
    if (size === 1) size = at + 16 <= bytes.length ? Number(view.getBigUint64(at + 8)) : 0;
    if (size === 0) return true;
    at += size;
  }
  // Past the end, exifr stops with an error of its own.
  return false;
}

/**
 * Metadata sits near the start of the formats exifr reads, so a bounded prefix is enough and a huge file
 * never has to be loaded into memory.
 */
const METADATA_BYTES = 16 * 1024 * 1024;

/**
 * The file's first bytes for exifr; null when it is a format exifr cannot open (known from the head alone) or
 * a file it would never finish reading.
 */
async function exifrBytes(input: Blob | ArrayBuffer | Uint8Array): Promise<Uint8Array | null> {
  let bytes: Uint8Array;
  if (input instanceof Blob) {
    const head = new Uint8Array(await input.slice(0, HEAD_BYTES).arrayBuffer());
    if (!exifrCanOpen(head)) return null;
    // exifr's own Blob reader needs FileReader, which Node lacks.
    bytes = new Uint8Array(await input.slice(0, METADATA_BYTES).arrayBuffer());
  } else {
    bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    if (!exifrCanOpen(bytes.subarray(0, HEAD_BYTES))) return null;
  }
  return exifrWouldLoop(bytes) ? null : bytes;
}

export async function readUnsignedMetadata(input: Blob | ArrayBuffer | Uint8Array): Promise<UnsignedMetadata | null> {
  try {
    const bytes = await exifrBytes(input);
    if (!bytes) return null;
    const passes = SEGMENT_PASSES.map((pass) => exifr.parse(bytes, { ...EXIFR_OPTIONS, ...pass }).catch(() => null));
    const segments: Record<string, Segment> = {};
    for (const output of await Promise.all(passes)) {
      for (const [name, value] of Object.entries(output ?? {})) {
        if (isSegment(value)) segments[name] = { ...value, ...segments[name] };
      }
    }
    return summarize(segments);
  } catch {
    // A Blob that cannot be read; exifr's own failures are caught per pass.
    return null;
  }
}

/** Placeholders some tools write instead of leaving a field out, e.g. "[None] (Photographer) - [None] (Editor)". */
function isPlaceholder(text: string): boolean {
  return text.toLowerCase() === 'x-default' || text.replace(/\[none\]|\((photographer|editor)\)|[\s-]/gi, '') === '';
}

/** One display string from an exifr value: strings, numbers, XMP lists (joined) and language alternatives. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') {
    // EXIF strings are NUL-padded.
    const text = value.replace(/\0/g, ' ').trim();
    return text && !isPlaceholder(text) ? text : undefined;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (Array.isArray(value)) {
    const parts = value.map(textOf).filter((part) => part !== undefined);
    return parts.length ? parts.join(', ') : undefined;
  }
  if (value && typeof value === 'object') {
    const { value: langValue, resource } = value as { value?: unknown; resource?: unknown };
    return textOf(langValue ?? resource);
  }
  return undefined;
}

function firstText(...values: unknown[]): string | undefined {
  for (const value of values) {
    const text = textOf(value);
    if (text !== undefined) return text;
  }
  return undefined;
}

/** EXIF "2011:07:30 15:41:25" or XMP "2011-07-30T15:41:25.79-07:00" as ISO 8601; unset clocks (0000:00:00) dropped. */
function isoDate(value: unknown, offset?: unknown): string | undefined {
  const text = textOf(value);
  const match =
    text &&
    /^(\d{4})[:-](\d{2})[:-](\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  if (Number(year) === 0 || Number(month) === 0 || Number(day) === 0) return undefined;
  const date = `${year}-${month}-${day}`;
  if (hour === undefined) return date;
  const offsetText = textOf(offset);
  const tz = zone ?? (offsetText && /^[+-]\d{2}:\d{2}$/.test(offsetText) ? offsetText : '');
  return `${date}T${hour}:${minute}:${second ?? '00'}${fraction ?? ''}${tz}`;
}

/** XMP writes GPS as "56,9.35970516N" (degrees, decimal minutes) or "56,9,21.58N". */
function xmpCoordinate(value: unknown): number | undefined {
  const match = typeof value === 'string' && /^(\d+),(\d+(?:\.\d+)?)(?:,(\d+(?:\.\d+)?))?([NSEW])$/.exec(value.trim());
  if (!match) return undefined;
  const [, degrees, minutes, seconds, hemisphere] = match;
  const decimal = Number(degrees) + Number(minutes) / 60 + Number(seconds ?? 0) / 3600;
  return hemisphere === 'S' || hemisphere === 'W' ? -decimal : decimal;
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

const round2 = (value: number) => Math.round(value * 100) / 100 || 0;

function locationOf(gps: Segment, exif: Segment): { latitude: number; longitude: number } | undefined {
  const latitude = finite(gps.latitude) ?? xmpCoordinate(exif.GPSLatitude);
  const longitude = finite(gps.longitude) ?? xmpCoordinate(exif.GPSLongitude);
  // 0, 0 is what some devices write when they had no GPS fix.
  if (latitude === undefined || longitude === undefined || (latitude === 0 && longitude === 0)) return undefined;
  return { latitude: round2(latitude), longitude: round2(longitude) };
}

/** "Canon" + "Canon EOS 70D" reads "Canon EOS 70D"; "SONY" + "NEX-3N" reads "SONY NEX-3N". */
function cameraName(make: string | undefined, model: string | undefined): string | undefined {
  if (!make || !model) return make ?? model;
  const brand = make.split(/\s/)[0]?.toLowerCase() ?? '';
  return model.toLowerCase().startsWith(brand) ? model : `${make} ${model}`;
}

function describeLocation({ latitude, longitude }: { latitude: number; longitude: number }): string {
  const north = `${Math.abs(latitude).toFixed(2)}° ${latitude < 0 ? 'S' : 'N'}`;
  const east = `${Math.abs(longitude).toFixed(2)}° ${longitude < 0 ? 'W' : 'E'}`;
  return `Yes, near ${north}, ${east}`;
}

/** "2011-07-30T15:41:25.79-07:00" reads "2011-07-30 at 15:41:25 (UTC-07:00)". */
function describeDate(iso: string): string {
  const [date, time = ''] = iso.split('T');
  const [, clock, zone] = /^(\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(time) ?? [];
  if (!clock) return iso;
  return `${date} at ${clock}${zone ? ` (UTC${zone === 'Z' ? '' : zone})` : ''}`;
}

function summarize(segments: Record<string, Segment>): UnsignedMetadata | null {
  const { ifd0 = {}, exif = {}, gps = {}, xmp = {}, iptc = {}, dc = {}, photoshop = {} } = segments;
  const { dcterms = {}, Iptc4xmpExt = {} } = segments;

  const make = firstText(ifd0.Make, exif.Make);
  const model = firstText(ifd0.Model, exif.Model);
  const software = firstText(ifd0.Software, xmp.CreatorTool);
  const captureDate =
    isoDate(exif.DateTimeOriginal, exif.OffsetTimeOriginal) ??
    isoDate(exif.CreateDate, exif.OffsetTimeDigitized) ??
    isoDate(xmp.CreateDate) ??
    isoDate(photoshop.DateCreated);
  const location = locationOf(gps, exif);
  const creator = firstText(dc.creator, ifd0.Artist, iptc.Byline);
  const copyright = firstText(dc.rights, ifd0.Copyright, iptc.CopyrightNotice);
  const digitalSourceType = textOf(Iptc4xmpExt.DigitalSourceType);
  const provenance = textOf(dcterms.provenance);
  const provenanceUrl = provenance && /^https?:\/\//i.test(provenance) ? provenance : undefined;
  const embeddedManifestReference = provenance?.startsWith('self#jumbf=') ? provenance : undefined;

  const fields: MetadataField[] = [];
  const add = (label: string, value: string | undefined) => {
    if (value) fields.push({ label, value });
  };
  add('Camera', cameraName(make, model));
  add('Taken or created', captureDate && describeDate(captureDate));
  add('Software', software);
  add('Creator', creator);
  add('Copyright', copyright);
  add('Location', location && describeLocation(location));
  add('How it was made (IPTC, unsigned)', digitalSourceType && describeDigitalSourceType(digitalSourceType).label);
  add('Content Credentials stored online at', provenanceUrl);
  add('Says it has Content Credentials inside', embeddedManifestReference && `Yes (${embeddedManifestReference})`);
  if (fields.length === 0) return null;

  return {
    make,
    model,
    software,
    captureDate,
    hasLocation: location !== undefined,
    location,
    creator,
    copyright,
    digitalSourceType,
    provenanceUrl,
    embeddedManifestReference,
    fields,
  };
}
