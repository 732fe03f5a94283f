/**
 * A session as jobs: the print sheet, then one job per print job PDF. They
 * need the package PDFs' jobs and receive those files' bytes; nothing here
 * reads or writes a file.
 */
import { CACHE_DIR } from '../../run/cache.js';
import { codeFingerprint, hash } from '../../run/fingerprint.js';
import { docMeta, fileName, packageFile, type Context } from '../files.js';
import { STAMPS_JOB, stampsOf } from '../stamps.js';
import { whiteboardJob } from '../kinds/whiteboard/job.js';
import type { Package } from '../../model/types.js';
import type { Job, JobInput } from '../../run/job.js';
import { composeJob, pageCount, type SheetPdf } from './compose.js';
import { SESSION_FACTS, type SessionFacts } from './facts.js';
import { cardSelections, planJobs, sessionDir, sourcesOf, type Paper, type SessionRequest } from './plan.js';
import type { FileKind } from '../registry.js';
import { sheetFacts, sheetText } from './sheet.js';
import { werkplatenInPlan } from '../../model/materials.js';

export { defaultTitle, sessionDir } from './plan.js';

/** The print sheet as text, beside the jobs: what `toolkit mail --session` puts in the mail. */
export const SHEET_TEXT = 'printplan.txt';
export interface SessionJobs {
  dir: string;
  jobs: Job[];
  /** The print job files, in print order, relative to the output folder (the files for the screen are beside them, not here). */
  files: string[];
}

/** A package file the session shows on screen rather than prints, copied into its folder: the slides. */
interface ScreenFile {
  source: string;
  file: string;
  kind: FileKind;
  package: number;
}

function screenFiles(req: SessionRequest): ScreenFile[] {
  return req.packages.map((pkg) => {
    const source = fileName(pkg, 'presentatie-16x9');
    // In a folder of its own: the session folder's own PDFs are the print jobs.
    return { source, file: `scherm/${source.slice(source.indexOf('/') + 1)}`, kind: 'presentatie' as const, package: pkg.number };
  });
}

/** What a print job is, by its paper. */
const JOB_KIND = { gewoon: 'sessie-gewoon', stevig: 'sessie-stevig', A3: 'sessie-A3' } as const satisfies Record<Paper, FileKind>;

/**
 * `jobOf` names the job that writes a package file (`08-.../08-...-werkblad-A4.pdf`):
 * each session job needs those, and the print sheet's job.
 */
export function sessionJobs(req: SessionRequest, ctx: Context, jobOf: (path: string) => string): SessionJobs {
  const dir = sessionDir(req);
  const plan = planJobs(req);
  const sources = sourcesOf(plan);
  const screen = screenFiles(req);
  const selections = cardSelections(req);
  const selectionJobId = (path: string) => `kaartkeuze:${path}`;
  // A source is a package's file, or a card selection this session makes (below).
  const needs = [...new Set(sources.map((s) => (selections.some((c) => c.path === s) ? selectionJobId(s) : jobOf(s))))];
  const sheetPdf = `${CACHE_DIR}/${dir}/printplan.pdf`;
  const sheetTxt = `${dir}/${SHEET_TEXT}`;
  const factsFile = `${dir}/${SESSION_FACTS}`;
  const facts: SessionFacts = {
    title: req.title,
    date: req.date,
    packages: req.packages.map((p) => p.number),
    participants: req.participants,
    groups: req.groups,
    printer: req.printer,
    files: plan.map((j) => ({ file: j.file, kind: JOB_KIND[j.paper], paper: j.paper, duplex: j.duplex })),
    cards: req.cards,
    sets: req.sets,
    online: req.online,
  };
  const sheetId = `printplan:${dir}`;
  // What the sheet and jobs show of the request and the packages; the executor adds the package files' bytes.
  const base = hash(
    codeFingerprint(),
    ctx.date.toISOString(),
    { ...req, packages: req.packages.map(sessionContent) },
    { title: ctx.toolkit.title, version: ctx.toolkit.version, contact: ctx.toolkit.contact },
  );
  const owner = dir;
  // The session's files are one group of their own family: a build never removes them, and a run of
  // this same session (which plans it whole) removes what it no longer makes, such as an A3 job after --printer a4.
  const own = { family: 'session' as const, group: dir };
  const pagesOf = async (input: JobInput) => {
    const counts = new Map<string, number>();
    for (const s of sources) counts.set(s, await pageCount(needed(input, s)));
    return (s: string) => counts.get(s)!;
  };

  const sheetJob: Job = {
    id: sheetId,
    ...own,
    what: 'printplan',
    owner,
    outputs: [sheetPdf, sheetTxt, factsFile],
    needs,
    fingerprint: hash(base, 'sheet', facts),
    async make(input) {
      const counts = await pagesOf(input);
      // Through the renderer bundle, which the package jobs may have loaded already.
      const { renderPrintSheet } = await (await import('../loadRenderer.js')).loadRenderer();
      // The first job's sheet count holds the sheet's own pages: try one, then what it took.
      for (let pages = 1; ; ) {
        const sheet = sheetFacts(req, plan, counts, pages);
        const made = { ...(await renderPrintSheet(ctx.toolkit, sheet)), facts: sheet };
        if (made.sheetPages !== pages) {
          if (made.sheetPages < pages) throw new Error(`print sheet: ${made.sheetPages} pages after ${pages}`);
          pages = made.sheetPages;
          continue;
        }
        return [
          { path: sheetPdf, bytes: made.bytes },
          { path: sheetTxt, bytes: new TextEncoder().encode(sheetText(made.facts, ctx.toolkit.contact)) },
          { path: factsFile, bytes: new TextEncoder().encode(JSON.stringify(facts, null, 1) + '\n') },
        ];
      }
    },
  };

  const printJobs = plan.map((job, i): Job => ({
    id: `sessie:${dir}/${job.file}`,
    ...own,
    what: 'printopdracht',
    owner,
    outputs: [`${dir}/${job.file}`],
    facts: { [`${dir}/${job.file}`]: { kind: JOB_KIND[job.paper] } },
    needs: [...needs, sheetId],
    fingerprint: hash(base, 'job', job.file),
    async make(input) {
      const bytes = needed(input, sheetPdf);
      const sheet: SheetPdf = { bytes, sheetPages: (await pageCount(bytes)) - 1 };
      const files = new Map(sources.map((s) => [s, needed(input, s)]));
      const meta = docMeta(ctx, `${req.title}: printopdracht ${i + 1}`, `printopdracht ${job.file} voor een bijeenkomst`);
      return [{ path: `${dir}/${job.file}`, bytes: await composeJob(job, files, sheet, i === 0, meta) }];
    },
  }));
  // Only one kind of card: its own sheets, made from the package's cards (make/cardSelection.ts).
  const selectionJobs = selections.map((c): Job => ({
    id: selectionJobId(c.path),
    ...own,
    what: 'kaarten',
    owner,
    outputs: [c.path],
    needs: [jobOf(fileName(c.pkg, 'kaarten-A4')), STAMPS_JOB],
    fingerprint: hash(base, 'cards', c.path),
    intermediate: true,
    async make(input) {
      const { makeCardSelection } = await (await import('../loadRenderer.js')).loadRenderer();
      return [{ path: c.path, bytes: await makeCardSelection({ ...ctx, stamps: async () => stampsOf(input.files) }, c.pkg, c.kind) }];
    },
  }));
  // --online: each werkplaat as a PNG and an SVG for an online whiteboard, in the folder online/.
  const online = req.online
    ? req.packages.flatMap((pkg) =>
        werkplatenInPlan(pkg).map((n) => {
          const a3 = packageFile(pkg, `werkplaat-${n}-A3`, 'werkplaat-A3', n);
          return whiteboardJob({ a3, producer: jobOf(a3.path), prefix: `${dir}/`, family: 'session', group: dir, idPrefix: 'sessie:', name: `online/${pkg.id}-werkplaat-${n}.png`, svg: `online/${pkg.id}-werkplaat-${n}.svg` });
        }),
      )
    : [];
  // Copies of the package's own file: the executor hands over its bytes, a copy job writes them as they are.
  const screenJobs = screen.map((f): Job => ({
    id: `sessie:${dir}/${f.file}`,
    ...own,
    what: 'scherm',
    owner,
    outputs: [`${dir}/${f.file}`],
    facts: { [`${dir}/${f.file}`]: { kind: f.kind, package: f.package } },
    needs: [jobOf(f.source)],
    fingerprint: hash(base, 'screen', f.file),
    make: async (input) => [{ path: `${dir}/${f.file}`, bytes: needed(input, f.source) }],
  }));
  return {
    dir,
    jobs: [...selectionJobs, sheetJob, ...printJobs, ...screenJobs, ...online.map((o) => o.job)],
    files: plan.map((j) => `${dir}/${j.file}`),
  };
}

/**
 * What of a package the print sheet and the jobs show beyond the package's own
 * files (whose bytes the jobs receive): picked field by field, so that a moved
 * line in the YAML changes nothing.
 */
function sessionContent(pkg: Package) {
  const { number, id, title, theme, film, werkplaten, cards, facilitation } = pkg;
  return {
    number,
    id,
    title,
    theme: { id: theme.id, colour: theme.colour },
    film: { title: film.title, url: film.url, password: film.password },
    werkplaten: werkplaten.length,
    cards: cards.length,
    plan: facilitation?.plan.map((s) => [s.title, s.prepare, s.uses]),
    draaiboek: Boolean(facilitation),
  };
}

function needed(input: JobInput, path: string): Uint8Array {
  const bytes = input.files.get(path);
  if (!bytes) throw new Error(`session: ${path} was not among the files received`);
  return bytes;
}
