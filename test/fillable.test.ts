import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFArray, PDFDict, PDFTextField } from 'pdf-lib';
import { loadProject } from '../src/index.js';
import { dataDir, expectA4, fixtures, pdftotext, squash, tmp, toolkit } from './helpers.js';
import { libraries as pdfJs } from '../src/outputs/site/previews.js';

// A fixture whose werkblad prints a film link and password; the shipped package 8 (12 questions, three pages).
const data = join(fixtures, 'draaiboek');
const withLink = loadProject(data, data).packages.find((p) => p.number === 1)!;
const file = (out: string, id: string) => join(out, id, `${id}-werkblad-invulbaar.pdf`);
const ANSWER = 'Het weekverslag: het hoort zo, maar niemand leest het.\nVolgende week vraag ik wie het helpt. Café, één, ë.';

describe('werkblad om in te vullen (invulbaar)', () => {
  const out = tmp('toolkit-fillable-');
  const out8 = tmp('toolkit-fillable-8-');
  let pkg8: ReturnType<typeof loadProject>['packages'][number];
  beforeAll(async () => {
    const a = await toolkit(['bouw', '1', '--alleen', 'invulbaar', '--data', data, '--uit', out], { cwd: data });
    expect(a.code, a.stderr).toBe(0);
    const b = await toolkit(['build', '--package', '8', '--only', 'invulbaar', '--out', out8]);
    expect(b.code, b.stderr).toBe(0);
    pkg8 = loadProject(dataDir, dataDir).packages.find((p) => p.number === 8)!;
  });

  it('is an A4 werkblad with the intro, the film (password as on the werkblad) and every question', () => {
    expectA4(file(out, withLink.id));
    const text = squash(pdftotext(file(out, withLink.id)));
    expect(text).toContain(squash(withLink.intro));
    expect(text).toContain(squash(`Wachtwoord: ${withLink.film.password}`));
    for (const q of withLink.questions) expect(text).toContain(squash(q));
  });

  it('has one multiline text field per question, named vraag-N, with the question as its tooltip and an appearance stream', async () => {
    const doc = await PDFDocument.load(readFileSync(file(out8, pkg8.id)));
    const fields = doc.getForm().getFields();
    expect(fields.map((f) => f.getName())).toEqual(pkg8.questions.map((_, i) => `vraag-${i + 1}`));
    for (const [i, f] of fields.entries()) {
      expect(f).toBeInstanceOf(PDFTextField);
      const t = f as PDFTextField;
      expect(t.isMultiline()).toBe(true);
      expect(t.acroField.dict.get(PDFName.of('TU'))).toBeDefined();
      expect(String(t.acroField.dict.lookup(PDFName.of('TU')) && (t.acroField.dict.lookup(PDFName.of('TU')) as { decodeText(): string }).decodeText())).toBe(`${i + 1}. ${pkg8.questions[i]}`);
      for (const w of t.acroField.getWidgets()) expect(w.getNormalAppearance()).toBeDefined();
    }
  });

  it('tabs in question order: each page lists its fields in order, rows first', async () => {
    const doc = await PDFDocument.load(readFileSync(file(out8, pkg8.id)));
    const order: string[] = [];
    for (const page of doc.getPages()) {
      expect(page.node.get(PDFName.of('Tabs'))?.toString()).toBe('/R');
      const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
      for (const ref of annots?.asArray() ?? []) {
        // pdf-lib makes each field a parent with one widget (the annotation) as its kid.
        const a = doc.context.lookup(ref, PDFDict);
        const parent = a.lookupMaybe(PDFName.of('Parent'), PDFDict);
        const name = (parent ?? a).lookup(PDFName.of('T'));
        if (name) order.push((name as { decodeText(): string }).decodeText());
      }
    }
    expect(order).toEqual(pkg8.questions.map((_, i) => `vraag-${i + 1}`));
    expect(doc.getPageCount()).toBeGreaterThan(1);
  });

  it('keeps an answer filled in and saved with pdf-lib', async () => {
    const doc = await PDFDocument.load(readFileSync(file(out8, pkg8.id)));
    doc.getForm().getTextField('vraag-3').setText(ANSWER);
    const again = await PDFDocument.load(await doc.save());
    expect(again.getForm().getTextField('vraag-3').getText()).toBe(ANSWER);
    expect(again.getForm().getTextField('vraag-2').getText()).toBeUndefined();
  });

  it('opens in pdf.js with every field, and pdf.js saves what is typed', async () => {
    const { pdfjs } = await pdfJs();
    const bytes = new Uint8Array(readFileSync(file(out8, pkg8.id)));
    const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, verbosity: 0 }).promise;
    const objects = (await doc.getFieldObjects()) as Record<string, { type: string; id: string; multiline?: boolean; editable?: boolean }[]>;
    expect(Object.keys(objects)).toEqual(pkg8.questions.map((_, i) => `vraag-${i + 1}`));
    // Per field its parent and its widget; the widget is the text box one types in, on its page.
    const widget = (name: string) => objects[name]!.find((o) => o.type === 'text')!;
    for (const name of Object.keys(objects)) expect(widget(name)).toMatchObject({ type: 'text', multiline: true, editable: true });
    // Type into field 5 as the viewer does (its annotation storage), and save.
    doc.annotationStorage.setValue(widget('vraag-5').id, { value: ANSWER });
    const saved = await doc.saveDocument();
    await doc.destroy();
    const reread = await PDFDocument.load(saved);
    expect(reread.getForm().getTextField('vraag-5').getText()).toBe(ANSWER);
  });
});
