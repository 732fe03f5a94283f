import { describe, expect, it } from 'vitest';
import { hyphenateWord, isJoint } from '../src/render/hyphenate.js';

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

describe('where a word may break', () => {
  it('keeps at least 3 letters on each side of every break', () => {
    expect(hyphenateWord('ombudsman').join('-')).toBe('ombuds-man');
    expect(hyphenateWord('samenwerking')[0]).toBe('samen');
    expect(hyphenateWord('daarin?')).toEqual(['daarin?']); // "in?" has two letters
    for (const w of ['betrouwbaarheid', 'ecosysteem', 'gemeenschapsgeld', 'verantwoordelijkheid', 'maatschappelijke']) {
      const parts = hyphenateWord(w);
      expect(parts.join(''), w).toBe(w);
      parts.slice(0, -1).forEach((_, i) => {
        const before = parts.slice(0, i + 1).join('');
        expect(before.length, `${w}: ${before}`).toBeGreaterThanOrEqual(3);
        expect(w.length - before.length, `${w}: ${before}`).toBeGreaterThanOrEqual(3);
      });
    }
  });

  it('knows compound joints, with their linking s, and not a part followed by a suffix', () => {
    expect(isJoint('samenwerking', 5)).toBe(true);
    expect(isJoint('kwaliteitseis', 10)).toBe(true);
    expect(isJoint('kwaliteitseis', 9)).toBe(false);
    expect(isJoint('werkelijk', 4)).toBe(false);
    expect(isJoint('betrouwbaarheid', 11)).toBe(true);
    expect(isJoint('samenwerking', 8)).toBe(false);
    // Every joint is a place to break, whether the patterns have it or not.
    const offsets = (w: string) => hyphenateWord(w).slice(0, -1).map((_, i, a) => a.slice(0, i + 1).join('').length);
    expect(offsets('kaartenbestand')).toContain(7);
    expect(offsets('kwaliteitseis')).toContain(10);
  });
});
