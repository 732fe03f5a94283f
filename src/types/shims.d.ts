// Internal packages of react-pdf without their own types. Their versions are pinned
// exactly in package.json because src/render/engine.ts relies on their data shapes.
declare module '@react-pdf/layout' {
  const layoutDocument: (doc: unknown, fontStore: unknown) => Promise<LayoutNode>;
  export default layoutDocument;
  export interface LayoutNode {
    type: string;
    box?: { top: number; left: number; width: number; height: number };
    style?: Record<string, unknown>;
    props?: Record<string, unknown>;
    children?: LayoutNode[];
    lines?: { box: { x: number; y: number; width: number; height: number }; string: string; xAdvance?: number; runs?: { positions?: { xAdvance: number }[] }[] }[];
  }
}
declare module '@react-pdf/render' {
  const renderPDF: (ctx: unknown, layout: unknown) => NodeJS.ReadableStream;
  export default renderPDF;
}
declare module 'pdfkit' {
  const PDFDocument: new (opts: Record<string, unknown>) => NodeJS.ReadableStream & Record<string, unknown>;
  export default PDFDocument;
}
declare module 'hyphen/nl/index.js' {
  const nl: { hyphenateSync(text: string, opts?: { hyphenChar?: string; minWordLength?: number }): string };
  export default nl;
}
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(cp: number): boolean;
  }
  export function openSync(path: string): Font;
  export function create(data: Uint8Array): Font;
}

// pdf.js's worker half, loaded in the main thread for the site's previews (src/outputs/site/previews.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
