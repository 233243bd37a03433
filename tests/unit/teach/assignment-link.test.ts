import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignmentLimits,
  assignmentPath,
  decodeAssignment,
  encodeAssignment,
  newAssignmentId,
  readAssignmentHash,
  type Assignment,
} from '../../../src/lib/teach/assignment-link';
import { seal } from '../../../src/lib/teach/seal';

const slugs = ['what-ai-generated-content-is', 'how-platforms-label-ai-content', 'reading-credentials'];

const example: Assignment = {
  version: 1,
  id: 'k3x9q2m1',
  title: 'Period 3: Checking AI images',
  modules: [slugs[0]!, slugs[1]!],
  due: '2025-03-14',
  message: 'Finish both before Friday’s discussion. 🙂',
};

const text = (maxLength: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength })
    .filter((value) => value.trim() === value && value.length > 0 && value.length <= maxLength);

const assignments = fc.record(
  {
    version: fc.constant(1 as const),
    id: fc.stringMatching(/^[0-9a-z]{6,16}$/),
    title: text(assignmentLimits.title),
    modules: fc.shuffledSubarray(slugs, { minLength: 1 }),
    due: fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10)),
    message: text(assignmentLimits.message),
  },
  { requiredKeys: ['version', 'id', 'title', 'modules'] },
);

describe('assignment links', () => {
  it('round-trips every valid assignment', () => {
    fc.assert(
      fc.property(assignments, (assignment) => {
        const encoded = encodeAssignment(assignment);
        expect(encoded.length).toBeLessThanOrEqual(assignmentLimits.link);
        expect(decodeAssignment(encoded, slugs)).toEqual({ ok: true, assignment });
      }),
    );
  });

  it('only uses characters that need no escaping in a URL', () => {
    fc.assert(
      fc.property(assignments, (assignment) => {
        expect(encodeAssignment(assignment)).toMatch(/^[\w.-]+$/);
      }),
    );
  });

  it('reads the assignment from the hash of the link it makes', () => {
    const path = assignmentPath(example);
    expect(path).toMatch(/^\/assignment\/#a=1\./);
    expect(readAssignmentHash(new URL(path, 'https://example.org').hash, slugs)).toEqual({
      ok: true,
      assignment: example,
    });
  });

  it('makes short, different ids', () => {
    const ids = new Set(Array.from({ length: 200 }, newAssignmentId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{8}$/);
  });

  it('refuses to encode an invalid assignment', () => {
    expect(() => encodeAssignment({ ...example, title: ' padded ' })).toThrow();
    expect(() => encodeAssignment({ ...example, modules: [] })).toThrow();
    expect(() => encodeAssignment({ ...example, message: 'x'.repeat(281) })).toThrow();
    expect(() => encodeAssignment({ ...example, due: '2025-02-30' })).toThrow();
  });
});

describe('bad assignment links', () => {
  const encoded = encodeAssignment(example);
  const kind = (value: string) => {
    const result = decodeAssignment(value, slugs);
    return result.ok ? 'ok' : result.error.kind;
  };

  it('says when there is no assignment at all', () => {
    expect(readAssignmentHash('', slugs)).toEqual({ ok: false, error: { kind: 'missing' } });
    expect(readAssignmentHash('#other=1', slugs)).toEqual({ ok: false, error: { kind: 'missing' } });
  });

  it('calls every cut-short link truncated', () => {
    for (let length = 1; length < encoded.length; length += 1) expect(kind(encoded.slice(0, length))).toBe('truncated');
  });

  it('calls a link with a changed character tampered', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: encoded.indexOf('.', 2) + 1, max: encoded.length - 1 }),
        fc.constantFrom(...'abcXYZ019-_'),
        (index, char) => {
          fc.pre(encoded[index] !== char && encoded[index] !== '.');
          expect(kind(encoded.slice(0, index) + char + encoded.slice(index + 1))).toBe('tampered');
        },
      ),
    );
    expect(kind(`${encoded}A`)).toBe('tampered');
  });

  it('calls a re-sealed link with invalid content tampered', () => {
    expect(kind(`1.${seal(['k3x9q2m1', '', [slugs[0]]])}`)).toBe('tampered');
    expect(kind(`1.${seal({ title: 'Not an array' })}`)).toBe('tampered');
    expect(kind(`1.${seal(['k3x9q2m1', 'Title', [slugs[0], slugs[0]]])}`)).toBe('tampered');
  });

  it('names an unknown version', () => {
    expect(kind(`2.${encoded.slice(2)}`)).toBe('unknown-version');
  });

  it('lists modules the course does not have', () => {
    expect(decodeAssignment(encodeAssignment({ ...example, modules: [slugs[0]!, 'gone-module'] }), slugs)).toEqual({
      ok: false,
      error: { kind: 'unknown-module', modules: ['gone-module'] },
    });
  });

  it('refuses links longer than any real assignment', () => {
    expect(kind(`1.${'a'.repeat(assignmentLimits.link)}`)).toBe('too-long');
  });

  it('calls anything else malformed', () => {
    expect(kind('hello')).toBe('malformed');
    expect(kind('1.not a seal!')).toBe('malformed');
  });
});

describe('quizzes that count', () => {
  // The course's quizzes, so the length check covers a teacher ticking every one.
  const quizIds = [
    'real-or-ai-baseline',
    'credentials-and-labels',
    'real-or-ai-pictures',
    'voices',
    'check-before-you-share',
    'what-changed',
    'challenge',
  ];
  /** Made by the builder before quizzes could be chosen: `example` with a shorter message. */
  const linkFromBefore =
    '1.5m.y5zppk.WyJrM3g5cTJtMSIsIlBlcmlvZCAzOiBDaGVja2luZyBBSSBpbWFnZXMiLFsid2hhdC1haS1nZW5lcmF0ZWQtY29udGVudC1pcyIsImhvdy1wbGF0Zm9ybXMtbGFiZWwtYWktY29udGVudCJdLCIyMDI1LTAzLTE0IiwiRmluaXNoIGJvdGggYmVmb3JlIEZyaWRheS4iXQ';
  const before: Assignment = { ...example, message: 'Finish both before Friday.' };

  it('still opens a link made before quizzes existed, exactly as it did', () => {
    expect(decodeAssignment(linkFromBefore, slugs)).toEqual({ ok: true, assignment: before });
    expect(decodeAssignment(linkFromBefore, slugs, quizIds)).toEqual({ ok: true, assignment: before });
  });

  it('makes the same link as before for an assignment without quizzes', () => {
    expect(encodeAssignment(before)).toBe(linkFromBefore);
  });

  it('round-trips every valid assignment with quizzes, within the link limit', () => {
    const withQuizzes = fc
      .tuple(assignments, fc.shuffledSubarray(quizIds, { minLength: 1 }))
      .map(([assignment, quizzes]): Assignment => ({ ...assignment, quizzes }));
    fc.assert(
      fc.property(withQuizzes, (assignment) => {
        const encoded = encodeAssignment(assignment);
        expect(encoded).toMatch(/^1\.[\w.-]+$/);
        expect(encoded.length).toBeLessThanOrEqual(assignmentLimits.link);
        expect(decodeAssignment(encoded, slugs, quizIds)).toEqual({ ok: true, assignment });
      }),
    );
  });

  it('carries quizzes after the other fields, even without a due date or message', () => {
    const assignment: Assignment = {
      version: 1,
      id: 'k3x9q2m1',
      title: 'Quiz week',
      modules: [slugs[0]!],
      quizzes: ['voices'],
    };
    const path = assignmentPath(assignment);
    expect(readAssignmentHash(new URL(path, 'https://example.org').hash, slugs, quizIds)).toEqual({
      ok: true,
      assignment,
    });
  });

  it('lists quizzes the course does not have, and reads unknown modules first', () => {
    const encoded = encodeAssignment({ ...example, quizzes: ['voices', 'gone-quiz'] });
    expect(decodeAssignment(encoded, slugs, quizIds)).toEqual({
      ok: false,
      error: { kind: 'unknown-quiz', quizzes: ['gone-quiz'] },
    });
    expect(decodeAssignment(encoded, slugs)).toEqual({
      ok: false,
      error: { kind: 'unknown-quiz', quizzes: ['voices', 'gone-quiz'] },
    });
    const both = encodeAssignment({ ...example, modules: ['gone-module'], quizzes: ['gone-quiz'] });
    expect(decodeAssignment(both, slugs, quizIds)).toMatchObject({ error: { kind: 'unknown-module' } });
  });

  it('calls re-sealed quiz lists that no builder makes tampered', () => {
    const kind = (form: unknown[]) => {
      const result = decodeAssignment(`1.${seal(form)}`, slugs, quizIds);
      return result.ok ? 'ok' : result.error.kind;
    };
    const head = ['k3x9q2m1', 'Title', [slugs[0]], null, null];
    expect(kind([...head, ['voices']])).toBe('ok');
    expect(kind([...head, []])).toBe('tampered');
    expect(kind([...head, ['voices', 'voices']])).toBe('tampered');
    expect(kind([...head, 'voices'])).toBe('tampered');
    expect(kind([...head, ['Voices!']])).toBe('tampered');
    expect(kind([...head, ['voices'], 'extra'])).toBe('tampered');
  });

  it('refuses to encode an empty quiz list', () => {
    expect(() => encodeAssignment({ ...example, quizzes: [] })).toThrow();
  });
});
