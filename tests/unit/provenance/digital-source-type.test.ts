import { describe, expect, it } from 'vitest';
import { describeDigitalSourceType, IPTC, nearMiss } from '../../../src/lib/provenance/digital-source-type';

const C2PA = 'http://c2pa.org/digitalsourcetype/';

describe('describeDigitalSourceType', () => {
  const iptc = [
    'digitalCapture',
    'computationalCapture',
    'negativeFilm',
    'positiveFilm',
    'print',
    'humanEdits',
    'compositeCapture',
    'algorithmicallyEnhanced',
    'digitalCreation',
    'digitalArt',
    'dataDrivenMedia',
    'trainedAlgorithmicMedia',
    'compositeWithTrainedAlgorithmicMedia',
    'compositeSynthetic',
    'algorithmicMedia',
    'screenCapture',
    'virtualRecording',
    'composite',
  ];
  const all = [...iptc.map((code) => IPTC + code), `${C2PA}trainedAlgorithmicData`, `${C2PA}empty`];

  it('words every value of the IPTC and C2PA vocabularies', () => {
    const labels = all.map((uri) => describeDigitalSourceType(uri).label);
    for (const label of labels) expect(label).not.toMatch(/Not a standard|official value/);
    expect(new Set(labels).size).toBe(all.length);
  });

  it('flags exactly the four generative-AI values of the official rubric', () => {
    expect(all.filter((uri) => describeDigitalSourceType(uri).generativeAI)).toEqual([
      `${IPTC}trainedAlgorithmicMedia`,
      `${IPTC}compositeWithTrainedAlgorithmicMedia`,
      `${IPTC}compositeSynthetic`,
      `${C2PA}trainedAlgorithmicData`,
    ]);
  });

  it('gives the URI, its last part and plain words', () => {
    expect(describeDigitalSourceType(`${IPTC}trainedAlgorithmicMedia`)).toEqual({
      uri: `${IPTC}trainedAlgorithmicMedia`,
      code: 'trainedAlgorithmicMedia',
      label: 'Made by generative AI',
      generativeAI: true,
    });
    expect(describeDigitalSourceType(`${IPTC}algorithmicMedia`)).toMatchObject({ generativeAI: false });
    expect(describeDigitalSourceType(`${C2PA}empty`)).toMatchObject({
      code: 'empty',
      label: 'Started from a blank canvas',
    });
  });

  it('matches exactly: a look-alike spelling is not generative AI, and says why', () => {
    const https = 'https://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia';
    const lookalike = describeDigitalSourceType(https);
    expect(lookalike).toMatchObject({ uri: https, code: 'compositeWithTrainedAlgorithmicMedia', generativeAI: false });
    expect(lookalike.label).toMatch(/not written as the official value/);
    expect(nearMiss(https)?.uri).toBe(`${IPTC}compositeWithTrainedAlgorithmicMedia`);
    expect(describeDigitalSourceType(`${IPTC}TrainedAlgorithmicMedia`).generativeAI).toBe(false);
  });

  it('describes an unknown value without guessing', () => {
    expect(describeDigitalSourceType('com.example.madeUp')).toEqual({
      uri: 'com.example.madeUp',
      code: 'com.example.madeUp',
      label: 'Not a standard source type (“com.example.madeUp”)',
      generativeAI: false,
    });
    expect(nearMiss(`${IPTC}digitalCapture`)).toBeUndefined();
    expect(nearMiss('http://example.org/other')).toBeUndefined();
  });
});
