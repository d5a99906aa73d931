/**
 * A sandbox for user plug-ins (`--policy FILE`, `--fault-handler FILE`): the module runs in QuickJS,
 * a separate JavaScript engine compiled to WebAssembly, with its own heap, its own globals and no
 * way to name anything of the host. The WebAssembly instance can touch only its own linear memory
 * and the few imports the engine's C library needs (clock, heap growth, abort); QuickJS here has
 * no `std`/`os` modules, no module loader, no `process`, `require` or `fetch`. So a plug-in has no
 * file system, no child processes, no network and no host object to climb from: the only doors
 * out are the host functions the caller lists, and every value that crosses is copied as JSON
 * (plain data: null, booleans, numbers, strings, arrays, plain objects), parsed on the other side.
 * Every call has a deadline (an interrupt handler polled by the interpreter, uncatchable by the
 * plug-in; processor time, so a loaded machine does not cut a call short; the time host functions
 * take does not count), the heap a memory limit and the
 * interpreter a stack limit; promise jobs queued by a call run before it returns, under the same
 * deadline. There is no clock (no Date) and
 * Math.random is seeded, so a module's answers depend only on what it is given (and on whether
 * it finishes in time).
 *
 * The module source is a single file, ES module or CommonJS, JavaScript or TypeScript: it is
 * transpiled to CommonJS with the typescript package (a dependency of vmlab), then run inside the
 * sandbox as `function (exports, require, module)`; `require` only throws (a plug-in imports
 * nothing but types).
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { QuickJSContext, QuickJSHandle, QuickJSSyncVariant } from 'quickjs-emscripten-core';

/** What crosses the boundary: JSON's values (undefined only as a whole result: "nothing"). */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

/** A host function the sandboxed code may call synchronously; arguments and result are copies. */
export type HostFunction = (...args: PlainValue[]) => PlainValue | void;

export interface SandboxOptions {
  /**
   * Functions the module may call, handed to `entry` as the methods of an object `host`
   * (`host.name(...args)` copies the arguments out, returns a copy of the result). If one throws,
   * the sandboxed call is stopped at once (the plug-in cannot catch it) and `call` rethrows that
   * same exception to its caller. Default: none.
   */
  hostFunctions?: Record<string, HostFunction>;
  /** Seeds the sandbox's Math.random (there is no clock: no Date), so runs repeat. Default 1. */
  seed?: number;
  /** Milliseconds of processor time one call (loading included) may take, promise jobs included, host functions' time not. Default 1000. */
  callLimitMs?: number;
  /**
   * Bytes of memory the sandbox may hold: the maximum of its WebAssembly memory, so the bound is
   * kept by the host's WebAssembly engine, not by the sandboxed code. At least 32 MiB (QuickJS
   * and its C library take about 16). Default 64 MiB.
   */
  memoryLimitBytes?: number;
  /**
   * Source of a JavaScript function `(main, host) => object`, run inside the sandbox once the
   * module has loaded: `main` is the module's default export (`export default`, or
   * `module.exports.default`), else its exports object; `host` holds the host functions. The
   * object it returns holds the methods `call` reaches. Default: `(main) => main`.
   */
  entry?: string;
}

/** A module loaded in a sandbox; `call` reaches the methods of the object `entry` returned. */
export interface SandboxedModule {
  /**
   * Call method `name` with copies of `args`; returns a copy of its result (undefined if it
   * returned undefined). Throws SandboxError if it threw, exceeded a limit, or returned something
   * that is not plain data (functions and undefined inside objects are dropped as JSON drops
   * them); rethrows what a host function threw.
   */
  call(name: string, args: PlainValue[]): PlainValue | undefined;
}

/** A sandboxed module failed: its message says how, in one line, without the module's name. */
export class SandboxError extends Error {}

/** The largest module source accepted. */
const MAX_SOURCE_BYTES = 4 * 1024 * 1024;
/**
 * The interpreter's stack: deep recursion (about 700 calls) ends in an InternalError inside the
 * sandbox before the host's own stack, on which the WebAssembly code runs, is used up.
 */
const MAX_STACK_BYTES = 128 * 1024;
/** A WebAssembly memory page, and the engine's initial memory (its static data and C stack). */
const WASM_PAGE = 64 * 1024;
const WASM_INITIAL_PAGES = 256;
/** The longest message of a thrown value that is reported (the rest is cut). */
const MAX_MESSAGE = 200;

/**
 * Runs inside the sandbox before the module: replaces Math.random by a seeded generator, keeps
 * its own copies of the built-ins it uses (the module may replace the globals), wraps the host
 * functions, and returns the dispatcher the host
 * calls: dispatch('load') runs the module and `entry`, dispatch('call', name, argsJson) a method.
 * Each answers a JSON string: {"v": result}, {} (undefined), or {"e": description of a throw}.
 */
const GLUE = `(function (hostCall, hostNames, moduleFunction, entry, seed) {
  'use strict';
  let state = (seed >>> 0) || 1;
  Math.random = function random() { // xorshift32: the engine's own generator is seeded by the clock
    state ^= state << 13; state ^= state >>> 17; state ^= state << 5; state >>>= 0;
    return state / 4294967296;
  };
  const parse = JSON.parse, stringify = JSON.stringify, apply = Reflect.apply;
  const ErrorType = Error, StringOf = String, freeze = Object.freeze, create = Object.create;
  const host = create(null);
  for (const name of parse(hostNames)) {
    host[name] = function (...args) {
      const result = hostCall(name, stringify(args));
      return result === undefined ? undefined : parse(result);
    };
  }
  freeze(host);
  let target;
  function describe(e) {
    try {
      if (e === null || (typeof e !== 'object' && typeof e !== 'function')) return StringOf(e);
      const message = e.message;
      if (typeof message !== 'string') return 'a thrown ' + typeof e + ' without a message';
      const name = e instanceof ErrorType ? e.name : 'Error';
      return typeof name === 'string' && name !== 'Error' ? name + ': ' + message : message;
    } catch (_) {
      return 'a thrown value whose message cannot be read';
    }
  }
  function answer(value) {
    const json = stringify(value);
    return json === undefined ? '{}' : '{"v":' + json + '}';
  }
  return function dispatch(op, name, argsJson) {
    try {
      if (op === 'load') {
        const module = { exports: {} };
        const require = (what) => { throw new ErrorType("a plug-in cannot import '" + StringOf(what) + "': it is a single file that imports only types"); };
        apply(moduleFunction, undefined, [module.exports, require, module]);
        const exported = module.exports;
        const main = exported !== null && (typeof exported === 'object' || typeof exported === 'function') && exported.default !== undefined ? exported.default : exported;
        target = entry(main, host);
        return '{}';
      }
      const method = target[name];
      if (typeof method !== 'function') return stringify({ e: name + ' is not a function' });
      return answer(apply(method, target, parse(argsJson)));
    } catch (e) {
      return stringify({ e: describe(e) });
    }
  };
})`;

/**
 * Load the module at `path` into a fresh sandbox (its own WebAssembly instance) and run it and
 * `options.entry`. Throws SandboxError when the file cannot be read (not a regular file, over
 * 4 MiB), has a syntax error (with line:column), or its loading throws or exceeds a limit.
 */
export async function loadSandboxedModule(path: string, options: SandboxOptions = {}): Promise<SandboxedModule> {
  const source = await transpile(path, readSource(path));
  const limitMs = options.callLimitMs ?? 1000;
  const hostFunctions = options.hostFunctions ?? {};
  const memoryLimit = Math.max(options.memoryLimitBytes ?? 64 * 1024 * 1024, 2 * WASM_INITIAL_PAGES * WASM_PAGE);
  const wasmMemory = new WebAssembly.Memory({ initial: WASM_INITIAL_PAGES, maximum: Math.floor(memoryLimit / WASM_PAGE) });
  // Near: grown in this call to three quarters of the limit (a large allocation fails before the
  // last page is taken; the memory never shrinks, so a size reached by an earlier call says nothing).
  let bytesAtCallStart = 0;
  const memory: SandboxMemory = {
    limit: memoryLimit,
    nearlyFull: () => wasmMemory.buffer.byteLength > bytesAtCallStart && wasmMemory.buffer.byteLength >= memoryLimit * 0.75,
  };
  const { DefaultIntrinsics, newQuickJSWASMModuleFromVariant, newVariant } = await import('quickjs-emscripten-core'); // loaded only when needed
  const engine = await newQuickJSWASMModuleFromVariant(newVariant(await baseVariant(), { wasmModule: await compiledEngine(), wasmMemory }));
  const runtime = engine.newRuntime();
  runtime.setMaxStackSize(MAX_STACK_BYTES);
  /** Set when the engine itself failed (its state is then unknown): no more calls. */
  let broken: string | null = null;
  let deadline = Infinity;
  let deadlineHit = false;
  /** The process's processor time when the current call began, and the wall time its host functions took. */
  let callCpu = process.cpuUsage();
  let hostMs = 0;
  /** Start the deadline of a call. */
  const startCall = (): void => {
    bytesAtCallStart = wasmMemory.buffer.byteLength;
    deadline = performance.now() + limitMs;
    deadlineHit = false;
    callCpu = process.cpuUsage();
    hostMs = 0;
  };
  /** What a host function threw during the current call: the call stops and rethrows it. */
  let hostFailure: { error: unknown } | null = null;
  runtime.setInterruptHandler(() => {
    if (hostFailure) return true;
    const now = performance.now();
    if (now <= deadline) return false;
    // Past the deadline on the wall clock. On a loaded machine vmlab may have had the processor for
    // much less: the limit is on the processor time the plug-in itself used.
    const cpu = process.cpuUsage(callCpu);
    const ownMs = (cpu.user + cpu.system) / 1000 - hostMs;
    if (ownMs < limitMs) {
      deadline = now + (limitMs - ownMs);
      return false;
    }
    deadlineHit = true;
    return true;
  });
  const vm = runtime.newContext({ intrinsics: { ...DefaultIntrinsics, Date: false } }); // no clock: runs repeat
  const hostCall = vm.newFunction('hostCall', (nameHandle, argsHandle) => {
    if (hostFailure) throw new Error('a host function failed');
    const name = vm.typeof(nameHandle) === 'string' ? vm.getString(nameHandle) : '';
    const fn = Object.hasOwn(hostFunctions, name) ? hostFunctions[name] : undefined;
    if (!fn || vm.typeof(argsHandle) !== 'string') throw new Error('no such host function');
    const started = performance.now();
    try {
      const result = fn(...(JSON.parse(vm.getString(argsHandle)) as PlainValue[]));
      return result === undefined ? undefined : vm.newString(JSON.stringify(result));
    } catch (error) {
      hostFailure = { error };
      throw new Error('a host function failed');
    } finally {
      const took = performance.now() - started; // the host's work is not the plug-in's time
      deadline += took;
      hostMs += took;
    }
  });

  /** Run `work` within the call limit, then the promise jobs it queued; its string answer. */
  const within = (what: string, work: () => QuickJSHandle): string => {
    if (broken) throw new SandboxError(`${what}: the sandbox stopped working earlier (${broken})`);
    if (deadline !== Infinity) throw new SandboxError(`${what}: called while another call runs (from a host function?)`);
    startCall();
    hostFailure = null;
    try {
      let result: QuickJSHandle;
      try {
        result = work();
        if (!hostFailure && !deadlineHit && runtime.hasPendingJob()) runtime.executePendingJobs().error?.dispose();
      } catch (e) { // thrown by the engine itself (a host function's exceptions stay inside)
        broken = (e as Error).message;
        throw new SandboxError(`${what} stopped the sandbox: ${/call stack/.test(broken) ? 'recursion too deep' : broken}`);
      }
      const failure = hostFailure as { error: unknown } | null;
      if (failure || deadlineHit) {
        result.dispose();
        if (failure) throw failure.error;
        throw new SandboxError(`${what} took more than ${limitMs} ms (a loop?)`);
      }
      return answerOf(vm, result, what, memory);
    } finally {
      deadline = Infinity;
    }
  };
  /** Compile `code` (no code of the module runs yet); a SandboxError for a syntax error. */
  const evaluate = (code: string, filename: string): QuickJSHandle => {
    let result: ReturnType<typeof vm.evalCode>;
    try {
      result = vm.evalCode(code, filename);
    } catch (e) { // the engine itself failed (the host's stack, on absurd nesting)
      throw new SandboxError(`cannot be compiled: ${printable((e as Error).message)}`);
    }
    if (!result.error) return result.value;
    startCall();
    try {
      answerOf(vm, result.error, 'loading', memory);
      throw new SandboxError('loading failed');
    } finally {
      deadline = Infinity;
    }
  };

  const glue = evaluate(GLUE, 'vmlab-glue.js');
  const moduleFunction = evaluate(`(function (exports, require, module) {${source}\n})`, path);
  const entry = evaluate(`(${options.entry ?? '(main) => main'})`, 'vmlab-entry.js');
  const names = vm.newString(JSON.stringify(Object.keys(hostFunctions)));
  const seed = vm.newNumber(options.seed ?? 1);
  const dispatch = vm.unwrapResult(vm.callFunction(glue, vm.undefined, hostCall, names, moduleFunction, entry, seed));
  for (const handle of [glue, moduleFunction, entry, names, seed, hostCall]) handle.dispose();

  /** Call the dispatcher with string arguments; the decoded answer. */
  const send = (what: string, ...args: string[]): PlainValue | undefined => {
    const answer = within(what, () => {
      const handles = args.map((a) => vm.newString(a));
      const result = vm.callFunction(dispatch, vm.undefined, handles);
      for (const h of handles) h.dispose();
      if (result.error) return result.error;
      return result.value;
    });
    let decoded: unknown;
    try {
      decoded = JSON.parse(answer);
    } catch {
      throw new SandboxError(`${what} returned something that is not plain data`);
    }
    if (decoded === null || typeof decoded !== 'object') throw new SandboxError(`${what} returned something that is not plain data`);
    const { v, e } = decoded as { v?: PlainValue; e?: unknown };
    if (e !== undefined) throw new SandboxError(`${what} ${describeThrow(e, memory)}`);
    return v;
  };
  send('loading', 'load');
  return { call: (name, args) => send(name, 'call', name, JSON.stringify(args)) };
}

/** The string a dispatcher answered, or a SandboxError for what else came back (disposed). */
function answerOf(vm: QuickJSContext, handle: QuickJSHandle, what: string, memory: SandboxMemory): string {
  try {
    if (vm.typeof(handle) === 'string') return vm.getString(handle);
    // Not the dispatcher's answer: an error it could not catch (out of memory, stack overflow).
    const message = vm.typeof(handle) === 'object' ? vm.getProp(handle, 'message').consume((m) => (vm.typeof(m) === 'string' ? vm.getString(m) : '')) : '';
    throw new SandboxError(`${what} ${message === '' && memory.nearlyFull() ? outOfMemory(memory) : describeThrow(message || 'an error that could not be handled', memory)}`);
  } finally {
    handle.dispose();
  }
}

/** A sandbox's memory: its limit, and whether the call now ending has grown it near the limit. */
interface SandboxMemory {
  limit: number;
  nearlyFull(): boolean;
}

/**
 * "threw: <the message, printable>", or that the sandbox ran out of its memory: QuickJS says
 * "out of memory", or, where it could not even make that error, throws null (the glue's
 * describe() makes it 'null'), or nothing the dispatcher could catch, with its memory grown
 * near the limit.
 */
function describeThrow(message: unknown, memory: SandboxMemory): string {
  const text = printable(String(message));
  if (/^(InternalError: )?out of memory$/.test(text) || ((message === null || message === 'null') && memory.nearlyFull())) return outOfMemory(memory);
  return `threw: ${text}`;
}

function outOfMemory(memory: SandboxMemory): string {
  return `ran out of memory (the limit is ${memory.limit / 1024 / 1024} MiB)`;
}

/**
 * Text from a sandboxed module made fit for a one-line report: its first line, control
 * characters (terminal escapes) as spaces, at most MAX_MESSAGE characters.
 */
export function printable(text: string): string {
  const line = text.split('\n')[0].replace(/[\x00-\x1f\x7f-\x9f]/g, ' ');
  return line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE)}...` : line;
}

/** The engine variant: the package's default export (its ESM build, which Node loads). */
async function baseVariant(): Promise<QuickJSSyncVariant> {
  return (await import('@jitl/quickjs-wasmfile-release-sync')).default as unknown as QuickJSSyncVariant;
}

let compiled: Promise<WebAssembly.Module> | undefined;
/** The engine's WebAssembly code, compiled once per process (each sandbox instantiates it anew). */
function compiledEngine(): Promise<WebAssembly.Module> {
  compiled ??= (async () => {
    const file = createRequire(import.meta.url).resolve('@jitl/quickjs-wasmfile-release-sync/wasm');
    return WebAssembly.compile(readFileSync(file));
  })();
  return compiled;
}

function readSource(path: string): string {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new SandboxError('cannot read it: not a regular file');
    if (stat.size > MAX_SOURCE_BYTES) throw new SandboxError(`cannot read it: larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MiB`);
    return readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof SandboxError) throw e;
    throw new SandboxError(`cannot read it: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** `source` as CommonJS, whatever module syntax and language (by extension) it is written in. */
async function transpile(path: string, source: string): Promise<string> {
  const ts = (await import('typescript')).default;
  const fileName = /\.[cm]?ts$/.test(path) ? 'plugin.ts' : 'plugin.js';
  let out: ReturnType<typeof ts.transpileModule>;
  try {
    out = ts.transpileModule(source, {
      fileName,
      reportDiagnostics: true,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, allowJs: true },
    });
  } catch (e) { // the compiler's own stack overflows on absurd nesting
    throw new SandboxError(`cannot be compiled: ${printable((e as Error).message)}`);
  }
  const error = out.diagnostics?.find((d) => d.category === ts.DiagnosticCategory.Error);
  if (error) {
    const where = error.file && error.start !== undefined ? error.file.getLineAndCharacterOfPosition(error.start) : undefined;
    const at = where ? ` at ${where.line + 1}:${where.character + 1}` : '';
    throw new SandboxError(`syntax error${at}: ${printable(ts.flattenDiagnosticMessageText(error.messageText, ' '))}`);
  }
  return out.outputText;
}
