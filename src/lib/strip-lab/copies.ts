/**
 * Browser-only: makes the two copies the strip lab compares. Both go through a canvas, which keeps only the
 * pixels, exactly as a screenshot or an app that re-saves a picture does; nothing else of the file survives.
 */
import { pixelDifference } from './compare';

export interface Copies {
  width: number;
  height: number;
  /** A stand-in for a screenshot: the decoded pixels saved as a new PNG. */
  screenshot: Blob;
  /** The decoded pixels saved as a new JPEG at the chosen quality. */
  reencoded: Blob;
  /** Mean difference of each copy's pixels from the original's (0–255). */
  difference: { screenshot: number; reencoded: number };
}

function canvasOf(width: number, height: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('canvas');
  return [canvas, context];
}

function toBlob(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(`toBlob ${type}`))), type, quality),
  );
}

async function pixelsOf(blob: Blob, width: number, height: number): Promise<Uint8ClampedArray> {
  const bitmap = await createImageBitmap(blob);
  const [, context] = canvasOf(width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return context.getImageData(0, 0, width, height).data;
}

export async function makeCopies(original: Blob, quality: number): Promise<Copies> {
  const bitmap = await createImageBitmap(original);
  const { width, height } = bitmap;
  const [canvas, context] = canvasOf(width, height);
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const originalPixels = context.getImageData(0, 0, width, height).data;
  const screenshot = await toBlob(canvas, 'image/png');
  const reencoded = await toBlob(canvas, 'image/jpeg', quality);
  const [screenshotPixels, reencodedPixels] = await Promise.all([
    pixelsOf(screenshot, width, height),
    pixelsOf(reencoded, width, height),
  ]);
  return {
    width,
    height,
    screenshot,
    reencoded,
    difference: {
      screenshot: pixelDifference(originalPixels, screenshotPixels),
      reencoded: pixelDifference(originalPixels, reencodedPixels),
    },
  };
}
