/**
 * digitalSourceType values (IPTC's vocabulary plus C2PA's own two) in plain words. Values are matched
 * letter for letter, as the official C2PA rubric and a platform's label rule match them: a look-alike
 * such as `https://cv.iptc.org/…` is not the official value and is never counted as generative AI.
 */
import type { DigitalSourceType } from './report-types';

export const IPTC = 'http://cv.iptc.org/newscodes/digitalsourcetype/';
const C2PA = 'http://c2pa.org/digitalsourcetype/';

const labels: Record<string, string> = {
  [`${IPTC}digitalCapture`]: 'Captured from real life by a camera or recorder',
  [`${IPTC}computationalCapture`]:
    'Captured from real life, then processed by the device’s software (like a phone’s night mode)',
  [`${IPTC}negativeFilm`]: 'Scanned from a film negative',
  [`${IPTC}positiveFilm`]: 'Scanned from a slide or other positive film',
  [`${IPTC}print`]: 'Scanned from a printed picture',
  [`${IPTC}humanEdits`]: 'Edited by a person with ordinary (not generative AI) tools',
  [`${IPTC}minorHumanEdits`]: 'Lightly edited by a person',
  [`${IPTC}compositeCapture`]: 'Combined from several real captures',
  [`${IPTC}algorithmicallyEnhanced`]: 'Touched up by software, such as sharpening or removing noise',
  [`${IPTC}digitalCreation`]: 'Made by a person with digital tools, without a camera',
  [`${IPTC}digitalArt`]: 'Digital art made by a person with software (an older value that may include AI)',
  [`${IPTC}softwareImage`]: 'Made with computer software',
  [`${IPTC}dataDrivenMedia`]: 'Made by software from data, such as a chart or a map',
  [`${IPTC}trainedAlgorithmicMedia`]: 'Made by generative AI',
  [`${IPTC}compositeWithTrainedAlgorithmicMedia`]: 'A mix of other content with parts made by generative AI',
  [`${IPTC}compositeSynthetic`]: 'A mix that includes synthetic parts, such as ones made by AI',
  [`${IPTC}algorithmicMedia`]: 'Made by a program following fixed rules (a formula), not by AI trained on examples',
  [`${IPTC}screenCapture`]: 'A screenshot or screen recording',
  [`${IPTC}virtualRecording`]: 'Recorded inside a virtual world, such as a video game',
  [`${IPTC}composite`]: 'A mix of several pieces, which may or may not include AI',
  [`${C2PA}trainedAlgorithmicData`]: 'Data made by generative AI',
  [`${C2PA}empty`]: 'Started from a blank canvas',
};

/** The values the official rubric lists as generative AI (`$genai_dst_types`). */
const generativeAI = new Set([
  `${IPTC}trainedAlgorithmicMedia`,
  `${IPTC}compositeWithTrainedAlgorithmicMedia`,
  `${IPTC}compositeSynthetic`,
  `${C2PA}trainedAlgorithmicData`,
]);

function codeOf(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1) || uri;
}

function official(uri: string): DigitalSourceType | undefined {
  const label = labels[uri];
  return label === undefined ? undefined : { uri, code: codeOf(uri), label, generativeAI: generativeAI.has(uri) };
}

/**
 * The official value a non-official one imitates (same last part, different spelling), so the readout
 * can show learners why an exact-match rule ignores it.
 */
export function nearMiss(uri: string): DigitalSourceType | undefined {
  if (labels[uri] !== undefined) return undefined;
  const code = codeOf(uri);
  const match = Object.keys(labels).find((candidate) => codeOf(candidate) === code);
  return match === undefined ? undefined : official(match);
}

export function describeDigitalSourceType(uri: string): DigitalSourceType {
  const known = official(uri);
  if (known) return known;
  const code = codeOf(uri);
  const imitated = nearMiss(uri);
  const label = imitated
    ? `${imitated.label} — but not written as the official value, so checks that match exact values ignore it`
    : `Not a standard source type (“${code}”)`;
  return { uri, code, label, generativeAI: false };
}
