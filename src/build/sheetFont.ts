import { readFileSync } from 'node:fs';
import { FONT_FILES } from '../render/fonts.js';

let bytes: Uint8Array | undefined;

/** The font pdf-lib draws sheet furniture with (measuring bar, glue strip): read once. */
export const sheetFont = () => (bytes ??= new Uint8Array(readFileSync(FONT_FILES.regular)));
