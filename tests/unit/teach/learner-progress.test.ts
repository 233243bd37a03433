import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../../src/lib/progress/progress-schema';
import { withAssignment } from '../../../src/lib/teach/learner-progress';

describe('withAssignment', () => {
  it('adds an assignment once, keeping when it was first opened and the latest link', () => {
    const once = withAssignment(emptyProgress(), 'abc123', '/assignment/#a=1', new Date('2031-03-01T00:00:00Z'));
    const twice = withAssignment(once, 'abc123', '/assignment/#a=2', new Date('2031-03-05T00:00:00Z'));
    expect(twice.assignments).toEqual({ abc123: { openedAt: '2031-03-01T00:00:00.000Z', link: '/assignment/#a=2' } });
  });

  it('keeps module progress and other assignments', () => {
    const progress = {
      ...emptyProgress(),
      modules: { one: { completedAt: '2031-03-01T00:00:00.000Z', sectionsRead: ['a'], minutesSpent: 3 } },
      assignments: { other1: { openedAt: '2031-02-01T00:00:00.000Z', link: '/assignment/#a=x' } },
    };
    const next = withAssignment(progress, 'abc123', '/assignment/#a=1', new Date('2031-03-01T00:00:00Z'));
    expect(next.modules).toBe(progress.modules);
    expect(Object.keys(next.assignments)).toEqual(['other1', 'abc123']);
  });
});
