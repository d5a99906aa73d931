/**
 * Fault-handler plug-ins (`--fault-handler FILE.ts|.js`): a user's page-fault handler, run in the
 * sandbox (src/sandbox/sandbox.ts) as policy plug-ins are: its own engine, no way to the host, a
 * time limit per call and a memory limit. The module's default export (or module.exports) is the
 * handler, or an object with a `handleFault` method and an optional `name`:
 *
 *   export default function handleFault(fault, kernel) {
 *     // fault: { pid, va, page, access, pc, area, pte }   (faultapi.ts: Fault)
 *     // kernel: the primitives of faultapi.ts (FaultPrimitives): findArea, allocFrame, map...
 *     return { kind: 'retry' };        // or { kind: 'segv' | 'sigbus', reason }, or what kernel.kill returned
 *   }
 *
 * The kernel holds the handler to its contract: a primitive asked for something outside the area
 * or user space stops the run; an answer that is not a FaultResult, or `retry` when the page still
 * does not allow the access (the access would fault again forever; but a page made present
 * read-only for a store, whose next fault copies it), stops it too; with --check
 * the kernel's invariants are checked after every fault. Each stop is one line and status 70.
 */
import { SandboxError, loadSandboxedModule, printable, type PlainValue } from '../sandbox/sandbox.js';
import { PluginError } from './policies/plugin.js';
import { hex32 } from './vm/vma.js';
import { USER_TOP } from './exec.js';
import {
  PROT_EXEC_BIT, PROT_READ_BIT, PROT_WRITE_BIT,
  type AccessKind, type Fault, type FaultHandler, type FaultPrimitives, type FaultResult,
} from './faultapi.js';

/** Milliseconds one fault may take in the plug-in, and the memory its sandbox may use. */
const CALL_LIMIT_MS = 1000;
/**
 * Wall-clock milliseconds one fault may take in all, the kernel's work the handler asks for
 * included (which CALL_LIMIT_MS does not count): a handler looping on a slow primitive, or on a
 * policy's faultAround, would otherwise never end.
 */
const FAULT_LIMIT_MS = 5000;
const MEMORY_LIMIT_BYTES = 64 * 1024 * 1024;

/** The primitives a plug-in may call, by name (every method of FaultPrimitives). */
const PRIMITIVES: readonly (keyof FaultPrimitives)[] = [
  'findArea', 'growStack', 'pte', 'allocFrame', 'sharedZeroFrame', 'holdFrame', 'releaseFrame', 'zeroFrame', 'copyFrame', 'filePage', 'swapIn',
  'shareCopyOnWrite', 'map', 'remap', 'protect', 'unmap', 'flush', 'markFresh', 'count', 'faultAround', 'outOfMemory', 'kill',
  'builtIn', 'megapageFree', 'allocMegapage', 'zeroMegapage', 'mapMegapage',
];

const NEEDED: Record<AccessKind, number> = { fetch: PROT_EXEC_BIT, load: PROT_READ_BIT, store: PROT_WRITE_BIT };

/** Runs inside the sandbox: finds the handler and calls it with the fault and the primitives. */
const ENTRY = `(main, host) => {
  const plugin = typeof main === 'function' ? { handleFault: main } : main;
  return {
    setup() {
      if (plugin === null || typeof plugin !== 'object' || typeof plugin.handleFault !== 'function') return null;
      return { name: plugin.name === undefined ? null : String(plugin.name) };
    },
    handle(fault) { return plugin.handleFault(fault, host); },
  };
}`;

/** Load the handler module at `path` into a sandbox: the handler the kernel calls, and its name. */
export async function loadFaultHandlerPlugin(path: string): Promise<{ handle: FaultHandler; name: string }> {
  let label = `'${printable(path)}'`;
  const named = (e: unknown): unknown => (e instanceof SandboxError ? new PluginError(`fault handler ${label}: ${e.message}`) : e);
  /** The primitives of the fault being handled (set for each call). */
  let kernel: FaultPrimitives | null = null;
  /** Whether the handler has killed the process in this fault: it may then ask for nothing more. */
  let killed = false;
  /** When the fault being handled must be over (FAULT_LIMIT_MS), and whether it overran. */
  let deadline = 0, overran = false;
  const overtime = (): PluginError => new PluginError(`fault handler ${label}: one fault took more than ${FAULT_LIMIT_MS / 1000} s, ` +
    `with the kernel's work it asked for (a loop?)`);
  const hostFunctions = Object.fromEntries(PRIMITIVES.map((name) => [name, (...args: PlainValue[]) => {
    if (!kernel) throw new PluginError(`fault handler ${label}: kernel.${name} called outside a fault`);
    if (killed) throw new PluginError(`fault handler ${label}: kernel.${name} called after the process was killed`);
    // Every later call fails too, and the fault with it, even if the handler catches this.
    if (overran || performance.now() > deadline) {
      overran = true;
      throw overtime();
    }
    // A kill's reason becomes a line of vmlab's report, as a segv's does: printable, 200 characters at the most.
    if (name === 'kill') args = [printable(String(args[0])).slice(0, 200)];
    const result = (kernel[name] as (...a: PlainValue[]) => PlainValue | void)(...args);
    if (name === 'kill' || name === 'outOfMemory') killed = true;
    return result;
  }]));
  let module;
  try {
    module = await loadSandboxedModule(path, { callLimitMs: CALL_LIMIT_MS, memoryLimitBytes: MEMORY_LIMIT_BYTES, entry: ENTRY, hostFunctions });
  } catch (e) {
    throw named(e);
  }
  const loaded = module;
  let shape: PlainValue | undefined;
  try {
    shape = loaded.call('setup', []);
  } catch (e) {
    throw named(e);
  }
  if (shape === null || typeof shape !== 'object' || Array.isArray(shape)) {
    throw new PluginError(`fault handler ${label} must export a function handleFault(fault, kernel), or an object with one`);
  }
  const name = typeof shape.name === 'string' ? printable(shape.name) : path;
  label = `'${name}'`;
  const handle = (fault: Fault, primitives: FaultPrimitives): FaultResult => {
    kernel = primitives;
    killed = false;
    overran = false;
    deadline = performance.now() + FAULT_LIMIT_MS;
    let answer: PlainValue | undefined;
    try {
      answer = loaded.call('handle', [fault as unknown as PlainValue]);
    } catch (e) {
      throw overran ? overtime() : named(e);
    } finally {
      kernel = null;
    }
    if (overran) throw overtime();
    const result = faultResult(answer);
    if (!result) throw new PluginError(`fault handler ${label}: returned ${describe(answer)}, not { kind: 'retry' | 'segv' | 'sigbus' | 'killed' }`);
    if (result.kind === 'retry' && fault.page >= USER_TOP) {
      // No user access to kernel space ever succeeds: a retry would fault again, forever.
      throw new PluginError(`fault handler ${label}: returned retry, but ${hex32(fault.page)} is in kernel space: the access would fault again`);
    }
    if (result.kind === 'retry') {
      const pte = primitives.pte(fault.page);
      // A page mapped now read-only for a store (swapped in shared with another process, say) faults
      // once more, for its copy: progress. Anything else that does not allow the access is a loop.
      const copyNext = fault.access === 'store' && fault.pte.kind !== 'present' && pte.kind === 'present';
      if (pte.kind !== 'present' || ((pte.prot & NEEDED[fault.access]) === 0 && !copyNext)) {
        throw new PluginError(`fault handler ${label}: returned retry, but ${hex32(fault.page)} is not mapped for a ${fault.access}: the access would fault again`);
      }
    }
    return result;
  };
  return { handle, name };
}

/** `answer` as a FaultResult, or null if it is not one. */
function faultResult(answer: PlainValue | undefined): FaultResult | null {
  if (answer === null || typeof answer !== 'object' || Array.isArray(answer)) return null;
  if (answer.kind === 'retry' || answer.kind === 'killed') return { kind: answer.kind };
  if ((answer.kind === 'segv' || answer.kind === 'sigbus') && typeof answer.reason === 'string') {
    return { kind: answer.kind, reason: printable(answer.reason).slice(0, 200) };
  }
  return null;
}

function describe(value: PlainValue | undefined): string {
  if (value === undefined || value === null) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${printable(String(value)).slice(0, 40)}`;
}
