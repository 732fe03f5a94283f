import { createElement } from 'react';
import type { LayoutNode } from '@react-pdf/layout';
import type { Package, Toolkit } from '../../../model/types.js';
import { WerkbladInvulbaar } from '../../../../templates/WerkbladInvulbaar.js';
import { draw, layout } from '../../../render/engine.js';

/** Where an answer box landed: its page (from 0) and box in points from the page's top left. */
export interface AnswerBox {
  id: string;
  page: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

type Node = LayoutNode & { props?: { id?: string }; box?: { left: number; top: number; width: number; height: number }; children?: Node[] };

/** The fillable werkblad's pages, and where each question's answer box is, read from the same layout that is drawn. */
export async function renderFillable(toolkit: Toolkit, pkg: Package): Promise<{ bytes: Uint8Array; boxes: AnswerBox[]; pageHeight: number[] }> {
  const qr = pkg.film.url ? (await import('../../../render/qr.js')).qrModules(pkg.film.url) : undefined;
  const tree = (await layout(createElement(WerkbladInvulbaar, { toolkit, pkg, qr }))) as Node;
  const boxes: AnswerBox[] = [];
  const pageHeight: number[] = [];
  (tree.children ?? []).forEach((page, i) => {
    pageHeight.push(page.box!.height);
    // Yoga's boxes are relative to the parent: add up the offsets on the way down.
    const walk = (n: Node, x: number, y: number) => {
      const left = x + (n.box?.left ?? 0);
      const top = y + (n.box?.top ?? 0);
      const id = n.props?.id;
      if (id && n.box) boxes.push({ id, page: i, left, top, width: n.box.width, height: n.box.height });
      n.children?.forEach((c) => walk(c, left, top));
    };
    walk(page, 0, 0);
  });
  return { bytes: await draw(tree), boxes, pageHeight };
}
