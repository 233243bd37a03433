// Makes the smaller WebP copies of the photos lessons show (see src/lib/content/lesson-image.ts) for every
// picture in content/caption-match/. Run after adding one: npm run lesson-images
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { lessonImageVariant, lessonImageWidths } from '../src/lib/content/lesson-image.ts';

const root = join(import.meta.dirname, '..');
const folder = join(root, 'content/caption-match');
mkdirSync(join(root, 'public/lesson-media'), { recursive: true });

for (const file of readdirSync(folder).filter((name) => name.endsWith('.yaml'))) {
  for (const { image } of parse(readFileSync(join(folder, file), 'utf8')).pictures) {
    for (const width of lessonImageWidths.filter((variant) => variant < image.width)) {
      const output = join(root, 'public', lessonImageVariant(image.src, width));
      if (existsSync(output)) continue;
      await sharp(join(root, 'public', image.src))
        .resize({ width })
        .webp({ quality: 78 })
        .toFile(output);
      console.log(`${image.src} → ${lessonImageVariant(image.src, width)}`);
    }
  }
}
