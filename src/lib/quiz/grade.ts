import type { BankItem, Box } from '../content/quiz-schema';

/** A point on a picture, in fractions of its width and height. */
export interface Point {
  x: number;
  y: number;
}

export type Answer =
  | { type: 'real-or-ai'; choice: 'real' | 'ai' }
  /** A click on the picture, or a region chosen from the list. */
  | { type: 'changed-region'; point?: Point; regionId?: string }
  | { type: 'choice'; index: number }
  /** Indices into the item's steps, in the order the learner put them. */
  | { type: 'order'; order: number[] };

/** How far outside a region's box a click still counts: clicks near an edge are honest answers. */
export const clickTolerance = 0.04;

const inside = (point: Point, box: Box, margin: number) =>
  point.x >= box.x - margin &&
  point.x <= box.x + box.w + margin &&
  point.y >= box.y - margin &&
  point.y <= box.y + box.h + margin;

/** The region a click lands in: inside a box first (the smallest, where boxes nest), else the nearest within the tolerance. */
export function regionAt<Region extends { box: Box }>(point: Point, regions: readonly Region[]): Region | undefined {
  const area = (region: Region) => region.box.w * region.box.h;
  const direct = regions.filter((region) => inside(point, region.box, 0)).sort((a, b) => area(a) - area(b));
  if (direct[0]) return direct[0];
  return regions.find((region) => inside(point, region.box, clickTolerance));
}

export interface Graded {
  correct: boolean;
  /** For choice items: the feedback of the option picked. For order items: which positions were right. */
  feedback?: string;
  rightPositions?: boolean[];
  /** For a click that fell outside every region. */
  missed?: boolean;
}

export function grade(item: BankItem, answer: Answer): Graded {
  if (item.type === 'real-or-ai' && answer.type === 'real-or-ai') return { correct: answer.choice === item.answer };
  if (item.type === 'changed-region' && answer.type === 'changed-region') {
    const changed = item.regions.find((region) => region.changed)!;
    if (answer.regionId !== undefined) return { correct: answer.regionId === changed.id };
    if (!answer.point) return { correct: false, missed: true };
    // The changed box counts with the tolerance even where a neighbour's box also reaches.
    if (inside(answer.point, changed.box, clickTolerance)) return { correct: true };
    return { correct: false, missed: regionAt(answer.point, item.regions) === undefined };
  }
  if (item.type === 'choice' && answer.type === 'choice') {
    const option = item.options[answer.index];
    return { correct: option?.correct === true, feedback: option?.feedback };
  }
  if (item.type === 'order' && answer.type === 'order') {
    const rightPositions = item.steps.map((_, position) => answer.order[position] === position);
    return { correct: rightPositions.every(Boolean) && answer.order.length === item.steps.length, rightPositions };
  }
  throw new Error(`An answer of type ${answer.type} does not fit item ${item.id} (${item.type})`);
}
