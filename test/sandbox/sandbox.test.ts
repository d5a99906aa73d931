/** The plug-in sandbox on its own: host functions, copies across the boundary, limits, isolation. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SandboxError, loadSandboxedModule, type PlainValue, type SandboxedModule } from '../../src/sandbox/sandbox.js';

const dir = mkdtempSync(join(tmpdir(), 'vmlab-sandbox-'));
let count = 0;
function module(source: string, ext = 'js'): string {
  const path = join(dir, `m${count++}.${ext}`);
  writeFileSync(path, source);
  return path;
}

describe('host functions', () => {
  it('a fault-handler-like module calls synchronous host functions with plain data', async () => {
    const frames: number[] = [];
    const hostFunctions = {
      findArea: (va: PlainValue) => ((va as number) < 0x1000 ? null : { start: 0x1000, end: 0x3000, writable: true }),
      allocFrame: () => frames.push(frames.length) - 1,
      mapPage: (va: PlainValue, frame: PlainValue) => { frames[frame as number] = va as number; },
    };
    const m = await loadSandboxedModule(module(`export default function handle(fault, k) {
        const area = k.findArea(fault.va);
        if (area === null) return { kill: 'SIGSEGV' };
        const frame = k.allocFrame();
        k.mapPage(fault.va, frame);
        return { mapped: frame, area };
      }`), { hostFunctions, entry: '(main, host) => ({ handle: (fault) => main(fault, host) })' });
    expect(m.call('handle', [{ va: 0x2000 }])).toEqual({ mapped: 0, area: { start: 0x1000, end: 0x3000, writable: true } });
    expect(m.call('handle', [{ va: 0x10 }])).toEqual({ kill: 'SIGSEGV' });
    expect(frames).toEqual([0x2000]);
  });

  it('arguments and results are copies both ways', async () => {
    const kept = { list: [1, 2] };
    const m = await loadSandboxedModule(module(`export function touch(arg, host) {
        arg.list.push(3);
        const got = host.get();
        got.list.push(4);
        return [arg, got];
      }`), { hostFunctions: { get: () => kept }, entry: '(main, host) => ({ touch: (arg) => main.touch(arg, host) })' });
    const arg = { list: [1] };
    expect(m.call('touch', [arg])).toEqual([{ list: [1, 3] }, { list: [1, 2, 4] }]);
    expect(arg).toEqual({ list: [1] });
    expect(kept).toEqual({ list: [1, 2] });
  });

  it('what a host function throws stops the call, uncatchable inside, and reaches the caller unchanged', async () => {
    const failure = new RangeError('no frame left');
    const m = await loadSandboxedModule(module(`module.exports = (host) => {
        try { host.fail(); } catch (e) { for (;;) {} }
      };`), { hostFunctions: { fail: () => { throw failure; } }, entry: '(main, host) => ({ run: () => main(host) })' });
    let thrown: unknown;
    try {
      m.call('run', []);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBe(failure);
  });

  it('a host function cannot call back into the sandbox', async () => {
    const m: SandboxedModule = await loadSandboxedModule(module('module.exports = (host) => host.again();'),
      { hostFunctions: { again: () => m.call('run', []) }, entry: '(main, host) => ({ run: () => main(host) })' });
    expect(() => m.call('run', [])).toThrow(new SandboxError('run: called while another call runs (from a host function?)'));
  });

  it('the host functions lead nowhere: their constructors are the sandbox\'s own', async () => {
    const m = await loadSandboxedModule(module(`module.exports = (host) => host.f.constructor.constructor('return typeof process')();`),
      { hostFunctions: { f: () => 1 }, entry: '(main, host) => ({ run: () => main(host) })' });
    expect(m.call('run', [])).toBe('undefined');
  });
});

describe('values and modules', () => {
  it('plain data only: functions and undefined dropped, NaN as null, as JSON does', async () => {
    const m = await loadSandboxedModule(module('export function f() { return { a: [NaN, undefined, () => 1], b: undefined, c: "x" }; } export function g() {}'));
    expect(m.call('f', [])).toEqual({ a: [null, null, null], c: 'x' });
    expect(m.call('g', [])).toBeUndefined();
  });

  it('each module has its own engine: globals do not leak from one to another', async () => {
    const a = await loadSandboxedModule(module('globalThis.shared = 1; Object.prototype.leak = 1; export function f() { return typeof shared; }'));
    const b = await loadSandboxedModule(module('export function f() { return typeof shared + " " + typeof ({}).leak; }'));
    expect(a.call('f', [])).toBe('number');
    expect(b.call('f', [])).toBe('undefined undefined');
  });

  it('TypeScript with an interface and a type-only import', async () => {
    const m = await loadSandboxedModule(module(`import type { PlainValue } from '../src/sandbox/sandbox.js';
      interface Pair { a: number; b: number }
      export function sum(p: Pair): PlainValue { return p.a + p.b; }`, 'ts'));
    expect(m.call('sum', [{ a: 2, b: 3 }])).toBe(5);
  });
});

describe('limits are options', () => {
  it('callLimitMs', async () => {
    const m = await loadSandboxedModule(module('export function f() { for (;;) {} }'), { callLimitMs: 100 });
    expect(() => m.call('f', [])).toThrow(new SandboxError('f took more than 100 ms (a loop?)'));
  });

  it('memoryLimitBytes: the WebAssembly memory cannot grow past it', async () => {
    const m = await loadSandboxedModule(module('export function f() { const a = []; for (;;) a.push("x".repeat(65536) + a.length); }'),
      { memoryLimitBytes: 40 * 1024 * 1024 });
    expect(() => m.call('f', [])).toThrow(new SandboxError('f ran out of memory (the limit is 40 MiB)'));
  });

  // Found by an adversarial test: many small objects (or arrays of a million holes) exhaust the
  // memory where QuickJS cannot even make its error and throws null: that was "threw: null".
  it.each([
    ['small objects', 'export function f() { const a = []; for (let i = 0; ; i++) a.push({ i, s: "abcdefgh" + i }); }'],
    ['arrays of a million holes', 'export function f() { const a = []; for (;;) a.push(new Array(1e6)); }'],
  ])('memoryLimitBytes: %s that fill it are "ran out of memory"; a `throw null` is still one', async (_what, source) => {
    const m = await loadSandboxedModule(module(source), { memoryLimitBytes: 40 * 1024 * 1024 });
    expect(() => m.call('f', [])).toThrow(new SandboxError('f ran out of memory (the limit is 40 MiB)'));
    const thrower = await loadSandboxedModule(module('export function f() { throw null; }'), { memoryLimitBytes: 40 * 1024 * 1024 });
    expect(() => thrower.call('f', [])).toThrow(new SandboxError('f threw: null'));
    // The memory never shrinks: grown by loading, then freed, it says nothing of a later throw null.
    const grown = await loadSandboxedModule(module('let t = []; for (let i = 0; i < 120000; i++) t.push({ a: i, b: [i, i + 1, i + 2] }); t = null;\n' +
      'export function f() { throw null; }'), { memoryLimitBytes: 64 * 1024 * 1024 });
    expect(() => grown.call('f', [])).toThrow(new SandboxError('f threw: null'));
  }, 60_000);
});
