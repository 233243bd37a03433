import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { signingPicturesSchema } from '../../../src/lib/content/signing-demo-schema';

const root = join(import.meta.dirname, '../../..');
const raw = parse(readFileSync(join(root, 'content/signing-demo/pictures.yaml'), 'utf8')) as {
  pictures: Record<string, unknown>[];
};

describe('content/signing-demo/pictures.yaml', () => {
  const { pictures } = signingPicturesSchema.parse(raw);

  it('offers shipped pictures with alt text, an AI-made one and photos', () => {
    expect(pictures.map((picture) => picture.madeWith).sort()).toEqual(['ai', 'camera', 'camera']);
    for (const picture of pictures) {
      expect(existsSync(join(root, 'public', picture.src)), picture.src).toBe(true);
      expect(picture.alt.length).toBeGreaterThan(20);
    }
  });

  it('offers only pictures that carry no Content Credentials of their own', () => {
    for (const picture of pictures) {
      const bytes = readFileSync(join(root, 'public', picture.src));
      expect(bytes.includes(Buffer.from('c2pa')), picture.src).toBe(false);
    }
  });
});

describe('signingPicturesSchema', () => {
  it('names the problem in bad data', () => {
    const first = raw.pictures[0]!;
    const twice = signingPicturesSchema.safeParse({ pictures: [first, first] });
    expect(twice.success).toBe(false);
    expect(JSON.stringify(twice.error?.issues)).toMatch(/used twice/);
    const noPhoto = signingPicturesSchema.safeParse({ pictures: [first, { ...first, id: 'other' }] });
    expect(JSON.stringify(noPhoto.error?.issues)).toMatch(/one AI-made picture and one photo/);
    const noAlt = signingPicturesSchema.safeParse({ pictures: [{ ...first, alt: '' }, raw.pictures[1]] });
    expect(JSON.stringify(noAlt.error?.issues)).toMatch(/alt text/);
  });
});
