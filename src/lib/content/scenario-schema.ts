import { z } from 'astro/zod';

/** One answer the learner can pick at a step, with the feedback they see straight away. */
export const scenarioChoiceSchema = z.object({
  text: z.string().min(1),
  /** Whether this is a safe, helpful move; the path summary counts these. */
  safe: z.boolean(),
  feedback: z.string().min(10),
  /** Id of the node this choice leads to. */
  next: z.string().min(1),
});

/** How a path ends: its outcome, a short title and the lesson to take away. */
export const scenarioEndingSchema = z.object({
  outcome: z.enum(['safe', 'mixed', 'harmful']),
  title: z.string().min(3),
  lesson: z.string().min(20),
});

/** A narrator's or a character's line, then either 2–4 choices or an ending. */
export const scenarioNodeSchema = z
  .object({
    /** Who speaks the line, e.g. "Narrator" or "Caller". */
    speaker: z.string().min(1),
    text: z.string().min(1),
    choices: z.array(scenarioChoiceSchema).min(2).max(4).optional(),
    ending: scenarioEndingSchema.optional(),
  })
  .refine((node) => (node.choices === undefined) !== (node.ending === undefined), {
    message: 'a node has either choices (2–4) or an ending, not both and not neither',
  });

const nodeId = z.string().regex(/^[a-z0-9-]+$/, 'node ids are lowercase-kebab-case');

export const scenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'scenario ids are lowercase-kebab-case'),
    title: z.string().min(3),
    /** Shown before the first step: what the scenario is and that it is made up. */
    intro: z.string().min(10),
    /** Where to get help, shown with every ending. */
    help: z.string().min(10).optional(),
    start: nodeId,
    nodes: z.record(nodeId, scenarioNodeSchema),
  })
  .superRefine((scenario, ctx) => {
    for (const problem of graphProblems(scenario))
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });

export type ScenarioChoice = z.infer<typeof scenarioChoiceSchema>;
export type ScenarioEnding = z.infer<typeof scenarioEndingSchema>;
export type ScenarioNode = z.infer<typeof scenarioNodeSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;

interface GraphProblem {
  path: (string | number)[];
  message: string;
}

type Graph = Pick<Scenario, 'start' | 'nodes'>;

/**
 * What is wrong with a scenario's graph: choices that lead nowhere, nodes the start cannot reach, and nodes
 * from which no ending can be reached (a loop with no way out). Empty when the graph is sound.
 */
export function graphProblems({ start, nodes }: Graph): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const ids = Object.keys(nodes);
  if (!(start in nodes)) {
    problems.push({ path: ['start'], message: `the start node "${start}" is not one of the nodes` });
    return problems;
  }
  for (const [id, node] of Object.entries(nodes)) {
    node.choices?.forEach((choice, index) => {
      if (!(choice.next in nodes))
        problems.push({
          path: ['nodes', id, 'choices', index, 'next'],
          message: `choice ${index + 1} of node "${id}" leads to "${choice.next}", which is not a node`,
        });
    });
  }
  const next = (id: string) => (nodes[id]?.choices ?? []).map((choice) => choice.next).filter((to) => to in nodes);

  const reached = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const to of next(queue.shift()!)) {
      if (!reached.has(to)) {
        reached.add(to);
        queue.push(to);
      }
    }
  }
  for (const id of ids) {
    if (!reached.has(id))
      problems.push({ path: ['nodes', id], message: `node "${id}" cannot be reached from the start node "${start}"` });
  }

  // Walk backwards from the endings: every node that can reach one is fine.
  const canEnd = new Set(ids.filter((id) => nodes[id]?.ending));
  let grew = true;
  while (grew) {
    grew = false;
    for (const id of ids) {
      if (!canEnd.has(id) && next(id).some((to) => canEnd.has(to))) {
        canEnd.add(id);
        grew = true;
      }
    }
  }
  if (canEnd.size === 0) problems.push({ path: ['nodes'], message: 'the scenario has no ending' });
  else
    for (const id of ids) {
      if (!canEnd.has(id) && reached.has(id))
        problems.push({ path: ['nodes', id], message: `node "${id}" is a dead end: no ending can be reached from it` });
    }
  return problems;
}

/** A readable one-line-per-problem message for a build error. */
export function describeScenarioError(file: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => `  - ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  return `${file} is not a valid scenario:\n${lines.join('\n')}`;
}
