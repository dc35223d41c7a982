#!/usr/bin/env node
// `blocrank`: runs the compiled CLI (dist-cli/blocrank.mjs, built by `npm ci`/`npm run build:cli`). In a
// checkout where it is missing or older than src/, it is rebuilt first (about a second, once); where it
// cannot be built, the sources run through tsx with a note. See scripts/build-cli.mjs.
import { fileURLToPath } from 'node:url';
import { launch } from '../scripts/build-cli.mjs';

await launch(fileURLToPath(new URL('..', import.meta.url)));
