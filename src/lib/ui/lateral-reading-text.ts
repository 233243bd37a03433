/** Interface text of the lateral-reading exercise. Pages, results and feedback live in content/lateral-reading/. */
import type { Band } from '../lateral-reading/session';

export const lateralText = {
  browser: 'Practice browser',
  newTab: 'New tab: search the web',
  tabs: 'Open tabs',
  address: 'Address',
  keepScrolling: 'Keep scrolling',
  scrolledNote: 'You scrolled down this page.',
  openInNewTab: (title: string) => `Open in a new tab: ${title}`,
  open: 'Open in new tab',
  alreadyOpen: 'Go to tab',
  openedAnnouncement: (title: string) => `Opened in a new tab: ${title}.`,
  switchedAnnouncement: (title: string) => `Switched to the open tab: ${title}.`,
  scrolledAnnouncement: 'You scrolled further down the page. New text appears below.',
  movesHeading: 'Your moves so far',
  noMoves: 'No moves yet. You are on the page your friend sent.',
  moveText: (kind: 'scroll' | 'open', title: string) =>
    kind === 'scroll' ? `Stayed on “${title}” and scrolled down` : `Opened “${title}”`,
  styleLabel: { lateral: 'Left the site', vertical: 'Stayed on the site', wasted: 'Wasted click' },
  verdictLegend: 'Ready to decide?',
  decide: 'Give my verdict',
  chooseFirst: 'Choose a verdict first.',
  results: 'How you read',
  score: (points: number, max: number) => `You scored ${points} of ${max} points.`,
  band: {
    'fact-checker': 'You read like a fact-checker: you left the site early and let other sources tell you about it.',
    halfway:
      'You got part of the way. Next time, open a new tab sooner and find out who is behind a site before reading it closely.',
    vertical:
      'You read “vertically”: you stayed on the site and judged it by what it says about itself, as historians and students often did in the research.',
  } satisfies Record<Band, string>,
  earlyYes: (move: number) => `You first left the site on move ${move}: early, as fact-checkers do (+2 points).`,
  earlyLate: (move: number) =>
    `You first left the site on move ${move}. Fact-checkers leave within the first move or two.`,
  earlyNever: 'You never left the site. All you learned about it came from the site itself.',
  scrollFeedback:
    'Scrolling keeps you on the site: you get more of what it says about itself, and nothing about who is behind it.',
  questionsHeading: 'The three questions',
  movesReview: 'Your moves, one by one',
  points: (points: number) => (points > 0 ? `+${points}` : points === 0 ? '0' : `${points}`),
  pointsLabel: (points: number) => `${points} ${Math.abs(points) === 1 ? 'point' : 'points'}`,
  verdictHeading: 'Your verdict',
  verdictRight: 'Right verdict (+2 points).',
  verdictWrong: 'Not the best verdict.',
  restart: 'Start the exercise again',
  restarted: 'The exercise starts again, back on the page your friend sent.',
  resumed: (moves: number) => `Welcome back. Your ${moves} ${moves === 1 ? 'move is' : 'moves are'} still here.`,
  scoring:
    'Scoring: a search earns 1 point, an outside reference entry or fact-check 2, leaving the site within your first two moves 2, and the right verdict 2. Pages on the site itself earn nothing, and a result whose snippet already told you it had nothing new costs a point.',
} as const;
