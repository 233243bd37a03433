import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/lib/provenance/report';
import { summarizeReport } from '../../../src/lib/provenance/summary';
import { readings } from './fixtures/c2pa-fixtures';

const storeOf = (file: string) => readings(file).standard.store;

describe('summarizeReport', () => {
  it('answers the first questions for an AI picture from an unrecognized signer', () => {
    const report = buildReport({
      fileName: 'gen-ai-created.jpg',
      format: 'image/jpeg',
      store: storeOf('gen-ai-created.jpg'),
    });
    const summary = summarizeReport(report);
    expect(summary.status).toEqual({ text: 'Credentials intact', tone: 'good' });
    expect(summary.ai.answer).toBe('Yes, say its credentials');
    expect(summary.signer).toEqual({
      name: 'Media Literacy Fixtures (TEST ONLY) · Media Literacy Test Signer',
      trust: 'Unrecognized signer: nobody on the trust list vouches for it',
      tone: 'warn',
    });
    expect(summary.when).toBe('No trusted time recorded');
  });

  it('warns that broken credentials cannot be relied on', () => {
    const report = buildReport({
      fileName: 'gen-tampered.jpg',
      format: 'image/jpeg',
      store: storeOf('gen-tampered.jpg'),
    });
    const summary = summarizeReport(report);
    expect(summary.status.tone).toBe('bad');
    expect(summary.ai.detail).toMatch(/credentials are broken/);
  });

  it('gives the trusted signing time in UTC', () => {
    const report = buildReport({ fileName: 'C.jpg', format: 'image/jpeg', store: storeOf('C.jpg') });
    expect(summarizeReport(report).when).toBe('August 6, 2024 at 9:53 PM UTC');
  });

  it('says a file without credentials proves nothing', () => {
    const summary = summarizeReport(buildReport({ fileName: 'photo.jpg', format: 'image/jpeg', store: null }));
    expect(summary.ai).toMatchObject({ answer: 'Unknown', tone: 'neutral' });
    expect(summary.ai.detail).toMatch(/not evidence either way/);
    expect(summary.signer).toBeUndefined();
  });
});
