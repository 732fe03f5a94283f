import { createElement } from 'react';
import type { Theme, Toolkit } from '../model/types.js';
import type { SheetFacts } from '../../templates/printSheetFacts.js';
import { PrintSheet } from '../../templates/PrintSheet.js';
import { draw, layout } from './engine.js';

/** The print sheet's pages followed by one blank page; `sheetPages` says how many are the sheet. */
export async function renderPrintSheet(toolkit: Toolkit, facts: SheetFacts): Promise<{ bytes: Uint8Array; sheetPages: number }> {
  const { qrModules } = await import('./qr.js');
  const qr = facts.films.map(({ film }) => (film.url ? qrModules(film.url) : undefined));
  const themes: Theme[] = [...new Map(facts.films.map(({ pkg }) => [pkg.theme.id, pkg.theme])).values()];
  const tree = await layout(createElement(PrintSheet, { toolkit, facts, themes, qr }));
  return { bytes: await draw(tree), sheetPages: (tree.children?.length ?? 1) - 1 };
}
