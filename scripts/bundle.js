// The command line bundled for a fast start (npm run build, after tsc): rolldown packs
// dist/src/cli/main.js, everything it imports and the commands' dynamic imports, with commander
// and ohm-js, into CommonJS chunks in dist/cli/ (each wrapped as chunk-loader.ts's wrapChunk
// says), and src/cli/chunk-loader.ts into
// dist/cli/loader.cjs (bin/vmlab.js, CommonJS so that Node never starts its ES-module loader,
// loads the chunks with it), then trains their V8 code cache (scripts/train-code-cache.js). Node
// then reads a handful of files instead of a hundred modules, and compiles almost nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'rolldown';
import { wrapChunk } from '../dist/src/cli/chunk-loader.js';

const OUT = 'dist/cli';
/** Packages bundled in; the others (typescript, vega, quickjs, yaml: for the rarer commands) load from node_modules. */
const BUNDLED = ['commander', 'ohm-js'];
const packageName = (id) => id.split('/').slice(0, id.startsWith('@') ? 2 : 1).join('/');
const isPackage = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');
const external = (id) => id.startsWith('node:') || (isPackage(id) && !BUNDLED.includes(packageName(id)));

/** `new URL('REL', import.meta.url)` in a module of dist/ points at the same file from a chunk in OUT. */
const relocateFileUrls = {
  name: 'relocate-file-urls',
  transform(code, id) {
    return code.replace(/new URL\('([^']+)', import\.meta\.url\)/g, (_, rel) => {
      const target = relative(resolve(OUT), resolve(dirname(id), rel));
      return `new URL('${target.startsWith('.') ? target : `./${target}`}', import.meta.url)`;
    });
  },
};

/**
 * commander requires node:child_process at its top level, for the executable subcommands vmlab
 * never has; Node's child_process loads net, dgram and more (about 5 ms of CPU). Required when
 * first used instead.
 */
const CHILD_PROCESS_REQUIRE = "const childProcess = require('node:child_process');";
const lazyChildProcess = {
  name: 'lazy-child-process',
  transform(code, id) {
    if (!/[\\/]commander[\\/]lib[\\/]command\.js$/.test(id)) return null;
    if (!code.includes(CHILD_PROCESS_REQUIRE)) throw new Error(`bundle: commander no longer has the line ${CHILD_PROCESS_REQUIRE}`);
    if (/childProcess\.(?!spawn\()/.test(code)) throw new Error('bundle: commander uses more of node:child_process than spawn');
    return code.replace(CHILD_PROCESS_REQUIRE, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };");
  },
};

/**
 * A package's `import("x")` becomes `__import("x")`: code compiled by vm.Script cannot import()
 * (chunk-loader.ts gives each chunk an `__import` that does it from outside).
 */
const importThroughLoader = {
  name: 'import-through-loader',
  renderChunk(code) {
    const rewritten = code.replace(/\bimport\((?=")/g, '__import(');
    const left = /\bimport\(/.exec(rewritten);
    if (left) throw new Error(`bundle: an import() the chunk loader cannot serve: ${rewritten.slice(left.index, left.index + 60)}`);
    return rewritten;
  },
};

/**
 * The chunks: what `vmlab` loads at start-up (main.js and its static imports: commander and the
 * commands' definitions); the machine, the kernel and the rest of src/ the commands load when
 * they run (the sweep runner aside); the assembler with ohm-js. Rolldown splits what is left (the
 * sweep runner) at the dynamic imports.
 */
const ENTRY = resolve('dist/src/cli/main.js');
let startup = null;
function isStartup(id, ctx) {
  if (!startup) {
    startup = new Set();
    for (const todo = [ENTRY]; todo.length;) {
      const next = todo.pop();
      if (startup.has(next)) continue;
      startup.add(next);
      todo.push(...(ctx.getModuleInfo(next)?.importedIds ?? []));
    }
  }
  return startup.has(id);
}
const GROUPS = [
  { name: (id, ctx) => (isStartup(id, ctx) ? 'vmlab' : null), debugName: 'start-up', priority: 3 },
  { name: 'run', test: (id) => /[\\/]dist[\\/]src[\\/]/.test(id) && !/[\\/]dist[\\/]src[\\/]sweep[\\/]/.test(id), priority: 2 },
  { name: 'asm', test: /[\\/]dist[\\/]asm[\\/]|[\\/]node_modules[\\/]ohm-js[\\/]/, priority: 1 },
];

rmSync(OUT, { recursive: true, force: true });
const { output } = await build({
  input: { vmlab: ENTRY },
  platform: 'node',
  external,
  plugins: [relocateFileUrls, lazyChildProcess, importThroughLoader],
  logLevel: 'warn',
  // Minified (names kept): half the bytes to read and to compile what the cache lacks; a stack
  // trace (VMLAB_DEBUG=1) names the functions, and the unbundled dist/src/ has the readable code.
  output: {
    dir: OUT, format: 'cjs', entryFileNames: '[name]-[hash].cjs', chunkFileNames: '[name]-[hash].cjs', dynamicImportInCjs: true,
    minify: true, keepNames: true, codeSplitting: { groups: GROUPS },
  },
});
const chunks = output.filter((o) => o.type === 'chunk');
for (const c of chunks) writeFileSync(join(OUT, c.fileName), wrapChunk(c.code));
const modules = Object.fromEntries(chunks.map((c) => [c.fileName, c.moduleIds.filter((id) => !id.startsWith('\0')).map((id) => relative('.', id))]));
writeFileSync(join(OUT, 'bundle.json'), `${JSON.stringify({ entry: chunks.find((c) => c.isEntry).fileName, modules }, null, 1)}\n`);

// The loader, for bin/vmlab.js (the unbundled dist/src/cli/chunk-loader.js is the same code as an ES module).
await build({
  input: resolve('dist/src/cli/chunk-loader.js'),
  platform: 'node',
  external: (id) => id.startsWith('node:'),
  logLevel: 'warn',
  output: { file: join(OUT, 'loader.cjs'), format: 'cjs', dynamicImportInCjs: true },
});

// Train the code cache: each run adds what it compiled to the cache of the chunks it loaded. The
// executable lies under the working directory, as a user's does (the guest's root), so that
// running it also compiles the guest file system's lookup of it.
const scratch = mkdtempSync('dist/cli-train-');
const runs = [['--help'], ['run', 'programs/hello.s'], ['run', 'programs/bss-touch.s'], ['asm', 'programs/hello.s', '-o', join(scratch, 'hello')],
  ['disasm', join(scratch, 'hello')], ['run', join(scratch, 'hello')]];
try {
  for (const args of runs) {
    const r = spawnSync(process.execPath, ['scripts/train-code-cache.js', ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bundle: training run 'vmlab ${args.join(' ')}' failed: ${r.stderr}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
