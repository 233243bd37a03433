/**
 * Smaller WebP copies of the photos lessons show at reading size (made by `npm run lesson-images`), so a
 * phone does not download a 2,560-pixel JPEG for a 576-pixel column. Quiz pictures keep their original
 * files: learners zoom into them to judge what is real.
 */
export const lessonImageWidths = [640, 1280] as const;

/** `/quiz-media/img/abc.jpg` at 640 px → `/lesson-media/abc-640.webp`. */
export function lessonImageVariant(src: string, width: number): string {
  const name = src.slice(src.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  return `/lesson-media/${name}-${width}.webp`;
}

/** The `srcset` for a picture of the given width: its smaller copies, then the original; none if it is small. */
export function lessonImageSrcset(src: string, width: number): string | undefined {
  const smaller = lessonImageWidths.filter((variant) => variant < width);
  if (smaller.length === 0) return undefined;
  return [...smaller.map((variant) => `${lessonImageVariant(src, variant)} ${variant}w`), `${src} ${width}w`].join(
    ', ',
  );
}
