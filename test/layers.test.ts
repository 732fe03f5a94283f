import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.js';

/**
 * The layers, top to bottom: a file imports only from its own layer or one
 * below it (types too), and no files import each other in a circle.
 */
const LAYERS: [name: string, files: RegExp][] = [
  ['api', /^src\/index\.ts$/],
  ['cli', /^src\/cli\//],
  ['use cases', /^src\/(build|check|checkCache|list)\.ts$|^src\/(init|mail|preview)\/|^src\/outputs\/site\/build\.ts$|^src\/outputs\/session\/runner\.ts$/],
  ['plan and outputs', /^src\/plan\/|^src\/outputs\//],
  ['engine', /^src\/run\//],
  ['render and print', /^src\/render\/|^src\/print\/|^templates\//],
  ['model and content', /^src\/model\/|^src\/content\//],
  ['base', /^src\/(errors|errors-data|errors-docs|humanPath|paths|order|version|safeText)\.ts$|^src\/types\/|^src\/patches\//],
];

const files = ['src', 'templates'].flatMap((top) =>
  readdirSync(join(root, top), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => `${top}/${f}`),
);
const rank = (file: string) => LAYERS.length - LAYERS.findIndex(([, re]) => re.test(file));

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specs = [...text.matchAll(/(?:import|export)\s[^'";]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/g)].map((m) => m[1] ?? m[2]!);
  return specs.map((spec) => {
    const target = relative(root, resolve(dirname(join(root, file)), spec)).replace(/\.js$/, '.ts');
    return files.includes(target) ? target : target.replace(/\.ts$/, '.tsx');
  });
}

describe('layers', () => {
  it('every source file is in a layer', () => {
    expect(files.filter((f) => rank(f) > LAYERS.length)).toEqual([]);
  });

  it('point down only', () => {
    const up = files.flatMap((f) => importsOf(f).filter((t) => files.includes(t) && rank(t) > rank(f)).map((t) => `${f} -> ${t}`));
    expect(up).toEqual([]);
  });

  it('have no cycles', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const t of importsOf(f).filter((x) => files.includes(x))) {
        if (state.get(t) === 'open') cycles.push([...stack.slice(stack.indexOf(t)), t].join(' -> '));
        else if (!state.has(t)) visit(t);
      }
      stack.pop();
      state.set(f, 'done');
    };
    files.forEach((f) => state.has(f) || visit(f));
    expect(cycles).toEqual([]);
  });
});
