import { describe, expect, it } from 'vitest';
import { answerItem, currentIndex, restoreAttempt, startAttempt } from '../../../src/lib/quiz/attempt';
import type { Answer } from '../../../src/lib/quiz/grade';
import { itemById, quizItems } from '../fixtures/quiz-items';

const now = new Date('2026-03-01T10:00:00.000Z');

describe('an attempt', () => {
  it('moves through the drawn items and finishes with the last answer', () => {
    let attempt = startAttempt('test', quizItems, 3, 11, now);
    expect(attempt.itemIds).toHaveLength(3);
    for (const [position, id] of attempt.itemIds.entries()) {
      expect(currentIndex(attempt)).toBe(position);
      const item = itemById(id);
      const answer: Answer =
        item.type === 'real-or-ai'
          ? { type: 'real-or-ai', choice: 'ai' }
          : item.type === 'choice'
            ? { type: 'choice', index: 0 }
            : item.type === 'order'
              ? { type: 'order', order: [0, 1, 2, 3] }
              : { type: 'changed-region', regionId: 'coin' };
      attempt = answerItem(attempt, item, answer, 80, now);
    }
    expect(currentIndex(attempt)).toBe(-1);
    expect(attempt.finishedAt).toBe(now.toISOString());
  });

  it('keeps the first answer to an item', () => {
    const attempt = startAttempt('test', [itemById('r1'), itemById('a1')], 2, 1, now);
    const once = answerItem(attempt, itemById('r1'), { type: 'real-or-ai', choice: 'real' }, 90, now);
    const twice = answerItem(once, itemById('r1'), { type: 'real-or-ai', choice: 'ai' }, 50, now);
    expect(twice.answers.r1).toEqual({ answer: { type: 'real-or-ai', choice: 'real' }, confidence: 90, correct: true });
  });
});

describe('restoring a saved attempt', () => {
  const saved = answerItem(
    startAttempt('test', quizItems, 4, 5, now),
    itemById(startAttempt('test', quizItems, 4, 5, now).itemIds[0]!),
    { type: 'real-or-ai', choice: 'real' },
    70,
    now,
  );

  it('brings back a well-formed attempt, grading its answers again', () => {
    const tampered = structuredClone(saved);
    const [firstId] = tampered.itemIds;
    tampered.answers[firstId!]!.correct = !tampered.answers[firstId!]!.correct;
    expect(restoreAttempt(JSON.parse(JSON.stringify(tampered)), 'test', quizItems)).toEqual(
      JSON.parse(JSON.stringify(saved)),
    );
  });

  it('drops an attempt of another quiz, one whose items left the bank, and anything malformed', () => {
    expect(restoreAttempt(saved, 'other', quizItems)).toBeUndefined();
    expect(restoreAttempt(saved, 'test', quizItems.slice(0, 1))).toBeUndefined();
    expect(restoreAttempt({ ...saved, seed: -1 }, 'test', quizItems)).toBeUndefined();
    expect(restoreAttempt('{"version":1}', 'test', quizItems)).toBeUndefined();
    expect(restoreAttempt(null, 'test', quizItems)).toBeUndefined();
    const badConfidence = structuredClone(saved);
    Object.values(badConfidence.answers)[0]!.confidence = 55;
    expect(restoreAttempt(badConfidence, 'test', quizItems)).toBeUndefined();
  });
});
