/**
 * What kind of file is this, judged from its first bytes (magic numbers). `File.type` is not used: browsers
 * report `.m4a` as `audio/x-m4a` or nothing at all, and a renamed file keeps a wrong type. The file name's
 * extension only breaks ties the bytes leave open (an MP3 without an ID3 tag, a raw photo's TIFF maker, an
 * SVG whose first element lies past the head).
 *
 * Results:
 * - a type the C2PA reader accepts (`isReaderSupported`): hand the whole file to the reader;
 * - a common type it does not read (text, HTML, XML, Ogg, FLAC, WebM, BMP, ZIP…): the UI can name it,
 *   e.g. "This is a text file; Content Credentials cannot be stored in it";
 * - `null`: empty, too short to tell (2 bytes of a JPEG), or bytes that match nothing (random data).
 */

/**
 * How many bytes to read from the start of a file: enough for an SVG's XML prolog, comments and doctype,
 * an ISO-BMFF `ftyp` box with all its brands, a TIFF's first directory (to spot DNG) and a second MP3 frame.
 */
export const HEAD_BYTES = 4096;

export interface SniffedFormat {
  /** A media type; for readable files, one that `@contentauth/c2pa-web` 0.13.1 accepts. */
  mimeType: string;
  /** Plain words for the learner, e.g. "M4A audio". */
  label: string;
}

/**
 * Every media type `sniffFormat` returns for a format the C2PA reader reads; each one is in
 * `READER_SUPPORTED_FORMATS` of `@contentauth/c2pa-web` 0.13.1 (a test checks this against the package).
 */
export const READER_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/heic',
  'image/heif',
  'image/gif',
  'image/tiff',
  'image/x-adobe-dng',
  'image/x-nikon-nef',
  'image/x-sony-arw',
  'image/svg+xml',
  'image/jxl',
  'video/mp4',
  'video/quicktime',
  'video/x-msvideo',
  'application/mp4',
  'audio/mp4',
  'audio/wav',
  'audio/mpeg',
  'application/pdf',
] as const;

export type ReaderMimeType = (typeof READER_MIME_TYPES)[number];

export function isReaderSupported(mimeType: string): mimeType is ReaderMimeType {
  return (READER_MIME_TYPES as readonly string[]).includes(mimeType);
}

const format = (mimeType: string, label: string): SniffedFormat => ({ mimeType, label });

const JPEG = format('image/jpeg', 'JPEG image');
const PNG = format('image/png', 'PNG image');
const WEBP = format('image/webp', 'WebP image');
const AVIF = format('image/avif', 'AVIF image');
const HEIC = format('image/heic', 'HEIC image');
const HEIF = format('image/heif', 'HEIF image');
const GIF = format('image/gif', 'GIF image');
const TIFF = format('image/tiff', 'TIFF image');
const DNG = format('image/x-adobe-dng', 'DNG raw photo');
const NEF = format('image/x-nikon-nef', 'Nikon raw photo (NEF)');
const ARW = format('image/x-sony-arw', 'Sony raw photo (ARW)');
const SVG = format('image/svg+xml', 'SVG image');
const JXL = format('image/jxl', 'JPEG XL image');
const MP4 = format('video/mp4', 'MP4 video');
const MOV = format('video/quicktime', 'QuickTime video (MOV)');
const AVI = format('video/x-msvideo', 'AVI video');
const ISO_MEDIA = format('application/mp4', 'MP4-family media file');
const M4A = format('audio/mp4', 'M4A audio');
const WAV = format('audio/wav', 'WAV audio');
const MP3 = format('audio/mpeg', 'MP3 audio');
const PDF = format('application/pdf', 'PDF document');

const TEXT = format('text/plain', 'Text file');
const HTML = format('text/html', 'Web page (HTML)');
const XML = format('application/xml', 'XML document');

function hasBytes(head: Uint8Array, offset: number, bytes: readonly number[]): boolean {
  return offset + bytes.length <= head.length && bytes.every((byte, i) => head[offset + i] === byte);
}

function hasAscii(head: Uint8Array, offset: number, text: string): boolean {
  return hasBytes(
    head,
    offset,
    [...text].map((char) => char.charCodeAt(0)),
  );
}

function ascii(head: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...head.subarray(offset, offset + length));
}

function extensionOf(fileName = ''): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export function sniffFormat(head: Uint8Array, fileName?: string): SniffedFormat | null {
  if (head.length === 0) return null;
  const extension = extensionOf(fileName);
  return sniffBinary(head, extension) ?? sniffText(head, extension);
}

function sniffBinary(head: Uint8Array, extension: string): SniffedFormat | null {
  if (hasBytes(head, 0, [0xff, 0xd8, 0xff])) return JPEG;
  if (hasBytes(head, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (hasAscii(head, 0, 'GIF87a') || hasAscii(head, 0, 'GIF89a')) return GIF;
  if (hasAscii(head, 0, '%PDF-')) return PDF;
  if (hasAscii(head, 0, 'RIFF')) return sniffRiff(head);
  if (hasAscii(head, 4, 'ftyp')) return sniffIsoMedia(head, extension);
  const tiff = sniffTiff(head, extension);
  if (tiff) return tiff;
  // JPEG XL: the ISO-BMFF-style container (where C2PA lives) or a bare codestream.
  if (hasBytes(head, 0, [0, 0, 0, 0x0c, 0x4a, 0x58, 0x4c, 0x20, 0x0d, 0x0a, 0x87, 0x0a])) return JXL;
  if (hasBytes(head, 0, [0xff, 0x0a])) return JXL;
  if (hasAscii(head, 0, 'ID3') && [2, 3, 4].includes(head[3] ?? 0)) return MP3;
  const mpeg = sniffMpegAudio(head, extension);
  if (mpeg) return mpeg;
  return sniffUnsupportedBinary(head);
}

function sniffRiff(head: Uint8Array): SniffedFormat | null {
  if (hasAscii(head, 8, 'WEBP')) return WEBP;
  if (hasAscii(head, 8, 'WAVE')) return WAV;
  if (hasAscii(head, 8, 'AVI ')) return AVI;
  return null;
}

const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
const HEIF_BRANDS = new Set(['mif1', 'msf1', 'mif2']);
const AUDIO_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ']);
// prettier-ignore
const MP4_BRANDS = new Set([
  'isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'iso8', 'iso9', 'mp41', 'mp42', 'mp71', 'avc1', 'dash', 'M4V ', 'M4VH',
  'M4VP', 'f4v ', 'MSNV', 'XAVC',
]);

/** ISO base media (`ftyp` box): the major and compatible brands say which member of the family it is. */
function sniffIsoMedia(head: Uint8Array, extension: string): SniffedFormat | null {
  const boxSize = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(0);
  if (boxSize < 16 || head.length < 16) return null;
  const brands = [ascii(head, 8, 4)];
  for (let offset = 16; offset + 4 <= Math.min(boxSize, head.length); offset += 4) brands.push(ascii(head, offset, 4));
  const any = (set: Set<string>) => brands.some((brand) => set.has(brand));
  // Image brands first: AVIF and HEIC files also list the generic HEIF brand `mif1`.
  if (any(AVIF_BRANDS)) return AVIF;
  if (any(HEIC_BRANDS)) return HEIC;
  if (any(HEIF_BRANDS)) return HEIF;
  if (brands.includes('qt  ')) return MOV;
  // M4A files also list `mp42`/`isom`; the audio brand is the telling one.
  if (any(AUDIO_BRANDS)) return M4A;
  // Audio-only MP4 without an M4A brand looks like video from the brands alone.
  if (any(MP4_BRANDS)) return extension === 'm4a' ? M4A : MP4;
  return ISO_MEDIA;
}

/** TIFF in either byte order (and BigTIFF). DNG carries a DNGVersion tag in its first directory. */
function sniffTiff(head: Uint8Array, extension: string): SniffedFormat | null {
  const little = hasBytes(head, 0, [0x49, 0x49]);
  if (!little && !hasBytes(head, 0, [0x4d, 0x4d])) return null;
  if (head.length < 8) return null;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const magic = view.getUint16(2, little);
  if (magic !== 42 && magic !== 43) return null;
  if (magic === 42 && hasDngVersionTag(view, little)) return DNG;
  // Nikon and Sony raw files are TIFF too; nothing early in the bytes names the maker reliably.
  if (extension === 'dng') return DNG;
  if (extension === 'nef') return NEF;
  if (extension === 'arw') return ARW;
  return TIFF;
}

function hasDngVersionTag(view: DataView, little: boolean): boolean {
  const ifdOffset = view.getUint32(4, little);
  if (ifdOffset + 2 > view.byteLength) return false;
  const count = view.getUint16(ifdOffset, little);
  for (let i = 0; i < count; i++) {
    const entry = ifdOffset + 2 + i * 12;
    if (entry + 2 > view.byteLength) return false;
    if (view.getUint16(entry, little) === 0xc612) return true;
  }
  return false;
}

const MPEG1_LAYER3_KBPS = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const MPEG2_LAYER3_KBPS = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const MPEG1_SAMPLE_RATES = [44100, 48000, 32000];

/** Length of the MPEG audio Layer III frame whose header starts at `offset`, or 0 when it is no such header. */
function mp3FrameLength(head: Uint8Array, offset: number): number {
  const [b0, b1, b2] = [head[offset], head[offset + 1], head[offset + 2]];
  if (b0 !== 0xff || b1 === undefined || b2 === undefined || (b1 & 0xe0) !== 0xe0) return 0;
  const version = (b1 >> 3) & 3; // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5, 1: reserved
  const layer = (b1 >> 1) & 3; // 1: Layer III
  const kbps = (version === 3 ? MPEG1_LAYER3_KBPS : MPEG2_LAYER3_KBPS)[b2 >> 4];
  const baseRate = MPEG1_SAMPLE_RATES[(b2 >> 2) & 3];
  // Bitrate index 0 ("free format") cannot be measured, so it cannot be confirmed either.
  if (version === 1 || layer !== 1 || !kbps || !baseRate) return 0;
  const sampleRate = baseRate / (version === 3 ? 1 : version === 2 ? 2 : 4);
  return Math.floor(((version === 3 ? 144 : 72) * kbps * 1000) / sampleRate) + ((b2 >> 1) & 1);
}

/**
 * An MP3 without an ID3 tag starts straight with a frame; its 11-bit sync can occur by chance, so a second
 * frame header where the first one ends confirms it. When the head is too short to show one, only the
 * `.mp3` extension decides.
 */
function sniffMpegAudio(head: Uint8Array, extension: string): SniffedFormat | null {
  const length = mp3FrameLength(head, 0);
  if (!length) return null;
  if (mp3FrameLength(head, length) || extension === 'mp3') return MP3;
  return null;
}

function sniffUnsupportedBinary(head: Uint8Array): SniffedFormat | null {
  if (hasAscii(head, 0, 'OggS')) return format('audio/ogg', 'Ogg audio');
  if (hasAscii(head, 0, 'fLaC')) return format('audio/flac', 'FLAC audio');
  // ADTS: the MPEG sync with layer bits 00, which MP3 never uses.
  if (head.length >= 4 && head[0] === 0xff && ((head[1] ?? 0) & 0xf6) === 0xf0) return format('audio/aac', 'AAC audio');
  if (hasBytes(head, 0, [0x1a, 0x45, 0xdf, 0xa3])) {
    const webm = ascii(head, 0, 64).includes('webm');
    return webm ? format('video/webm', 'WebM video') : format('video/x-matroska', 'Matroska video (MKV)');
  }
  if (hasAscii(head, 0, '8BPS')) return format('image/vnd.adobe.photoshop', 'Photoshop document (PSD)');
  // "BM" alone is too weak; the four reserved header bytes after the file size are zero in real BMPs.
  if (hasAscii(head, 0, 'BM') && hasBytes(head, 6, [0, 0, 0, 0])) return format('image/bmp', 'BMP image');
  if (hasBytes(head, 0, [0x50, 0x4b, 0x03, 0x04])) {
    return format('application/zip', 'ZIP archive (also Word, Excel, PowerPoint and EPUB files)');
  }
  if (hasBytes(head, 0, [0x1f, 0x8b, 0x08])) return format('application/gzip', 'Compressed file (gzip)');
  return null;
}

/** The head as characters, BOM removed; UTF-8 bytes beyond ASCII become stray Latin-1 characters, harmless here. */
function decodeHead(head: Uint8Array): string {
  const utf16 = (littleEndian: boolean) => {
    const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
    let text = '';
    for (let i = 2; i + 1 < head.length; i += 2) text += String.fromCharCode(view.getUint16(i, littleEndian));
    return text;
  };
  if (hasBytes(head, 0, [0xff, 0xfe])) return utf16(true);
  if (hasBytes(head, 0, [0xfe, 0xff])) return utf16(false);
  return ascii(head, hasBytes(head, 0, [0xef, 0xbb, 0xbf]) ? 3 : 0, head.length);
}

/**
 * Text means a UTF-16 BOM, or valid UTF-8 (a sequence cut by the end of the head is fine) without control
 * characters other than tab, line breaks, form feed and escape. Random bytes fail this at once.
 */
function looksLikeText(head: Uint8Array): boolean {
  if (hasBytes(head, 0, [0xff, 0xfe]) || hasBytes(head, 0, [0xfe, 0xff])) return true;
  for (let i = 0; i < head.length;) {
    const byte = head[i] ?? 0;
    if (byte < 0x80) {
      if (byte < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b].includes(byte)) return false;
      i++;
      continue;
    }
    const length =
      byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (!length) return false;
    for (let k = 1; k < length; k++) {
      const next = head[i + k];
      if (next === undefined) return true;
      if ((next & 0xc0) !== 0x80) return false;
    }
    i += length;
  }
  return true;
}

interface Markup {
  /** The first element's name; '' when the head ends inside the prolog; null when no element follows it. */
  root: string | null;
  hasXmlDeclaration: boolean;
  doctype: string;
}

/** Walks past whitespace, the XML declaration and other processing instructions, comments and the doctype. */
function readMarkup(text: string): Markup {
  const markup: Markup = { root: null, hasXmlDeclaration: false, doctype: '' };
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text.charAt(i))) i++;
    if (i >= text.length) return text.trim() ? { ...markup, root: '' } : markup;
    if (text.charAt(i) !== '<') return markup;
    let end: number;
    if (text.startsWith('<?', i)) {
      markup.hasXmlDeclaration ||= /^<\?xml\s/.test(text.slice(i, i + 6));
      end = text.indexOf('?>', i);
      if (end >= 0) end += 2;
    } else if (text.startsWith('<!--', i)) {
      end = text.indexOf('-->', i + 4);
      if (end >= 0) end += 3;
    } else if (/^<!doctype\s/i.test(text.slice(i, i + 10))) {
      end = doctypeEnd(text, i);
      markup.doctype = text.slice(i, end < 0 ? text.length : end);
    } else {
      return { ...markup, root: /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i, i + 100))?.[1] ?? null };
    }
    if (end < 0) return { ...markup, root: '' };
    i = end;
  }
}

/** Index after a doctype's closing `>`, past an internal subset in brackets (Illustrator writes one); -1 if cut. */
function doctypeEnd(text: string, start: number): number {
  const close = text.indexOf('>', start);
  const subset = text.indexOf('[', start);
  if (subset >= 0 && (close < 0 || subset < close)) {
    const subsetEnd = text.indexOf(']', subset);
    const after = subsetEnd < 0 ? -1 : text.indexOf('>', subsetEnd);
    return after < 0 ? -1 : after + 1;
  }
  return close < 0 ? -1 : close + 1;
}

function sniffText(head: Uint8Array, extension: string): SniffedFormat | null {
  const markup = readMarkup(decodeHead(head));
  const root = markup.root?.toLowerCase();
  if (root === 'svg' || root?.endsWith(':svg')) return SVG;
  // Prolog, comments or doctype run past the head: an SVG doctype or the extension decides.
  if (root === '' && (/\ssvg[\s>[]/i.test(markup.doctype) || extension === 'svg')) return SVG;
  if (root === 'html' || /\shtml[\s>]/i.test(markup.doctype)) return HTML;
  if (markup.hasXmlDeclaration && root !== null) return XML;
  return looksLikeText(head) ? TEXT : null;
}
