#!/usr/bin/env node
// The only place that ends the process: the library returns, this shim exits.
import module from 'node:module';

// Node 22.1 and later keep the code they compiled for the next start (in the system's temp
// folder), the bundled renderer's too; Node 20 has no such cache and compiles anew.
module.enableCompileCache?.();
// React's production build renders the templates faster; set before React loads.
process.env.NODE_ENV ??= 'production';
// `npm run toolkit -- …` runs in the project's folder; work where the user typed it, as the `toolkit` command does.
if (process.env.npm_lifecycle_event === 'toolkit' && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
// Before any other module is compiled: on Node 20 a short run compiles less (src/outputs/tierUp.ts).
(await import('../dist/src/outputs/tierUp.js')).longerTierUp();
const { run } = await import('../dist/src/cli/run.js');

process.exitCode = await run(process.argv);
