import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, copyData, edit, pdftotext, squash, tmp } from './helpers.js';

// Written as YAML escapes, so the file holds the marks apart from their letters
// whatever an editor does. `ide\u0301e` is how a Mac pastes "idée"; `x\u0301` and
// `q\u0323\u0301` have no precomposed form, so they stay combining after NFC too.
const TITLE = 'Een ide\\u0301e met na\\u0308druk';
const TEXT = 'Schrijf x\\u0301 en q\\u0323\\u0301 op: tekens die een los accent houden, ook na normaliseren.';

describe('text shaping with the speed-ups on', () => {
  it('gives the same bytes as fontkit as it is for decomposed accents and combining marks', () => {
    const data = copyData();
    const file = join(data, 'packages', '08-hoort-het-of-helpt-het.yaml');
    edit(file, 'title: "Je laatste taak"', `title: "${TITLE}"`);
    edit(file, 'text: "Denk aan de laatste taak die je vandaag deed. Deed je die omdat het zo hoort, of omdat het iemand hielp?"', `text: "${TEXT}"`);

    const [on, off] = [tmp(), tmp()];
    const args = ['build', '--package', '8', '--only', 'kaarten', '--quiet', '--data', data];
    const a = cli([...args, '--out', on]);
    expect(a.code, a.stderr).toBe(0);
    const b = cli([...args, '--out', off], { env: { TOOLKIT_RENDER_SPEEDUPS: 'off' } });
    expect(b.code, b.stderr).toBe(0);

    for (const name of ['kaarten-drukker', 'kaarten-A4']) {
      const pdf = `08-hoort-het-of-helpt-het/08-hoort-het-of-helpt-het-${name}.pdf`;
      // The cards are really there, marks and all.
      const text = squash(pdftotext(join(on, pdf)));
      expect(text).toContain(squash(JSON.parse(`"${TITLE}"`)));
      expect(text).toContain(squash(JSON.parse(`"${TEXT}"`)));
      expect(readFileSync(join(on, pdf)).equals(readFileSync(join(off, pdf))), pdf).toBe(true);
    }
  }, 60_000);
});
