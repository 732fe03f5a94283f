import { defineConfig } from 'vitest/config';

// Tests build real PDFs in child processes; on a busy 2-core machine one build
// can take several seconds, so the limits are generous. They guard hangs, not speed.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
