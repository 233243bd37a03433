import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  copyFileName,
  describePixels,
  describeSizeChange,
  formatBytes,
  pixelDifference,
  verdict,
} from '../../../src/lib/strip-lab/compare';
import { original, reencoded, screenshot } from './fixtures';

describe('compareVersions', () => {
  const rows = compareVersions([reencoded, original, screenshot], 0.8);

  it('puts the original first, then the screenshot, then the re-saved copy', () => {
    expect(rows.map((row) => row.kind)).toEqual(['original', 'screenshot', 'reencoded']);
    expect(rows.map((row) => row.title)).toEqual([
      'Original file',
      'Screenshot (new PNG)',
      'Re-saved JPEG (quality 80%)',
    ]);
  });

  it('shows credentials for the original and none for either copy', () => {
    expect(rows.map((row) => [row.hasCredentials, row.headline])).toEqual([
      [true, 'Credentials intact'],
      [false, 'No Content Credentials'],
      [false, 'No Content Credentials'],
    ]);
    expect(rows[0]!.signer).toMatch(/^Media Literacy Fixtures \(TEST ONLY\)/);
    expect(rows[1]!.signer).toBe('Nobody: there is no signature to read.');
    expect(rows[1]!.ai).toBe('Unknown.');
  });

  it('gives sizes, size changes, formats and pixel differences in words', () => {
    expect(rows.map((row) => [row.format, row.size, row.sizeChange])).toEqual([
      ['JPEG', '79.3 KB', ''],
      ['PNG', '402.1 KB', '5.1 times the size of the original'],
      ['JPEG', '52.0 KB', '34% smaller than the original'],
    ]);
    expect(rows[1]!.pixels).toBe('Identical to the original’s.');
    expect(rows[2]!.pixels).toMatch(/by 1\.3 on average/);
    expect(rows[0]!.dimensions).toBe('640 × 480 pixels');
  });

  it('sums up that copying removed the credentials', () => {
    expect(verdict(rows)).toMatch(/^The original carries Content Credentials\. Both copies carry none/);
    expect(verdict(rows.slice(0, 2))).toMatch(/The copy carries none/);
    expect(verdict(rows.slice(1))).toBe('');
  });

  it('says so when the original had nothing to lose', () => {
    const unsigned = { ...original, report: reencoded.report };
    expect(verdict(compareVersions([unsigned, screenshot], 0.8))).toMatch(/nothing for the copies to lose/);
  });
});

describe('helpers', () => {
  it('formats bytes in decimal units', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(79_311)).toBe('79.3 KB');
    expect(formatBytes(1_250_000)).toBe('1.3 MB');
    expect(formatBytes(-1)).toBe('?');
  });

  it('describes size changes', () => {
    expect(describeSizeChange(1000, 1002)).toBe('about the same size as the original');
    expect(describeSizeChange(1000, 1200)).toBe('20% larger than the original');
    expect(describeSizeChange(1000, 400)).toBe('60% smaller than the original');
    expect(describeSizeChange(0, 400)).toBe('');
  });

  it('measures the mean difference of the colour values, ignoring transparency', () => {
    const a = [10, 20, 30, 255, 0, 0, 0, 255];
    expect(pixelDifference(a, a)).toBe(0);
    expect(pixelDifference(a, [13, 20, 30, 0, 0, 0, 3, 255])).toBe(1);
    expect(pixelDifference(a, [1, 2, 3])).toBeNaN();
    expect(describePixels('reencoded', 0.04)).toMatch(/by < 0\.1 on average/);
    expect(describePixels('screenshot', Number.NaN)).toBe('Could not be compared.');
    expect(describePixels('reencoded', 4.2)).toMatch(/too little to see/);
    expect(describePixels('reencoded', 7.5)).toMatch(/by 7\.5 on average .*can you see where\?/);
  });

  it('names copies after the sample and their new format', () => {
    expect(copyFileName('gen-ai-created.jpg', 'screenshot')).toBe('gen-ai-created-screenshot.png');
    expect(copyFileName('gen-ai-created.jpg', 'reencoded')).toBe('gen-ai-created-resaved.jpg');
    expect(copyFileName('gen-ai-created.jpg', 'original')).toBe('gen-ai-created.jpg');
  });
});
