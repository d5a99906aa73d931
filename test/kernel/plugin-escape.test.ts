/**
 * Policy plug-ins that try to reach the host, or to outlast their limits: each attempt ends the
 * run with one line (status 70, end 'plugin') and changes nothing on the host: the file it tries
 * to write does not appear, the host's prototypes stay clean, vmlab does not exit on its orders.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PluginError, loadPolicyPlugin } from '../../src/kernel/policies/plugin.js';
import { runProgram } from './harness.js';
import { vmlab } from '../cli/vmlab.js';

const dir = mkdtempSync(join(tmpdir(), 'vmlab-escape-'));
/** The file every attempt tries to create on the host. */
const MARK = join(dir, 'escaped');
let count = 0;
function plugin(source: string, ext = 'ts'): string {
  const path = join(dir, `p${count++}.${ext}`);
  writeFileSync(path, source.replaceAll('MARK', JSON.stringify(MARK)));
  return path;
}
/** A plug-in named 'bad' whose chooseVictim is `body`. */
const victim = (body: string): string => `export default { name: 'bad', chooseVictim(pages, now) { ${body} } };`;
const SMALL = { ramBytes: 64 * 1024 };

afterEach(() => {
  expect(existsSync(MARK)).toBe(false);
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(process.exitCode).toBeUndefined();
});

describe('escape attempts end the run with one line and reach nothing', () => {
  it.each([
    ['a constructor chain from a page it was handed',
      victim(`const p = pages[0].constructor.constructor('return process')(); p.mainModule.require('fs').writeFileSync(MARK, 'x'); p.exit(99);`),
      "chooseVictim threw: ReferenceError: 'process' is not defined"],
    ['a constructor chain from Math to the global object',
      victim(`const g = Math.constructor.constructor('return this')(); g.process.exit(99);`),
      "chooseVictim threw: TypeError: cannot read property 'exit' of undefined"],
    ['require',
      victim(`require('fs').writeFileSync(MARK, 'x'); return pages[0];`),
      "chooseVictim threw: a plug-in cannot import 'fs': it is a single file that imports only types"],
    ['import() (its promise settles before the next call, which reports it)',
      `let outcome = 'not settled';
       export default { name: 'bad', chooseVictim(pages) {
         if (outcome !== 'not settled') throw new Error(outcome);
         import('fs').then((fs) => { fs.writeFileSync(MARK, 'x'); outcome = 'imported'; }, (e) => { outcome = 'import failed: ' + e.message; });
         return pages[0];
       } };`,
      "chooseVictim threw: import failed: a plug-in cannot import 'fs': it is a single file that imports only types"],
    ['globalThis: no process, console, fetch, timers, clock, WebAssembly or require of its own',
      victim(`throw new Error(['process', 'require', 'module', 'console', 'fetch', 'setTimeout', 'Date', 'WebAssembly', 'Buffer', 'global']
         .map((n) => n + ':' + typeof globalThis[n]).join(' '));`),
      'chooseVictim threw: process:undefined require:undefined module:undefined console:undefined fetch:undefined setTimeout:undefined Date:undefined WebAssembly:undefined Buffer:undefined global:undefined'],
    ['prototype pollution of the pages it was handed, then a forged page',
      victim(`pages[0].__proto__.polluted = 'yes'; Object.prototype.polluted = 'yes'; pages[1].frame = 0;
         return JSON.parse(JSON.stringify(pages[0]));`),
      'chooseVictim returned an object, not one of the 13 resident pages it was given'],
    // Found by an adversarial test: the sandbox's own code called the plug-in's indexOf.
    ['a replaced Array.prototype.indexOf, to pass off a string as a page',
      victim(`Array.prototype.indexOf = () => 0; return 'not a page';`),
      'chooseVictim returned a string, not one of the 13 resident pages it was given'],
    ['an infinite loop', victim('for (;;) {}'), 'chooseVictim took more than 1000 ms (a loop?)'],
    ['a loop in a promise job', victim('Promise.resolve().then(() => { for (;;) {} }); return pages[0];'),
      'chooseVictim took more than 1000 ms (a loop?)'],
    ['a microtask storm', victim('const storm = () => Promise.resolve().then(storm); storm(); return pages[0];'),
      'chooseVictim took more than 1000 ms (a loop?)'],
    ['a returned function whose toString loops', victim('const f = () => pages[0]; f.toString = () => { for (;;) {} }; return f;'),
      'chooseVictim returned a function, not one of the 13 resident pages it was given'],
    ['a thrown object whose message getter loops', victim('throw { get message() { for (;;) {} } };'),
      'chooseVictim took more than 1000 ms (a loop?)'],
    ['throw null', victim('throw null;'), 'chooseVictim threw: null'],
    ['a message with terminal escapes and many lines', victim(String.raw`throw new Error('\u001b[2Jcleared\nsecond line');`),
      'chooseVictim threw:  [2Jcleared'],
    ['an allocation bomb', victim('const a = []; for (;;) a.push(new Array(100000).fill(1));'),
      'chooseVictim ran out of memory (the limit is 64 MiB)'],
    ['unbounded recursion', victim('const r = () => r() + 1; return r();'), 'chooseVictim threw: InternalError: stack overflow'],
    ['catastrophic regular-expression backtracking', victim(String.raw`/(a+)+$/.test('a'.repeat(40) + 'b'); return pages[0];`),
      'chooseVictim took more than 1000 ms (a loop?)'],
  ])('%s', async (_what, source, report) => {
    const policy = await loadPolicyPlugin(plugin(source), 1);
    const r = runProgram('integrity.s', ['256'], SMALL, { policy });
    expect(r.result).toEqual({ status: 70, end: 'plugin', report: `policy plug-in 'bad': ${report}` });
  });

  it('replaced built-ins (JSON, Array.prototype.map, indexOf) forge nothing: the run is the honest policy\'s', async () => {
    const run = async (source: string) => {
      const r = runProgram('integrity.s', ['256'], SMALL, { policy: await loadPolicyPlugin(plugin(source), 1) });
      return { result: r.result, faults: { ...r.kernel.process.faults }, cycles: r.machine.cpu.cycles };
    };
    const honest = await run(`export default { name: 'bad', chooseVictim(pages) { return pages[1]; } };`);
    expect(await run(`export default { name: 'bad', chooseVictim(pages) {
      JSON.stringify = () => '{"v":{"index":0}}'; Array.prototype.map = () => 'forged'; Array.prototype.indexOf = () => 0;
      return pages[1]; } };`)).toEqual(honest);
    expect(honest.result).toEqual({ status: 0, end: 'exit', report: null });
  });

  it('a Proxy returned from faultAround', async () => {
    const policy = await loadPolicyPlugin(plugin(`export default { name: 'bad', chooseVictim: (pages) => pages[0],
      faultAround: () => new Proxy([], { get() { for (;;) {} }, ownKeys() { for (;;) {} } }) };`), 1);
    const r = runProgram('integrity.s', ['256'], SMALL, { policy });
    expect(r.result).toEqual({ status: 70, end: 'plugin', report: "policy plug-in 'bad': faultAround took more than 1000 ms (a loop?)" });
  });

  it('faultAround answering something other than addresses, while exec builds the first stack', async () => {
    const policy = await loadPolicyPlugin(plugin(`export default { name: 'bad', chooseVictim: (pages) => pages[0], faultAround: () => [4096, 'x'] };`), 1);
    const r = runProgram('integrity.s', ['256'], SMALL, { policy });
    expect(r.result).toEqual({ status: 70, end: 'plugin', report: "policy plug-in 'bad': faultAround must return whole-number addresses, not a string" });
  });

  it('faultAround answering more than a page table\'s worth of addresses (a bulk load in one fault)', async () => {
    const policy = await loadPolicyPlugin(plugin(`export default { name: 'big', chooseVictim: (pages) => pages[0],
      faultAround: (f) => Array.from({ length: 1025 }, (_, i) => f.va + 4096 * i) };`), 1);
    const r = runProgram('integrity.s', ['256'], SMALL, { policy });
    expect(r.result).toEqual({ status: 70, end: 'plugin', report: "policy plug-in 'big': faultAround must return at most 1024 addresses (one page table's worth), not 1025" });
  });
});

describe('a plug-in that fails while loading is refused with one line', () => {
  it.each([
    ['a syntax error', 'export default { chooseVictim(pages) { return pages[0] +; } };', 'syntax error at 1:57: Expression expected.'],
    ['a static import of a host module', "import { writeFileSync } from 'node:fs';\nwriteFileSync(MARK, 'x');\nexport default {};",
      "loading threw: a plug-in cannot import 'node:fs': it is a single file that imports only types"],
    ['throw null at the top level', 'throw null;', 'loading threw: null'],
    ['a loop at the top level', 'for (;;) {}', 'loading took more than 1000 ms (a loop?)'],
    ['a factory that loops', 'export default function () { for (;;) {} }', 'setup took more than 1000 ms (a loop?)'],
    ['absurd nesting', `export default ${'('.repeat(100_000)}1${')'.repeat(100_000)};`, 'cannot be compiled: Maximum call stack size exceeded'],
    ['a name getter that loops', 'export default { get name() { for (;;) {} }, chooseVictim: (pages) => pages[0] };', 'setup took more than 1000 ms (a loop?)'],
  ])('%s', async (_what, source, message) => {
    const path = plugin(source);
    await expect(loadPolicyPlugin(path, 1)).rejects.toThrow(new PluginError(`policy plug-in '${path}': ${message}`));
  });

  it('a file that is not a regular file, or is missing', async () => {
    await expect(loadPolicyPlugin(dir, 1)).rejects.toThrow(new PluginError(`policy plug-in '${dir}': cannot read it: not a regular file`));
    await expect(loadPolicyPlugin(join(dir, 'none.js'), 1)).rejects.toThrow(new PluginError(`policy plug-in '${join(dir, 'none.js')}': cannot read it: ENOENT`));
  });
});

describe('plug-ins in every module form', () => {
  it.each([
    ['an ES module .js with export default', 'js', 'export default { name: "m", chooseVictim: (pages) => pages[0] };'],
    ['an ES module .mjs with named exports', 'mjs', 'export const name = "m"; export function chooseVictim(pages) { return pages[0]; }'],
    ['a CommonJS .cjs', 'cjs', 'module.exports = { name: "m", chooseVictim: (pages) => pages[0] };'],
    ['a CommonJS .js assigning exports', 'js', 'exports.name = "m"; exports.chooseVictim = (pages) => pages[0];'],
    ['TypeScript with types and a type-only import', 'ts',
      "import type { ResidentPage } from '../src/kernel/policies/policy.js';\nconst name: string = 'm';\nexport default { name, chooseVictim: (pages: readonly ResidentPage[]): ResidentPage => pages[0] };"],
  ])('%s', async (_what, ext, source) => {
    const policy = await loadPolicyPlugin(plugin(source, ext), 1);
    expect(policy.name).toBe('m');
    expect(runProgram('integrity.s', ['128'], SMALL, { policy }).result.status).toBe(0);
  });
});

describe('runs repeat', () => {
  it('Math.random is seeded by the run\'s seed: the same seed, the same choices', async () => {
    const path = plugin('export default { name: "dice", chooseVictim: (pages) => pages[Math.floor(Math.random() * pages.length)] };');
    const run = async (seed: number) => {
      const r = runProgram('integrity.s', ['256'], SMALL, { policy: await loadPolicyPlugin(path, seed) });
      expect(r.result.status).toBe(0);
      return { cycles: r.machine.cpu.cycles, stats: r.kernel.reclaimer.stats };
    };
    const first = await run(7);
    expect(await run(7)).toEqual(first);
    expect((await run(8)).cycles).not.toBe(first.cycles);
  });
});

describe('on the command line', () => {
  it('an escape attempt: one line, status 70, the statistics so far, no stack trace, nothing written', () => {
    const path = plugin(victim(`const p = pages[0].constructor.constructor('return process')(); p.exit(99);`), 'js');
    const r = vmlab('run', 'programs/integrity.s', '256', '--ram', '64k', '--policy', path, '--stats');
    expect(r.status).toBe(70);
    expect(r.stderr.split('\n')[0]).toBe("vmlab: programs/integrity.s: stopped: policy plug-in 'bad': chooseVictim threw: ReferenceError: 'process' is not defined");
    expect(r.stderr).toMatch(/^ {2}instructions +\d/m);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('a plug-in that cannot load: one line, status 70, no stack trace', () => {
    const path = plugin("import fs from 'fs';\nfs.writeFileSync(MARK, 'x');\nexport default {};", 'js');
    expect(vmlab('run', 'programs/hello.s', '--policy', path)).toEqual({
      stdout: '', status: 70,
      stderr: `vmlab: policy plug-in '${path}': loading threw: a plug-in cannot import 'fs': it is a single file that imports only types\n`,
    });
  });
});
