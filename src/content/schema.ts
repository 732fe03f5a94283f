/**
 * A small validator over YAML nodes. It works on the nodes rather than on plain
 * values so that every problem can name its file, line and column. Validators
 * record problems and return `undefined`; they never throw.
 */
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { problem, type Loc, type Problem } from '../errors.js';
import { countItems } from '../humanPath.js';
import { describeNode, locOf, shortTag, type Source } from './source.js';
import { closest } from './suggest.js';

export interface Ctx {
  src: Source;
  problems: Problem[];
  /** Every text value read, with its place: the glyph check walks these. */
  texts: { text: string; at: Loc }[];
}

export type Check<T> = (node: Node | null | undefined, path: string, ctx: Ctx, parent?: Node) => T | undefined;

/** Records a problem from the catalogue at the node's place. */
export function report(ctx: Ctx, node: Node | null | undefined, path: string, p: Problem): undefined {
  ctx.problems.push({ ...p, at: locOf(ctx.src, node, path) });
  return undefined;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

export function text(opts: { maxChars?: number; maxWords?: number } = {}): Check<string> {
  return (node, path, ctx, parent) => {
    if (!isScalar(node) || typeof node.value !== 'string') {
      if (isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'boolean')) {
        // A bare number or yes/no is almost always meant as text: take it as written.
        const s = String(node.source ?? node.value);
        ctx.texts.push({ text: s, at: locOf(ctx.src, node, path) });
        return s;
      }
      if (isMap(node) && !node.flow)
        // `- Wat zeg je: ja of nee?` is read as a key "Wat zeg je" with the value "ja of nee?".
        return report(ctx, node, path, problem('colon-in-text', {}));
      const tagged = isScalar(node) && node.tag ? `Haal ${shortTag(node.tag)} weg en schrijf de tekst zelf op.` : undefined;
      const hint = isSeq(node) ? 'Kijk of de streepjes (- ) en het inspringen kloppen.' : tagged;
      return report(ctx, node ?? parent, path, problem('not-text', { found: describeNode(node) }, hint ? { hint } : {}));
    }
    const raw = node.range && node.type === 'PLAIN' ? ctx.src.body.slice(node.range[0], node.range[1]) : '';
    if (/\n[ \t]*- /.test(raw))
      // A "- " one space too far in is no new item: it continues the text before it.
      return report(ctx, node, path, problem('merged-items', {}));
    const value = node.value.trim();
    if (!value) return report(ctx, node, path, problem('empty', {}));
    if (opts.maxChars && value.length > opts.maxChars) return report(ctx, node, path, problem('too-many-chars', { length: value.length, max: opts.maxChars }));
    if (opts.maxWords && words(value) > opts.maxWords) return report(ctx, node, path, problem('too-many-words', { words: words(value), max: opts.maxWords }));
    ctx.texts.push({ text: value, at: locOf(ctx.src, node, path) });
    return value;
  };
}

/** `why` says where a limit comes from when the writer can change it (a toolkit's own limits). */
export function integer(min: number, max: number, why?: string): Check<number> {
  return (node, path, ctx, parent) => {
    if (!isScalar(node) || typeof node.value !== 'number' || !Number.isInteger(node.value))
      return report(ctx, node ?? parent, path, problem('not-integer', { found: describeNode(node) }));
    if (node.value < min || node.value > max) return report(ctx, node, path, problem('out-of-range', { min, max, value: node.value }, why ? { hint: why } : {}));
    return node.value;
  };
}

export function oneOf<T extends string>(choices: readonly T[]): Check<T> {
  return (node, path, ctx, parent) => {
    const v = isScalar(node) ? String(node.value) : undefined;
    if (v !== undefined && (choices as readonly string[]).includes(v)) return v as T;
    const near = v ? closest(v, choices) : undefined;
    const what = v === undefined ? `hier hoort een van ${choices.join(', ')}, maar er staat ${describeNode(node)}` : `"${v}" kan hier niet; kies uit ${choices.join(', ')}`;
    return report(ctx, node ?? parent, path, problem('not-one-of', { what }, near ? { hint: `Bedoel je "${near}"?` } : {}));
  };
}

/** A colour as `#rrggbb`. */
export const colour: Check<string> = (node, path, ctx, parent) => {
  const v = isScalar(node) ? String(node.value) : '';
  if (/^#[0-9a-fA-F]{6}$/.test(v)) return v.toLowerCase();
  return report(ctx, node ?? parent, path, problem('not-colour', { found: isScalar(node) ? `"${v}"` : describeNode(node) }));
};

/** A calendar date as YYYY-MM-DD. */
export const isoDate: Check<string> = (node, path, ctx, parent) => {
  const v = isScalar(node) ? String(node.value) : '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))) return v;
  return report(ctx, node ?? parent, path, problem('not-date', { found: isScalar(node) ? `"${v}"` : describeNode(node) }));
};

export const url: Check<string> = (node, path, ctx, parent) => {
  const v = text()(node, path, ctx, parent);
  if (v === undefined) return undefined;
  if (!/^https?:\/\/\S+$/.test(v)) return report(ctx, node, path, problem('not-url', { value: v }));
  return v;
};

/** `why` says where the limits come from when the writer can change them (a toolkit's own limits). */
export function list<T>(item: Check<T>, opts: { min?: number; max?: number; why?: string } = {}): Check<T[]> & { item: Check<T> } {
  return Object.assign(listCheck(item, opts), { item });
}

function listCheck<T>(item: Check<T>, opts: { min?: number; max?: number; why?: string }): Check<T[]> {
  return (node, path, ctx, parent) => {
    if (!isSeq(node)) return report(ctx, node ?? parent, path, problem('not-list', { found: describeNode(node) }));
    const n = node.items.length;
    const items = countItems(path, n);
    // One short may be two items merged by an indent; one too many, one split by a stray "- ".
    if (opts.min !== undefined && n < opts.min)
      report(ctx, node, path, problem('too-few', { items, min: opts.min }, hintOf(n === opts.min - 1 ? 'Zijn er twee samengevoegd? Kijk of elk streepje (- ) even ver inspringt.' : undefined, opts.why)));
    if (opts.max !== undefined && n > opts.max)
      report(
        ctx,
        node,
        path,
        problem('too-many', { items, max: opts.max }, hintOf(n === opts.max + 1 ? 'Is er een tekst in tweeën gesplitst? Kijk of er een regel met een streepje (- ) begint die bij de tekst erboven hoort.' : undefined, opts.why)),
      );
    const out: T[] = [];
    let ok = true;
    node.items.forEach((child, i) => {
      const v = item(child as Node, `${path}[${i}]`, ctx, node);
      if (v === undefined) ok = false;
      else out.push(v);
    });
    return ok ? out : undefined;
  };
}

const hintOf = (...parts: (string | undefined)[]) => {
  const hint = parts.filter(Boolean).join(' ');
  return hint ? { hint } : {};
};

type Field<T> = { check: Check<T>; optional?: boolean };
type Fields = Record<string, Field<unknown>>;
type OptionalKeys<F extends Fields> = { [K in keyof F]: F[K] extends { optional: true } ? K : never }[keyof F];
type Flat<T> = { [K in keyof T]: T[K] };
type ValueOf<X> = X extends Field<infer T> ? T : never;
/** What `object(fields)` gives: required fields as they are, optional ones as `key?:`. */
type Out<F extends Fields> = Flat<{ [K in Exclude<keyof F, OptionalKeys<F>>]: ValueOf<F[K]> } & { [K in OptionalKeys<F>]?: ValueOf<F[K]> }>;

/** The value type a check gives. */
export type Infer<C> = C extends Check<infer T> ? T : never;

export const req = <T>(check: Check<T>): Field<T> => ({ check });
export const opt = <T>(check: Check<T>): Field<T> & { optional: true } => ({ check, optional: true });

export interface Located {
  /** Where the mapping starts: errors found later (text fit) point here. */
  at: Loc;
}

/** A mapping with known keys. Unknown keys are errors with a suggestion, so a typo never drops content. */
export function object<F extends Fields>(fields: F): Check<Out<F> & Located> & { fields: F } {
  return Object.assign(objectCheck(fields), { fields });
}

/** The fields of a check made by `object`, of the items of a `list`, or of a check that names its own: for docs. */
export function fieldsOf(check: Check<unknown>): Fields | undefined {
  const c = check as Check<unknown> & { fields?: Fields; item?: Check<unknown> };
  return c.fields ?? (c.item && fieldsOf(c.item));
}

function objectCheck<F extends Fields>(fields: F): Check<Out<F> & Located> {
  return (node, path, ctx, parent) => {
    if (!isMap(node)) return report(ctx, node ?? parent, path, problem('not-map', { found: describeNode(node) }));
    const known = Object.keys(fields);
    const seen = new Map<string, Pair>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const keyPath = path ? `${path}.${key}` : key;
      if (!known.includes(key)) {
        const near = closest(key, known);
        report(ctx, pair.key as Node, keyPath, problem('unknown-key', { key }, { hint: near ? `Bedoel je "${near}"?` : `Sleutels die hier kunnen: ${known.join(', ')}.` }));
      } else seen.set(key, pair);
    }
    const out: Record<string, unknown> = { at: locOf(ctx.src, node, path || undefined) };
    let ok = true;
    for (const [key, field] of Object.entries(fields)) {
      const keyPath = path ? `${path}.${key}` : key;
      const pair = seen.get(key);
      if (!pair || (isScalar(pair.value) && pair.value.value === null && field.optional)) {
        if (!field.optional) {
          report(ctx, (pair?.key as Node) ?? node, keyPath, problem('missing', { what: pair ? 'heeft geen waarde' : 'ontbreekt' }, pair ? { hint: 'Schrijf de waarde achter de dubbele punt.' } : {}));
          ok = false;
        }
        continue;
      }
      const v = field.check(pair.value as Node, keyPath, ctx, pair.key as Node);
      if (v === undefined) ok = false;
      out[key] = v;
    }
    return ok ? (out as Out<F> & Located) : undefined;
  };
}

/** Runs a check on the whole document of a source. */
export function validate<T>(src: Source, check: Check<T>): { value?: T; problems: Problem[]; texts: Ctx['texts'] } {
  const ctx: Ctx = { src, problems: [], texts: [] };
  const value = check(src.doc.contents as Node, '', ctx);
  return { value: ctx.problems.length ? undefined : value, problems: ctx.problems, texts: ctx.texts };
}
