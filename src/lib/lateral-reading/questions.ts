/** The three questions fact-checkers ask (Stanford's Civic Online Reasoning). Apart from the schema so the widget ships without zod. */
export const questionIds = ['who', 'evidence', 'others'] as const;
export type QuestionId = (typeof questionIds)[number];
