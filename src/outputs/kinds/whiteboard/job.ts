import type { Family, Job } from '../../../run/job.js';
import { hash } from '../../../run/fingerprint.js';
import type { PlannedFile } from '../../files.js';
import { whiteboardPath } from './png.js';
import { offThread, rasterize } from '../../raster/pool.js';

/** The PNG's code: its own files, not the renderer's (the A3 bytes it receives carry those). */
const CODE = 'whiteboard-png-2';
const SVG_CODE = 'whiteboard-svg-2';

/**
 * The job that draws a werkplaat's A3 file as a whiteboard PNG: it needs the
 * job that makes the A3 file and receives its bytes. The site puts the PNG
 * beside its copy of the PDFs, a session with --online in its folder.
 */
export function whiteboardJob(o: {
  a3: PlannedFile;
  producer: string;
  /** Where the A3 bytes are among the job's input (the site keeps password-free copies apart). */
  fileOf?: (path: string) => string;
  /** Where the PNG goes: `site/`, or a session folder with its slash. */
  prefix: string;
  family: Family;
  group: string;
  idPrefix: string;
  /** The PNG's name in the prefix; by default the A3 file's path with `-whiteboard.png`. */
  name?: string;
  /** Also the werkplaat as an SVG, by this name in the prefix. */
  svg?: string;
}): { job: Job; path: string; svg?: string; werkplaat: number } {
  const path = o.name ?? whiteboardPath(o.a3.path);
  const out = o.prefix + path;
  const svg = o.svg && o.prefix + o.svg;
  const job: Job = {
    id: `${o.idPrefix}whiteboard:${out}`,
    family: o.family,
    what: 'whiteboard',
    owner: o.group,
    group: o.group,
    outputs: svg ? [out, svg] : [out],
    facts: { [out]: { ...o.a3.facts, kind: 'werkplaat-png' }, ...(svg && { [svg]: { ...o.a3.facts, kind: 'werkplaat-svg' } }) },
    needs: [o.producer],
    fingerprint: svg ? hash(CODE, SVG_CODE, o.a3.path, svg) : hash(CODE, o.a3.path),
    offThread: offThread(),
    async make(input) {
      const a3 = input.files.get((o.fileOf ?? ((p) => p))(o.a3.path));
      if (!a3) throw new Error(`whiteboard: ${o.a3.path} was not among the files received`);
      const [png, svgBytes] = await Promise.all([rasterize({ fn: 'whiteboardPng', a3 }), svg && rasterize({ fn: 'whiteboardSvg', a3 })]);
      return [{ path: out, bytes: png as Uint8Array }, ...(svg ? [{ path: svg, bytes: svgBytes as Uint8Array }] : [])];
    },
  };
  return { job, path, ...(o.svg && { svg: o.svg }), werkplaat: o.a3.facts.werkplaat! };
}
