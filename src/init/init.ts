import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ToolkitError } from '../errors.js';
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
      throw new ToolkitError('usage', [{ code: 'init-not-a-folder', message: `${dir} is een bestand, geen map`, hint: 'Kies een nieuwe, lege map voor je toolkit.' }]);
    // Missing: made below.
  }
  if (existing.length)
    throw new ToolkitError('usage', [
      {
        code: 'init-not-empty',
        message: `de map ${dir} is niet leeg (er ${existing.length === 1 ? 'staat 1 bestand of map' : `staan ${existing.length} bestanden of mappen`} in), dus er is niets geschreven`,
        hint: 'Kies een nieuwe of lege map, zoals: toolkit init mijn-toolkit. Zo overschrijft de toolkit nooit je eigen werk.',
      },
    ]);
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
