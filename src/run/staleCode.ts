import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../paths.js';

/**
 * In a checkout, the CLI runs the compiled code in dist/, not src/ or
 * templates/: an edit there does nothing until `npm run build`. Returns the
 * newest such source file when it is newer than what dist/ was compiled to.
 */
export function staleCompiledCode(root = packageRoot, running = fileURLToPath(import.meta.url)): { file: string } | undefined {
  if (!running.startsWith(join(root, 'dist'))) return undefined; // running src/ itself, as under the tests
  const compiled = [join(root, 'dist', 'src', 'index.js'), join(root, 'dist', 'renderer.cjs')].filter(existsSync);
  if (!compiled.length) return undefined;
  const made = Math.min(...compiled.map((f) => statSync(f).mtimeMs));
  let newest: { file: string; mtime: number } | undefined;
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.(ts|tsx)$/.test(e.name)) {
        const mtime = statSync(path).mtimeMs;
        if (mtime > made && (!newest || mtime > newest.mtime)) newest = { file: path, mtime };
      }
    }
  };
  walk(join(root, 'src'));
  walk(join(root, 'templates'));
  return newest && { file: relative(root, newest.file) };
}
