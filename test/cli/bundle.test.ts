/**
 * The bundled command line (scripts/bundle.js, src/cli/chunk-loader.ts): chunks loaded as
 * CommonJS with V8's code cache, safe without the cache or with a bad one; and what `vmlab
 * --help` loads from the real bundle: commander and the command definitions, not the machine,
 * the kernel, the assembler or the sweep runner.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChunkLoader, wrapChunk } from '../../src/cli/chunk-loader.js';

/** A bundle of two chunks in a fresh directory: the entry requires the other and a package, and imports one. */
function tinyBundle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vmlab-chunks-'));
  writeFileSync(join(dir, 'bundle.json'), JSON.stringify({ entry: 'main-A.cjs', modules: {} }));
  writeFileSync(join(dir, 'main-A.cjs'), wrapChunk([
    'const other = require("./other-B.cjs");',
    'const { basename } = require("node:path");',
    'exports.answer = () => other.twice(21);',
    'exports.file = basename(__filename);',
    'exports.imported = () => __import("node:path").then((p) => p.extname("x.cjs"));',
  ].join('\n')));
  writeFileSync(join(dir, 'other-B.cjs'), wrapChunk('exports.twice = (n) => n * 2;\n'));
  return dir;
}

type Entry = { answer(): number; file: string; imported(): Promise<string> };

describe('the chunk loader', () => {
  it('loads the entry and its chunks once each, with require, __filename and __import', async () => {
    const loader = new ChunkLoader(tinyBundle());
    const entry = loader.load(loader.manifest().entry) as Entry;
    expect([entry.answer(), entry.file, await entry.imported()]).toEqual([42, 'main-A.cjs', '.cjs']);
    expect(loader.load('main-A.cjs')).toBe(entry);
    expect(loader.loaded()).toEqual(['main-A.cjs', 'other-B.cjs']);
    expect(loader.uncached()).toEqual(['main-A.cjs', 'other-B.cjs']);
  });

  /** Load the tiny bundle in `dir` in a fresh process (V8 keeps compiled scripts per process): its answer, and the chunks without a cache. */
  function loadInChild(dir: string): { answer: number; uncached: string[] } {
    const script = "import { ChunkLoader } from './dist/src/cli/chunk-loader.js';" +
      `const l = new ChunkLoader(${JSON.stringify(dir)}); const answer = l.load('main-A.cjs').answer();` +
      'process.stdout.write(JSON.stringify({ answer, uncached: l.uncached() }));';
    return JSON.parse(spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).stdout);
  }

  it('uses the code cache a training run wrote, and runs the same without it or with a broken one', () => {
    const dir = tinyBundle();
    const trainer = new ChunkLoader(dir);
    (trainer.load('main-A.cjs') as Entry).answer();
    trainer.writeCodeCache();
    expect(readdirSync(join(dir, 'code-cache')).sort()).toEqual(['main-A.cjs.bin', 'other-B.cjs.bin']);
    expect(loadInChild(dir)).toEqual({ answer: 42, uncached: [] });

    writeFileSync(join(dir, 'code-cache', 'other-B.cjs.bin'), 'not a code cache');
    expect(loadInChild(dir)).toEqual({ answer: 42, uncached: ['other-B.cjs'] });

    // The cache of another chunk (as a stale cache after a rebuild would be): V8 refuses it.
    writeFileSync(join(dir, 'code-cache', 'other-B.cjs.bin'), readFileSync(join(dir, 'code-cache', 'main-A.cjs.bin')));
    expect(loadInChild(dir)).toEqual({ answer: 42, uncached: ['other-B.cjs'] });

    rmSync(join(dir, 'code-cache'), { recursive: true });
    expect(loadInChild(dir)).toEqual({ answer: 42, uncached: ['main-A.cjs', 'other-B.cjs'] });
  });

  it('never writes at run time: a read-only bundle loads the same', () => {
    const dir = tinyBundle();
    mkdirSync(join(dir, 'code-cache'), { mode: 0o555 });
    const loader = new ChunkLoader(dir);
    expect((loader.load('main-A.cjs') as Entry).answer()).toBe(42);
    expect(readdirSync(join(dir, 'code-cache'))).toEqual([]);
  });
});

describe('the built bundle (dist/cli/)', () => {
  /** `vmlab ARGS` through the chunk loader in a child process: the chunks it loaded, those V8 took no cache for, and the modules in them. */
  function loadedBy(args: string[]): { loaded: string[]; uncached: string[]; modules: string[] } {
    const script = "import { ChunkLoader } from './dist/src/cli/chunk-loader.js';" +
      "const l = new ChunkLoader('dist/cli'); const { main } = l.load(l.manifest().entry);" +
      `await main(${JSON.stringify(args)});` +
      'process.stderr.write(JSON.stringify({ loaded: l.loaded(), uncached: l.uncached() }));';
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const { loaded, uncached } = JSON.parse(r.stderr) as { loaded: string[]; uncached: string[] };
    const manifest = new ChunkLoader('dist/cli').manifest();
    const modules = loaded.flatMap((f) => manifest.modules[f]);
    return { loaded, uncached, modules };
  }

  it('vmlab --help loads commander and the command definitions only, with the code cache the build trained', () => {
    const { uncached, modules } = loadedBy(['--help']);
    expect(modules).toContain('dist/src/cli/run-command.js');
    expect(modules.filter((m) => /^dist\/(asm\/|src\/(machine\/machine|kernel\/kernel|sweep\/sweep|cli\/run-program)\.js)/.test(m))).toEqual([]);
    expect(uncached).toEqual([]);
  });

  /** `node bin/vmlab.js ARGS` (stdout a pipe): the entry module CommonJS ran, and whether Node loaded child_process and its streams. */
  function nodeModulesOf(args: string[]): { main: string | null; childProcess: boolean; streams: boolean } {
    const probe = "process.on('exit', () => require('node:fs').writeSync(2, JSON.stringify({ main: process.mainModule?.filename ?? null, " +
      "childProcess: process.moduleLoadList.includes('NativeModule child_process'), streams: process.moduleLoadList.includes('NativeModule stream') })));";
    const dir = mkdtempSync(join(tmpdir(), 'vmlab-probe-'));
    writeFileSync(join(dir, 'probe.cjs'), probe);
    const r = spawnSync(process.execPath, ['--require', join(dir, 'probe.cjs'), 'bin/vmlab.js', ...args], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    return JSON.parse(r.stderr);
  }

  it('bin/vmlab.js runs as CommonJS (Node starts no ES-module loader); --help and run load neither child_process nor streams', () => {
    const main = join(process.cwd(), 'bin', 'vmlab.js');
    expect(nodeModulesOf(['--help'])).toEqual({ main, childProcess: false, streams: false });
    expect(nodeModulesOf(['run', 'programs/hello.s'])).toEqual({ main, childProcess: false, streams: false });
  });

  it('vmlab run hello.s loads the assembler, the machine and the kernel, all from the code cache', () => {
    const { uncached, modules } = loadedBy(['run', 'programs/hello.s']);
    expect(modules).toEqual(expect.arrayContaining(['dist/asm/assembler.js', 'dist/src/machine/machine.js', 'dist/src/kernel/kernel.js']));
    expect(uncached).toEqual([]);
  });
});
