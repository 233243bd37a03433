import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { feedSchema, type Feed } from '../../../src/lib/content/feed-schema';
import { currentIndex, pointsFor, restoreAnswers, summarize, type Decision } from '../../../src/lib/feed/score';
import { formatPoints } from '../../../src/lib/ui/feed-text';
import { fixture } from './fixture';

const feed: Feed = feedSchema.parse(fixture);
const post = (id: string) => feed.posts.find((candidate) => candidate.id === id)!;
const everyone = (decision: Decision) => Object.fromEntries(feed.posts.map((p) => [p.id, decision]));

describe('pointsFor', () => {
  it('rewards sharing trustworthy posts, with half a point for checking first', () => {
    expect(pointsFor(post('good-1'), 'share')).toBe(1);
    expect(pointsFor(post('good-1'), 'check')).toBe(0.5);
    expect(pointsFor(post('good-1'), 'dont-share')).toBe(0);
  });

  it('rewards not sharing or checking manipulative posts', () => {
    expect(pointsFor(post('bad-1'), 'share')).toBe(0);
    expect(pointsFor(post('bad-1'), 'check')).toBe(1);
    expect(pointsFor(post('bad-1'), 'dont-share')).toBe(1);
  });
});

describe('summarize', () => {
  it('gives full marks and a discerning pattern for sharing the good and stopping the bad', () => {
    const summary = summarize(feed, { 'good-1': 'share', 'bad-1': 'dont-share', 'good-2': 'share', 'bad-2': 'check' });
    expect(summary).toMatchObject({ points: 4, complete: true, discernment: 1, pattern: 'discerning' });
    expect(summary.good).toEqual({ total: 2, shared: 2, checked: 0, held: 0 });
    expect(summary.bad).toEqual({ total: 2, shared: 0, stopped: 2 });
  });

  it('does not let "never share anything" win: it is the sceptical pattern at half marks', () => {
    const summary = summarize(feed, everyone('dont-share'));
    expect(summary.points).toBe(2);
    expect(summary.discernment).toBe(0);
    expect(summary.pattern).toBe('sceptical');
  });

  it('scores "check everything" above "never share" but below discerning', () => {
    const summary = summarize(feed, everyone('check'));
    expect(summary.points).toBe(3);
    expect(summary.pattern).toBe('sceptical');
  });

  it('calls sharing everything trusting, with zero discernment', () => {
    const summary = summarize(feed, everyone('share'));
    expect(summary).toMatchObject({ points: 2, discernment: 0, pattern: 'trusting' });
  });

  it('calls a partial result mixed and counts only answered posts', () => {
    const summary = summarize(feed, { 'good-1': 'share', 'bad-1': 'dont-share', 'good-2': 'check' });
    expect(summary).toMatchObject({ answered: 3, total: 4, complete: false, points: 2.5, pattern: 'mixed' });
  });
});

describe('progress and saved answers', () => {
  it('finds the first undecided post', () => {
    expect(currentIndex(feed, {})).toBe(0);
    expect(currentIndex(feed, { 'good-1': 'share', 'bad-1': 'check' })).toBe(2);
    expect(currentIndex(feed, everyone('share'))).toBe(-1);
  });

  it('keeps saved decisions in feed order and drops unknown ones, gaps and junk', () => {
    expect(restoreAnswers({ 'good-1': 'share', 'bad-1': 'check', stray: 'share' }, feed)).toEqual({
      'good-1': 'share',
      'bad-1': 'check',
    });
    expect(restoreAnswers({ 'good-1': 'share', 'bad-1': 'maybe', 'good-2': 'share' }, feed)).toEqual({
      'good-1': 'share',
    });
    expect(restoreAnswers({ 'bad-1': 'share' }, feed)).toEqual({});
    expect(restoreAnswers('junk', feed)).toEqual({});
    expect(restoreAnswers(null, feed)).toEqual({});
  });

  it('writes half points the way a scorecard would', () => {
    expect([0, 0.5, 3, 6.5].map(formatPoints)).toEqual(['0', '½', '3', '6½']);
  });
});

describe('feed schema', () => {
  it('rejects a technique that is not defined', () => {
    const broken = structuredClone(fixture);
    broken.posts[1]!.technique = 'trolling';
    expect(feedSchema.safeParse(broken).error?.issues[0]?.message).toBe('no technique "trolling" in techniques');
  });

  it('needs both trustworthy and manipulative posts so discernment can be scored', () => {
    const broken = structuredClone(fixture);
    for (const item of broken.posts) item.technique = 'impersonation';
    expect(feedSchema.safeParse(broken).error?.issues[0]?.message).toMatch(/at least two trustworthy/);
  });

  const folder = join(import.meta.dirname, '../../../content/feed');
  it.each(readdirSync(folder).filter((name) => name.endsWith('.yaml')))('content/feed/%s is valid', (name) => {
    const data = feedSchema.parse(parse(readFileSync(join(folder, name), 'utf8')));
    expect(name).toBe(`${data.id}.yaml`);
    const perfect = Object.fromEntries(data.posts.map((p) => [p.id, p.technique ? 'dont-share' : 'share'] as const));
    expect(summarize(data, perfect).pattern).toBe('discerning');
    expect(summarize(data, perfect).points).toBe(data.posts.length);
  });
});
