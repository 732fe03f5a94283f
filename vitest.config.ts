import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Tests build real PDFs, in this process or in a child; on a busy 2-core machine one build
// can take several seconds, so the limits are generous. They guard hangs, not speed.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // A worker per core: vitest's default leaves one core free, which on two cores runs the files one by one.
    // Workers are processes (forks), so a test may chdir for a run (helpers.ts: toolkit), and it puts back
    // what it changes (the folder, SOURCE_DATE_EPOCH).
    pool: 'forks',
    maxWorkers: Math.max(2, availableParallelism()),
    // The files of a worker share their modules: the renderer, its fonts and caches load once per
    // worker, not once per file. No test may rely on a module's state that another file left.
    isolate: false,
    // The TypeScript each worker loads, transformed once and kept on disk by its content (under node_modules):
    // a run where the sources did not change does not transform them again.
    experimental: { fsModuleCache: true },
  },
});
