import type { Scenario, ScenarioChoice, ScenarioNode } from '../content/scenario-schema';

/** The learner's progress through a scenario: the index of the choice made at each step, from the start. */
export interface ScenarioProgress {
  choices: number[];
}

/** One step already taken: the node, the choice picked there and where it led. */
export interface TakenStep {
  nodeId: string;
  node: ScenarioNode;
  choiceIndex: number;
  choice: ScenarioChoice;
}

export interface ScenarioPosition {
  /** The steps taken so far, in order. */
  steps: TakenStep[];
  nodeId: string;
  node: ScenarioNode;
  /** The most recent step, whose feedback is shown above the current node. */
  last: TakenStep | undefined;
  ended: boolean;
}

export const emptyProgress = (): ScenarioProgress => ({ choices: [] });

function nodeAt(scenario: Pick<Scenario, 'nodes'>, id: string): ScenarioNode {
  const node = scenario.nodes[id];
  if (!node) throw new Error(`Scenario node "${id}" does not exist`);
  return node;
}

/** Replays the choices from the start to find where the learner is. Choices must be valid (see `restoreProgress`). */
export function position(scenario: Pick<Scenario, 'start' | 'nodes'>, progress: ScenarioProgress): ScenarioPosition {
  const steps: TakenStep[] = [];
  let nodeId = scenario.start;
  let node = nodeAt(scenario, nodeId);
  for (const choiceIndex of progress.choices) {
    const choice = node.choices?.[choiceIndex];
    if (!choice) throw new Error(`Choice ${choiceIndex} does not exist at scenario node "${nodeId}"`);
    steps.push({ nodeId, node, choiceIndex, choice });
    nodeId = choice.next;
    node = nodeAt(scenario, nodeId);
  }
  return { steps, nodeId, node, last: steps.at(-1), ended: node.ending !== undefined };
}

/** The progress after picking a choice at the current node; unchanged at an ending or for an unknown choice. */
export function choose(
  scenario: Pick<Scenario, 'start' | 'nodes'>,
  progress: ScenarioProgress,
  choiceIndex: number,
): ScenarioProgress {
  const { node } = position(scenario, progress);
  if (!node.choices?.[choiceIndex]) return progress;
  return { choices: [...progress.choices, choiceIndex] };
}

/** The progress one step back; unchanged at the start. */
export function back(progress: ScenarioProgress): ScenarioProgress {
  return { choices: progress.choices.slice(0, -1) };
}

export interface PathSummary {
  /** Each choice made, with whether it was a safe move. */
  steps: { text: string; safe: boolean }[];
  safe: number;
  total: number;
}

export function summarize(steps: readonly TakenStep[]): PathSummary {
  const summary = steps.map((step) => ({ text: step.choice.text, safe: step.choice.safe }));
  return { steps: summary, safe: summary.filter((step) => step.safe).length, total: summary.length };
}

/**
 * Progress read back from storage, kept only as far as it still fits the scenario (the content may have
 * changed since it was saved). Anything unreadable gives an empty path.
 */
export function restoreProgress(scenario: Pick<Scenario, 'start' | 'nodes'>, raw: unknown): ScenarioProgress {
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as { choices?: unknown }).choices))
    return emptyProgress();
  const kept: number[] = [];
  let node = scenario.nodes[scenario.start];
  for (const value of (raw as { choices: unknown[] }).choices) {
    if (!node || typeof value !== 'number' || !Number.isInteger(value)) break;
    const choice = node.choices?.[value];
    if (!choice) break;
    kept.push(value);
    node = scenario.nodes[choice.next];
  }
  return { choices: kept };
}
