import type { OutputFacts } from '../run/job.js';

/**
 * The registry of output kinds: per kind of file, what it is and how to print
 * it (in the words of the people who print them), its label on the site, and
 * by its place here the order files are listed and bundled in. Every output
 * carries its kind and facts from the job that plans it (`FileFacts`):
 * nothing reads a file's name to learn what it is. A new kind of output is a
 * folder of its own (job, make, templates) and one entry here.
 */
export interface PrintNote {
  /** What the file is, one plain line. */
  what: string;
  /** Paper, sides, which edge to flip, scale. */
  print: string;
}

/** What a file is: its kind, and the package, werkplaat or theme it is of (the engine's OutputFacts, of a known kind). */
export interface FileFacts extends OutputFacts {
  kind: FileKind;
}

interface KindEntry {
  note: PrintNote;
  /** How the site's download list names the file. */
  label: (f: FileFacts) => string;
}

const ACTUAL = 'op 100 % (werkelijke grootte)';

export const FILE_KINDS = {
  draaiboek: {
    note: {
      what: 'Draaiboek voor wie de bijeenkomst leidt: de sessie stap voor stap.',
      print: `A4, gewoon papier, ${ACTUAL}. Alleen voor de begeleider.`,
    },
    label: () => 'Draaiboek (A4)',
  },
  werkblad: {
    note: {
      what: 'Werkblad: inleiding, film en vragen, met ruimte om te schrijven.',
      print: `A4, gewoon papier, dubbelzijdig (omslaan langs de lange kant), ${ACTUAL}. Eén per deelnemer.`,
    },
    label: () => 'Werkblad (A4)',
  },
  'werkblad-invulbaar': {
    note: {
      what: 'Hetzelfde werkblad om op het scherm in te vullen: een vak per vraag, met Tab naar de volgende.',
      print: 'niet printen: open hem in Adobe Reader, Edge, Chrome of Firefox, typ je antwoorden en sla hem op.',
    },
    label: () => 'Werkblad om in te vullen op het scherm',
  },
  'werkplaat-A3': {
    note: {
      what: 'Werkplaat: een grote plaat om samen op te werken.',
      print: `A3 liggend, gewoon papier, enkelzijdig, ${ACTUAL}.`,
    },
    label: (f) => `Werkplaat ${f.werkplaat} op A3`,
  },
  'werkplaat-2xA4': {
    note: {
      what: 'Dezelfde werkplaat op twee A4-vellen, voor wie geen A3 kan printen.',
      print: `Twee vellen A4, enkelzijdig, ${ACTUAL}. Knip vel 2 met een liniaal van snijteken tot snijteken ("knip hier") en plak het op de grijze strook van vel 1, de knipkant op de donkere lijn.`,
    },
    label: (f) => `Werkplaat ${f.werkplaat} op twee A4-vellen`,
  },
  'werkplaat-png': {
    note: {
      what: 'Dezelfde werkplaat als afbeelding (PNG, 3508 x 2480 pixels) voor een online whiteboard: Teams Whiteboard, Miro of Mural.',
      print: 'niet printen: zet hem als achtergrond op het whiteboard en plak er digitale post-its op.',
    },
    label: (f) => `Werkplaat ${f.werkplaat} als afbeelding voor een online whiteboard`,
  },
  'werkplaat-svg': {
    note: {
      what: 'Dezelfde werkplaat als SVG (blijft scherp bij elke zoom) voor een online whiteboard dat SVG neemt, zoals Miro of Mural.',
      print: 'niet printen: zet hem als achtergrond op het whiteboard en plak er digitale post-its op.',
    },
    label: (f) => `Werkplaat ${f.werkplaat} als SVG voor een online whiteboard`,
  },
  'kaarten-A4': {
    note: {
      what: 'Denk- en doekaarten om zelf te printen en te knippen.',
      print: `A4, stevig papier (200 tot 300 gram), dubbelzijdig, omslaan langs de lange kant, ${ACTUAL}. De balk op het vel moet 5 cm zijn. Knip langs de snijtekens en knip de smalle stroken tussen de rijen weg.`,
    },
    label: () => 'Kaarten op A4, om zelf te printen',
  },
  'kaarten-drukker': {
    note: {
      what: 'Dezelfde kaarten voor een drukkerij (met 3 mm extra rand om af te snijden).',
      print: 'niet zelf printen, maar dit bestand zoals het is aan de drukker geven.',
    },
    label: () => 'Kaarten voor de drukker',
  },
  presentatie: {
    note: {
      what: 'Presentatie voor de beamer (16:9): de film, de stappen van het draaiboek, de werkplaten, de vragen en de afspraak, met sprekersnotities.',
      print: 'niet printen: zet hem op het scherm (volledig scherm, pijltjestoetsen).',
    },
    label: () => 'Presentatie voor de beamer (16:9)',
  },
  bundel: {
    note: {
      what: 'De werkpakketten van de bundel achter elkaar, in printvolgorde, met een voorblad per werkpakket.',
      print: `A4, gewoon papier, dubbelzijdig, omslaan langs de lange kant, ${ACTUAL}. Elk onderdeel begint op een nieuw vel. De werkplaten zitten erin op twee A4-vellen om aan elkaar te plakken; voor A3 print je de losse werkplaat-bestanden. Print de kaarten liever los op stevig papier.`,
    },
    label: (f) => (f.theme && !f.theme.implicit ? `Bundel van thema ${f.theme.id}: ${f.theme.name}` : 'Bundel'),
  },
  gebruiksaanwijzer: {
    note: { what: 'Gebruiksaanwijzer: hoe je de toolkit gebruikt en print.', print: `A4, gewoon papier, dubbelzijdig, ${ACTUAL}.` },
    label: () => 'Gebruiksaanwijzer (A4)',
  },
  overzicht: {
    note: { what: 'Overzicht van alle werkpakketten en wat er in elk zit.', print: `A4, gewoon papier, ${ACTUAL}.` },
    label: () => 'Overzicht van alle werkpakketten (A4)',
  },
  'sessie-gewoon': {
    note: {
      what: 'Printopdracht voor een bijeenkomst: het printplan, het draaiboek, een werkblad per deelnemer (en de werkplaten op 2 x A4 per groep).',
      print: `A4, gewoon papier, dubbelzijdig, omslaan langs de lange kant, ${ACTUAL}. Elk exemplaar begint op een nieuw vel.`,
    },
    label: () => 'Printopdracht op gewoon papier (A4)',
  },
  'sessie-stevig': {
    note: {
      what: 'Printopdracht voor een bijeenkomst: een set denk- en doekaarten per groep.',
      print: `A4, stevig papier (200 tot 300 gram), dubbelzijdig, omslaan langs de lange kant, ${ACTUAL}. Knip langs de snijtekens.`,
    },
    label: () => 'Printopdracht op stevig papier (A4)',
  },
  'sessie-A3': {
    note: { what: 'Printopdracht voor een bijeenkomst: de werkplaten op A3, per groep.', print: `A3 liggend, gewoon papier, enkelzijdig, ${ACTUAL}.` },
    label: () => 'Printopdracht op A3',
  },
  zip: {
    note: {
      what: 'Een zip-bestand met de losse bestanden, per werkpakket een map.',
      print: 'eerst uitpakken, dan de bestanden printen zoals hierboven bij elk staat.',
    },
    label: () => 'Zip-bestand',
  },
} satisfies Record<string, KindEntry>;

export type FileKind = keyof typeof FILE_KINDS;

const ORDER = Object.keys(FILE_KINDS) as FileKind[];
export const isFileKind = (k: unknown): k is FileKind => typeof k === 'string' && (ORDER as string[]).includes(k);

/** The facts of a result, when their kind is one of the registry's. */
export const known = (facts: OutputFacts | undefined): FileFacts | undefined => (facts && isFileKind(facts.kind) ? (facts as FileFacts) : undefined);
export const noteOf = (facts: OutputFacts | undefined): PrintNote | undefined => known(facts) && FILE_KINDS[known(facts)!.kind].note;
export const labelOf = (facts: FileFacts): string => (FILE_KINDS[facts.kind] as KindEntry).label(facts);

/** The order files are listed in: by kind as in the registry, each werkplaat's A3 next to its 2 x A4. */
export function rankOf(result: OutputFacts | undefined): number[] {
  const facts = known(result);
  if (!facts) return [ORDER.length, 0, 0];
  const r = ORDER.indexOf(facts.kind);
  return facts.werkplaat ? [ORDER.indexOf('werkplaat-A3'), facts.werkplaat, r] : [r, 0, 0];
}
