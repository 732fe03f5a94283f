import { readSourceBytes } from './sourceFiles.js';
import { LineCounter, parseDocument, isMap, isPair, isSeq, isScalar, visit, type Document, type Node } from 'yaml';
import { humanPath } from '../humanPath.js';
import { problem, type Loc, type Problem } from '../errors.js';

/** A parsed YAML file that can tell where each of its nodes is. */
export interface Source {
  file: string;
  doc: Document;
  lines: LineCounter;
  /** The text parsed: the checks read how a value was written. */
  body: string;
}

export function locOf(src: Source, node: Node | null | undefined, path?: string): Loc {
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = src.lines.linePos(offset);
  const name = path ? humanPath(path, src.doc) : undefined;
  return name && name !== path ? { file: src.file, line, col, path, name, namedPath: path } : { file: src.file, line, col, path };
}

export { MAX_FILE_BYTES } from './sourceFiles.js';
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
  const read = readSourceBytes(path);
  if (!read.bytes) return { problems: [{ ...read.problem, at: { file } }] };
  const bytes = read.bytes;
  const notUtf8 = badEncoding(bytes, file);
  if (notUtf8) return { problems: [notUtf8] };
  const body = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(body, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    return { problems: [parserProblem(e, file)] };
  }
  // The first syntax error only: those after it mostly follow from it (one wrong indent gave four), and the editor fixes one at a time.
  const problems: Problem[] = doc.errors.slice(0, 1).map((err) => {
    const offset = err.code === 'MISSING_CHAR' ? (openingQuote(body, err.pos[0]) ?? err.pos[0]) : err.pos[0];
    const { line, col } = lines.linePos(offset);
    return problem('yaml-syntax', { what: syntaxText(err.code) }, { at: { file, line, col } });
  });
  if (problems.length) return { src: { file, doc, lines, body }, problems };
  const src = { file, doc, lines, body };
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
        problems.push(problem('field-too-long', { length: node.value.length, max: MAX_FIELD_CHARS }, { at: locOf(src, node, key === 'value' || typeof key === 'number' ? pathOf([...ancestors, node]) : undefined) }));
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
  const at = { at: { file } };
  return aliases ? problem('yaml-aliases', { max: MAX_ALIASES }, at) : problem('yaml-parser', { why: e instanceof Error ? e.message : String(e) }, at);
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

/**
 * A file saved as Windows-1252 or Latin-1 has bytes that are not UTF-8: one
 * message for the file, at the first such line, instead of an error for
 * every character the font then lacks.
 */
function badEncoding(bytes: Buffer, file: string): Problem | undefined {
  const text = bytes.toString('utf8');
  const at = text.indexOf('\uFFFD');
  if (at < 0) return undefined;
  const line = text.slice(0, at).split('\n').length;
  const col = at - text.lastIndexOf('\n', at - 1);
  return problem('encoding', {}, { at: { file, line, col } });
}

const SYNTAX: Record<string, string> = {
  MISSING_CHAR: 'een aanhalingsteken of haakje wordt geopend maar niet gesloten',
  BAD_INDENT: 'het inspringen klopt niet',
  TAB_AS_INDENT: 'er staat een tab waar spaties horen',
  DUPLICATE_KEY: 'deze sleutel staat er twee keer',
  BLOCK_AS_IMPLICIT_KEY: 'hier staat een sleutel waar YAML dat niet verwacht, vaak door ": " in een tekst of verkeerd inspringen',
  MULTILINE_IMPLICIT_KEY: 'een tekst over meer regels bevat ": ", zodat YAML het als sleutel leest',
  UNEXPECTED_TOKEN: 'hier staat iets wat YAML niet verwacht',
};

const syntaxText = (code: string) => SYNTAX[code] ?? 'de opbouw van het bestand klopt hier niet';


/** A tag as it is written in a file: `!!binary`, not `tag:yaml.org,2002:binary`. */
export const shortTag = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, '!!');

export const describeNode = (node: unknown): string =>
  node == null
    ? 'niets'
    : isMap(node)
      ? 'sleutels met waarden (sleutel: waarde)'
      : isSeq(node)
        ? 'een lijst'
        : isScalar(node)
          ? typeof node.value === 'number'
            ? 'een getal'
            : typeof node.value === 'boolean'
              ? 'ja/nee'
              : node.value === null
                ? 'niets'
                : node.value instanceof Uint8Array
                  ? `een blok binaire gegevens (${shortTag(node.tag ?? '!!binary')})`
                  : node.value instanceof Date
                    ? `een tijdstip (${shortTag(node.tag ?? '!!timestamp')})`
                    : typeof node.value === 'string'
                      ? 'tekst'
                      : `iets anders${node.tag ? ` (${shortTag(node.tag)})` : ''}`
          : 'iets anders';
