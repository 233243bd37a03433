import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { captionMatchSetSchema, captionPictureSchema } from '../../../src/lib/content/caption-match-schema';
import { picture } from './fixture';

const folder = join(import.meta.dirname, '../../../content/caption-match');
const sets = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => [name, parse(readFileSync(join(folder, name), 'utf8')) as unknown] as const);

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message).join('\n') ?? '';

describe('content/caption-match', () => {
  it('has at least one set', () => {
    expect(sets.length).toBeGreaterThan(0);
  });

  it.each(sets)('%s matches the schema', (_, data) => {
    const result = captionMatchSetSchema.safeParse(data);
    expect(messages(result)).toBe('');
  });

  it.each(sets)('%s uses only shipped quiz pictures and marks every made-up poster', (_, data) => {
    const set = captionMatchSetSchema.parse(data);
    for (const item of set.pictures) {
      expect(readFileSync(join(import.meta.dirname, '../../../public', item.image.src)).length).toBeGreaterThan(0);
      for (const caption of item.captions) {
        if (caption.kind !== 'original') expect(caption.poster).toMatch(/\(made up\)$/);
      }
      // The real origin is the oldest sighting, so the search clue and the true caption agree.
      const years = item.sightings.map((sighting) => sighting.date.slice(0, 4)).sort();
      expect(item.captions.find((caption) => caption.kind === 'original')?.why).toContain(years[0]);
    }
  });
});

describe('captionPictureSchema rejects bad pictures with clear messages', () => {
  it('needs exactly one original caption', () => {
    const twoOriginals = {
      ...picture,
      captions: picture.captions.map((caption) => ({ ...caption, kind: 'original' as const })),
    };
    expect(messages(captionPictureSchema.safeParse(twoOriginals))).toMatch(/exactly one caption of kind "original"/);
  });

  it('needs the crop box of a cropped caption', () => {
    const noCrop = {
      ...picture,
      captions: picture.captions.map((caption) =>
        caption.kind === 'cropped' ? { ...caption, crop: undefined } : caption,
      ),
    };
    expect(messages(captionPictureSchema.safeParse(noCrop))).toMatch(/needs the crop box/);
  });

  it('rejects repeated caption ids and badly written dates', () => {
    const repeated = { ...picture, captions: picture.captions.map((caption) => ({ ...caption, id: 'same' })) };
    expect(messages(captionPictureSchema.safeParse(repeated))).toMatch(/used twice/);
    const badDate = {
      ...picture,
      sightings: [{ date: 'April 2026', where: 'x-site', note: 'A bad date.' }, ...picture.sightings],
    };
    expect(messages(captionPictureSchema.safeParse(badDate))).toMatch(/YYYY/);
  });
});
