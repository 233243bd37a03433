// Copies quiz media into public/quiz-media/ under a name made from a hash of its bytes, and prints the path
// to use in content/quiz-bank/ and content/credits/. Descriptive names like "ai_portrait.png" would tell
// anyone who opens the picture in a new tab what the answer is.
//   npm run quiz-media -- ../shared/media/real/skimage_coffee.png
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run quiz-media -- <file> [more files]');
  process.exit(1);
}
const audio = new Set(['.mp3', '.ogg', '.wav', '.m4a', '.flac']);
for (const file of files) {
  const extension = extname(file).toLowerCase();
  const folder = audio.has(extension) ? 'audio' : 'img';
  const name = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12) + extension;
  mkdirSync(join('public/quiz-media', folder), { recursive: true });
  copyFileSync(file, join('public/quiz-media', folder, name));
  console.log(`${file} → /quiz-media/${folder}/${name}`);
}
