import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { creditSchema } from '../../src/lib/content/credit-schema';
import { moduleSchema } from '../../src/lib/content/module-schema';
import { quizSchema } from '../../src/lib/content/quiz-schema';

const contentDir = join(import.meta.dirname, '../../content');
const filesIn = (folder: string, extension: string) =>
  readdirSync(join(contentDir, folder))
    .filter((name) => name.endsWith(extension))
    .map((name) => ({ name, text: readFileSync(join(contentDir, folder, name), 'utf8') }));

/** Components every lesson may use without importing them (src/pages/modules/[slug].astro). */
const lessonComponents = new Set(['Callout', 'Check', 'Inspector', 'Quiz']);

const frontmatter = (text: string) => parse(text.split(/^---$/m)[1] ?? '') as unknown;

const modules = filesIn('modules', '.mdx').map(({ name, text }) => ({
  name,
  body: text.split(/^---$/m).slice(2).join('---'),
  data: moduleSchema.parse(frontmatter(text)),
}));
const quizzes = new Map(
  filesIn('quizzes', '.yaml').map(({ name, text }) => [name.replace(/\.yaml$/, ''), parse(text) as unknown]),
);

describe('modules', () => {
  it('has at least the two sample modules', () => {
    expect(modules.length).toBeGreaterThanOrEqual(2);
  });

  it.each(modules.map((module) => [module.name, module] as const))(
    '%s names its file after its number and slug',
    (name, module) => {
      expect(name).toBe(`${String(module.data.number).padStart(2, '0')}-${module.data.slug}.mdx`);
    },
  );

  it.each(modules.map((module) => [module.name, module] as const))(
    '%s embeds its own check, which exists',
    (_, module) => {
      const quiz = quizSchema.parse(quizzes.get(module.data.check));
      expect(quiz.kind).toBe('check');
      expect(quiz.modules).toContain(module.data.number);
      expect(module.body).toContain(`<Check quiz="${module.data.check}" />`);
    },
  );

  it.each(modules.map((module) => [module.name, module] as const))(
    '%s has at least 1,000 words of lesson text',
    (_, module) => {
      const prose = module.body.replace(/^import .*$/gm, '').replace(/<[^>]*>/g, ' ');
      expect(prose.match(/[\p{L}\p{N}'’-]+/gu)?.length ?? 0).toBeGreaterThanOrEqual(1000);
    },
  );

  it.each(modules.map((module) => [module.name, module] as const))(
    '%s uses only components that exist: the lesson set or its own imports of real files',
    (name, module) => {
      const imports = new Map(
        [...module.body.matchAll(/^import (\w+) from '([^']+)';$/gm)].map(([, component, path]) => [component!, path!]),
      );
      for (const [, path] of imports)
        expect(existsSync(join(contentDir, 'modules', path)), `${name}: ${path}`).toBe(true);
      const used = new Set([...module.body.matchAll(/<([A-Z]\w*)/g)].map(([, component]) => component!));
      for (const component of used)
        expect(lessonComponents.has(component) || imports.has(component), component).toBe(true);
    },
  );

  it.each(modules.map((module) => [module.name, module] as const))(
    '%s embeds practice quizzes that exist',
    (_, module) => {
      for (const [, id] of module.body.matchAll(/<Quiz quiz="([^"]+)"/g)) {
        const quiz = quizSchema.parse(quizzes.get(id!));
        expect(quiz.kind).not.toBe('check');
      }
    },
  );

  it.each(modules.map((module) => [module.name, module] as const))(
    '%s has no level-1 headings (the page owns the h1)',
    (_, module) => {
      expect(module.body).not.toMatch(/^# /m);
    },
  );
});

describe('quizzes', () => {
  it.each([...quizzes])('%s matches the quiz schema', (_, data) => {
    expect(() => quizSchema.parse(data)).not.toThrow();
  });
});

describe('credits', () => {
  it.each(filesIn('credits', '.yaml').map(({ name, text }) => [name, text] as const))(
    '%s matches the credit schema',
    (_, text) => {
      expect(() => creditSchema.parse(parse(text))).not.toThrow();
    },
  );
});

describe('schemas reject bad content with messages that name the problem', () => {
  const valid = modules[0]!.data;

  it('rejects a module number outside 1–12', () => {
    const result = moduleSchema.safeParse({ ...valid, number: 13 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['number']);
  });

  it('rejects a time plan shorter than the module', () => {
    const result = moduleSchema.safeParse({
      ...valid,
      teacher: {
        ...valid.teacher,
        timePlan: [
          { minutes: 1, activity: 'a' },
          { minutes: 1, activity: 'b' },
        ],
      },
    });
    expect(result.error?.issues.map((issue) => issue.message).join()).toMatch(/time plan adds up to 2 min/);
  });

  it('rejects a choice item without exactly one correct option', () => {
    const item = {
      type: 'choice',
      id: 'x',
      prompt: 'Which one?',
      options: [
        { text: 'A', correct: true, feedback: 'Correct, this is A.' },
        { text: 'B', correct: true, feedback: 'Also marked correct.' },
      ],
      explanation: 'Only one option may be right in a choice item.',
    };
    const result = quizSchema.safeParse({ title: 'Bad', kind: 'check', modules: [1], items: [item] });
    expect(result.error?.issues[0]?.message).toBe('a choice item needs exactly one correct option');
  });
});
