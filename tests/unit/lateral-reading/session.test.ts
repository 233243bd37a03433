import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lateralScenarioSchema, type LateralScenario } from '../../../src/lib/content/lateral-reading-schema';
import {
  decide,
  maxPoints,
  openPage,
  restoreSession,
  scoreSession,
  scrollPage,
  startSession,
  switchTab,
  type Session,
} from '../../../src/lib/lateral-reading/session';
import { fixture } from './fixture';

const scenario: LateralScenario = lateralScenarioSchema.parse(fixture);

/** Plays a list of actions from a fresh session. */
function play(...steps: (string | 'scroll')[]): Session {
  return steps.reduce(
    (session, step) => (step === 'scroll' ? scrollPage(session) : openPage(session, step)),
    startSession(scenario),
  );
}

describe('moves', () => {
  it('starts on the start page with no moves', () => {
    expect(startSession(scenario)).toEqual({ tabs: ['post'], active: 'post', scrolled: [], moves: [] });
  });

  it('logs opening a page as a move from the active tab, and switching back to an open tab as none', () => {
    let session = play('search', 'reference');
    expect(session.tabs).toEqual(['post', 'search', 'reference']);
    expect(session.moves).toEqual([
      { type: 'open', page: 'search', from: 'post' },
      { type: 'open', page: 'reference', from: 'search' },
    ]);
    session = openPage(session, 'search');
    expect(session.active).toBe('search');
    expect(session.moves).toHaveLength(2);
    expect(switchTab(session, 'post').active).toBe('post');
    expect(switchTab(session, 'nowhere').active).toBe('search');
  });

  it('logs scrolling once per page', () => {
    const session = play('scroll', 'scroll');
    expect(session.moves).toEqual([{ type: 'scroll', page: 'post' }]);
    expect(session.scrolled).toEqual(['post']);
  });

  it('ignores moves after the verdict', () => {
    const session = decide(play('search'), 1);
    expect(openPage(session, 'reference')).toBe(session);
    expect(scrollPage(session)).toBe(session);
    expect(decide(session, 0).verdict).toBe(1);
  });
});

describe('scoring', () => {
  it('allows search 1 + reference 2 + fact-check 2 + early exit 2 + verdict 2', () => {
    expect(maxPoints(scenario)).toBe(9);
  });

  it('gives full marks for leaving early, reading outside sources and the right verdict', () => {
    const score = scoreSession(scenario, decide(play('search', 'reference', 'fact-check'), 1));
    expect(score).toMatchObject({ points: 9, max: 9, early: true, firstLateral: 1, verdictCorrect: true });
    expect(score.band).toBe('fact-checker');
    expect(score.questions).toEqual({ who: true, evidence: true, others: true });
    expect(score.moves.map((judged) => judged.style)).toEqual(['lateral', 'lateral', 'lateral']);
  });

  it('scores staying on the site low, even with the right verdict', () => {
    const score = scoreSession(scenario, decide(play('scroll', 'about', 'study'), 1));
    expect(score.points).toBe(2);
    expect(score.early).toBe(false);
    expect(score.firstLateral).toBeUndefined();
    expect(score.band).toBe('vertical');
    expect(score.questions).toEqual({ who: false, evidence: false, others: false });
    expect(score.moves.map((judged) => judged.style)).toEqual(['vertical', 'vertical', 'vertical']);
  });

  it('gives no early bonus when the site is left only on the third move', () => {
    const score = scoreSession(scenario, decide(play('scroll', 'about', 'search', 'reference', 'fact-check'), 1));
    expect(score.firstLateral).toBe(3);
    expect(score.early).toBe(false);
    expect(score.points).toBe(7);
  });

  it('costs a point for a result whose snippet showed it had nothing new, never going below zero', () => {
    const withWaste = scoreSession(scenario, decide(play('search', 'repost', 'reference', 'fact-check'), 1));
    expect(withWaste.points).toBe(8);
    expect(withWaste.moves[1]).toMatchObject({ style: 'wasted', points: -1 });
    expect(scoreSession(scenario, decide(play('scroll', 'repost'), 0)).points).toBe(0);
  });

  it('does not count the About page as answering "who is behind it"', () => {
    expect(scoreSession(scenario, play('about')).questions.who).toBe(false);
  });
});

describe('restoreSession', () => {
  it('round-trips a session through JSON', () => {
    const session = decide(play('scroll', 'search', 'reference'), 2);
    expect(restoreSession(JSON.parse(JSON.stringify(session)), scenario)).toEqual(session);
  });

  it('drops unknown pages and bad moves, and refuses data without the start tab', () => {
    const restored = restoreSession(
      {
        tabs: ['post', 'gone', 'search'],
        active: 'gone',
        scrolled: ['post', 7],
        moves: [{ type: 'open', page: 'search', from: 'post' }, { type: 'open', page: 'gone', from: 'post' }, null],
        verdict: 9,
      },
      scenario,
    );
    expect(restored).toEqual({
      tabs: ['post', 'search'],
      active: 'post',
      scrolled: ['post'],
      moves: [{ type: 'open', page: 'search', from: 'post' }],
    });
    expect(restoreSession({ tabs: ['search'] }, scenario)).toBeUndefined();
    expect(restoreSession('nonsense', scenario)).toBeUndefined();
    expect(restoreSession(null, scenario)).toBeUndefined();
  });
});

describe('scenario schema', () => {
  it('rejects links to pages that do not exist and real-looking addresses', () => {
    const broken = structuredClone(fixture);
    broken.pages[0]!.links = [{ label: 'Somewhere', opens: 'missing' }];
    broken.pages[1]!.address = 'www.google.com';
    const messages = lateralScenarioSchema.safeParse(broken).error?.issues.map((issue) => issue.message);
    expect(messages).toContain('no page "missing" to open');
    expect(messages).toContain('addresses are fictional: use a .example domain');
  });

  it('needs exactly one right verdict', () => {
    const broken = structuredClone(fixture);
    broken.verdict.options[0]!.correct = true;
    expect(lateralScenarioSchema.safeParse(broken).error?.issues[0]?.message).toBe(
      'the verdict needs exactly one correct option',
    );
  });

  const folder = join(import.meta.dirname, '../../../content/lateral-reading');
  it.each(readdirSync(folder).filter((name) => name.endsWith('.yaml')))(
    'content/lateral-reading/%s is valid and can be finished with full marks',
    (name) => {
      const data = lateralScenarioSchema.parse(parse(readFileSync(join(folder, name), 'utf8')));
      expect(name).toBe(`${data.id}.yaml`);
      const useful = data.pages.filter((page) => ['search', 'reference', 'fact-check'].includes(page.kind));
      let session = startSession(data);
      // The browser's new tab first, then every other useful outside page.
      for (const id of [data.newTab, ...useful.map((page) => page.id).filter((id) => id !== data.newTab)])
        session = openPage(session, id);
      session = decide(
        session,
        data.verdict.options.findIndex((option) => option.correct),
      );
      expect(scoreSession(data, session).points).toBe(maxPoints(data));
    },
  );
});
