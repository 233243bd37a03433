import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { creditSchema } from '../../src/lib/content/credit-schema';
import { bankFileSchema, type BankItem } from '../../src/lib/content/quiz-schema';

const root = join(import.meta.dirname, '../..');
const bankDir = join(root, 'content/quiz-bank');
const bankFiles = readdirSync(bankDir).filter((name) => name.endsWith('.yaml'));
const banks = bankFiles.map((name) => ({
  name,
  result: bankFileSchema.safeParse(parse(readFileSync(join(bankDir, name), 'utf8'))),
}));
const items: BankItem[] = banks.flatMap(({ result }) => (result.success ? result.data.items : []));

const credited = new Set(
  readdirSync(join(root, 'content/credits'))
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) => creditSchema.parse(parse(readFileSync(join(root, 'content/credits', name), 'utf8'))).files),
);

function mediaOf(item: BankItem) {
  const media = 'media' in item && item.media ? [item.media] : [];
  return item.type === 'changed-region' && item.original ? [...media, item.original] : media;
}

/** Words that would tell the learner the answer before they give it. */
const giveaway =
  /\b(ai|a\.i\.|generated|synthetic|fake|deepfake|real|authentic|genuine|edited|manipulated|cloned?|tts|robotic|photoshopped)\b/i;

describe('quiz bank', () => {
  it.each(banks.map(({ name, result }) => [name, result] as const))('%s matches the schema', (_, result) => {
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('uses every item id once across all banks', () => {
    const ids = items.map((item) => item.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('has the promised numbers of each kind of item', () => {
    const realOrAi = items.filter((item) => item.type === 'real-or-ai');
    expect(realOrAi.length).toBeGreaterThanOrEqual(60);
    const real = realOrAi.filter((item) => item.answer === 'real').length;
    expect(Math.abs(real - (realOrAi.length - real))).toBeLessThanOrEqual(realOrAi.length * 0.2);
    expect(items.filter((item) => item.type === 'changed-region').length).toBeGreaterThanOrEqual(8);
    expect(items.filter((item) => item.type === 'choice' || item.type === 'order').length).toBeGreaterThanOrEqual(30);
  });

  it.each(items.flatMap((item) => mediaOf(item).map((media) => [item.id, media.src] as const)))(
    '%s: %s is shipped and credited',
    (_, src) => {
      expect(existsSync(join(root, 'public', src)), `public${src}`).toBe(true);
      expect(credited.has(src), `${src} in content/credits/`).toBe(true);
    },
  );

  it.each(
    items.filter((item) => item.type !== 'choice' && item.type !== 'order').map((item) => [item.id, item] as const),
  )('%s: its alt text and transcript do not give the answer away', (_, item) => {
    const media = 'media' in item ? item.media : undefined;
    const text = media?.kind === 'audio' ? media.transcript : (media?.alt ?? '');
    expect(text).not.toMatch(giveaway);
  });

  it.each(
    items.flatMap((item) =>
      mediaOf(item).flatMap((media) => (media.kind === 'image' ? [[item.id, media] as const] : [])),
    ),
  )('%s: the picture size in the data matches the file', (_, media) => {
    expect(imageSize(readFileSync(join(root, 'public', media.src)))).toEqual({
      width: media.width,
      height: media.height,
    });
  });
});

/** Width and height from a PNG or JPEG header, enough to catch a wrong size in the data. */
function imageSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.readUInt32BE(0) === 0x89504e47) return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  let offset = 2;
  while (offset < bytes.length) {
    const marker = bytes[offset + 1]!;
    const length = bytes.readUInt16BE(offset + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
    offset += 2 + length;
  }
  return undefined;
}
