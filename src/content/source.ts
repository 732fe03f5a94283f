import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Document, type Node } from 'yaml';
import type { Loc, Problem } from '../errors.js';

/** A parsed YAML file that can tell where each of its nodes is. */
export interface Source {
  file: string;
  doc: Document;
  lines: LineCounter;
}

export function locOf(src: Source, node: Node | null | undefined, path?: string): Loc {
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = src.lines.linePos(offset);
  return { file: src.file, line, col, path };
}

/** Reads and parses one file; syntax errors come back as problems, never thrown. */
export function readSource(path: string, file = path): { src?: Source; problems: Problem[] } {
  let body: string;
  try {
    body = readFileSync(path, 'utf8');
  } catch (e) {
    return {
      problems: [
        {
          code: 'read',
          message: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
          hint: 'Check that it exists and that you may read it.',
          at: { file },
        },
      ],
    };
  }
  const lines = new LineCounter();
  const doc = parseDocument(body, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = doc.errors.map((err) => {
    const offset = err.code === 'MISSING_CHAR' ? (openingQuote(body, err.pos[0]) ?? err.pos[0]) : err.pos[0];
    const { line, col } = lines.linePos(offset);
    return {
      code: 'yaml-syntax',
      message: `YAML syntax: ${firstLine(err.message)}`,
      hint: 'Check indentation, and quote text that contains ": " or starts with a quote.',
      at: { file, line, col },
    };
  });
  return { src: { file, doc, lines }, problems };
}

/**
 * yaml reports a quote that is never closed at the end of the file; the user
 * needs the place where it was opened: the last line before that with an odd
 * number of that quote.
 */
function openingQuote(body: string, end: number): number | undefined {
  let start = 0;
  let found: number | undefined;
  for (const line of body.slice(0, end).split('\n')) {
    const content = line.replace(/\s#.*$/, '');
    for (const q of ['"', "'"]) {
      const n = content.split(q).length - 1;
      if (n % 2 === 1) found = start + line.lastIndexOf(q);
    }
    start += line.length + 1;
  }
  return found;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

export const describeNode = (node: unknown): string =>
  node == null
    ? 'nothing'
    : isMap(node)
      ? 'a mapping'
      : isSeq(node)
        ? 'a list'
        : isScalar(node)
          ? typeof node.value === 'number'
            ? 'a number'
            : typeof node.value === 'boolean'
              ? 'true/false'
              : node.value === null
                ? 'nothing'
                : 'text'
          : 'something else';
