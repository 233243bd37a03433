/** A lateral-reading exercise as pure data: which tabs are open, every move made, and how the moves score. */
import type { LateralScenario, PageKind } from '../content/lateral-reading-schema';
import { questionIds, type QuestionId } from './questions';

/** One thing the learner did. Switching back to a tab already open is not a move. */
export type Move = { type: 'scroll'; page: string } | { type: 'open'; page: string; from: string };

export interface Session {
  tabs: string[];
  active: string;
  /** Pages whose "more" text the learner scrolled to. */
  scrolled: string[];
  moves: Move[];
  /** Index of the chosen verdict option, once the learner has decided. */
  verdict?: number;
}

/** How a move is judged: lateral moves leave the site, vertical ones stay on it, wasted ones ignore a snippet. */
export type MoveStyle = 'lateral' | 'vertical' | 'wasted';

export const styleOfKind: Record<PageKind, MoveStyle> = {
  site: 'vertical',
  about: 'vertical',
  search: 'lateral',
  reference: 'lateral',
  'fact-check': 'lateral',
  weak: 'wasted',
};

/** Points for opening a page of each kind; scrolling a page scores nothing. */
export const pointsForKind: Record<PageKind, number> = {
  site: 0,
  about: 0,
  search: 1,
  reference: 2,
  'fact-check': 2,
  weak: -1,
};

/** Leaving the site within this many moves earns the early-exit bonus. */
export const earlyWithin = 2;
export const earlyBonus = 2;
export const verdictPoints = 2;

export function startSession(scenario: LateralScenario): Session {
  return { tabs: [scenario.start], active: scenario.start, scrolled: [], moves: [] };
}

const pageOf = (scenario: LateralScenario, pageId: string) => {
  const page = scenario.pages.find((candidate) => candidate.id === pageId);
  if (!page) throw new Error(`No page "${pageId}" in lateral-reading scenario ${scenario.id}`);
  return page;
};

/** Opens a page in a new tab, or switches to it when it is already open (which is not a new move). */
export function openPage(session: Session, pageId: string): Session {
  if (session.verdict !== undefined) return session;
  if (session.tabs.includes(pageId)) return { ...session, active: pageId };
  return {
    ...session,
    tabs: [...session.tabs, pageId],
    active: pageId,
    moves: [...session.moves, { type: 'open', page: pageId, from: session.active }],
  };
}

export function switchTab(session: Session, pageId: string): Session {
  return session.tabs.includes(pageId) ? { ...session, active: pageId } : session;
}

/** Stays on the active page and reads further down: a vertical move. */
export function scrollPage(session: Session): Session {
  if (session.verdict !== undefined || session.scrolled.includes(session.active)) return session;
  return {
    ...session,
    scrolled: [...session.scrolled, session.active],
    moves: [...session.moves, { type: 'scroll', page: session.active }],
  };
}

export function decide(session: Session, option: number): Session {
  return session.verdict === undefined ? { ...session, verdict: option } : session;
}

export interface JudgedMove {
  move: Move;
  style: MoveStyle;
  points: number;
  /** The page opened or scrolled. */
  kind: PageKind;
}

export function judgeMove(scenario: LateralScenario, move: Move): JudgedMove {
  const kind = pageOf(scenario, move.page).kind;
  if (move.type === 'scroll') return { move, style: 'vertical', points: 0, kind };
  return { move, style: styleOfKind[kind], points: pointsForKind[kind], kind };
}

export type Band = 'fact-checker' | 'halfway' | 'vertical';

export interface Score {
  moves: JudgedMove[];
  /** 1-based number of the first move that left the site, if any. */
  firstLateral?: number;
  early: boolean;
  verdictCorrect: boolean;
  questions: Record<QuestionId, boolean>;
  points: number;
  max: number;
  band: Band;
}

/** The best total a scenario allows: every useful outside page, leaving early and the right verdict. */
export function maxPoints(scenario: LateralScenario): number {
  const pages = scenario.pages.reduce((sum, page) => sum + Math.max(0, pointsForKind[page.kind]), 0);
  return pages + earlyBonus + verdictPoints;
}

export function scoreSession(scenario: LateralScenario, session: Session): Score {
  const moves = session.moves.map((move) => judgeMove(scenario, move));
  const lateralIndex = moves.findIndex((judged) => judged.style === 'lateral');
  const firstLateral = lateralIndex === -1 ? undefined : lateralIndex + 1;
  const early = firstLateral !== undefined && firstLateral <= earlyWithin;
  const verdictCorrect = session.verdict !== undefined && scenario.verdict.options[session.verdict]?.correct === true;
  const opened = new Set(session.moves.filter((move) => move.type === 'open').map((move) => move.page));
  const questions = Object.fromEntries(
    questionIds.map((question) => [
      question,
      scenario.pages.some((page) => opened.has(page.id) && page.answers.includes(question)),
    ]),
  ) as Record<QuestionId, boolean>;
  const raw =
    moves.reduce((sum, judged) => sum + judged.points, 0) +
    (early ? earlyBonus : 0) +
    (verdictCorrect ? verdictPoints : 0);
  const max = maxPoints(scenario);
  const points = Math.min(max, Math.max(0, raw));
  const share = points / max;
  const band: Band = share >= 0.75 ? 'fact-checker' : share >= 0.4 ? 'halfway' : 'vertical';
  return { moves, firstLateral, early, verdictCorrect, questions, points, max, band };
}

/** A saved session, checked against the scenario so stale or tampered data cannot break the widget. */
export function restoreSession(raw: unknown, scenario: LateralScenario): Session | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const data = raw as Record<string, unknown>;
  const known = new Set(scenario.pages.map((page) => page.id));
  const isPage = (value: unknown): value is string => typeof value === 'string' && known.has(value);
  const tabs = Array.isArray(data.tabs) ? data.tabs.filter(isPage) : [];
  if (!tabs.includes(scenario.start)) return undefined;
  const moves: Move[] = [];
  for (const value of Array.isArray(data.moves) ? data.moves : []) {
    const move = value as Record<string, unknown>;
    if (move?.type === 'scroll' && isPage(move.page)) moves.push({ type: 'scroll', page: move.page });
    else if (move?.type === 'open' && isPage(move.page) && isPage(move.from))
      moves.push({ type: 'open', page: move.page, from: move.from });
  }
  const verdict =
    typeof data.verdict === 'number' &&
    Number.isInteger(data.verdict) &&
    data.verdict >= 0 &&
    data.verdict < scenario.verdict.options.length
      ? data.verdict
      : undefined;
  return {
    tabs: [...new Set(tabs)],
    active: isPage(data.active) && tabs.includes(data.active) ? data.active : scenario.start,
    scrolled: Array.isArray(data.scrolled) ? [...new Set(data.scrolled.filter(isPage))] : [],
    moves,
    ...(verdict !== undefined && { verdict }),
  };
}
