/**
 * What the print sheet says, worked out from the plan and the page counts:
 * per job its file, paper, sides, scale and sheets; what to bring; where the
 * film is. The template draws it, the mail body is its text (`sheetText`).
 */
import type { Package } from '../../model/types.js';
import type { SheetFacts, SheetJob } from '../../../templates/printSheetFacts.js';
import { countsOf, layoutJob, sheetsOf, type PrintJob, type SessionRequest } from './plan.js';
import { werkplatenInPlan } from '../../model/materials.js';

export type { SheetFacts, SheetJob } from '../../../templates/printSheetFacts.js';

const PAPER = { gewoon: 'gewoon papier, A4', stevig: 'stevig papier (200 tot 300 gram), A4', A3: 'gewoon papier, A3' } as const;

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
export const dutchDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
};

const people = (n: number) => `${n} ${n === 1 ? 'deelnemer' : 'deelnemers'}`;
const groupsOf = (n: number) => (n === 1 ? 'in 1 groep' : `in ${n} groepen`);

/** `sheetPages`: how many pages the print sheet itself takes (it opens the first job). */
export function sheetFacts(req: SessionRequest, jobs: PrintJob[], pagesOf: (source: string) => number, sheetPages: number): SheetFacts {
  const pkgs = req.packages;
  const about = [
    pkgs.length === 1 ? (req.title === pkgs[0]!.title ? `Werkpakket ${pkgs[0]!.number}` : `Werkpakket ${pkgs[0]!.number}: ${pkgs[0]!.title}`) : `In deze volgorde: ${pkgs.map((p) => `${p.number}. ${p.title}`).join('; ')}`,
    `${people(req.participants)} ${groupsOf(req.groups)}`,
    ...(req.dateGiven ? [dutchDate(req.date)] : []),
  ];
  const sheetJobs = jobs.map((job, i): SheetJob => {
    const lead = i === 0 ? sheetPages : 0;
    const pages = layoutJob(job, pagesOf, lead).pages.length;
    return {
      file: job.file,
      paper: PAPER[job.paper],
      sides: job.duplex ? 'dubbelzijdig, omslaan langs de lange kant' : 'enkelzijdig',
      scale: '100 %',
      sheets: sheetsOf(job, pages),
      pages,
      withSheet: i === 0,
      contents: job.parts.filter((p) => p.copies.length).map((p) => ({ pkg: `${p.pkg.number}. ${p.pkg.title}`, items: countsOf(p).map((c) => `${c.material.replace(/ /g, '\u00a0')}\u00a0${c.count}\u00a0x`) })),
    };
  });
  return { title: req.title, about, jobs: sheetJobs, bring: bringList(req), prepare: prepareList(pkgs), films: pkgs.map((pkg) => ({ pkg, film: pkg.film })), rules: PRINT_RULES };
}

/** From what the packages hold: only what their materials need, nothing guessed. */
function bringList(req: SessionRequest): string[] {
  const pkgs = req.packages;
  const bring: string[] = [];
  if (pkgs.some((p) => p.film.title)) bring.push('Een scherm en geluid voor de film; probeer de link vooraf.');
  bring.push('Pennen: op het werkblad is ruimte om te schrijven.');
  const plates = pkgs.some((p) => werkplatenInPlan(p).length);
  if (plates) bring.push('Post-its en stiften voor de werkplaten.');
  if (req.printer === 'a4' && plates)
    bring.push('Schaar, liniaal en lijm of plakband: elke werkplaat is 2 vellen A4 om aan elkaar te plakken.');
  if (pkgs.some((p) => p.cards.length)) bring.push('Een schaar of snijmachine voor de kaarten: knip langs de snijtekens.');
  return bring;
}

function prepareList(pkgs: Package[]): { step: string; text: string }[] {
  const out: { step: string; text: string }[] = [];
  for (const pkg of pkgs)
    for (const step of pkg.facilitation?.plan ?? [])
      if (step.prepare) out.push({ step: pkgs.length > 1 ? `${pkg.number}. ${step.title}` : step.title, text: step.prepare });
  return out;
}

export const PRINT_RULES = [
  'Print elk bestand op 100 % (werkelijke grootte), niet "passend maken".',
  'Elk exemplaar begint op een nieuw vel, zodat je de stapel met de hand kunt verdelen. Pagina\'s met "Deze pagina is bewust leeg" horen erbij.',
];

/** The print sheet as plain text: the body of a mail to a print room or a co-facilitator. */
export function sheetText(facts: SheetFacts, contact: { name: string; email: string }): string {
  const lines = [`Printplan: ${facts.title}`, ...facts.about, '', ...facts.rules, ''];
  facts.jobs.forEach((j) => {
    lines.push(j.file);
    lines.push(`   ${j.paper}, ${j.sides}, ${j.scale} (werkelijke grootte)`);
    lines.push(`   ${j.sheets} ${j.sheets === 1 ? 'vel' : 'vellen'} (${j.pages} pagina's)`);
    if (j.withSheet) lines.push('   begint met dit printplan');
    for (const c of j.contents) lines.push(`   ${c.pkg}: ${c.items.join(', ').replace(/\u00a0/g, ' ')}`);
    lines.push('');
  });
  lines.push('Neem mee:', ...facts.bring.map((b) => `- ${b}`));
  if (facts.prepare.length) lines.push('', 'Klaarzetten (uit het draaiboek):', ...facts.prepare.map((p) => `- ${p.step}: ${p.text}`));
  lines.push('', 'Film:');
  for (const { pkg, film } of facts.films) {
    lines.push(`- ${pkg.number}. ${film.title}: ${film.url ?? `vraag de link op bij ${contact.name}, ${contact.email}`}`);
    if (film.password) lines.push(`  wachtwoord: ${film.password}`);
  }
  return lines.join('\n') + '\n';
}
