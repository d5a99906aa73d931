#!/usr/bin/env node
// The vmlab command: the bundled CLI (dist/cli/, written by npm run build) loaded with its V8 code
// cache by dist/cli/loader.cjs (src/cli/chunk-loader.ts); src/cli/main.ts is what it runs.
// CommonJS (bin/package.json says so): an ES-module entry would make Node start its ES-module
// loader, about 10 ms of CPU before vmlab's first line.
'use strict';
const { join } = require('node:path');

const dir = join(__dirname, '..', 'dist', 'cli');
let loader;
let entry;
try {
  const { ChunkLoader } = require(join(dir, 'loader.cjs'));
  loader = new ChunkLoader(dir);
  entry = loader.manifest().entry;
} catch {
  process.stderr.write('vmlab: the command line is not built (dist/cli/ is missing or incomplete): run npm run build\n');
  process.exit(70);
}
const { main } = loader.load(entry);
main(process.argv.slice(2)).then((status) => { process.exitCode = status; });
