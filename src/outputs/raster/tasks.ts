import { whiteboardPng, whiteboardSvg } from '../kinds/whiteboard/png.js';
import { renderPreviews, type PreviewRequest } from '../site/previews.js';

/** What a drawing thread does (pool.ts): plain data in, bytes out. */
export type RasterTask =
  | { fn: 'previews'; pdf: Uint8Array; requests: PreviewRequest[] }
  | { fn: 'whiteboardPng'; a3: Uint8Array }
  | { fn: 'whiteboardSvg'; a3: Uint8Array };

export function runTask(task: RasterTask): Promise<unknown> {
  switch (task.fn) {
    case 'previews':
      return renderPreviews(task.pdf, task.requests);
    case 'whiteboardPng':
      return whiteboardPng(task.a3);
    case 'whiteboardSvg':
      return whiteboardSvg(task.a3);
  }
}
