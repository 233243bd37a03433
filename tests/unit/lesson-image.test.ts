import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lessonImageSrcset, lessonImageVariant, lessonImageWidths } from '../../src/lib/content/lesson-image';

const root = join(import.meta.dirname, '../..');

describe('lesson image copies', () => {
  it('lists the smaller copies, then the original, by width', () => {
    expect(lessonImageSrcset('/quiz-media/img/abc.jpg', 1920)).toBe(
      '/lesson-media/abc-640.webp 640w, /lesson-media/abc-1280.webp 1280w, /quiz-media/img/abc.jpg 1920w',
    );
    expect(lessonImageSrcset('/quiz-media/img/abc.png', 1000)).toBe(
      '/lesson-media/abc-640.webp 640w, /quiz-media/img/abc.png 1000w',
    );
  });

  it('leaves pictures no wider than the smallest copy alone', () => {
    expect(lessonImageSrcset('/quiz-media/img/abc.jpg', 640)).toBeUndefined();
  });

  const folder = join(root, 'content/caption-match');
  const pictures = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .flatMap(
      (name) => parse(readFileSync(join(folder, name), 'utf8')).pictures as { image: { src: string; width: number } }[],
    );

  it.each(pictures.map(({ image }) => [image.src, image.width] as const))(
    '%s has its copies (npm run lesson-images makes them)',
    (src, width) => {
      for (const variant of lessonImageWidths.filter((size) => size < width))
        expect(existsSync(join(root, 'public', lessonImageVariant(src, variant))), `${variant} px`).toBe(true);
    },
  );
});
