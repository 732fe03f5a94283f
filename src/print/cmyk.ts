/**
 * The print shop's file in CMYK. react-pdf writes every colour as DeviceRGB,
 * which a shop's RIP converts by its own guess: body text #1d1d1b came out
 * as four-colour black, soft and misregistered on small type. This rewrites
 * the colour operators of each page: the theme colours (and their tints) to
 * the CMYK values in toolkit.yaml, the near-black text colour and every grey
 * to black alone, white to no ink. react-pdf has no CMYK colours of its own
 * (its styles take CSS colours, converted to RGB before pdfkit sees them).
 */
import type { Theme } from '../model/types.js';
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFRawStream, PDFString, type PDFDocument } from './pdfLib.js';
import { INK } from '../../templates/units.js';

type Cmyk = [number, number, number, number];
type Rgb = [number, number, number];

/** Within half a step of 8-bit colour: pdfkit writes r / 255 with full precision. */
const CLOSE = 0.5 / 255;

const hexRgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb;

export function cmykOf(rgb: Rgb, themes: readonly Theme[]): Cmyk {
  const [r, g, b] = rgb;
  const same = (a: Rgb) => a.every((v, i) => Math.abs(v - rgb[i]!) <= CLOSE);
  if (same(hexRgb(INK))) return [0, 0, 0, 1];
  // Neutral: black ink alone, never a four-colour grey.
  if (Math.abs(r - g) <= 2 * CLOSE && Math.abs(g - b) <= 2 * CLOSE) return [0, 0, 0, round(1 - (r + g + b) / 3)];
  for (const t of themes) {
    const base = hexRgb(t.colour);
    const cmyk = t.cmyk.map((v) => v / 100) as Cmyk;
    if (same(base)) return cmyk;
    // A tint mixes the colour with white (templates/units.ts): the same share of each ink.
    const i = [0, 1, 2].reduce((best, k) => (1 - base[k]! > 1 - base[best]! ? k : best), 0);
    const share = (rgb[i]! - base[i]!) / (1 - base[i]!);
    if (share > 0 && share < 1 && same(base.map((v) => v + (1 - v) * share) as Rgb)) return cmyk.map((v) => round(v * (1 - share))) as Cmyk;
  }
  // Any other colour: the plain formula. No template uses one on a card today.
  const k = 1 - Math.max(r, g, b);
  return k >= 1 ? [0, 0, 0, 1] : ([r, g, b].map((v) => round((1 - v - k) / (1 - k))).concat(round(k)) as Cmyk);
}

const round = (v: number) => Math.round(v * 10000) / 10000;
const NUM = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)`;
// Colour operators as pdfkit writes them: a space name and its operator, or numbers and theirs.
// Text goes into the stream as hex strings, so no literal string can look like an operator.
const OPS = new RegExp(String.raw`/(DeviceRGB|DeviceCMYK|DeviceGray)\s+(cs|CS)\b|((?:${NUM}\s+){3})(rg|RG|scn|SCN|sc|SC)\b`, 'g');

/** One content stream's text with its RGB colours turned into CMYK. */
export function cmykContent(text: string, themes: readonly Theme[]): string {
  const space = { fill: 'DeviceGray', stroke: 'DeviceGray' };
  return text.replace(OPS, (all, name: string | undefined, csOp: string | undefined, nums: string | undefined, op: string | undefined) => {
    if (name) {
      space[csOp === 'cs' ? 'fill' : 'stroke'] = name;
      return name === 'DeviceRGB' ? `/DeviceCMYK ${csOp}` : all;
    }
    const stroke = op === op!.toUpperCase();
    const rgbOp = op === 'rg' || op === 'RG';
    if (!rgbOp && space[stroke ? 'stroke' : 'fill'] !== 'DeviceRGB') return all;
    const rgb = nums!.trim().split(/\s+/).map(Number) as Rgb;
    const out = cmykOf(rgb, themes).join(' ');
    return rgbOp ? `${out} ${stroke ? 'K' : 'k'}` : `${out} ${op}`;
  });
}

/** Rewrites the pages' content (and any form they draw) to CMYK and declares the printing condition. */
export function toCmyk(doc: PDFDocument, themes: readonly Theme[]): void {
  const { context } = doc;
  const done = new Set<object>();
  const rewrite = (stream: PDFRawStream) => {
    if (done.has(stream)) return;
    done.add(stream);
    const text = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    const fresh = context.flateStream(Buffer.from(cmykContent(text, themes), 'latin1'));
    // Keep the stream's own dictionary (a form's BBox, Resources), with the new data.
    for (const [key, value] of stream.dict.entries()) if (key !== PDFName.of('Length') && key !== PDFName.of('Filter') && key !== PDFName.of('DecodeParms')) fresh.dict.set(key, value);
    const ref = context.getObjectRef(stream);
    if (ref) context.assign(ref, fresh);
    forms(fresh.dict.lookupMaybe(PDFName.of('Resources'), PDFDict));
  };
  const forms = (resources: PDFDict | undefined) => {
    const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    for (const [, ref] of xobjects?.entries() ?? []) {
      const x = context.lookup(ref);
      if (x instanceof PDFRawStream && x.dict.get(PDFName.of('Subtype')) === PDFName.of('Form')) rewrite(x);
    }
  };
  for (const page of doc.getPages()) {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => context.lookup(r)) : [contents];
    for (const s of streams) if (s instanceof PDFRawStream) rewrite(s);
    forms(page.node.Resources());
  }
  doc.catalog.set(PDFName.of('OutputIntents'), context.obj([outputIntent(doc)]));
}

/**
 * The printing condition the CMYK values are meant for, as PDF/X names it:
 * FOGRA39 (ISO 12647-2 coated paper, the usual European offset and digital
 * condition) by its identifier in the ICC's registry of characterized
 * printing conditions. A registered identifier needs no embedded profile
 * (ISO 15930-1, -3), and no free CMYK profile could be shipped with the
 * toolkit. This is a declaration, not a claim to meet PDF/X.
 */
function outputIntent(doc: PDFDocument): PDFDict {
  return doc.context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFX',
    OutputConditionIdentifier: PDFString.of('FOGRA39'),
    OutputCondition: PDFString.of('Coated FOGRA39 (ISO 12647-2:2004)'),
    RegistryName: PDFString.of('http://www.color.org'),
    Info: PDFString.of('Coated FOGRA39 (ISO 12647-2:2004)'),
  });
}
