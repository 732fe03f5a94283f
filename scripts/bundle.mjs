#!/usr/bin/env node
// Bundles the render half of a build (dist/src/outputs/renderer.js, compiled by
// tsc) into one CommonJS file, dist/renderer.cjs, for src/outputs/loadRenderer.ts.
// Run by `npm run build` after tsc.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(root, 'dist');
const { unusedModules } = await import(join(dist, 'src/patches/unusedModules.js'));
const { stubs, notes } = unusedModules(root);
for (const note of notes) console.warn(`bundle: ${note}`);

await esbuild.build({
  entryPoints: [join(dist, 'src/outputs/renderer.js')],
  outfile: join(dist, 'renderer.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // Names are kept, for readable stack traces; the rest is minified: 4.9 MB
  // becomes 2.9 MB, 20 ms less to read and load at every start.
  minifyWhitespace: true,
  minifySyntax: true,
  define: { 'process.env.NODE_ENV': '"production"', 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [
    {
      // Stubs for modules we never use (src/patches/unusedModules.ts).
      name: 'unused',
      setup(b) {
        const names = Object.keys(stubs);
        if (!names.length) return;
        const filter = new RegExp(`^(${names.map((n) => n.replace(/[/.]/g, (c) => `\\${c}`)).join('|')})$`);
        b.onResolve({ filter }, ({ path }) => ({ path, namespace: 'unused' }));
        b.onLoad({ filter: /.*/, namespace: 'unused' }, ({ path }) => ({
          contents: stubs[path].map((name) => `export const ${name} = () => { throw new Error('${path} is not in the bundle (src/patches/unusedModules.ts)'); };`).join('\n'),
          loader: 'js',
        }));
      },
    },
    {
      // One layout in the bundle: react-pdf's own import of it gets ours, whose line breaker is replaced (src/patches/lineBreakHook.ts).
      name: 'patched-layout',
      setup(b) {
        b.onResolve({ filter: /^@react-pdf\/layout$/ }, () => ({ path: join(dist, 'vendor/react-pdf-layout.js') }));
        // And one render: ours, with the tagging hooks (src/patches/renderHook.ts).
        b.onResolve({ filter: /^@react-pdf\/render$/ }, () => ({ path: join(dist, 'vendor/react-pdf-render.js') }));
      },
    },
    {
      name: 'plain-require',
      setup(b) {
        // pdfkit finds its standard fonts through its package's "imports" map, and our
        // print code loads pdf-lib and pako through createRequire: make both plain
        // requires, so the first is found from the bundle and the others go in it.
        b.onLoad({ filter: /pdfkit\.node\.mjs$|dist\/src\/(print\/pdfLib|patches\/deflateMemo)\.js$/ }, ({ path }) => ({
          contents: readFileSync(path, 'utf8')
            .replaceAll("require$1('#standard-fonts/", "require('pdfkit/standard-fonts/")
            .replaceAll('createRequire(import.meta.url)(', 'require('),
          loader: 'js',
        }));
      },
    },
  ],
});

// Made from the sources this build began with (build-stamp.mjs begin), as the code that loads it will say.
const { BUILT_FROM, codeFingerprintOf } = await import(join(dist, 'src/run/fingerprint.js'));
const sources = readFileSync(join(dist, `${BUILT_FROM}.pending`), 'utf8').trim();
writeFileSync(join(dist, 'renderer.json'), JSON.stringify({ code: codeFingerprintOf(sources) }) + '\n');
