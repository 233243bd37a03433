/** C2PA action ids and ingredient relationships in plain words. */
import type { DigitalSourceType } from './report-types';

const actionLabels: Record<string, string> = {
  'c2pa.created': 'Created',
  'c2pa.opened': 'Opened an existing file',
  'c2pa.edited': 'Edited',
  'c2pa.edited.metadata': 'Changed the file’s details (metadata)',
  'c2pa.color_adjustments': 'Color adjusted',
  'c2pa.cropped': 'Cropped',
  'c2pa.resized': 'Resized',
  'c2pa.placed': 'Placed another image into it',
  'c2pa.drawing': 'Drew on it',
  'c2pa.filtered': 'Applied a filter',
  'c2pa.orientation': 'Rotated or flipped',
  'c2pa.enhanced': 'Enhanced, such as sharpened or cleaned up',
  'c2pa.converted': 'Converted to another file format',
  'c2pa.transcoded': 'Re-encoded (format, size or quality changed)',
  'c2pa.repackaged': 'Repackaged without changing the content',
  'c2pa.published': 'Published',
  'c2pa.removed': 'Removed something from it',
  'c2pa.deleted': 'Deleted part of it',
  'c2pa.trimmed': 'Trimmed (made shorter)',
  'c2pa.dubbed': 'Dubbed (speech replaced)',
  'c2pa.translated': 'Translated',
  'c2pa.watermarked': 'Added a watermark',
  'c2pa.watermarked.bound': 'Added a watermark linked to these credentials',
  'c2pa.watermarked.unbound': 'Added a watermark',
  'c2pa.redacted': 'Removed some information from the credentials',
  'c2pa.unknown': 'Other changes not listed',
};

const relationshipLabels: Record<string, string> = {
  parentOf: 'Edited from',
  componentOf: 'Placed into it',
  inputTo: 'Used as input',
};

/** "animation_video" or "fontChanged" → "Animation video", "Font changed". */
function words(id: string): string {
  const text = id
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : id;
}

export function actionLabel(action: string, source?: DigitalSourceType): string {
  if (action === 'c2pa.created' && source?.generativeAI) return 'Created with a generative AI tool';
  const known = actionLabels[action];
  if (known) return known;
  const phrase = words(action.slice(action.lastIndexOf('.') + 1));
  // Ids outside c2pa.* are an app's own vocabulary (e.g. com.adobe.text): say so rather than guess.
  return action.startsWith('c2pa.') ? phrase : `${phrase} (app-specific step)`;
}

export function relationshipLabel(relationship: string): string {
  return relationshipLabels[relationship] ?? words(relationship);
}
