import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { problem, type Problem, type Loc } from '../errors.js';
import { fontsDir } from '../paths.js';

export const FAMILY = 'Source Sans 3';
export const FONT_FILES = {
  regular: join(fontsDir, 'SourceSans3-Regular.ttf'),
  bold: join(fontsDir, 'SourceSans3-Bold.ttf'),
  italic: join(fontsDir, 'SourceSans3-Italic.ttf'),
};

type Faces = Record<keyof typeof FONT_FILES, fontkit.Font>;
let opened: Faces | undefined;

/** The faces, opened once a process. */
export const faces = (): Faces =>
  (opened ??= { regular: fontkit.openSync(FONT_FILES.regular), bold: fontkit.openSync(FONT_FILES.bold), italic: fontkit.openSync(FONT_FILES.italic) });

// Characters that never reach the page as glyphs: line breaks and the soft hyphen.
const INVISIBLE = new Set([0x0a, 0x0d, 0x09, 0xad]);

/**
 * Every character of the content must exist in every face, else react-pdf
 * silently prints a box or nothing. One problem per character and place.
 */
export async function checkGlyphs(texts: { text: string; at: Loc }[]): Promise<Problem[]> {
  const all = Object.values(faces());
  const problems: Problem[] = [];
  const ok = new Set<number>();
  for (const { text, at } of texts) {
    const seen = new Set<number>();
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (ok.has(cp) || INVISIBLE.has(cp) || seen.has(cp)) continue;
      seen.add(cp);
      if (all.every((f) => f.hasGlyphForCodePoint(cp))) {
        ok.add(cp);
        continue;
      }
      const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
      problems.push(problem('glyph', { code, char: ch, font: FAMILY }, { at }));
    }
  }
  return problems;
}
