#!/usr/bin/env node
// The only place that ends the process: the library returns, this shim exits.
import { run } from '../dist/src/cli/run.js';

process.exitCode = await run(process.argv);
