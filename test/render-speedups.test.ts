import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, smallData } from './helpers.js';

describe('the speed-ups of fontkit, pdfkit, pako and yoga (src/patches)', () => {
  const active = (data: string, env: NodeJS.ProcessEnv) =>
    JSON.parse(execFileSync(process.execPath, [join(fixtures, 'speedups-active.mjs'), data], { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production', ...env } }));

  it('are active by default and all off with TOOLKIT_RENDER_SPEEDUPS=off', () => {
    // The fixture renders the werkblad of the first package: the others need not be read.
    const data = smallData([1]);
    const on = active(data, { TOOLKIT_RENDER_SPEEDUPS: '' });
    const off = active(data, { TOOLKIT_RENDER_SPEEDUPS: 'off' });
    expect({ ...on, patches: undefined }).toEqual({ shapingRemembered: true, nameTableDigest: true, unitsPerEmKept: true, latin1Writes: true });
    expect({ ...off, patches: undefined }).toEqual({ shapingRemembered: false, nameTableDigest: false, unitsPerEmKept: false, latin1Writes: false });
    // Without the bundle too (the modules as tsc made them): every patch a werkblad meets is on and runs;
    // with the speed-ups off, every speed-up is off and every fix still runs.
    // (deflateMemo is met in the print step, which this render does not reach; test/patches.test.ts sees it run.)
    const speedups = ['fontCompare', 'fontFacts', 'latin1Writes', 'pdfkitChunks', 'shapeCache', 'yogaNoFetch'];
    for (const name of [...speedups, 'lineBreakHook', 'glyphCodePoints', 'markOffsets']) expect(on.patches[name], name).toMatchObject({ on: true });
    for (const name of [...speedups, 'lineBreakHook']) expect(on.patches[name], name).toMatchObject({ used: true });
    for (const [name, p] of Object.entries(off.patches) as [string, { kind: string; on: boolean }][]) expect(p.on, name).toBe(p.kind !== 'speed-up');
    expect(Object.keys(off.patches).filter((n) => speedups.includes(n)).sort()).toEqual([...speedups].sort());
  }, 30_000);
  // That they write the same bytes as fontkit and pdfkit as they are: test/patches.test.ts, with the speed-ups off.
});
