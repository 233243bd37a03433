import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  describeScenarioError,
  graphProblems,
  scenarioSchema,
  type Scenario,
} from '../../../src/lib/content/scenario-schema';

const fixture = () => parse(readFileSync(join(import.meta.dirname, 'fixtures/mini-scenario.yaml'), 'utf8')) as Scenario;
const messages = (data: unknown) => {
  const result = scenarioSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('scenario graph validation', () => {
  it('accepts the fixture', () => {
    expect(messages(fixture())).toEqual([]);
  });

  it('names a choice that leads to a node that does not exist', () => {
    const data = fixture();
    data.nodes.check!.choices![0]!.next = 'nowhere';
    expect(messages(data)).toContain('choice 1 of node "check" leads to "nowhere", which is not a node');
  });

  it('names a node that cannot be reached from the start', () => {
    const data = fixture();
    data.nodes['orphan'] = { speaker: 'Narrator', text: 'Nobody gets here.', ending: data.nodes['good-end']!.ending };
    expect(messages(data)).toEqual(['node "orphan" cannot be reached from the start node "start"']);
  });

  it('names a start node that does not exist', () => {
    expect(messages({ ...fixture(), start: 'missing' })).toEqual(['the start node "missing" is not one of the nodes']);
  });

  it('rejects a node with neither choices nor an ending (a dead end)', () => {
    const data = fixture();
    delete data.nodes['good-end']!.ending;
    expect(messages(data).join('\n')).toMatch(/either choices \(2–4\) or an ending/);
  });

  it('names nodes caught in a loop with no way to an ending', () => {
    const data = fixture();
    data.nodes['loop-a'] = {
      speaker: 'Caller',
      text: 'A',
      choices: [
        { text: 'to b', safe: true, feedback: 'Going round again.', next: 'loop-b' },
        { text: 'stay', safe: false, feedback: 'Going round again.', next: 'loop-a' },
      ],
    };
    data.nodes['loop-b'] = {
      ...data.nodes['loop-a'],
      choices: data.nodes['loop-a'].choices!.map((c) => ({ ...c, next: 'loop-a' })),
    };
    data.nodes.start!.choices![1]!.next = 'loop-a';
    data.nodes.pay!.choices![0]!.next = 'loop-a';
    expect(messages(data)).toEqual([
      'node "pay" cannot be reached from the start node "start"',
      'node "loop-a" is a dead end: no ending can be reached from it',
      'node "loop-b" is a dead end: no ending can be reached from it',
    ]);
  });

  it('requires an outcome and a lesson for each ending', () => {
    const data = fixture() as unknown as { nodes: Record<string, { ending?: Record<string, unknown> }> };
    delete data.nodes['bad-end']!.ending!['lesson'];
    data.nodes['good-end']!.ending!['outcome'] = 'great';
    const result = scenarioSchema.safeParse(data);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toContain('nodes.bad-end.ending.lesson');
    expect(paths).toContain('nodes.good-end.ending.outcome');
  });

  it('allows 2–4 choices per step', () => {
    const data = fixture();
    data.nodes.check!.choices = data.nodes.check!.choices!.slice(0, 1);
    expect(scenarioSchema.safeParse(data).success).toBe(false);
  });

  it('says which file and which field is wrong in a build error', () => {
    const data = fixture();
    data.nodes.pay!.choices![1]!.next = 'nowhere';
    const result = scenarioSchema.safeParse(data);
    expect(describeScenarioError('content/scenarios/mini.yaml', result.error!)).toBe(
      'content/scenarios/mini.yaml is not a valid scenario:\n' +
        '  - nodes.pay.choices.1.next: choice 2 of node "pay" leads to "nowhere", which is not a node',
    );
  });

  it('finds no problems in a sound graph', () => {
    expect(graphProblems(fixture())).toEqual([]);
  });
});

describe('content/scenarios', () => {
  const folder = join(import.meta.dirname, '../../../content/scenarios');
  const files = readdirSync(folder).filter((name) => name.endsWith('.yaml'));

  it.each(files)('%s is a valid scenario named after its id', (name) => {
    const data = scenarioSchema.parse(parse(readFileSync(join(folder, name), 'utf8')));
    expect(`${data.id}.yaml`).toBe(name);
  });

  it.each(files)('%s gives every path at least one safe and one risky choice and all three kinds of ending', (name) => {
    const data = scenarioSchema.parse(parse(readFileSync(join(folder, name), 'utf8')));
    const nodes = Object.values(data.nodes);
    const choices = nodes.flatMap((node) => node.choices ?? []);
    expect(choices.some((choice) => choice.safe)).toBe(true);
    expect(choices.some((choice) => !choice.safe)).toBe(true);
    expect(new Set(nodes.flatMap((node) => (node.ending ? [node.ending.outcome] : [])))).toEqual(
      new Set(['safe', 'mixed', 'harmful']),
    );
  });
});
