#!/usr/bin/env node
// The vmlab command: the bundled CLI (dist/cli/, written by npm run build) loaded with its V8 code
// cache by src/cli/chunk-loader.ts; src/cli/main.ts is what it runs.
import { fileURLToPath } from 'node:url';
import { ChunkLoader } from '../dist/src/cli/chunk-loader.js';

const loader = new ChunkLoader(fileURLToPath(new URL('../dist/cli/', import.meta.url)));
let entry;
try {
  entry = loader.manifest().entry;
} catch {
  process.stderr.write('vmlab: the command line is not built (dist/cli/bundle.json is missing): run npm run build\n');
  process.exit(70);
}
const { main } = loader.load(entry);
process.exitCode = await main(process.argv.slice(2));
