import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { READER_SUPPORTED_FORMATS, isSupportedReaderFormat } from '@contentauth/c2pa-web';
import { describe, expect, it } from 'vitest';
import {
  HEAD_BYTES,
  READER_MIME_TYPES,
  isReaderSupported,
  sniffFormat,
} from '../../../src/lib/provenance/sniff-format';

const shared = join(import.meta.dirname, '../../../../shared');
const fixtures = join(shared, 'fixtures/c2pa');
const media = join(shared, 'media');

/** The first HEAD_BYTES of a file, read the way the inspector reads them. */
function headOf(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const head = new Uint8Array(HEAD_BYTES);
    return head.subarray(0, readSync(fd, head, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

function tsvRows(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const columns = header?.split('\t') ?? [];
  return lines.map((line) => Object.fromEntries(line.split('\t').map((cell, i) => [columns[i], cell])));
}

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A deterministic pseudo-random generator (mulberry32), so a failure can be replayed. */
function randomBytes(length: number, seed: number): Uint8Array {
  let state = seed;
  return Uint8Array.from({ length }, () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) & 0xff;
  });
}

/** An ISO-BMFF head: an `ftyp` box with the given brands, then an empty `mdat`. */
function ftyp(major: string, compatible: string[]): Uint8Array {
  const size = 16 + 4 * compatible.length;
  return bytes([0, 0, 0, size], 'ftyp', major, [0, 0, 0, 0], ...compatible, [0, 0, 0, 8], 'mdat');
}

/** A TIFF head whose first directory holds the given tags (type SHORT, count 1). */
function tiff(littleEndian: boolean, tags: number[]): Uint8Array {
  const buffer = new ArrayBuffer(8 + 2 + tags.length * 12 + 4);
  const view = new DataView(buffer);
  view.setUint16(0, littleEndian ? 0x4949 : 0x4d4d);
  view.setUint16(2, 42, littleEndian);
  view.setUint32(4, 8, littleEndian);
  view.setUint16(8, tags.length, littleEndian);
  tags.forEach((tag, i) => {
    view.setUint16(10 + i * 12, tag, littleEndian);
    view.setUint16(12 + i * 12, 3, littleEndian);
    view.setUint32(14 + i * 12, 1, littleEndian);
  });
  return new Uint8Array(buffer);
}

describe('C2PA fixtures (MANIFEST.tsv format column)', () => {
  const rows = tsvRows(join(fixtures, 'MANIFEST.tsv'));

  it('lists every media file in the folder', () => {
    const onDisk = readdirSync(fixtures, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !/\.(md|tsv)$/.test(entry.name))
      .map((entry) => entry.name);
    expect(rows.map((row) => row.file).sort()).toEqual(onDisk.sort());
    expect(rows).toHaveLength(30);
  });

  it.each(rows.map((row) => [row.file ?? '', row.format ?? '']))('%s is %s', (file, format) => {
    const head = headOf(join(fixtures, file));
    expect(sniffFormat(head, file)?.mimeType).toBe(format);
    // From the bytes alone: neither a missing nor a misleading name changes the answer.
    expect(sniffFormat(head)?.mimeType).toBe(format);
    expect(sniffFormat(head, 'renamed.txt')?.mimeType).toBe(format);
    expect(isReaderSupported(format)).toBe(true);
  });

  it('names the formats in plain words', () => {
    expect(sniffFormat(headOf(join(fixtures, 'gen-capture.m4a')))).toEqual({
      mimeType: 'audio/mp4',
      label: 'M4A audio',
    });
    expect(sniffFormat(headOf(join(fixtures, 'gen-ai-created.heic')))).toEqual({
      mimeType: 'image/heic',
      label: 'HEIC image',
    });
    expect(sniffFormat(headOf(join(fixtures, 'gen-ai-created.svg')))).toEqual({
      mimeType: 'image/svg+xml',
      label: 'SVG image',
    });
  });
});

describe('quiz media (CATALOG.tsv)', () => {
  const expected: Record<string, string> = {
    jpg: 'image/jpeg',
    png: 'image/png',
    wav: 'audio/wav',
    mp3: 'audio/mpeg',
    ogg: 'audio/ogg',
  };
  const files = tsvRows(join(media, 'CATALOG.tsv')).map((row) => row.file ?? '');

  it('covers every catalogued file type', () => {
    expect(files).toHaveLength(80);
    expect(new Set(files.map((file) => file.split('.').pop()))).toEqual(new Set(Object.keys(expected)));
  });

  it.each(files)('%s', (file) => {
    expect(sniffFormat(headOf(join(media, file)))?.mimeType).toBe(expected[file.split('.').pop() ?? '']);
  });

  it('confirms an MP3 without ID3 tag from its second frame, without the file name', () => {
    const head = headOf(join(media, 'audio/synth_tortoise_riding_hood_lj_first20s.mp3'));
    expect(head[0]).toBe(0xff);
    expect(sniffFormat(head)).toEqual({ mimeType: 'audio/mpeg', label: 'MP3 audio' });
  });

  it('recognises Ogg audio but does not hand it to the reader', () => {
    const ogg = sniffFormat(headOf(join(media, 'audio/real_jfk_inaugural_1961_from_whisper_tests.ogg')));
    expect(ogg).toEqual({ mimeType: 'audio/ogg', label: 'Ogg audio' });
    expect(isReaderSupported('audio/ogg')).toBe(false);
  });
});

describe('reader MIME types', () => {
  it('are all accepted by @contentauth/c2pa-web', () => {
    for (const mimeType of READER_MIME_TYPES) expect(isSupportedReaderFormat(mimeType), mimeType).toBe(true);
    expect(READER_SUPPORTED_FORMATS).toEqual(expect.arrayContaining([...READER_MIME_TYPES]));
  });

  it('avoid the browser’s audio/x-m4a, which the reader refuses', () => {
    expect(isSupportedReaderFormat('audio/x-m4a')).toBe(false);
    expect(READER_MIME_TYPES).toContain('audio/mp4');
  });

  it('exclude the recognised types the reader cannot read', () => {
    for (const mimeType of [
      'text/plain',
      'text/html',
      'application/xml',
      'audio/ogg',
      'image/bmp',
      'application/zip',
    ]) {
      expect(isReaderSupported(mimeType), mimeType).toBe(false);
    }
  });

  it('read enough of the head for an SVG prolog and an ftyp box', () => {
    expect(HEAD_BYTES).toBe(4096);
  });
});

describe('bad and borderline input', () => {
  it('says nothing about zero bytes', () => {
    expect(sniffFormat(new Uint8Array(0))).toBeNull();
    expect(sniffFormat(new Uint8Array(0), 'photo.jpg')).toBeNull();
  });

  it.each([1, 2, 3, 42, 2024])('says nothing about random bytes (seed %i)', (seed) => {
    expect(sniffFormat(randomBytes(HEAD_BYTES, seed))).toBeNull();
    expect(sniffFormat(randomBytes(HEAD_BYTES, seed), 'photo.jpg')).toBeNull();
  });

  it('calls a text file renamed .jpg a text file', () => {
    const text = utf8('Dear diary,\n\tToday I renamed this note to holiday.jpg. Ça marche ✓\r\n');
    expect(sniffFormat(text, 'holiday.jpg')).toEqual({ mimeType: 'text/plain', label: 'Text file' });
  });

  it('keeps a text file cut in the middle of a UTF-8 character as text', () => {
    expect(sniffFormat(utf8('naïve café ✓').subarray(0, 14))?.mimeType).toBe('text/plain');
  });

  it('does not call binary data with NUL bytes text', () => {
    expect(sniffFormat(bytes('abc', [0], 'def'))).toBeNull();
  });

  it('needs the whole signature: 2 bytes of a JPEG are not enough, whatever the name', () => {
    const jpeg = headOf(join(fixtures, 'C.jpg'));
    expect(sniffFormat(jpeg.subarray(0, 2), 'C.jpg')).toBeNull();
    expect(sniffFormat(jpeg.subarray(0, 3), 'C.jpg')?.mimeType).toBe('image/jpeg');
    expect(sniffFormat(headOf(join(fixtures, 'c2pa-actions-1.2.png')).subarray(0, 7))).toBeNull();
    expect(sniffFormat(headOf(join(fixtures, 'gen-capture.m4a')).subarray(0, 12))).toBeNull();
  });

  it('decides by the bytes, not the name: a PNG named .jpg is a PNG', () => {
    expect(sniffFormat(headOf(join(fixtures, 'ts-signed.png')), 'ts-signed.jpg')?.mimeType).toBe('image/png');
  });
});

describe('SVG and other markup', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';
  const prolog = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n';

  it('finds <svg> after a UTF-8 BOM and an XML prolog', () => {
    expect(sniffFormat(bytes([0xef, 0xbb, 0xbf], prolog + svg))?.mimeType).toBe('image/svg+xml');
  });

  it('finds <svg> after whitespace, comments, a processing instruction and a doctype with an internal subset', () => {
    const text = [
      '  \n',
      prolog,
      '<!-- Generator: Adobe Illustrator 27.0, SVG Export Plug-In > -->\n',
      '<?xml-stylesheet href="style.css"?>\n',
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [\n',
      '  <!ENTITY ns_svg "http://www.w3.org/2000/svg">\n]>\n',
      '<svg version="1.1">',
    ].join('');
    expect(sniffFormat(utf8(text))?.mimeType).toBe('image/svg+xml');
  });

  it('reads UTF-16 SVG after its byte-order mark', () => {
    const units = [...(prolog + svg)].map((c) => c.charCodeAt(0));
    expect(
      sniffFormat(
        bytes(
          [0xff, 0xfe],
          units.flatMap((u) => [u & 0xff, u >> 8]),
        ),
      )?.mimeType,
    ).toBe('image/svg+xml');
    expect(
      sniffFormat(
        bytes(
          [0xfe, 0xff],
          units.flatMap((u) => [u >> 8, u & 0xff]),
        ),
      )?.mimeType,
    ).toBe('image/svg+xml');
  });

  it('accepts a namespace-prefixed root and a bare <svg>', () => {
    expect(sniffFormat(utf8('<svg:svg xmlns:svg="http://www.w3.org/2000/svg"/>'))?.mimeType).toBe('image/svg+xml');
    expect(sniffFormat(utf8('<svg>'))?.mimeType).toBe('image/svg+xml');
  });

  it('lets an SVG doctype or the extension decide when the prolog runs past the head', () => {
    const longComment = `${prolog}<!-- ${'x'.repeat(HEAD_BYTES)} -->${svg}`;
    const head = utf8(longComment).subarray(0, HEAD_BYTES);
    expect(sniffFormat(head, 'drawing.svg')?.mimeType).toBe('image/svg+xml');
    expect(sniffFormat(head, 'drawing.xml')?.mimeType).toBe('application/xml');
    const doctype = utf8(
      `${prolog}<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" [ <!ENTITY a "${'y'.repeat(HEAD_BYTES)}">`,
    );
    expect(sniffFormat(doctype.subarray(0, HEAD_BYTES))?.mimeType).toBe('image/svg+xml');
  });

  it('does not take an element merely starting with "svg" for SVG', () => {
    expect(sniffFormat(utf8(`${prolog}<svgfile/>`))).toEqual({ mimeType: 'application/xml', label: 'XML document' });
  });

  it('names XML, HTML and plain text that happen to mention svg', () => {
    expect(sniffFormat(utf8(`${prolog}<rss version="2.0"><channel/></rss>`))?.mimeType).toBe('application/xml');
    expect(sniffFormat(utf8('<!DOCTYPE html>\n<html><body><svg></svg></body></html>'))).toEqual({
      mimeType: 'text/html',
      label: 'Web page (HTML)',
    });
    expect(sniffFormat(utf8('<html lang="en">'))?.mimeType).toBe('text/html');
    expect(sniffFormat(utf8('notes about <svg> files'), 'notes.svg')?.mimeType).toBe('text/plain');
  });
});

describe('ISO base media brands', () => {
  it.each([
    ['avif', ['mif1', 'miaf'], 'image/avif'],
    ['mif1', ['mif1', 'miaf', 'avif'], 'image/avif'],
    ['heic', ['mif1', 'heic'], 'image/heic'],
    ['mif1', ['mif1', 'heic'], 'image/heic'],
    ['msf1', ['msf1', 'hevc'], 'image/heic'],
    ['mif1', ['mif1'], 'image/heif'],
    ['qt  ', ['qt  '], 'video/quicktime'],
    ['M4A ', ['M4A ', 'mp42', 'isom'], 'audio/mp4'],
    ['mp42', ['isom', 'M4A '], 'audio/mp4'],
    ['isom', ['isom', 'iso2', 'avc1', 'mp41'], 'video/mp4'],
    ['mp42', ['mp42', 'mp41'], 'video/mp4'],
    ['crx ', ['crx '], 'application/mp4'],
  ])('%s + %j is %s', (major, compatible, mimeType) => {
    expect(sniffFormat(ftyp(major, compatible))?.mimeType).toBe(mimeType);
  });

  it('uses the .m4a extension only to tell audio-only MP4 from video', () => {
    expect(sniffFormat(ftyp('isom', ['isom', 'mp42']), 'voice memo.M4A')).toEqual({
      mimeType: 'audio/mp4',
      label: 'M4A audio',
    });
    expect(sniffFormat(ftyp('qt  ', ['qt  ']), 'clip.m4a')?.mimeType).toBe('video/quicktime');
  });

  it('rejects an ftyp box too small to hold a brand', () => {
    expect(sniffFormat(bytes([0, 0, 0, 8], 'ftyp', 'isom', [0, 0, 0, 0]))).toBeNull();
  });
});

describe('TIFF and raw photos', () => {
  it('reads both byte orders', () => {
    expect(sniffFormat(tiff(true, [0x100]))?.mimeType).toBe('image/tiff');
    expect(sniffFormat(tiff(false, [0x100]))).toEqual({ mimeType: 'image/tiff', label: 'TIFF image' });
    expect(sniffFormat(bytes('II', [0x2b, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0]))?.mimeType).toBe('image/tiff');
  });

  it('spots DNG by its DNGVersion tag, in either byte order', () => {
    for (const little of [true, false]) {
      expect(sniffFormat(tiff(little, [0x100, 0x101, 0xc612]))).toEqual({
        mimeType: 'image/x-adobe-dng',
        label: 'DNG raw photo',
      });
    }
  });

  it('falls back on the extension for raw formats the bytes do not name', () => {
    expect(sniffFormat(tiff(true, [0x100]), 'DSC_0001.NEF')?.mimeType).toBe('image/x-nikon-nef');
    expect(sniffFormat(tiff(true, [0x100]), 'DSC01234.arw')?.mimeType).toBe('image/x-sony-arw');
    expect(sniffFormat(tiff(true, [0x100]), 'IMG_1.dng')?.mimeType).toBe('image/x-adobe-dng');
    expect(sniffFormat(tiff(true, [0x100]), 'scan.png')?.mimeType).toBe('image/tiff');
  });

  it('does not read past a first directory that lies beyond the head', () => {
    // gen-capture.tiff keeps its directory at the end of the file.
    expect(sniffFormat(headOf(join(fixtures, 'gen-capture.tiff')), 'gen-capture.tiff')?.mimeType).toBe('image/tiff');
  });
});

describe('MP3 without ID3 and other audio', () => {
  // MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, no padding: 417-byte frames.
  const frameHeader = [0xff, 0xfb, 0x90, 0x00];
  const twoFrames = new Uint8Array(417 + 4);
  twoFrames.set(frameHeader, 0);
  twoFrames.set(frameHeader, 417);

  it('confirms a frame sync by the next frame', () => {
    expect(sniffFormat(twoFrames)?.mimeType).toBe('audio/mpeg');
  });

  it('needs the .mp3 extension when the head cannot show a second frame', () => {
    const oneFrame = twoFrames.subarray(0, 100);
    expect(sniffFormat(oneFrame)).toBeNull();
    expect(sniffFormat(oneFrame, 'song.mp3')?.mimeType).toBe('audio/mpeg');
  });

  it('rejects a sync with a reserved MPEG version, bitrate or sample rate, whatever the name', () => {
    expect(sniffFormat(bytes([0xff, 0xeb, 0x90, 0x00]), 'x.mp3')).toBeNull();
    expect(sniffFormat(bytes([0xff, 0xfb, 0xf0, 0x00]), 'x.mp3')).toBeNull();
    expect(sniffFormat(bytes([0xff, 0xfb, 0x9c, 0x00]), 'x.mp3')).toBeNull();
  });

  it('tells ADTS AAC from MP3 and finds MP3 behind an ID3 tag', () => {
    expect(sniffFormat(bytes([0xff, 0xf1, 0x50, 0x80, 0x00]))).toEqual({ mimeType: 'audio/aac', label: 'AAC audio' });
    expect(sniffFormat(bytes('ID3', [4, 0, 0, 0, 0, 0, 0]))?.mimeType).toBe('audio/mpeg');
  });

  it('reads RIFF by its form type', () => {
    const riff = (form: string) => bytes('RIFF', [0, 0, 0, 0], form);
    expect(sniffFormat(riff('WAVE'))?.mimeType).toBe('audio/wav');
    expect(sniffFormat(riff('WEBP'))?.mimeType).toBe('image/webp');
    expect(sniffFormat(riff('AVI '))).toEqual({ mimeType: 'video/x-msvideo', label: 'AVI video' });
    expect(sniffFormat(riff('RMID'))).toBeNull();
  });
});

describe('other signatures', () => {
  it.each([
    [bytes([0, 0, 0, 0x0c], 'JXL ', [0x0d, 0x0a, 0x87, 0x0a]), 'image/jxl'],
    [bytes([0xff, 0x0a, 0x10]), 'image/jxl'],
    [bytes('GIF87a'), 'image/gif'],
    [bytes('%PDF-1.7\n'), 'application/pdf'],
    [bytes('fLaC', [0, 0, 0, 0x22]), 'audio/flac'],
    [bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84], 'webm'), 'video/webm'],
    [bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x88], 'matroska'), 'video/x-matroska'],
    [bytes('8BPS', [0, 1]), 'image/vnd.adobe.photoshop'],
    [bytes('BM', [0x36, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0]), 'image/bmp'],
    [bytes('PK', [3, 4, 20, 0]), 'application/zip'],
    [bytes([0x1f, 0x8b, 0x08, 0]), 'application/gzip'],
  ])('%#: %s', (head, mimeType) => {
    expect(sniffFormat(head)?.mimeType).toBe(mimeType);
  });

  it('does not take any text starting with "BM" for a bitmap', () => {
    expect(sniffFormat(utf8('BMW service notes'))?.mimeType).toBe('text/plain');
  });
});
