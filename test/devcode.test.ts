import { describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { typescriptCompiler } from '../src/dev/compile.js';
import { initToolkit } from '../src/init/init.js';
import { buildSite } from '../src/outputs/site/build.js';
import { root, tmp } from './helpers.js';

// Code edits under `toolkit preview` and `build --watch` in a checkout (src/cli/supervise.ts).
// The supervisor runs from a copy of the checkout whose compile step (TOOLKIT_DEV_COMPILE) is a
// small script: it really changes the code the loop runs, a line it prints, in a second, not
// the half minute of the real one. The real compiler is tested on its own, on a one-file project.

/**
 * A checkout: the compiled code, with src/greeting.ts as the only source. Its compiler puts the
 * greeting before a line the loops print (from the first compiled code, kept as .orig), and fails,
 * as tsc does, when the greeting is not a string.
 */
function checkout() {
  const dir = tmp('toolkit-devcode-');
  for (const f of ['bin', 'dist', 'fonts', 'package.json', 'package-lock.json', 'tsconfig.json']) cpSync(join(root, f), join(dir, f), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, 'templates'));
  writeFileSync(
    join(dir, 'compile.mjs'),
    `import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
const m = /greeting = '(.*)'/.exec(readFileSync('src/greeting.ts', 'utf8'));
if (!m) {
  console.log("src/greeting.ts(1,14): error TS2322: Type 'number' is not assignable to type 'string'.");
  process.exit(2);
}
for (const [f, line] of [['dist/src/cli/preview.js', 'De website staat klaar op'], ['dist/src/cli/watchBuild.js', 'Ik kijk naar']]) {
  if (!existsSync(f + '.orig')) copyFileSync(f, f + '.orig');
  writeFileSync(f, readFileSync(f + '.orig', 'utf8').replace(line, m[1] + ' ' + line));
}
`,
  );
  const greet = (ts: string) => writeFileSync(join(dir, 'src/greeting.ts'), ts);
  greet("export const greeting = '';\n");
  const past = Date.now() / 1000 - 3600; // older than dist/: no warning that dist/ is out of date
  utimesSync(join(dir, 'src/greeting.ts'), past, past);
  const data = tmp('toolkit-devcode-data-');
  initToolkit(join(data, 't'));
  // No packages: each loop builds only what the toolkit itself has, in a second.
  rmSync(join(data, 't/packages'), { recursive: true });
  mkdirSync(join(data, 't/packages'));
  return { dir, data: join(data, 't'), greet };
}

function start(dir: string, args: string[]) {
  // Without VITEST, as a developer starts it: under the test runner there is no supervisor.
  const env = { ...process.env, NO_COLOR: '1', TOOLKIT_DEV_COMPILE: 'node compile.mjs' };
  delete env.VITEST;
  const child = spawn(process.execPath, [join(dir, 'bin/toolkit.js'), ...args], { cwd: dir, env });
  let text = '';
  child.stdout.on('data', (c) => (text += c));
  child.stderr.on('data', (c) => (text += c));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  /** Waits for `re` in what was printed after `from`; returns where it ends. */
  const until = async (re: RegExp, from = 0) => {
    const end = Date.now() + 60_000;
    for (;;) {
      const m = re.exec(text.slice(from));
      if (m) return { at: from + m.index + m[0].length, m };
      if (Date.now() > end || child.exitCode !== null) throw new Error(`no ${re} in: ${text.slice(from)}`);
      await new Promise((r) => setTimeout(r, 30));
    }
  };
  // The loop is the supervisor's only child.
  const loop = () => Number(execFileSync('ps', ['-o', 'pid=', '--ppid', String(child.pid)], { encoding: 'utf8' }).trim());
  return { child, exited, until, loop, text: () => text };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The first `problems` event of the preview's event stream. */
function problems(url: string): Promise<{ where: string; message: string; kind?: string }[]> {
  return new Promise((resolve, reject) => {
    const req = get(url + '__toolkit/events', (res) => {
      let body = '';
      res.on('data', (c) => {
        body += c;
        const m = /event: problems\ndata: (.*)\n\n/.exec(body);
        if (m) {
          req.destroy();
          resolve(JSON.parse(m[1]!));
        }
      });
    });
    req.on('error', reject);
  });
}

describe('code edits in a checkout', () => {
  it('toolkit preview: keeps the old loop while the code does not compile, compiles, starts again with the new code on the same port, and stops on Ctrl-C', async () => {
    const { dir, data, greet } = checkout();
    // The PDFs and the site made here first, as an earlier preview leaves them: the loops run the
    // same code (by its fingerprint, dist/built-from.sha256), find it all up to date and build nothing.
    const out = tmp('toolkit-devcode-out-');
    expect((await buildSite(data, { outDir: out })).result.failed).toEqual([]);
    const run = start(dir, ['preview', '--data', data, '--out', out]);
    const first = await run.until(/De website staat klaar op (http:\/\/127\.0\.0\.1:\d+\/)/);
    const url = first.m[1]!;
    const before = run.loop();

    // A fault first, then its fix: two loops show all a third would.
    greet('export const greeting = 42;\n');
    let next = await run.until(/De code compileert niet \(1 fout, na \d+,\d+ s\): het voorbeeld gaat door met de vorige code\. Verbeter de code en sla op\./, first.at);
    next = await run.until(/fout src\/greeting\.ts:1:14: Type 'number' is not assignable to type 'string'\. \(TS2322\)/, next.at);
    // The page says so too, and the old loop still serves it.
    expect(await problems(url)).toEqual([{ where: 'src/greeting.ts:1:14', message: "Type 'number' is not assignable to type 'string'. (TS2322)", kind: 'code' }]);
    expect((await fetch(url)).status).toBe(200);
    expect(run.loop()).toBe(before);

    // Fixed: a new loop with the new code on the same port, and the fault gone from the page.
    greet("export const greeting = 'Vernieuwd:';\n");
    next = await run.until(/Gecompileerd in \d+,\d+ s: ik start het voorbeeld opnieuw met de nieuwe code\./, next.at);
    next = await run.until(new RegExp(`Vernieuwd: De website staat klaar op ${url}`), next.at);
    const renewed = run.loop();
    expect(renewed).not.toBe(before);
    expect(alive(before)).toBe(false);
    expect(await problems(url)).toEqual([]);

    const last = run.loop();
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
    expect(run.text().slice(next.at)).toContain('Het voorbeeld is gestopt.');
    expect(alive(last)).toBe(false);
    expect(run.text()).not.toMatch(/interne fout|npm run build/);
  }, 90_000);

  it('toolkit build --watch: starts again with the new code, and stops on Ctrl-C with the loop\'s exit code', async () => {
    const { dir, data, greet } = checkout();
    // The werkbladen of a theme without packages: each loop builds nothing, and still starts, watches and stops.
    const run = start(dir, ['bouw', '--watch', '--theme', 'A', '--only', 'werkblad', '--data', data, '--out', tmp('toolkit-devcode-out-')]);
    const first = await run.until(/\nIk kijk naar /);
    greet("export const greeting = 'Opnieuw:';\n");
    const next = await run.until(/Opnieuw: Ik kijk naar /, first.at);
    const loop = run.loop();
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
    expect(run.text().slice(next.at)).toContain('Gestopt met kijken.');
    expect(alive(loop)).toBe(false);
  }, 60_000);
});

describe('the compiler of a checkout', () => {
  it('says where TypeScript found a fault and writes nothing then; compiles once it is fixed', async () => {
    const dir = tmp('toolkit-devcode-ts-');
    mkdirSync(join(dir, 'src'));
    // No standard library, only the few types TypeScript cannot do without: the test parses three small files.
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, outDir: 'dist', rootDir: '.', types: [], noLib: true }, include: ['src'] }));
    writeFileSync(join(dir, 'src/lib.d.ts'), ['Array<T>', 'Boolean', 'CallableFunction', 'Function', 'IArguments', 'NewableFunction', 'Number', 'Object', 'RegExp', 'String'].map((t) => `interface ${t} {}`).join('\n') + '\n');
    writeFileSync(join(dir, 'src/a.ts'), "export const a: string = 'een';\n");
    writeFileSync(join(dir, 'src/b.ts'), "import { a } from './a.js';\nexport const b: string = a;\n");
    mkdirSync(join(dir, 'scripts'));
    writeFileSync(join(dir, 'scripts/after.mjs'), "import { readFileSync, writeFileSync } from 'node:fs';\nwriteFileSync('dist/after.txt', readFileSync('dist/src/a.js', 'utf8'));\n");
    const compiler = typescriptCompiler(dir, { before: [], after: [['scripts/after.mjs']] });
    expect(await compiler.compile()).toEqual([]);
    expect(readFileSync(join(dir, 'dist/after.txt'), 'utf8')).toContain("'een'");

    writeFileSync(join(dir, 'src/a.ts'), 'export const a: number = 2;\n');
    const faults = await compiler.compile();
    expect(faults).toEqual([{ file: 'src/b.ts', line: 2, col: 14, message: "Type 'number' is not assignable to type 'string'. (TS2322)" }]);
    expect(readFileSync(join(dir, 'dist/src/a.js'), 'utf8')).toContain("'een'");

    writeFileSync(join(dir, 'src/a.ts'), "export const a: string = 'twee';\n");
    expect(await compiler.compile()).toEqual([]);
    expect(readFileSync(join(dir, 'dist/after.txt'), 'utf8')).toContain("'twee'");
    expect(existsSync(join(dir, 'dist/dev.tsbuildinfo'))).toBe(true);
  }, 30_000);
});
