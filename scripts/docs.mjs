#!/usr/bin/env node
// Writes the docs that are made from the code: docs/errors.md from the error catalogue.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { errorsMarkdown } = await import(join(root, 'dist/src/errors-docs.js'));
writeFileSync(join(root, 'docs/errors.md'), errorsMarkdown());
console.log('docs/errors.md geschreven');
