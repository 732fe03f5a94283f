import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ToolkitError, problem } from '../errors.js';
import { STARTER_FILES } from './starter.js';

/**
 * Writes a small working toolkit into `dir` (made if missing) and returns the
 * files written. Refuses a folder that already holds anything, so that it never
 * mixes with or overwrites someone's work.
 */
export function initToolkit(dir: string): string[] {
  let existing: string[] = [];
  try {
    existing = readdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOTDIR')
      throw new ToolkitError('usage', [problem('init-not-a-folder', { dir })]);
    // Missing: made below.
  }
  if (existing.length)
    throw new ToolkitError('usage', [problem('init-not-empty', { dir, contents: existing.length === 1 ? 'staat 1 bestand of map' : `staan ${existing.length} bestanden of mappen` })]);
  const written: string[] = [];
  for (const [name, text] of Object.entries(STARTER_FILES)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
    written.push(path);
  }
  return written;
}
