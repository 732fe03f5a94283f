import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isPair, isSeq, isScalar, visit, type Document, type Node } from 'yaml';
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

/** A source file larger than this is refused unread: the largest real one is some 6 kB. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** A text field longer than this is refused before any layout: the longest real one is under 600 characters. */
export const MAX_FIELD_CHARS = 5000;
/** Aliases (`*name`) a file may expand; yaml's own guard against alias bombs. */
const MAX_ALIASES = 100;

/**
 * Reads and parses one file; every problem (unreadable, too large, a syntax
 * error, the parser's resource limits, a runaway field) comes back as a
 * problem naming the file, never thrown. Text is made uniform on the way in:
 * a tab becomes a space and every string is NFC-normalised, so that a
 * decomposed "é" prints as the font's one glyph.
 */
export function readSource(path: string, file = path): { src?: Source; problems: Problem[] } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
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
  if (bytes.length > MAX_FILE_BYTES)
    return {
      problems: [
        {
          code: 'file-too-large',
          message: `het bestand is ${megabytes(bytes.length)} groot; een bronbestand mag hoogstens ${megabytes(MAX_FILE_BYTES)} zijn, dus het is niet gelezen`,
          hint: 'Kijk of er per ongeluk iets in geplakt is (een hele tekst, een afbeelding) en haal dat weg.',
          at: { file },
        },
      ],
    };
  const body = bytes.toString('utf8');
  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(body, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    return { problems: [parserProblem(e, file)] };
  }
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
  if (problems.length) return { src: { file, doc, lines }, problems };
  const src = { file, doc, lines };
  try {
    // Expands every alias once, within yaml's limit, so that later reads of the document cannot blow up.
    doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    return { problems: [parserProblem(e, file)] };
  }
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (typeof node.value !== 'string') return;
      if (node.value.length > MAX_FIELD_CHARS) {
        problems.push({
          code: 'field-too-long',
          message: `deze tekst is ${node.value.length} tekens lang; een veld mag hoogstens ${MAX_FIELD_CHARS} tekens hebben`,
          hint: 'Maak de tekst korter. Kijk ook of er per ongeluk iets dubbel in geplakt is.',
          at: locOf(src, node, key === 'value' || typeof key === 'number' ? pathOf([...ancestors, node]) : undefined),
        });
        node.value = '';
      } else node.value = node.value.replace(/\t/g, ' ').normalize('NFC');
    },
  });
  return { src, problems };
}

/** `cards[3].text` for a node, from the chain of nodes above it. */
function pathOf(chain: readonly unknown[]): string {
  let out = '';
  chain.forEach((n, i) => {
    const next = chain[i + 1];
    if (isPair(n) && isScalar(n.key)) out += `${out ? '.' : ''}${String(n.key.value)}`;
    else if (isSeq(n) && next) out += `[${n.items.indexOf(next as never)}]`;
  });
  return out;
}

/** An exception from the parser: its resource limits (an alias bomb), or a failure of its own. */
function parserProblem(e: unknown, file: string): Problem {
  const aliases = e instanceof Error && /alias/i.test(e.message);
  return {
    code: aliases ? 'yaml-aliases' : 'yaml-parser',
    message: aliases
      ? `het bestand gebruikt meer dan ${MAX_ALIASES} verwijzingen (*naam) naar andere delen; zo veel kan de YAML-lezer niet veilig uitvouwen`
      : `de YAML-lezer kan dit bestand niet lezen (${e instanceof Error ? e.message : String(e)})`,
    hint: aliases ? 'Schrijf de tekst gewoon uit in plaats van met &naam en *naam te verwijzen.' : 'Kijk of het een gewoon tekstbestand in YAML is; vergelijk het met een ander pakketbestand.',
    at: { file },
  };
}

const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;

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
