import type { Job, JobFile } from '../../run/job.js';
import type { Project } from '../../model/load.js';
import type { Package } from '../../model/types.js';
import { bundleFile, GUIDE_FILE, OVERVIEW_FILE, type PlannedFile } from '../files.js';
import { filesOf, OUTPUT_KINDS } from '../kinds/index.js';
import { FILE_KINDS, labelOf, type FileFacts } from '../registry.js';
import { codeFingerprint, hash } from '../../run/fingerprint.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fontsDir } from '../../paths.js';
import { cardPreviewPath, CSS, FONT_FILES, fontPath, GUIDE_PAGE, INDEX, OVERVIEW_PAGE, pagePath, previewPath, SCRIPT, SEARCH_INDEX, slidesPath, SLIDES_CSS, SLIDES_SCRIPT, STATEMENT } from './layout.js';
import { guidePage, indexPage, overviewPage, packagePage, type CardView, type Download, type Image } from './pages.js';
import { slidesPage, slidesStyle, SLIDES_JS } from './slides.js';
import { statementPage, type TaggedKinds } from './statement.js';
import { deckOf } from '../../model/slides.js';
import { pdfFacts } from './previews.js';
import { offThread, previews } from '../raster/pool.js';
import { SITE_SCRIPT } from './script.js';
import { searchIndex } from './search.js';
import { styleSheet, themeColours } from './style.js';
import { guideContent, pageContent, siteToolkitContent, themesContent } from './content.js';
import { whiteboardJob } from '../kinds/whiteboard/job.js';
import { whiteboardPath } from '../kinds/whiteboard/png.js';

export interface SiteOptions {
  /** Show film passwords on the pages: only for a site that stays inside the organisation. */
  filmPasswords?: boolean;
  /** Where the site goes in the output folder, with a trailing slash: `site/`. */
  prefix?: string;
  /** Only the pages and the search index, not the PDFs' copies and previews (the preview's quick round). */
  pagesOnly?: boolean;
  /** Where a job finds a PDF's bytes in its input: the copy without film passwords has a place of its own (public.ts). */
  fileOf?: (pdf: string) => string;
}

/** The site files of one package are written together: its page, previews and downloads; a bundle's copy and previews, by its group (the bundle's name). */
export const siteGroup = (group: string) => `site/${group}`;

/** The job that writes a PDF, by the PDF's path in the output folder; undefined when no job makes it. */
export type Producers = (pdf: string) => string | undefined;

const POINTS_PER_MM = 72 / 25.4;
// 1x widths in CSS pixels; each preview is made at 2x as well. A3 werkplaten are shown large on their page.
const THUMB = 120;
const PLATE = 640;
const CARD = 120;
// The print shop's card file has 3 mm bleed on every side; previews show the card as cut.
const CARD_BLEED = 3 * POINTS_PER_MM;

const enc = new TextEncoder();

/** The PDFs of a package, in print order, as the build writes them. */
const pdfsOf = (pkg: Package) => OUTPUT_KINDS.flatMap((k) => filesOf(pkg, k));

function previewSize(facts: { width: number; height: number }, width: number) {
  return { width, height: Math.round((width * facts.height) / facts.width) };
}

const widthOf = (facts: FileFacts) => (facts.kind === 'werkplaat-A3' ? PLATE : THUMB);

/**
 * The site as jobs: per PDF a copy into the site and its previews, a page per
 * package, the start page, the search index and the style, script and fonts.
 * Pages and previews get the PDFs' bytes from the jobs that make them; the
 * HTML is made by pure functions from the model and those bytes.
 */
export function siteJobs(project: Pick<Project, 'toolkit' | 'packages'>, producers: Producers, options: SiteOptions = {}): Job[] {
  const { toolkit } = project;
  const prefix = options.prefix ?? '';
  const fileOf = options.fileOf ?? ((p: string) => p);
  const code = codeFingerprint();
  const jobs: Job[] = [];
  const known = (pdfs: PlannedFile[]) => pdfs.filter((p) => producers(p.path) !== undefined);
  const needsOf = (pdfs: PlannedFile[]) => [...new Set(pdfs.map((p) => producers(p.path)!))];
  const packageOf = (facts: FileFacts) => project.packages.find((p) => p.number === facts.package);
  // A package's files are in its group; a bundle's in its own; the guide and the overview in none.
  const groupOf = (f: PlannedFile) => (f.facts.package !== undefined ? siteGroup(packageOf(f.facts)!.id) : f.facts.kind === 'bundel' ? siteGroup(f.path) : undefined);

  const documents = [...toolkit.themes.map(bundleFile), GUIDE_FILE, OVERVIEW_FILE];
  const allPdfs = known([...project.packages.flatMap(pdfsOf), ...documents]);

  for (const file of options.pagesOnly ? [] : allPdfs) {
    const { path, facts } = file;
    const producer = producers(path)!;
    jobs.push({
      id: `site:pdf:${path}`,
      family: 'site',
      what: 'website',
      owner: packageOf(facts)?.id ?? path,
      group: groupOf(file),
      outputs: [prefix + path],
      needs: [producer],
      fingerprint: hash('site-copy', path),
      make: async (input) => [{ path: prefix + path, bytes: input.files.get(fileOf(path))! }],
    });
    const pkg = packageOf(facts);
    const cards = pkg && facts.kind === 'kaarten-drukker' ? pkg.cards : [];
    const outputs = [previewPath(path, 1), previewPath(path, 2)];
    cards.forEach((_, i) => (['voor', 'achter'] as const).forEach((side) => outputs.push(cardPreviewPath(pkg!, i + 1, side, 1), cardPreviewPath(pkg!, i + 1, side, 2))));
    jobs.push({
      id: `site:preview:${path}`,
      family: 'site',
      what: 'voorbeeld',
      owner: pkg?.id ?? path,
      group: groupOf(file),
      outputs: outputs.map((o) => prefix + o),
      needs: [producer],
      fingerprint: hash(code, 'site-preview', path, cards.length, widthOf(facts)),
      offThread: offThread(),
      make: async (input) => {
        const pdf = input.files.get(fileOf(path))!;
        const requests = [{ page: 1, width: widthOf(facts) }, ...cards.flatMap((_, i) => [1, 2].map((side) => ({ page: 2 * i + side, width: CARD, inset: CARD_BLEED })))];
        const images = await previews(pdf, requests);
        // In the order of `outputs`: the document's page, then per card its front and back, each 1x then 2x.
        return images.map((im, i) => ({ path: prefix + outputs[i]!, bytes: im.png }));
      },
    });
  }

  const downloadsOf = async (pdfs: PlannedFile[], files: ReadonlyMap<string, Uint8Array>): Promise<Download[]> => {
    const out: Download[] = [];
    for (const { path, facts } of pdfs) {
      const bytes = files.get(fileOf(path));
      if (!bytes) continue;
      const pdf = await pdfFacts(bytes);
      const note = FILE_KINDS[facts.kind].note;
      const size = previewSize(pdf, widthOf(facts));
      const preview: Image = { src: previewPath(path, 1), src2x: previewPath(path, 2), ...size };
      out.push({ path, label: labelOf(facts), bytes: bytes.length, pages: pdf.pages, what: note.what, print: note.print, preview, facts, tagged: pdf.tagged });
    }
    return out;
  };

  // Each werkplaat as a PNG for an online whiteboard, beside its A3 file (whiteboard/jobs.ts).
  const whiteboardsOf = (pkg: Package) =>
    options.pagesOnly ? [] : known(pdfsOf(pkg)).filter((f) => f.facts.kind === 'werkplaat-A3').map((f) => whiteboardJob({ a3: f, producer: producers(f.path)!, fileOf, prefix, family: 'site', group: siteGroup(pkg.id), idPrefix: 'site:', svg: whiteboardPath(f.path).replace(/\.png$/, '.svg') }));
  for (const pkg of project.packages) {
    const pdfs = known(pdfsOf(pkg));
    const whiteboards = whiteboardsOf(pkg);
    jobs.push(...whiteboards.map((w) => w.job));
    const drukker = pdfs.find((p) => p.facts.kind === 'kaarten-drukker');
    const w = toolkit.cards.width_mm;
    const h = toolkit.cards.height_mm;
    jobs.push({
      id: `site:page:${pkg.id}`,
      family: 'site',
      what: 'website',
      owner: pkg.id,
      group: siteGroup(pkg.id),
      outputs: [prefix + pagePath(pkg)],
      needs: [...needsOf(pdfs), ...whiteboards.map((w) => w.job.id)],
      fingerprint: hash(code, 'site-page', pageContent(pkg), siteToolkitContent(toolkit), Boolean(options.filmPasswords)),
      make: async (input) => {
        const downloads = await downloadsOf(pdfs, input.files);
        const werkplaatDownloads = pkg.werkplaten.map((_, i) => downloads.find((d) => d.facts.kind === 'werkplaat-A3' && d.facts.werkplaat === i + 1));
        const cardSize = { width: CARD, height: Math.round((CARD * h) / w) };
        const cards: CardView[] = pkg.cards.map((card, i) => ({
          card,
          n: i + 1,
          ...(drukker
            ? {
                front: { src: cardPreviewPath(pkg, i + 1, 'voor', 1), src2x: cardPreviewPath(pkg, i + 1, 'voor', 2), ...cardSize },
                back: { src: cardPreviewPath(pkg, i + 1, 'achter', 1), src2x: cardPreviewPath(pkg, i + 1, 'achter', 2), ...cardSize },
              }
            : {}),
        }));
        const pngs = pkg.werkplaten.map((_, i) => whiteboards.find((w) => w.werkplaat === i + 1)).map((w) => w && { path: w.path, bytes: input.files.get(prefix + w.path)?.length ?? 0, svg: w.svg ? { path: w.svg, bytes: input.files.get(prefix + w.svg)?.length ?? 0 } : undefined });
        const qr = pkg.film.url ? (await import('../../render/qr.js')).qrModules(pkg.film.url) : undefined;
        const html = packagePage({ toolkit, pkg, downloads, werkplaatDownloads, whiteboards: pngs, cards, filmPasswords: Boolean(options.filmPasswords), slides: true, qr });
        return [{ path: prefix + pagePath(pkg), bytes: enc.encode(html) }];
      },
    });
    // The same slides as the PDF for the beamer, as a page that works in a browser without internet.
    const deck = deckOf(pkg);
    const slidesPdf = pdfs.find((p) => p.facts.kind === 'presentatie');
    jobs.push({
      id: `site:slides:${pkg.id}`,
      family: 'site',
      what: 'website',
      owner: pkg.id,
      group: siteGroup(pkg.id),
      outputs: [prefix + slidesPath(pkg)],
      needs: [],
      // What the PDF families show of the package (the slides' deck among them), never where it was read from.
      fingerprint: hash(code, 'site-slides', pageContent(pkg), siteToolkitContent(toolkit)),
      make: async () => {
        const qr = pkg.film.url ? (await import('../../render/qr.js')).qrModules(pkg.film.url) : undefined;
        return [{ path: prefix + slidesPath(pkg), bytes: enc.encode(slidesPage({ toolkit, pkg, deck, qr, pdf: slidesPdf && { path: slidesPdf.path, label: labelOf(slidesPdf.facts) } })) }];
      },
    });
  }

  const docs = known(documents);
  const werkbladen = project.packages.map((p) => known(filesOf(p, 'werkblad'))[0]);
  jobs.push({
    id: 'site:index',
    family: 'site',
    what: 'website',
    owner: INDEX,
    outputs: [prefix + INDEX],
    needs: needsOf([...docs, ...werkbladen.filter((p): p is PlannedFile => Boolean(p))]),
    fingerprint: hash(code, 'site-index', siteToolkitContent(toolkit), guideContent(toolkit), project.packages.map((p) => [p.id, p.number, p.title, p.intro, p.theme.id])),
    make: async (input) => {
      const downloads = await downloadsOf(docs, input.files);
      const themes = toolkit.themes.map((theme) => ({
        theme,
        packages: project.packages
          .map((pkg, i) => ({ pkg, werkblad: werkbladen[i] }))
          .filter(({ pkg }) => pkg.theme.id === theme.id)
          .map(({ pkg, werkblad }) => ({
            pkg,
            preview: werkblad && input.files.has(fileOf(werkblad.path)) ? { src: previewPath(werkblad.path, 1), src2x: previewPath(werkblad.path, 2), width: THUMB, height: Math.round((THUMB * 297) / 210) } : undefined,
          })),
      }));
      return [{ path: prefix + INDEX, bytes: enc.encode(indexPage({ toolkit, themes, downloads })) }];
    },
  });

  // The guide and the overview as pages, each the accessible version of its PDF.
  const guidePdf = known([GUIDE_FILE]);
  jobs.push({
    id: 'site:doc:guide',
    family: 'site',
    what: 'website',
    owner: GUIDE_PAGE,
    outputs: [prefix + GUIDE_PAGE],
    needs: needsOf(guidePdf),
    fingerprint: hash(code, 'site-guide', siteToolkitContent(toolkit), guideContent(toolkit), themesContent(toolkit)),
    make: async (input) => [{ path: prefix + GUIDE_PAGE, bytes: enc.encode(guidePage(toolkit, (await downloadsOf(guidePdf, input.files))[0])) }],
  });
  const overviewPdf = known([OVERVIEW_FILE]);
  jobs.push({
    id: 'site:doc:overview',
    family: 'site',
    what: 'website',
    owner: OVERVIEW_PAGE,
    outputs: [prefix + OVERVIEW_PAGE],
    needs: needsOf(overviewPdf),
    fingerprint: hash(code, 'site-overview', siteToolkitContent(toolkit), themesContent(toolkit), project.packages.map((p) => [p.id, p.number, p.title, p.theme.id, p.questions.length, p.cards.map((c) => c.kind), p.werkplaten.map((w) => w.title)])),
    make: async (input) => [{ path: prefix + OVERVIEW_PAGE, bytes: enc.encode(overviewPage(toolkit, project.packages, (await downloadsOf(overviewPdf, input.files))[0])) }],
  });
  // The statement says of each kind of PDF whether it is tagged: read from the first file of each kind.
  const firstOfKind = [...new Map(allPdfs.map((f) => [f.facts.kind, f] as const)).values()];
  jobs.push({
    id: 'site:doc:statement',
    family: 'site',
    what: 'website',
    owner: STATEMENT,
    outputs: [prefix + STATEMENT],
    needs: needsOf(firstOfKind),
    fingerprint: hash(code, 'site-statement', siteToolkitContent(toolkit), firstOfKind.map((f) => f.path)),
    make: async (input) => {
      const tagged: TaggedKinds = {};
      for (const d of await downloadsOf(firstOfKind, input.files)) tagged[d.facts.kind] = Boolean(d.tagged);
      return [{ path: prefix + STATEMENT, bytes: enc.encode(statementPage(toolkit, tagged)) }];
    },
  });

  jobs.push({
    id: 'site:zoekindex',
    family: 'site',
    what: 'website',
    owner: SEARCH_INDEX,
    outputs: [prefix + SEARCH_INDEX],
    needs: [],
    fingerprint: hash(code, 'site-search', guideContent(toolkit), project.packages.map(pageContent)),
    make: async () => [{ path: prefix + SEARCH_INDEX, bytes: enc.encode(searchIndex(project)) }],
  });

  jobs.push({
    id: 'site:assets',
    family: 'site',
    what: 'website',
    owner: CSS,
    outputs: [CSS, SCRIPT, SLIDES_CSS, SLIDES_SCRIPT, ...FONT_FILES.map(fontPath)].map((p) => prefix + p),
    needs: [],
    fingerprint: hash(code, 'site-assets', themesContent(toolkit)),
    make: async (): Promise<JobFile[]> => [
      { path: prefix + CSS, bytes: enc.encode(styleSheet(toolkit.themes)) },
      { path: prefix + SCRIPT, bytes: enc.encode(SITE_SCRIPT) },
      { path: prefix + SLIDES_CSS, bytes: enc.encode(slidesStyle(themeColours(toolkit.themes))) },
      { path: prefix + SLIDES_SCRIPT, bytes: enc.encode(SLIDES_JS) },
      // The same font files the PDFs embed (the code fingerprint covers fonts/).
      ...FONT_FILES.map((f) => ({ path: prefix + fontPath(f), bytes: new Uint8Array(readFileSync(join(fontsDir, f))) })),
    ],
  });
  return jobs;
}
