import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readWithEngine } from '../../../src/lib/provenance/engine';
import { inspectFile } from '../../../src/lib/provenance/inspect';
import { inspectorText } from '../../../src/lib/ui/strings';
import { fixturesDir } from './fixtures/c2pa-fixtures';

vi.mock('../../../src/lib/provenance/engine', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/lib/provenance/engine')>()),
  readWithEngine: vi.fn(),
}));

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

describe('inspectFile when the engine gives up', () => {
  const photo = () => new File([readFileSync(join(fixturesDir, 'C.jpg'))], 'C.jpg');

  it.each([
    ['timedOut', inspectorText.fileErrors.timedOut],
    ['engineFault', inspectorText.fileErrors.engineFault],
  ] as const)('explains %s in plain words', async (reason, message) => {
    vi.mocked(readWithEngine).mockRejectedValueOnce(new Error(reason));
    const { report } = await inspectFile(photo());
    expect(report).toMatchObject({ status: 'error', fileName: 'C.jpg', errorMessage: message });
  });

  it('keeps the engine’s own words for a file it refused', async () => {
    vi.mocked(readWithEngine).mockRejectedValueOnce(new Error('C2pa(JumbfParseError(UnexpectedEof))'));
    const { report } = await inspectFile(photo());
    expect(report.errorMessage).toMatch(/damaged or cut short.*C2pa\(JumbfParseError\(UnexpectedEof\)\)/);
  });
});
