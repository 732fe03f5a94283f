import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, tmp } from './helpers.js';

describe('the package as a library', () => {
  it('is found by its name from another project: main and types point at what tsc writes', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(existsSync(join(root, pkg.types)), pkg.types).toBe(true);
    const project = tmp('toolkit-user-');
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user', type: 'module', private: true }));
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(root, join(project, 'node_modules', 'toolkit'), 'dir');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', "const t = await import('toolkit'); console.log(typeof t.loadProject, typeof t.buildFromData, typeof t.check)"], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('function function function');
  });
});
