import { describe, expect, it } from 'vitest';
import { actionLabel } from '../../../src/lib/provenance/actions';
import { describeDigitalSourceType, IPTC } from '../../../src/lib/provenance/digital-source-type';
import { noCredentialsLabel, platformLabel, unreadableLabel } from '../../../src/lib/provenance/label';
import type { ActionEntry } from '../../../src/lib/provenance/report-types';

function step(action: string, source?: string, softwareAgent?: string): ActionEntry {
  const digitalSourceType = source ? describeDigitalSourceType(source) : undefined;
  return { action, label: actionLabel(action, digitalSourceType), digitalSourceType, softwareAgent };
}

describe('platformLabel', () => {
  it('labels generative AI and names the value and the tool', () => {
    const label = platformLabel([step('c2pa.created', `${IPTC}trainedAlgorithmicMedia`, 'Example Generator')]);
    expect(label).toEqual({
      label: 'ai-generated',
      reason: expect.stringMatching(/“trainedAlgorithmicMedia”.*Example Generator/) as unknown,
      triggeredBy: [`${IPTC}trainedAlgorithmicMedia`],
    });
  });

  it('labels a composite with generative AI, whatever the action', () => {
    const label = platformLabel([
      step('c2pa.opened'),
      step('c2pa.placed'),
      step('c2pa.edited', `${IPTC}compositeWithTrainedAlgorithmicMedia`),
    ]);
    expect(label.label).toBe('ai-generated');
    expect(label.triggeredBy).toEqual([`${IPTC}compositeWithTrainedAlgorithmicMedia`]);
    expect(label.reason).not.toMatch(/, by /);
  });

  it('lists each triggering value once', () => {
    const ai = `${IPTC}trainedAlgorithmicMedia`;
    const label = platformLabel([
      step('c2pa.placed', ai, 'Firefly'),
      step('c2pa.placed', ai, 'Firefly'),
      step('c2pa.cropped'),
    ]);
    expect(label.triggeredBy).toEqual([ai]);
    expect(label.reason.match(/Firefly/g)).toHaveLength(1);
  });

  it('does not count algorithmicMedia as generative AI, and says why', () => {
    const label = platformLabel([step('c2pa.created', `${IPTC}algorithmicMedia`)]);
    expect(label.label).toBe('none');
    expect(label.triggeredBy).toEqual([]);
    expect(label.reason).toMatch(/fixed rules.*not generative AI/);
  });

  it('ignores a look-alike spelling of a generative-AI value, and says why', () => {
    const https = 'https://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia';
    const label = platformLabel([step('c2pa.edited', https, 'Adobe Firefly')]);
    expect(label.label).toBe('none');
    expect(label.reason).toContain(https);
    expect(label.reason).toContain(`official “${IPTC}compositeWithTrainedAlgorithmicMedia”`);
  });

  it('does not label a custom AI note, and says so', () => {
    const label = platformLabel([step('c2pa.created')], ['com.adobe.generative-ai']);
    expect(label.label).toBe('none');
    expect(label.reason).toMatch(/own note \(“com\.adobe\.generative-ai”\)/);
  });

  it('names the source types that are not AI', () => {
    const label = platformLabel([
      step('c2pa.created', `${IPTC}digitalCapture`),
      step('c2pa.edited', `${IPTC}humanEdits`),
    ]);
    expect(label.label).toBe('none');
    expect(label.reason).toMatch(/Captured from real life.*; Edited by a person/);
  });

  it('has nothing to label without actions or source types', () => {
    for (const actions of [[], [step('c2pa.opened'), step('c2pa.resized')]]) {
      const label = platformLabel(actions);
      expect(label.label).toBe('none');
      expect(label.reason).toMatch(/no source type.*does not prove it is real/);
    }
  });

  it('explains missing and unreadable credentials', () => {
    expect(noCredentialsLabel.reason).toMatch(/proves nothing.*most real photos carry none.*screenshots/);
    expect(unreadableLabel).toMatchObject({ label: 'none', triggeredBy: [] });
  });
});
