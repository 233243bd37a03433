import { describe, expect, it } from 'vitest';
import { inspectFile } from '../../../src/lib/provenance/inspect';

// Each of these is settled before the engine would load, so no browser or wasm is needed.
describe('inspectFile on files the engine never sees', () => {
  it('explains an empty file', async () => {
    const { report } = await inspectFile(new File([], 'empty.jpg'));
    expect(report).toMatchObject({ status: 'error', trust: '', fileName: 'empty.jpg' });
    expect(report.errorMessage).toBe('This file is empty (0 bytes), so there is nothing to read.');
  });

  it('refuses a file over the 1 GB limit with a clear message', async () => {
    const huge = { name: 'huge.mp4', size: 10 ** 9 + 1 } as File;
    const { report } = await inspectFile(huge);
    expect(report.status).toBe('error');
    expect(report.errorMessage).toMatch(/larger than 1 GB/);
  });

  it('names a text file renamed .jpg instead of trusting its extension', async () => {
    const { report } = await inspectFile(
      new File(['just some notes, not a picture'], 'notes.jpg', { type: 'image/jpeg' }),
    );
    expect(report.status).toBe('error');
    expect(report.errorMessage).toMatch(/^This looks like a text file\. This is not a kind of file/);
    expect(report.label.label).toBe('none');
  });

  it('treats unrecognisable bytes as unsupported', async () => {
    const noise = new Uint8Array(4096).map((_, index) => (index * 7919) % 256);
    const { report, store } = await inspectFile(new File([noise], 'noise.png'));
    expect(report.status).toBe('error');
    expect(report.errorMessage).toMatch(/not a kind of file that can carry Content Credentials/);
    expect(store).toBeNull();
  });
});
