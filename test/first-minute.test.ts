import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, edit, root, smallData, tmp, toolkit } from './helpers.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const shellLines = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n'));

describe('the first minute: what the README tells a new user to type', () => {
  it('the quick start runs the project\'s own script, never a package looked up by name', () => {
    const quick = /## Snel beginnen\n+```sh\n([\s\S]*?)```/.exec(readme)?.[1]?.trim().split('\n');
    expect(quick).toEqual(['npm install && npm run toolkit -- bouw 8', 'npm install && npm test']);
    expect(pkg.scripts.toolkit).toBe('node bin/toolkit.js');
    // npx and npm exec resolve a name they do not find installed in the public registry, where another `toolkit` exists.
    expect(shellLines.filter((l) => /\b(npx|npm exec|npm x)\b/.test(l))).toEqual([]);
    for (const l of shellLines) for (const m of l.matchAll(/npm run (\S+)/g)) expect(Object.keys(pkg.scripts)).toContain(m[1]);
  });

  it('options that npm kept for itself (no -- after npm run toolkit) are said, not silently dropped', async () => {
    const r = await toolkit(['bouw', '8'], { env: { npm_lifecycle_event: 'toolkit', npm_config_open: 'true', npm_config_uit: 'true' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fout npm heeft --open, --uit zelf gehouden: zonder -- ervoor gaan opties naar npm, niet naar de toolkit\n');
    expect(r.stderr).toContain('Zet -- na npm run toolkit, dan gaat alles wat erna komt naar de toolkit: npm run toolkit -- bouw 8 --open');
    // Another npm script (npm test) with npm's own settings is left alone.
    const other = await toolkit(['lijst'], { env: { npm_lifecycle_event: 'test', npm_config_force: 'true' } });
    expect(other.code).toBe(0);
  });

  it('npm run toolkit works in the folder the user typed it in, not in the project folder', () => {
    const here = tmp('toolkit-here-');
    const r = cli(['init', 'mijn-toolkit'], { env: { npm_lifecycle_event: 'toolkit', INIT_CWD: here } });
    expect(r.code).toBe(0);
    expect(existsSync(join(here, 'mijn-toolkit', 'toolkit.yaml'))).toBe(true);
    expect(existsSync(join(root, 'mijn-toolkit'))).toBe(false);
  });
});

describe('bouw says when it shrinks the cards to fit', () => {
  it('warns with the card that made them shrink (file:line:column), from the catalogue, and makes the files', async () => {
    const data = smallData([8]);
    const file = join(data, 'packages/08-hoort-het-of-helpt-het.yaml');
    // 91 words on card 7: the ten cards of package 8 go from 10 to 9 pt.
    edit(file, 'Wat merk je?"', 'Wat merk je? Schrijf op wat je liet, waarom je dat deed en wie het merkte. Vraag een collega hoe het voor hen was en of iets gemist werd. Houd bij wat er gebeurt als je het een tweede en een derde keer doet, en of iemand ernaar vraagt. Bespreek daarna samen wat je hebt gemerkt en wat je volgende keer anders wilt doen."');
    // The card's own line: its `- kind: doe`, just above its title.
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('title: "Schrap één ding"'));
    const out = tmp('toolkit-out-');
    const r = await toolkit(['bouw', '8', '--alleen', 'kaarten', '--data', data, '--uit', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`waarschuwing ${file}:${line}:5 kaart 7 ("Schrap één ding"): de kaarten zijn verkleind tot 9 pt (gewoon is 10 pt) om deze kaart (91 woorden) te laten passen\n`);
    expect(r.stderr).toContain('Maak deze tekst wat korter');
    expect(existsSync(join(out, '08-hoort-het-of-helpt-het/08-hoort-het-of-helpt-het-kaarten-A4.pdf'))).toBe(true);
    // --force lays them out again and says it again; --json carries it.
    const json = await toolkit(['build', '--package', '8', '--only', 'kaarten', '--force', '--json', '--data', data, '--out', out]);
    expect(JSON.parse(json.stdout).warnings).toEqual([expect.objectContaining({ code: 'card-shrunk', severity: 'warning', file, line })]);
  });
});

describe('a typo gets "Bedoel je …?" in the words the user typed', () => {
  it.each([
    [['sessie', '--pakket', '8', '--deelnemrs', '12'], 'fout de optie --deelnemrs bestaat niet bij sessie\n    Bedoel je --deelnemers?\n'],
    [['sessie', '8', '--deelnemers', '12', '--groepn', '3'], 'fout de optie --groepn bestaat niet bij sessie\n    Bedoel je --groepen?\n'],
    [['sessie', '--pakket', '8'], 'fout de optie --deelnemers is nodig\n    Zie toolkit sessie --help.\n'],
    [['session', '--package', '8'], 'fout de optie --participants is nodig\n    Zie toolkit session --help.\n'],
    [['biuld'], 'fout "biuld" is geen opdracht\n    Bedoel je build?'],
    [['bouww'], 'fout "bouww" is geen opdracht\n    Bedoel je bouw?'],
    [['bouw', '--uti', 'x'], 'fout de optie --uti bestaat niet bij bouw\n    Bedoel je --uit?\n'],
    [['voorbeeld', '--poort', 'x'], 'fout een poort is een getal van 1 tot en met 65535, zoals 8000\n'],
    [['voorbeeld', '--poor', '8000'], 'fout de optie --poor bestaat niet bij voorbeeld\n    Bedoel je --poort?\n'],
    [['bouw', '--pakket'], 'fout bij de optie --pakket hoort een waarde\n    Schrijf de waarde erachter, bijvoorbeeld --pakket 8. Zie toolkit bouw --help.\n'],
    [['bouw', '--thema', 'Z'], "Kies nummers en thema's die bestaan; `toolkit lijst` toont ze.\n"],
    [['mail', '--aan', 'piet'], 'fout --aan "piet" is geen e-mailadres\n'],
    [['mail', '--aan', 'piet@example.org'], 'fout er is niets gekozen om te sturen\n    Voeg --pakket 8, --thema C of --alles toe.\n'],
    [['mail', '--to', 'piet@example.org'], 'fout er is niets gekozen om te sturen\n    Voeg --package 8, --theme C of --all toe.\n'],
  ])('%j', async (args, message) => {
    const r = await toolkit(args, { cwd: tmp('toolkit-typo-') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
