/**
 * What each kind of output file is and how to print it, in the words of the
 * people who print them. The build summary and the mail body both read this
 * one table, so a new kind of output needs one row here.
 */
export interface PrintNote {
  /** What the file is, one plain line. */
  what: string;
  /** Paper, sides, which edge to flip, scale. */
  print: string;
}

const ACTUAL = 'op 100 % (werkelijke grootte)';

/** Keyed by kind of file, recognised by the end of its name (see `kindOfFile`). */
export const PRINT_NOTES = {
  draaiboek: {
    what: 'Draaiboek voor wie de bijeenkomst leidt: de sessie stap voor stap.',
    print: `A4, gewoon papier, ${ACTUAL}. Alleen voor de begeleider.`,
  },
  werkblad: {
    what: 'Werkblad: inleiding, film en vragen, met ruimte om te schrijven.',
    print: `A4, gewoon papier, dubbelzijdig (omslaan langs de lange kant), ${ACTUAL}. Eén per deelnemer.`,
  },
  'werkplaat-A3': {
    what: 'Werkplaat: een grote plaat om samen op te werken.',
    print: `A3 liggend, gewoon papier, enkelzijdig, ${ACTUAL}.`,
  },
  'werkplaat-2xA4': {
    what: 'Dezelfde werkplaat op twee A4-vellen, voor wie geen A3 kan printen.',
    print: `Twee vellen A4, enkelzijdig, ${ACTUAL}. Knip vel 2 met een liniaal van snijteken tot snijteken ("knip hier") en plak het op de grijze strook van vel 1, de knipkant op de donkere lijn.`,
  },
  'kaarten-A4': {
    what: 'Denk- en doekaarten om zelf te printen en te knippen.',
    print: `A4, stevig papier (200 tot 300 gram), dubbelzijdig, omslaan langs de lange kant, ${ACTUAL}. De balk op het vel moet 5 cm zijn. Knip langs de snijtekens en knip de smalle stroken tussen de rijen weg.`,
  },
  'kaarten-drukker': {
    what: 'Dezelfde kaarten voor een drukkerij (met 3 mm extra rand om af te snijden).',
    print: 'niet zelf printen, maar dit bestand zoals het is aan de drukker geven.',
  },
  bundel: {
    what: 'De werkpakketten van de bundel achter elkaar, in printvolgorde, met een voorblad per werkpakket.',
    print: `A4, gewoon papier, dubbelzijdig, omslaan langs de lange kant, ${ACTUAL}. Elk onderdeel begint op een nieuw vel. De werkplaten zitten erin op twee A4-vellen om aan elkaar te plakken; voor A3 print je de losse werkplaat-bestanden. Print de kaarten liever los op stevig papier.`,
  },
  gebruiksaanwijzer: {
    what: 'Gebruiksaanwijzer: hoe je de toolkit gebruikt en print.',
    print: `A4, gewoon papier, dubbelzijdig, ${ACTUAL}.`,
  },
  overzicht: {
    what: 'Overzicht van alle werkpakketten en wat er in elk zit.',
    print: `A4, gewoon papier, ${ACTUAL}.`,
  },
  'sessie-gewoon': {
    what: 'Printopdracht voor een bijeenkomst: het printplan, het draaiboek, een werkblad per deelnemer (en de werkplaten op 2 x A4 per groep).',
    print: `A4, gewoon papier, dubbelzijdig, omslaan langs de lange kant, ${ACTUAL}. Elk exemplaar begint op een nieuw vel.`,
  },
  'sessie-stevig': {
    what: 'Printopdracht voor een bijeenkomst: een set denk- en doekaarten per groep.',
    print: `A4, stevig papier (200 tot 300 gram), dubbelzijdig, omslaan langs de lange kant, ${ACTUAL}. Knip langs de snijtekens.`,
  },
  'sessie-A3': {
    what: 'Printopdracht voor een bijeenkomst: de werkplaten op A3, per groep.',
    print: `A3 liggend, gewoon papier, enkelzijdig, ${ACTUAL}.`,
  },
  zip: {
    what: 'Een zip-bestand met de losse bestanden, per werkpakket een map.',
    print: 'eerst uitpakken, dan de bestanden printen zoals hierboven bij elk staat.',
  },
} satisfies Record<string, PrintNote>;

export type FileKind = keyof typeof PRINT_NOTES;

// The end of each kind's file name; first match wins.
const PATTERNS: [RegExp, FileKind][] = [
  [/-werkblad-A4\.pdf$/, 'werkblad'],
  [/-draaiboek-A4\.pdf$/, 'draaiboek'],
  [/-werkplaat-\d+-A3\.pdf$/, 'werkplaat-A3'],
  [/-werkplaat-\d+-2xA4\.pdf$/, 'werkplaat-2xA4'],
  [/-kaarten-A4\.pdf$/, 'kaarten-A4'],
  [/-kaarten-drukker\.pdf$/, 'kaarten-drukker'],
  [/-bundel\.pdf$/, 'bundel'],
  [/(^|\/)gebruiksaanwijzer-A4\.pdf$/, 'gebruiksaanwijzer'],
  [/(^|\/)overzicht-A4\.pdf$/, 'overzicht'],
  [/(^|\/)\d+-gewoon-papier-A4-dubbelzijdig\.pdf$/, 'sessie-gewoon'],
  [/(^|\/)\d+-stevig-papier-A4-dubbelzijdig-lange-zijde\.pdf$/, 'sessie-stevig'],
  [/(^|\/)\d+-A3-enkelzijdig\.pdf$/, 'sessie-A3'],
  [/\.zip$/, 'zip'],
];

export function kindOfFile(path: string): FileKind | undefined {
  const name = path.replace(/\\/g, '/');
  return PATTERNS.find(([re]) => re.test(name))?.[1];
}

/** The note for a file, by its name; undefined for a file this table does not know. */
export const printNoteOf = (path: string): PrintNote | undefined => {
  const kind = kindOfFile(path);
  return kind ? PRINT_NOTES[kind] : undefined;
};

/** `werkplaat-2-A3` says which werkplaat; the note says what a werkplaat is. */
export function fileLabel(path: string): string | undefined {
  const m = /-werkplaat-(\d+)-(A3|2xA4)\.pdf$/.exec(path);
  return m ? `werkplaat ${m[1]}` : undefined;
}
