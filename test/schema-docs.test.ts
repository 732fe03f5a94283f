import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldsOf, type Check } from '../src/content/schema.js';
import { DEFAULT_LIMITS, packageSchema, toolkitSchema } from '../src/content/schemas.js';
import { root } from './helpers.js';

const doc = readFileSync(join(root, 'docs/content-schema.md'), 'utf8');

/** Every key the schema knows, at any depth. */
function keysOf(check: Check<unknown>, out = new Set<string>()): Set<string> {
  for (const [key, field] of Object.entries(fieldsOf(check) ?? {})) {
    out.add(key);
    keysOf(field.check, out);
  }
  return out;
}

/** Every key the docs' YAML examples write: `key:` at the start of a line or inside `{ }`. */
function documentedKeys(): Set<string> {
  const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const keys = new Set<string>();
  for (const block of blocks)
    for (const line of block.split('\n')) {
      const code = line.replace(/\s#.*$/, '');
      for (const m of code.matchAll(/(?:^\s*(?:- )?|[{,]\s*)([a-z_]+):(?=\s|$)/g)) keys.add(m[1]!);
    }
  return keys;
}

describe('docs/content-schema.md and the schema', () => {
  const schema = new Set([...keysOf(packageSchema()), ...keysOf(toolkitSchema)]);
  const documented = documentedKeys();

  it('documents every field the schema has', () => {
    expect(schema.size).toBeGreaterThan(40);
    expect([...schema].filter((k) => !documented.has(k)).sort()).toEqual([]);
  });

  it('documents no field the schema does not have', () => {
    expect([...documented].filter((k) => !schema.has(k)).sort()).toEqual([]);
  });

  it('gives the default limits the code uses', () => {
    const { packages, questions, cards } = DEFAULT_LIMITS;
    expect(doc).toContain(`packages: ${packages} `);
    expect(doc).toContain(`questions: { min: ${questions.min}, max: ${questions.max} }`);
    expect(doc).toContain(`cards: { min: ${cards.min}, max: ${cards.max} }`);
    expect(doc).toContain(`(default ${questions.min}-${questions.max})`);
    expect(doc).toContain(`(default ${cards.min}-${cards.max})`);
  });
});
