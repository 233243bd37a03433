import { describe, expect, it } from 'vitest';
import { actionLabel, relationshipLabel } from '../../../src/lib/provenance/actions';
import { describeDigitalSourceType, IPTC } from '../../../src/lib/provenance/digital-source-type';

describe('actionLabel', () => {
  it.each([
    ['c2pa.created', 'Created'],
    ['c2pa.opened', 'Opened an existing file'],
    ['c2pa.edited', 'Edited'],
    ['c2pa.color_adjustments', 'Color adjusted'],
    ['c2pa.cropped', 'Cropped'],
    ['c2pa.resized', 'Resized'],
    ['c2pa.placed', 'Placed another image into it'],
    ['c2pa.drawing', 'Drew on it'],
    ['c2pa.filtered', 'Applied a filter'],
    ['c2pa.orientation', 'Rotated or flipped'],
    ['c2pa.unknown', 'Other changes not listed'],
  ])('%s → %s', (action, label) => {
    expect(actionLabel(action)).toBe(label);
  });

  it('has its own words for the other standard actions', () => {
    const actions = [
      'c2pa.converted',
      'c2pa.transcoded',
      'c2pa.repackaged',
      'c2pa.published',
      'c2pa.removed',
      'c2pa.watermarked',
      'c2pa.redacted',
      'c2pa.edited.metadata',
      'c2pa.enhanced',
    ];
    const labels = actions.map((action) => actionLabel(action));
    expect(new Set(labels).size).toBe(actions.length);
    for (const label of labels) expect(label).not.toMatch(/app-specific|\./);
  });

  it('says when something was created with generative AI', () => {
    const ai = describeDigitalSourceType(`${IPTC}trainedAlgorithmicMedia`);
    expect(actionLabel('c2pa.created', ai)).toBe('Created with a generative AI tool');
    expect(actionLabel('c2pa.created', describeDigitalSourceType(`${IPTC}digitalCapture`))).toBe('Created');
    expect(actionLabel('c2pa.created', describeDigitalSourceType(`${IPTC}algorithmicMedia`))).toBe('Created');
  });

  it('reads custom and future ids instead of showing them raw', () => {
    expect(actionLabel('com.adobe.text')).toBe('Text (app-specific step)');
    expect(actionLabel('com.adobe.animation_video')).toBe('Animation video (app-specific step)');
    expect(actionLabel('c2pa.fontChanged')).toBe('Font changed');
    expect(actionLabel('odd')).toBe('Odd (app-specific step)');
  });
});

describe('relationshipLabel', () => {
  it('words the three relationships and keeps others readable', () => {
    expect(relationshipLabel('parentOf')).toBe('Edited from');
    expect(relationshipLabel('componentOf')).toBe('Placed into it');
    expect(relationshipLabel('inputTo')).toBe('Used as input');
    expect(relationshipLabel('derivedFrom')).toBe('Derived from');
  });
});
