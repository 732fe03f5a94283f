import { existsSync, realpathSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';

/**
 * A path as the manifest records it: relative to the output folder, forward
 * slashes, no empty, `.` or `..` part. Anything else read back from the cache
 * folder is not ours, and is never used to write or delete.
 */
export function isOutputPath(p: unknown): p is string {
  if (typeof p !== 'string' || !p.length || p.length > 1024 || /[\0\\]/.test(p) || p.startsWith('/') || /^[a-zA-Z]:/.test(p)) return false;
  return p.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/**
 * The absolute path of `rel` in `outDir`, only when it is an output path and
 * stays inside the folder once links are followed (a linked folder pointing
 * out of it is refused); otherwise undefined.
 */
export function insideOutput(outDir: string, rel: string): string | undefined {
  if (!isOutputPath(rel)) return undefined;
  const root = resolve(outDir);
  const abs = resolve(root, rel);
  if (!abs.startsWith(root + sep)) return undefined;
  let dir = dirname(abs);
  while (dir !== root && !existsSync(dir)) dir = dirname(dir);
  try {
    const real = realpathSync(dir);
    const realRoot = realpathSync(root);
    return real === realRoot || real.startsWith(realRoot + sep) ? abs : undefined;
  } catch {
    return undefined;
  }
}
