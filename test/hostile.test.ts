import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { OUTPUT_KINDS } from '../src/outputs/kinds/index.js';
import { buildFromData, formatProblem, loadProject } from '../src/index.js';
import { checkSelection, HIGHEST_NUMBER, parseList, parseNumbers, parseThemes } from '../src/cli/options.js';
import { MAX_FIELD_CHARS, MAX_FILE_BYTES } from '../src/content/source.js';
import { fixtures, pdftotext, root, smallData, tmp, toolkit } from './helpers.js';

const P8 = '08-hoort-het-of-helpt-het';
const F = `packages/${P8}.yaml`;

/** A copy of the data with packages 8 and 9, 8 replaced by a fixture (or by the text given). */
function dataWith8(fixture: string | { text: string }): string {
  const data = smallData([8, 9]);
  if (typeof fixture === 'string') copyFileSync(join(fixtures, 'hostile', fixture), join(data, F));
  else writeFileSync(join(data, F), fixture.text);
  return data;
}

/** Package 8's problems, formatted as the CLI prints them; the other packages must load. */
function problemsOf8(data: string): string[] {
  const project = loadProject(data, data);
  expect(project.packages.map((p) => p.number)).toEqual([9]); // one bad package never stops the others
  return project.broken.find((b) => b.id === P8)!.problems.map(formatProblem);
}

const original = readFileSync(join(root, 'data', F), 'utf8');

describe('hostile sources are refused with their place, never as a bug', () => {
  it('an alias bomb is a content error naming the file', () => {
    expect(problemsOf8(dataWith8('alias-bomb.yaml'))).toEqual([
      `${F}: het bestand gebruikt meer dan 100 verwijzingen (*naam) naar andere delen; zo veel kan de YAML-lezer niet veilig uitvouwen\n    Schrijf de tekst gewoon uit in plaats van met &naam en *naam te verwijzen.`,
    ]);
  });

  it('a source file over 1 MB is refused unread', () => {
    const text = original.replace(/^intro: >-\n/m, `intro: >-\n  ${'woord '.repeat(350_000)}\n`);
    expect(text.length).toBeGreaterThan(MAX_FILE_BYTES);
    expect(problemsOf8(dataWith8({ text }))).toEqual([
      `${F}: het bestand is 2,0 MB groot; een bronbestand mag hoogstens 1,0 MB zijn, dus het is niet gelezen\n    Kijk of er per ongeluk iets in geplakt is (een hele tekst, een afbeelding) en haal dat weg.`,
    ]);
  });

  it('a runaway field is refused before any layout, with its place and the limit', async () => {
    const data = dataWith8({ text: original.replace(/^intro: >-\n/m, `intro: >-\n  ${'woord '.repeat(100_000)}\n`) });
    // 600,000 characters put before the intro as written, joined by one space.
    const length = 600_000 + 1 + loadProject(smallData([8])).packages[0]!.intro.length;
    expect(problemsOf8(data)).toEqual([
      `${F}:4:8 intro: deze tekst is ${length} tekens lang; een veld mag hoogstens ${MAX_FIELD_CHARS} tekens hebben\n    Maak de tekst korter. Kijk ook of er per ongeluk iets dubbel in geplakt is.`,
    ]);
    // The build reports it and makes the other package of the selection.
    const r = await buildFromData(data, { packages: [8, 9], only: ['werkblad'], outDir: tmp() });
    expect(r.failed.map((f) => f.id)).toEqual([P8]);
    expect(r.written.length).toBe(1);
  });

  it('a film link that is too long, or whose QR code would be too fine to scan, is refused with its place', () => {
    expect(problemsOf8(dataWith8('long-url.yaml'))).toEqual([
      `${F}:12:8 film.url: de filmlink is 2001 tekens lang; hoogstens 200 passen op het werkblad en in een leesbare QR-code\n    Gebruik een kortere link naar de film, bijvoorbeeld de deellink van het filmplatform.`,
    ]);
    expect(problemsOf8(dataWith8('qr-too-fine.yaml'))).toEqual([
      `${F}:12:8 film.url: de QR-code van deze filmlink wordt te fijn om te scannen (blokjes van 0,39 mm, minstens 0,4 mm nodig)\n    Gebruik een kortere link naar de film, bijvoorbeeld de deellink van het filmplatform.`,
    ]);
  });
});

describe('text is made uniform on load', () => {
  it('a tab becomes a space, and decomposed letters are composed (NFC), in the project and in the PDF', async () => {
    for (const [fixture, want] of [
      ['tab.yaml', 'Welke taak deed'],
      ['decomposed.yaml', 'Welke id\u00e9e deed'],
    ] as const) {
      const data = dataWith8(fixture);
      const project = loadProject(data, data);
      expect(project.packages.find((p) => p.number === 8)!.questions[0]).toContain(want);
      const out = tmp();
      const r = await buildFromData(data, { packages: [8], only: ['werkblad'], outDir: out });
      expect(r.failed).toEqual([]);
      expect(pdftotext(join(out, P8, `${P8}-werkblad-A4.pdf`))).toContain(want);
    }
  }, 60_000);
});

describe('arguments are checked before any list is made', () => {
  const message = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidArgumentError);
      return (e as Error).message;
    }
    throw new Error('no error');
  };

  it('package numbers: ranges, order, emptiness, and a ceiling', () => {
    expect(parseNumbers('8, 9,13-15')).toEqual([8, 9, 13, 14, 15]);
    expect(message(() => parseNumbers('18-1'))).toBe('"18-1" loopt achteruit; zet het laagste nummer voorop: 1-18.');
    expect(message(() => parseNumbers(''))).toBe('er staat geen nummer; noem een of meer werkpakketten, bijvoorbeeld 8, 8,9 of 13-18.');
    expect(message(() => parseNumbers('1-1000000000'))).toBe('"1-1000000000": zo hoog gaan de nummers van werkpakketten niet. `toolkit list` toont welke er zijn.');
    expect(message(() => parseNumbers(`1-${HIGHEST_NUMBER + 1}`))).toContain('zo hoog gaan de nummers');
    expect(message(() => parseNumbers('acht'))).toBe('"acht" is geen werkpakketnummer; schrijf bijvoorbeeld 8, 8,9 of 13-18.');
  });

  it('an empty --theme or --only, and --all with a selection, are usage errors', () => {
    expect(message(() => parseThemes(' , '))).toBe("er staat geen thema; noem een of meer thema's, bijvoorbeeld C of C,D.");
    expect(message(() => parseList(['werkblad', 'kaarten'])(''))).toBe('er staat niets; kies uit werkblad, kaarten.');
    expect(() => checkSelection({ all: true, package: [8] })).toThrow('--all kan niet samen met --package');
    expect(() => checkSelection({ all: true, theme: ['C'] })).toThrow('--all kan niet samen met --theme');
    expect(() => checkSelection({ all: true })).not.toThrow();
  });

  it.each([
    [['--package', '1-1000000000'], '"1-1000000000": zo hoog gaan de nummers van werkpakketten niet.'],
    [['--package', '1-100000'], '"1-100000": zo hoog gaan de nummers van werkpakketten niet.'],
    [['--package', '17-300'], 'fout er zijn geen werkpakketten 19-300; de werkpakketten zijn 1-18'],
    [['--package', '18-1'], '"18-1" loopt achteruit'],
    [['--theme', ''], 'er staat geen thema'],
    [['--only', ''], `er staat niets; kies uit ${OUTPUT_KINDS.join(', ')}\n`],
    [['--all', '--package', '8'], 'fout --all kan niet samen met --package'],
  ])('build %j: one clear usage error, exit 2', async (args, want) => {
    const r = await toolkit(['build', ...args, '--out', tmp()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(want);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('fout')).length).toBe(1);
    expect(r.stdout).toBe('');
  });
});

describe('a closed stdout', () => {
  it('ends the output quietly and the build keeps its own exit code', () => {
    const out = tmp();
    const bin = join(root, 'bin/toolkit.js');
    // A line for the werkblad, head takes it and closes the pipe while the cards are made; their
    // lines and the summary after them are written into the closed pipe.
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" build --package 8 --only werkblad,kaarten --force --data "${smallData([8])}" --out "${out}" | head -1; echo "exit \${PIPESTATUS[0]}" >&2`], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.stdout).toMatch(/^gemaakt .*-werkblad-A4\.pdf .*\n$/);
    expect(r.stderr).toBe('exit 0\n');
    // The build went on to the end.
    expect(readdirSync(join(out, P8)).filter((f) => f.endsWith('.pdf')).sort()).toEqual([`${P8}-kaarten-A4.pdf`, `${P8}-kaarten-drukker.pdf`, `${P8}-werkblad-A4.pdf`]);
  }, 60_000);
});
