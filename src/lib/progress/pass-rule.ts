/** A module's check counts as passed, and completes the module, at this share of correct answers or more. */
export const passPercent = 80;

/** Integer arithmetic, so 4 of 5 is exactly 80% and passes. */
export const isPassed = (correct: number, total: number): boolean => total > 0 && correct * 100 >= total * passPercent;

/** Correct answers needed to pass a check of `total` items: 4 of 5, 3 of 3. */
export const neededToPass = (total: number): number => Math.ceil((total * passPercent) / 100);
