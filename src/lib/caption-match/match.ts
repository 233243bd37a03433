/**
 * Caption match: pure logic. Grading an answer, ordering the simulated reverse-search results, the summary, and
 * the saved state (which caption the learner picked for each picture), validated against the pictures on load.
 */
import { writeStored } from '../storage/device-storage';
import type { Caption, CaptionKind, CaptionPicture, Sighting } from '../content/caption-match-schema';

/** Caption id chosen per picture id, once the learner has checked it. */
export type CaptionAnswers = Record<string, string>;

export interface CaptionResult {
  correct: boolean;
  chosen: Caption;
  original: Caption;
}

export function originalCaption(picture: CaptionPicture): Caption {
  const original = picture.captions.find((caption) => caption.kind === 'original');
  if (!original) throw new Error(`picture "${picture.id}" has no original caption`);
  return original;
}

/** Undefined when the caption id is not one of the picture's. */
export function gradeCaption(picture: CaptionPicture, captionId: string): CaptionResult | undefined {
  const chosen = picture.captions.find((caption) => caption.id === captionId);
  if (!chosen) return undefined;
  const original = originalCaption(picture);
  return { correct: chosen.id === original.id, chosen, original };
}

/** Oldest first; a year alone counts as its first day, and equal dates keep their order. */
export function timeline(sightings: Sighting[]): Sighting[] {
  const key = (date: string) => (date.length === 4 ? `${date}-01-01` : date);
  return sightings
    .map((sighting, index) => ({ sighting, index }))
    .sort((a, b) => key(a.sighting.date).localeCompare(key(b.sighting.date)) || a.index - b.index)
    .map(({ sighting }) => sighting);
}

export interface CaptionSummary {
  answered: number;
  correct: number;
  total: number;
  complete: boolean;
  /** How many of the misleading captions the learner has now seen explained, by kind. */
  kindsSeen: CaptionKind[];
}

export function summarize(pictures: CaptionPicture[], answers: CaptionAnswers): CaptionSummary {
  let answered = 0;
  let correct = 0;
  const kinds = new Set<CaptionKind>();
  for (const picture of pictures) {
    const captionId = answers[picture.id];
    const result = captionId === undefined ? undefined : gradeCaption(picture, captionId);
    if (!result) continue;
    answered += 1;
    if (result.correct) correct += 1;
    for (const caption of picture.captions) if (caption.kind !== 'original') kinds.add(caption.kind);
  }
  return { answered, correct, total: pictures.length, complete: answered === pictures.length, kindsSeen: [...kinds] };
}

export const storageKey = (setId: string) => `look-closer:caption-match:${setId}`;

/** Keeps only answers that still name a picture and one of its captions, so edited content never breaks a page. */
export function parseAnswers(raw: string | null, pictures: CaptionPicture[]): CaptionAnswers {
  if (!raw) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const answers: CaptionAnswers = {};
  for (const picture of pictures) {
    const value = (data as Record<string, unknown>)[picture.id];
    if (typeof value === 'string' && picture.captions.some((caption) => caption.id === value))
      answers[picture.id] = value;
  }
  return answers;
}

export function loadAnswers(setId: string, pictures: CaptionPicture[]): CaptionAnswers {
  try {
    return parseAnswers(localStorage.getItem(storageKey(setId)), pictures);
  } catch {
    return {};
  }
}

/** Without storage the answers last until the page is left. */
export function saveAnswers(setId: string, answers: CaptionAnswers): void {
  writeStored(storageKey(setId), Object.keys(answers).length === 0 ? undefined : answers);
}

/** CSS for showing only `crop` of a picture in a frame of the crop's own shape. */
export function cropStyle(crop: { x: number; y: number; w: number; h: number }, width: number, height: number) {
  return {
    frame: `aspect-ratio: ${Math.round(crop.w * width)} / ${Math.round(crop.h * height)}`,
    image: `width: ${(100 / crop.w).toFixed(3)}%; left: ${((-crop.x / crop.w) * 100).toFixed(3)}%; top: ${((-crop.y / crop.h) * 100).toFixed(3)}%`,
  };
}
