/** Interface text of the branching scenario player. Scenario lines and feedback live in content/scenarios/. */
export const scenarioText = {
  noScript: 'This scenario needs JavaScript. Everything else in the lesson works without it.',
  step: (index: number) => `Step ${index}`,
  finished: 'Finished',
  choicesLegend: 'What do you do?',
  youChose: 'You chose:',
  safe: 'Safe move.',
  risky: 'Risky move.',
  back: 'Back one step',
  restart: 'Start again',
  outcome: { safe: 'Safe ending', mixed: 'Mixed ending', harmful: 'Harmful ending' },
  lesson: 'What to take away',
  pathTitle: 'Your path',
  pathSafe: 'safe',
  pathRisky: 'risky',
  pathCount: (safe: number, total: number) =>
    total === 1 ? `${safe} of your 1 choice was safe.` : `${safe} of your ${total} choices were safe.`,
  help: 'Where to get help',
  announceChoice: (safe: boolean, feedback: string) => `${safe ? 'Safe move.' : 'Risky move.'} ${feedback}`,
  announceEnding: (title: string) => `The scenario has ended: ${title}.`,
  announceBack: 'Went back one step.',
  announceRestart: 'Started again from the beginning.',
};
