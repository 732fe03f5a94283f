/**
 * Modules that do costly work when loaded, for features we never use:
 * react-pdf's English hyphenation (we give our own callbacks) and pdfkit's
 * AES (we do not encrypt). `npm run build` (scripts/bundle.mjs) puts stubs
 * that fail loudly if used in their place in the bundle; a stub can make a
 * build fail, never change a byte. Made at build time, so
 * TOOLKIT_RENDER_SPEEDUPS=off at `npm run build` leaves them out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installedVersion, packageDir, speedupOff } from './patch.js';

export const UNUSED_MODULES = { name: 'unusedModules', kind: 'speed-up', library: '@react-pdf/hyphenate', version: '0.1.0' } as const;

interface Stub {
  /** The module replaced, as its importer names it. */
  module: string;
  library: string;
  version: string;
  /** The package that imports it, and the file that does: it must import just `names`. */
  importer: string;
  importerFile: string;
  names: string[];
}

const STUBS: Stub[] = [
  { module: '@react-pdf/hyphenate/en-us', library: '@react-pdf/hyphenate', version: '0.1.0', importer: '@react-pdf/textkit', importerFile: 'lib/textkit.js', names: ['syllables'] },
  { module: '@noble/ciphers/aes', library: '@noble/ciphers', version: '1.3.0', importer: 'pdfkit', importerFile: 'js/pdfkit.node.mjs', names: ['cbc', 'ecb'] },
];

/** The stubs that may go in: each library at its version, each importer importing just these names; and notes on the others. */
export function unusedModules(root: string): { stubs: Record<string, string[]>; notes: string[] } {
  const stubs: Record<string, string[]> = {};
  const notes: string[] = [];
  if (speedupOff(UNUSED_MODULES.name)) return { stubs, notes };
  for (const s of STUBS) {
    const importerDir = packageDir(s.importer, join(root, 'package.json'));
    const version = importerDir && installedVersion(s.library, join(importerDir, 'package.json'));
    const source = importerDir && read(join(importerDir, s.importerFile));
    if (version !== s.version) notes.push(`${UNUSED_MODULES.name}: ${s.library} is ${version ?? 'niet gevonden'}, de stub is gemaakt voor ${s.version}: ${s.module} blijft in de bundel`);
    else if (!source || source.split(`import { ${s.names.join(', ')} } from '${s.module}';`).length !== 2 || source.split(s.module).length !== 2) notes.push(`${UNUSED_MODULES.name}: ${s.importer} laadt ${s.module} niet meer zoals verwacht: ${s.module} blijft in de bundel`);
    else stubs[s.module] = s.names;
  }
  return { stubs, notes };
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
