/**
 * What a session needs printed, as print jobs: which file, which paper, one
 * or two sides, and the copies in it in print order. Pure arithmetic on the
 * packages and the numbers the facilitator gave; no PDF is read here.
 */
import { fileName } from '../files.js';
import type { CardKind, Package } from '../../model/types.js';
import { slugify } from '../../model/slug.js';
import { werkplatenInPlan } from '../../model/materials.js';
import { CACHE_DIR } from '../../run/cache.js';

export type Printer = 'a3' | 'a4';
/** Which cards a session prints: only the doekaarten, only the denkkaarten, or all. */
export type CardChoice = 'doe' | 'denk' | 'alle';
export const CARD_CHOICES: readonly CardChoice[] = ['alle', 'doe', 'denk'];

/** Today's date where the facilitator is, YYYY-MM-DD: a session folder made without --date. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
export const PRINTERS: readonly Printer[] = ['a4', 'a3'];

export interface SessionRequest {
  /** In the order given: the plan and every job follow it. */
  packages: Package[];
  participants: number;
  groups: number;
  printer: Printer;
  /** YYYY-MM-DD: the folder name, and on the print sheet when `dateGiven`. */
  date: string;
  /** The facilitator gave the date; otherwise it is today's and not shown. */
  dateGiven: boolean;
  title: string;
  /** Which cards, and how many sets of them each group gets. */
  cards: CardChoice;
  sets: number;
  /** Also the werkplaten as PNGs for an online whiteboard. */
  online: boolean;
}

export type Paper = 'gewoon' | 'stevig' | 'A3';

/** One copy of one material: one part of a job that starts a sheet of its own. */
export interface Copy {
  /** The package output it repeats, relative to the output folder (`fileName()`). */
  source: string;
  /** Its bookmark: `Werkblad 3 van 12`. */
  title: string;
  /** What the print sheet counts: `werkblad`, `werkplaat 1 (2 x A4)`. */
  material: string;
  /** Each page on a sheet of its own, nothing on the back: sheets to cut and glue. */
  onePerSheet?: boolean;
}

export interface PackageCopies {
  pkg: Package;
  copies: Copy[];
}

export interface PrintJob {
  /** `1-gewoon-papier-A4-dubbelzijdig.pdf`: numbered in print order, named for paper and setting. */
  file: string;
  paper: Paper;
  duplex: boolean;
  /** Per package, in the order given. */
  parts: PackageCopies[];
}

/** Where a session's files go, relative to the output folder: `sessies/2026-12-01-08-hoort-het-of-helpt-het`. */
export function sessionDir(req: SessionRequest): string {
  const pkgs = req.packages;
  const slug = req.title !== defaultTitle(req) ? slugify(req.title).slice(0, 60).replace(/-+$/, '') : pkgs.length === 1 ? pkgs[0]!.id : `werkpakketten-${pkgs.map((p) => String(p.number).padStart(2, '0')).join('-')}`;
  return `sessies/${req.date}-${slug || 'bijeenkomst'}`;
}

export function defaultTitle(req: Pick<SessionRequest, 'packages'>): string {
  const pkgs = req.packages;
  if (pkgs.length === 1) return pkgs[0]!.title;
  return `Werkpakketten ${pkgs.slice(0, -1).map((p) => p.number).join(', ')} en ${pkgs.at(-1)!.number}`;
}

/**
 * A package's cards of one kind on A4 sheets of their own, made for this
 * session only (kept in the cache folder): when the session prints only one
 * kind and the package has both. Otherwise the package's own card sheets.
 */
export interface CardSelection {
  pkg: Package;
  kind: CardKind;
  path: string;
}

export function cardSelections(req: SessionRequest): CardSelection[] {
  const kind = req.cards;
  if (kind === 'alle') return [];
  return req.packages
    .filter((pkg) => pkg.cards.some((c) => c.kind === kind) && pkg.cards.some((c) => c.kind !== kind))
    .map((pkg) => ({ pkg, kind, path: `${CACHE_DIR}/${sessionDir(req)}/${pkg.id}-${kind}kaarten-A4.pdf` }));
}

/** The file a package's cards print from in this session; none when it has no card of the chosen kind. */
function cardSource(req: SessionRequest, pkg: Package): string | undefined {
  if (req.cards !== 'alle' && !pkg.cards.some((c) => c.kind === req.cards)) return undefined;
  return cardSelections(req).find((s) => s.pkg === pkg)?.path ?? fileName(pkg, 'kaarten-A4');
}

const CARD_MATERIAL = { alle: 'kaarten', doe: 'doekaarten', denk: 'denkkaarten' } as const;

/** Werkplaten once per group (a group shares one); werkbladen one per participant; cards `sets` sets per group. */
export function planJobs(req: SessionRequest): PrintJob[] {
  const a3 = req.printer === 'a3';
  const times = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));
  const plain = req.packages.map((pkg) => ({
    pkg,
    copies: [
      ...(pkg.facilitation ? [{ source: fileName(pkg, 'draaiboek-A4'), title: 'Draaiboek', material: 'draaiboek' }] : []),
      ...times(req.participants, (i) => ({ source: fileName(pkg, 'werkblad-A4'), title: `Werkblad ${i + 1} van ${req.participants}`, material: 'werkblad' })),
      ...(a3 ? [] : werkplaten(pkg, req.groups, '2xA4')),
    ],
  }));
  const material = CARD_MATERIAL[req.cards];
  const heavy = req.packages.flatMap((pkg) => {
    const source = cardSource(req, pkg);
    if (!source) return [];
    const set = (s: number) => (req.sets > 1 ? `, set ${s + 1} van ${req.sets}` : '');
    const title = `${material.charAt(0).toUpperCase()}${material.slice(1)}`;
    const copies = times(req.groups, (g) => times(req.sets, (s) => ({ source, title: `${title}, groep ${g + 1} van ${req.groups}${set(s)}`, material }))).flat();
    return [{ pkg, copies }];
  });
  const big = a3 ? req.packages.filter((pkg) => werkplatenInPlan(pkg).length).map((pkg) => ({ pkg, copies: werkplaten(pkg, req.groups, 'A3') })) : [];
  const jobs: Omit<PrintJob, 'file'>[] = [
    { paper: 'gewoon', duplex: true, parts: plain },
    { paper: 'stevig', duplex: true, parts: heavy },
    { paper: 'A3', duplex: false, parts: big },
  ];
  return jobs.filter((j) => j.parts.some((p) => p.copies.length)).map((j, i) => ({ ...j, file: jobFileName(i + 1, j.paper, j.duplex) }));
}

function werkplaten(pkg: Package, groups: number, size: 'A3' | '2xA4'): Copy[] {
  const label = size === 'A3' ? 'A3' : '2 x A4';
  return Array.from({ length: groups }, (_, g) =>
    werkplatenInPlan(pkg).map((n) => ({
      source: fileName(pkg, `werkplaat-${n}-${size}`),
      title: `Werkplaat ${n} (${label}), groep ${g + 1} van ${groups}`,
      material: `werkplaat ${n} (${label})`,
      onePerSheet: size === '2xA4',
    })),
  ).flat();
}

export function jobFileName(n: number, paper: Paper, duplex: boolean): string {
  const what = paper === 'A3' ? 'A3' : `${paper}-papier-A4`;
  const sides = !duplex ? 'enkelzijdig' : paper === 'stevig' ? 'dubbelzijdig-lange-zijde' : 'dubbelzijdig';
  return `${n}-${what}-${sides}.pdf`;
}

/** Every package output the jobs repeat, each once. */
export const sourcesOf = (jobs: PrintJob[]): string[] => [...new Set(jobs.flatMap((j) => j.parts.flatMap((p) => p.copies.map((c) => c.source))))];

/**
 * The pages of a job, given the page count of each source: every copy starts
 * on an odd page when printed on two sides (a blank page before it where
 * needed), a sheet to cut and glue has a blank back, and the print sheet, when
 * the job carries it, comes first.
 */
export type JobPage = { source: string; index: number; copy: Copy } | { blank: true } | { sheet: number };

export function layoutJob(job: PrintJob, pagesOf: (source: string) => number, sheetPages = 0): { pages: JobPage[]; starts: { copy: Copy; page: number }[] } {
  const pages: JobPage[] = [];
  const starts: { copy: Copy; page: number }[] = [];
  const newSheet = () => {
    if (job.duplex && pages.length % 2 === 1) pages.push({ blank: true });
  };
  for (let i = 0; i < sheetPages; i++) pages.push({ sheet: i });
  for (const part of job.parts)
    for (const copy of part.copies) {
      newSheet();
      starts.push({ copy, page: pages.length });
      const n = pagesOf(copy.source);
      if (n < 1) throw new Error(`session: ${copy.source} has no pages`);
      for (let index = 0; index < n; index++) {
        if (copy.onePerSheet) newSheet();
        pages.push({ source: copy.source, index, copy });
      }
    }
  // The last sheet's back: a duplex job ends on an even page, so that its sheet count is its pages / 2.
  newSheet();
  return { pages, starts };
}

/** Sheets of paper a job takes. */
export const sheetsOf = (job: PrintJob, pages: number) => (job.duplex ? Math.ceil(pages / 2) : pages);

/** `werkblad 12 x`, per package, in print order: what the print sheet lists per job. */
export function countsOf(part: PackageCopies): { material: string; count: number }[] {
  const out: { material: string; count: number }[] = [];
  for (const c of part.copies) {
    const known = out.find((o) => o.material === c.material);
    if (known) known.count++;
    else out.push({ material: c.material, count: 1 });
  }
  return out;
}
