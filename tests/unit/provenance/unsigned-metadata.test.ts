import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  exifrWouldLoop,
  readUnsignedMetadata,
  type UnsignedMetadata,
} from '../../../src/lib/provenance/unsigned-metadata';

const shared = join(import.meta.dirname, '../../../../shared');
const fixture = (name: string) => new Uint8Array(readFileSync(join(shared, 'fixtures/c2pa', name)));
const mediaFile = (name: string) => new Uint8Array(readFileSync(join(shared, 'media', name)));

const IPTC = 'http://cv.iptc.org/newscodes/digitalsourcetype/';

/** A JPEG with no metadata of its own (JFIF only), to carry the XMP the tests write. */
const plainJpeg = mediaFile('ai/kolors_depth_bird.jpg');

/** `jpeg` with an XMP APP1 segment holding `description` inserted right after the SOI marker. */
function withXmp(jpeg: Uint8Array, description: string): Uint8Array {
  const packet = new TextEncoder().encode(
    `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
${description}
</rdf:RDF></x:xmpmeta><?xpacket end="w"?>`,
  );
  const header = new TextEncoder().encode('http://ns.adobe.com/xap/1.0/\0');
  const length = 2 + header.length + packet.length;
  return new Uint8Array([
    ...jpeg.subarray(0, 2),
    0xff,
    0xe1,
    length >> 8,
    length & 0xff,
    ...header,
    ...packet,
    ...jpeg.subarray(2),
  ]);
}

/** Pseudo-random bytes (mulberry32, replayable) after `prefix`, e.g. a JPEG marker so exifr really parses them. */
function noise(length: number, seed: number, prefix: number[] = []): Uint8Array {
  let state = seed;
  const bytes = Uint8Array.from({ length }, () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) & 0xff;
  });
  bytes.set(prefix);
  return bytes;
}

const JPEG_APP1 = [0xff, 0xd8, 0xff, 0xe1];

describe('camera photos', () => {
  it('reads camera, software and capture time from a Canon photo edited in Lightroom', async () => {
    expect(await readUnsignedMetadata(mediaFile('real/c2pa_adobe-20220124-A.jpg'))).toEqual({
      make: 'Canon',
      model: 'Canon EOS REBEL T3',
      software: 'Adobe Lightroom 5.3 (Macintosh)',
      captureDate: '2011-07-30T15:41:25',
      hasLocation: false,
      fields: [
        { label: 'Camera', value: 'Canon EOS REBEL T3' },
        { label: 'Taken or created', value: '2011-07-30 at 15:41:25' },
        { label: 'Software', value: 'Adobe Lightroom 5.3 (Macintosh)' },
      ],
    } satisfies UnsignedMetadata);
  });

  it('names maker and model together when the model does not repeat the maker', async () => {
    const metadata = await readUnsignedMetadata(mediaFile('real/c2pa_adobe-20220124-I.jpg'));
    expect(metadata?.make).toBe('Panasonic');
    expect(metadata?.model).toBe('DMC-ZS60');
    expect(metadata?.fields[0]).toEqual({ label: 'Camera', value: 'Panasonic DMC-ZS60' });
    expect(metadata?.captureDate).toBe('2019-06-07T14:56:19');
  });

  it('reports the location a photo gives away, rounded to about a kilometre', async () => {
    const metadata = await readUnsignedMetadata(mediaFile('real/plasma_ColorfulCups.jpg'));
    expect(metadata).toMatchObject({
      make: 'SONY',
      model: 'NEX-3N',
      software: 'GIMP 2.8.14',
      captureDate: '2014-04-29T14:25:26',
      hasLocation: true,
      location: { latitude: 56.16, longitude: 10.21 },
    });
    expect(metadata?.fields).toContainEqual({ label: 'Location', value: 'Yes, near 56.16° N, 10.21° E' });
  });

  it('reads the photographer from EXIF Artist, XMP dc:creator and IPTC By-line', async () => {
    const metadata = await readUnsignedMetadata(mediaFile('real/plasma_FallenLeaf.jpg'));
    expect(metadata).toMatchObject({
      make: 'Canon',
      model: 'Canon EOS 70D',
      creator: 'Martin Klapetek',
      captureDate: '2015-10-29T15:44:44',
      hasLocation: false,
    });
    expect(metadata?.location).toBeUndefined();
    expect(metadata?.fields.map((field) => field.label)).toEqual(['Camera', 'Taken or created', 'Software', 'Creator']);
  });

  it('skips placeholders a tool wrote instead of a copyright', async () => {
    // EXIF Copyright "[None] (Photographer) - [None] (Editor)" and XMP dc:rights "x-default".
    const metadata = await readUnsignedMetadata(mediaFile('real/plasma_Kite.jpg'));
    expect(metadata?.copyright).toBeUndefined();
    expect(metadata?.fields[0]).toEqual({ label: 'Camera', value: 'OLYMPUS IMAGING CORP. E-M1' });
  });

  it('reads EXIF from a PNG', async () => {
    expect(await readUnsignedMetadata(mediaFile('real/skimage_chelsea.png'))).toMatchObject({
      make: 'PENTAX Corporation',
      model: 'PENTAX K100D Super',
      software: 'f-spot version 0.5.0.3',
      captureDate: '2009-02-09T11:11:30',
    });
  });

  it('keeps the capture time as the camera wrote it, whatever the viewer’s time zone', async () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo']) {
        process.env.TZ = tz;
        const metadata = await readUnsignedMetadata(fixture('gen-camera-capture.jpg'));
        expect(metadata?.captureDate, tz).toBe('2011-07-30T15:41:25');
      }
    } finally {
      process.env.TZ = zone;
    }
  });
});

describe('XMP written by editing software and AI generators', () => {
  it('finds the remote manifest URL of cloud.jpg in dcterms:provenance', async () => {
    const metadata = await readUnsignedMetadata(fixture('cloud.jpg'));
    expect(metadata?.provenanceUrl).toBe(
      'https://cai-manifests.adobe.com/manifests/adobe-urn-uuid-5f37e182-3687-462e-a7fb-573462780391',
    );
    expect(metadata?.embeddedManifestReference).toBeUndefined();
    expect(metadata).toMatchObject({
      software: 'Adobe Photoshop 21.1 (Macintosh)',
      // No EXIF capture time: XMP CreateDate, with the offset it carries.
      captureDate: '2005-05-13T13:09:04-05:00',
    });
    expect(metadata?.fields).toEqual([
      { label: 'Taken or created', value: '2005-05-13 at 13:09:04 (UTC-05:00)' },
      { label: 'Software', value: 'Adobe Photoshop 21.1 (Macintosh)' },
      {
        label: 'Content Credentials stored online at',
        value: 'https://cai-manifests.adobe.com/manifests/adobe-urn-uuid-5f37e182-3687-462e-a7fb-573462780391',
      },
    ]);
  });

  it('shows that no_manifest.jpg still claims embedded credentials it no longer has', async () => {
    const metadata = await readUnsignedMetadata(fixture('no_manifest.jpg'));
    expect(metadata?.provenanceUrl).toBeUndefined();
    expect(metadata?.embeddedManifestReference).toBe(
      'self#jumbf=/c2pa/adobe:urn:uuid:5f5bba8c-9184-44c6-b9a7-62cfda37b343/c2pa.claim',
    );
    expect(metadata?.fields.at(-1)).toEqual({
      label: 'Says it has Content Credentials inside',
      value: 'Yes (self#jumbf=/c2pa/adobe:urn:uuid:5f5bba8c-9184-44c6-b9a7-62cfda37b343/c2pa.claim)',
    });
  });

  it.each([
    [
      'an element',
      `<rdf:Description rdf:about="" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">
        <Iptc4xmpExt:DigitalSourceType>${IPTC}trainedAlgorithmicMedia</Iptc4xmpExt:DigitalSourceType>
      </rdf:Description>`,
    ],
    [
      'an attribute',
      `<rdf:Description rdf:about="" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
        Iptc4xmpExt:DigitalSourceType="${IPTC}trainedAlgorithmicMedia"/>`,
    ],
    [
      'an rdf:resource',
      `<rdf:Description rdf:about="" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">
        <Iptc4xmpExt:DigitalSourceType rdf:resource="${IPTC}trainedAlgorithmicMedia"/>
      </rdf:Description>`,
    ],
  ])('reads the IPTC DigitalSourceType written as %s', async (_, description) => {
    expect(await readUnsignedMetadata(withXmp(plainJpeg, description))).toEqual({
      hasLocation: false,
      digitalSourceType: `${IPTC}trainedAlgorithmicMedia`,
      fields: [{ label: 'How it was made (IPTC, unsigned)', value: 'Made by generative AI' }],
    } satisfies UnsignedMetadata);
  });

  it('reads creator lists, rights, ISO dates and GPS from XMP alone', async () => {
    const xmp = `<rdf:Description rdf:about=""
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:exif="http://ns.adobe.com/exif/1.0/"
        xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="Generator 2.1"
        exif:DateTimeOriginal="2024-03-09T08:07:06.5+01:00"
        exif:GPSLatitude="33,51.5S" exif:GPSLongitude="151,12,36W">
      <dc:creator><rdf:Seq><rdf:li>Ada Lovelace</rdf:li><rdf:li>Charles Babbage</rdf:li></rdf:Seq></dc:creator>
      <dc:rights><rdf:Alt><rdf:li xml:lang="x-default">© 2024 Analytical Engines Ltd</rdf:li></rdf:Alt></dc:rights>
    </rdf:Description>`;
    expect(await readUnsignedMetadata(withXmp(plainJpeg, xmp))).toEqual({
      software: 'Generator 2.1',
      captureDate: '2024-03-09T08:07:06.5+01:00',
      hasLocation: true,
      location: { latitude: -33.86, longitude: -151.21 },
      creator: 'Ada Lovelace, Charles Babbage',
      copyright: '© 2024 Analytical Engines Ltd',
      fields: [
        { label: 'Taken or created', value: '2024-03-09 at 08:07:06 (UTC+01:00)' },
        { label: 'Software', value: 'Generator 2.1' },
        { label: 'Creator', value: 'Ada Lovelace, Charles Babbage' },
        { label: 'Copyright', value: '© 2024 Analytical Engines Ltd' },
        { label: 'Location', value: 'Yes, near 33.86° S, 151.21° W' },
      ],
    } satisfies UnsignedMetadata);
  });

  it('prefers the camera’s binary EXIF where XMP disagrees', async () => {
    const xmp = `<rdf:Description rdf:about="" xmlns:tiff="http://ns.adobe.com/tiff/1.0/" tiff:Model="Not the camera"/>`;
    const metadata = await readUnsignedMetadata(withXmp(fixture('composite-dst.jpg'), xmp));
    expect(metadata?.model).toBe('Canon EOS REBEL T3');
  });

  it('does not count 0, 0 (no GPS fix) as a location', async () => {
    const xmp = `<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/"
        exif:GPSLatitude="0,0.0N" exif:GPSLongitude="0,0.0E"/>`;
    expect(await readUnsignedMetadata(withXmp(plainJpeg, xmp))).toBeNull();
  });

  it('drops an unset camera clock (0000:00:00)', async () => {
    const xmp = `<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/"
        xmlns:tiff="http://ns.adobe.com/tiff/1.0/" tiff:Make="Acme" exif:DateTimeOriginal="0000:00:00 00:00:00"/>`;
    const metadata = await readUnsignedMetadata(withXmp(plainJpeg, xmp));
    expect(metadata?.captureDate).toBeUndefined();
    expect(metadata?.fields).toEqual([{ label: 'Camera', value: 'Acme' }]);
  });
});

describe('files without metadata', () => {
  it.each([
    'media/ai/kolors_depth_bird.jpg',
    'media/ai/sd1_txt2img_city_000002025.png',
    'media/real/skimage_rocket.jpg',
    'fixtures/c2pa/C.jpg',
    'fixtures/c2pa/ts-signed.png',
    'fixtures/c2pa/gen-ai-created.heic',
  ])('%s gives null', async (path) => {
    expect(await readUnsignedMetadata(new Uint8Array(readFileSync(join(shared, path))))).toBeNull();
  });
});

describe('any input shape', () => {
  const jpeg = fixture('composite-dst.jpg');

  it('reads a Blob, an ArrayBuffer and a Uint8Array view alike', async () => {
    const expected = await readUnsignedMetadata(jpeg);
    expect(expected?.model).toBe('Canon EOS REBEL T3');
    expect(await readUnsignedMetadata(new Blob([jpeg], { type: 'text/plain' }))).toEqual(expected);
    expect(await readUnsignedMetadata(jpeg.slice().buffer)).toEqual(expected);
    const padded = new Uint8Array(jpeg.length + 7);
    padded.set(jpeg, 7);
    expect(await readUnsignedMetadata(padded.subarray(7))).toEqual(expected);
  });
});

describe('bad input never throws', () => {
  it('reads only the head of a file exifr cannot open', async () => {
    const video = new Blob([fixture('gen-capture.mp4')]);
    const readWhole = vi.spyOn(video, 'arrayBuffer');
    expect(await readUnsignedMetadata(video)).toBeNull();
    expect(readWhole).not.toHaveBeenCalled();
  });

  it.each([
    ['zero bytes', new Uint8Array(0)],
    ['random bytes', noise(4096, 7)],
    ['random bytes behind a JPEG marker', noise(65536, 1, JPEG_APP1)],
    ['a few random bytes behind a JPEG marker', noise(300, 99, JPEG_APP1)],
    ['random bytes behind a TIFF header', noise(4096, 5, [0x49, 0x49, 0x2a, 0x00, 0x08, 0, 0, 0])],
    ['2 bytes of a JPEG', fixture('cloud.jpg').subarray(0, 2)],
    ['a text file named .jpg', new TextEncoder().encode('just some words, not a picture\n')],
    ['a PDF', fixture('gen-created.pdf')],
    ['WAV audio', fixture('gen-capture.wav')],
    ['MP3 audio', fixture('gen-ai-created.mp3')],
    ['M4A audio', fixture('gen-capture.m4a')],
    ['MP4 video', fixture('gen-capture.mp4')],
    ['an SVG', fixture('gen-ai-created.svg')],
    ['Ogg audio', mediaFile('audio/real_jfk_inaugural_1961_from_whisper_tests.ogg')],
  ])('%s gives null', async (_, input) => {
    await expect(readUnsignedMetadata(input)).resolves.toBeNull();
    await expect(readUnsignedMetadata(new Blob([input.slice()]))).resolves.toBeNull();
  });

  describe('a truncated download of cloud.jpg (EXIF ends at byte 10038, XMP at 13905, IPTC at 25807)', () => {
    const cloud = fixture('cloud.jpg');

    it('gives null when cut inside EXIF', async () => {
      expect(await readUnsignedMetadata(cloud.subarray(0, 5000))).toBeNull();
    });

    it('keeps the complete EXIF when cut inside XMP', async () => {
      expect(await readUnsignedMetadata(cloud.subarray(0, 12_000))).toEqual({
        software: 'Adobe Photoshop 21.1 (Macintosh)',
        hasLocation: false,
        fields: [{ label: 'Software', value: 'Adobe Photoshop 21.1 (Macintosh)' }],
      } satisfies UnsignedMetadata);
    });

    it('keeps EXIF and XMP when cut inside IPTC', async () => {
      expect(await readUnsignedMetadata(cloud.subarray(0, 20_000))).toEqual(await readUnsignedMetadata(cloud));
    });
  });

  it('a JPEG cut after its metadata still gives all of it', async () => {
    const whole = fixture('composite-dst.jpg');
    expect(await readUnsignedMetadata(whole.subarray(0, 40_000))).toEqual(await readUnsignedMetadata(whole));
  });
});

describe('exifrWouldLoop', () => {
  const heic = fixture('gen-ai-created.heic');
  /** The HEIC with the box after `ftyp` (a 28-byte box) declaring `size`, and `largeSize` after it. */
  const withSecondBox = (size: number, largeSize?: bigint) => {
    const bytes = heic.slice();
    const view = new DataView(bytes.buffer);
    view.setUint32(28, size);
    if (largeSize !== undefined) view.setBigUint64(36, largeSize);
    return bytes;
  };

  it('lets exifr read intact files, and files whose boxes run past the end (exifr gives up on those)', () => {
    expect(exifrWouldLoop(heic)).toBe(false);
    expect(exifrWouldLoop(withSecondBox(0xffffffff))).toBe(false);
    expect(exifrWouldLoop(fixture('C.jpg'))).toBe(false);
  });

  it('spots a box before meta that declares no size, on which exifr would loop forever', () => {
    expect(exifrWouldLoop(withSecondBox(0))).toBe(true);
    expect(exifrWouldLoop(withSecondBox(1, 0n))).toBe(true);
  });
});
