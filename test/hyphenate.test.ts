import { describe, expect, it } from 'vitest';
import { hyphenateWord } from '../src/render/hyphenate.js';

describe('Dutch hyphenation', () => {
  it('breaks compounds at their syllables, not like the built-in one (rechtmatighei-dsvraagstukken)', () => {
    expect(hyphenateWord('rechtmatigheidsvraagstukken').join('-')).toBe('recht-ma-tig-heids-vraag-stuk-ken');
    expect(hyphenateWord('systeemwereld').join('-')).toBe('sys-teem-we-reld');
  });

  it('uses the exception list, keeping the word as written', () => {
    expect(hyphenateWord('Doekaarten')).toEqual(['Doe', 'kaar', 'ten']);
    expect(hyphenateWord('werkplaten')).toEqual(['werk', 'pla', 'ten']);
  });

  it('leaves short words whole and honours soft hyphens the author wrote', () => {
    expect(hyphenateWord('wijk')).toEqual(['wijk']);
    expect(hyphenateWord('over\u00adheid')).toEqual(['over', 'heid']);
  });

  it('gives the same parts from its cache', () => {
    const first = hyphenateWord('verandertoolkit');
    expect(hyphenateWord('verandertoolkit')).toBe(first);
    expect(first.join('')).toBe('verandertoolkit');
  });
});
