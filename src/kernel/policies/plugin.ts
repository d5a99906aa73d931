/**
 * Replacement-policy plug-ins: a user's module (`--policy ./my-policy.ts` or `.js`) that decides
 * which page to evict, and optionally which neighbouring pages to map around a fault. The module
 * runs in the sandbox (src/sandbox/sandbox.ts: a separate engine with no way to the host, a time
 * limit on every call, a memory limit), so that a plug-in that throws, answers nonsense, loops or
 * tries to reach the host is reported as such and the run stops cleanly.
 *
 * The module's default export (or `module.exports`, or its named exports) is a PolicyPlugin, or a
 * function `(options: { seed: number }) => PolicyPlugin`:
 *
 *   export default {
 *     name: 'my-policy',
 *     chooseVictim(pages, now) { return pages[0]; },             // one of `pages`
 *     faultAround(fault) { return [fault.va + 4096]; },        // optional: pages to map too
 *   };
 *
 * `pages` are copies of the resident pages (ResidentPage: frame, page, loadedAt, lastUsed,
 * referenced, dirty, mappings); clearing a copy's `referenced` clears the PTE's accessed bit, as
 * clock does. The built-in policies never come here: they run in-process at full speed.
 */
import { SandboxError, loadSandboxedModule, printable, type PlainValue, type SandboxedModule } from '../../sandbox/sandbox.js';
import type { Candidates, ReplacementPolicy, ResidentPage } from './policy.js';

/** A plug-in that cannot be loaded or misbehaved: the message says which and how. */
export class PluginError extends Error {}

/** Milliseconds a plug-in call may take before it counts as looping. */
const CALL_LIMIT_MS = 1000;
/** Memory a plug-in's sandbox may use. */
const MEMORY_LIMIT_BYTES = 64 * 1024 * 1024;

/** The most addresses faultAround may return: one Sv32 page table's worth of pages. */
export const MAX_FAULT_AROUND = 1024;

type OptionalMethod = Exclude<keyof ReplacementPolicy, 'name' | 'chooseVictim' | 'pickVictim' | 'raiseHeldFailure'>;
/** The event form's notices, whose failure the kernel hears when its state is whole again (it is mid-change when it sends them). */
const NOTICES: readonly OptionalMethod[] = ['mapped', 'unmapped'];

/**
 * The optional methods of a plug-in, each with a check of its result: what is wrong with it
 * ("must return ..."), or undefined when it is fine. A method added to ReplacementPolicy is one
 * line here (`onEvict: () => undefined,` for one whose result is ignored).
 */
const OPTIONAL_METHODS: { [M in OptionalMethod]-?: (result: PlainValue | undefined) => string | undefined } = {
  faultAround: (r) => {
    if (!Array.isArray(r)) return `must return an array of addresses, not ${describe(kindOf(r), r)}`;
    // Linux maps at most a page table's worth around a fault; more would make one fault a bulk load.
    if (r.length > MAX_FAULT_AROUND) return `must return at most ${MAX_FAULT_AROUND} addresses (one page table's worth), not ${r.length}`;
    const bad = r.find((va) => !Number.isInteger(va));
    return bad === undefined ? undefined : `must return whole-number addresses, not ${describe(kindOf(bad), bad)}`;
  },
  mapped: () => undefined,
  unmapped: () => undefined,
  used: () => undefined,
};

/**
 * Runs inside the sandbox: makes the plug-in (calling a factory with the seed), reports its
 * shape, builds the page objects from columns (one array per field: cheaper to pass and parse
 * than an array of objects, docs/plugins.md), and turns chooseVictim's answer into plain data
 * (the victim's index in `pages`, and the `referenced` bits the plug-in left).
 */
const ENTRY = `(main, host) => {
  let plugin = main;
  const isArray = Array.isArray;
  const api = {
    setup(seed, optional) {
      if (typeof plugin === 'function') plugin = plugin({ seed });
      if (plugin === null || typeof plugin !== 'object') return null;
      const choose = typeof plugin.chooseVictim === 'function', pick = typeof plugin.pickVictim === 'function';
      if (!choose && !pick) return null;
      return { name: plugin.name === undefined ? null : String(plugin.name), choose, pick,
        methods: optional.filter((m) => typeof plugin[m] === 'function') };
    },
    pickVictim(count, now) {
      const candidates = { count, nth: host.nth, eligible: host.eligible, referenced: host.referenced, clearReferenced: host.clearReferenced };
      return plugin.pickVictim(candidates, now);
    },
    chooseVictim(c, now) {
      // Plain loops and literals only, read before the plug-in runs: it may have replaced
      // Array, indexOf or map (its answer must still be one of the very objects it was given).
      const count = c.frame.length, pages = [];
      for (let i = 0; i < count; i++) {
        pages[i] = { frame: c.frame[i], page: c.page[i], loadedAt: c.loadedAt[i], lastUsed: c.lastUsed[i],
          referenced: c.referenced[i], dirty: c.dirty[i], mappings: c.mappings[i] };
      }
      const given = [];
      for (let i = 0; i < count; i++) given[i] = pages[i];
      const victim = plugin.chooseVictim(pages, now);
      let index = -1;
      for (let i = 0; i < count; i++) if (given[i] === victim) { index = i; break; }
      const referenced = [];
      const kindOf = (v) => (v === null ? 'null' : isArray(v) ? 'array' : typeof v);
      let notBoolean = -1, notBooleanKind = null, notBooleanValue = null;
      for (let i = 0; i < count; i++) {
        const bit = given[i].referenced;
        if (bit !== true && bit !== false && notBoolean < 0) {
          notBoolean = i;
          notBooleanKind = kindOf(bit);
          notBooleanValue = notBooleanKind === 'number' ? bit : null;
        }
        referenced[i] = bit === true;
      }
      const kind = kindOf(victim);
      return { index, kind, value: kind === 'number' || kind === 'boolean' ? victim : null, referenced, notBoolean, notBooleanKind, notBooleanValue };
    },
  };
  for (const m of ${JSON.stringify(Object.keys(OPTIONAL_METHODS))}) api[m] = (...args) => plugin[m](...args);
  return api;
}`;

/**
 * Load the plug-in module at `path` (.js, .mjs, .cjs or .ts; ES module or CommonJS) into a
 * sandbox and make it (a factory gets `{ seed }`). Throws PluginError, naming the plug-in, if it
 * cannot be loaded; its methods throw PluginError when it misbehaves.
 */
export async function loadPolicyPlugin(path: string, seed: number): Promise<ReplacementPolicy> {
  let label = `'${printable(path)}'`;
  /** A sandbox failure as a PluginError that names the plug-in; anything else unchanged. */
  const named = (e: unknown): unknown => (e instanceof SandboxError ? new PluginError(`policy plug-in ${label}: ${e.message}`) : e);
  /** Run `work`, turning a sandbox failure into a PluginError. */
  const guarded = <T>(work: () => T): T => {
    try {
      return work();
    } catch (e) {
      throw named(e);
    }
  };
  /** The candidates of the pickVictim call under way, which the plug-in reaches through host functions. */
  let current: Candidates | null = null;
  const candidatesNow = (): Candidates => {
    if (!current) throw new PluginError(`policy plug-in ${label}: candidates used outside pickVictim`);
    return current;
  };
  /** `v` as a candidate frame (or, for nth, an index below the count); anything else stops the run. */
  const checked = (what: string, v: PlainValue, ok: (n: number) => boolean): number => {
    if (typeof v === 'number' && Number.isInteger(v) && ok(v)) return v;
    throw new PluginError(`policy plug-in ${label}: candidates.${what}(${describe(kindOf(v), v)}): not ${what === 'nth' ? 'an index below the count' : 'a candidate frame'}`);
  };
  const hostFunctions = {
    nth: (k: PlainValue) => candidatesNow().nth(checked('nth', k, (n) => n >= 0 && n < candidatesNow().count)),
    eligible: (f: PlainValue) => typeof f === 'number' && Number.isInteger(f) && f >= 0 && candidatesNow().eligible(f),
    referenced: (f: PlainValue) => candidatesNow().referenced(checked('referenced', f, (n) => candidatesNow().eligible(n))),
    clearReferenced: (f: PlainValue) => { candidatesNow().clearReferenced(checked('clearReferenced', f, (n) => candidatesNow().eligible(n))); },
  };
  let module: SandboxedModule;
  try {
    module = await loadSandboxedModule(path, { seed, callLimitMs: CALL_LIMIT_MS, memoryLimitBytes: MEMORY_LIMIT_BYTES, entry: ENTRY, hostFunctions });
  } catch (e) {
    throw named(e);
  }
  const shape = guarded(() => module.call('setup', [seed, Object.keys(OPTIONAL_METHODS)])) as
    { name: unknown; choose: unknown; pick: unknown; methods: unknown } | null;
  if (shape === null || typeof shape !== 'object' || !Array.isArray(shape.methods)) {
    throw new PluginError(`policy plug-in ${label} must export an object (or a function returning one) with chooseVictim(pages, now) or pickVictim(candidates, now)`);
  }
  const name = typeof shape.name === 'string' ? printable(shape.name) : path;
  label = `'${name}'`;
  const policy: ReplacementPolicy = { name };
  /** A failure of a notice (mapped, unmapped), raised when the kernel's state is whole again (raiseHeldFailure, or a choice of a victim). */
  let deferred: unknown = null;
  const raiseDeferred = (): void => {
    if (deferred) throw deferred;
  };
  if (shape.methods.some((m) => NOTICES.includes(m as OptionalMethod))) policy.raiseHeldFailure = raiseDeferred;
  if (shape.choose === true) {
    policy.chooseVictim = (pages: readonly ResidentPage[], now: number): ResidentPage => {
      raiseDeferred();
      const answer = guarded(() => module.call('chooseVictim', [columns(pages), now])) as
        { index: unknown; kind: unknown; value: unknown; referenced: unknown; notBoolean: unknown; notBooleanKind: unknown; notBooleanValue: unknown } | undefined;
      if (!answer || !Array.isArray(answer.referenced) || answer.referenced.length !== pages.length || !Number.isInteger(answer.index)) {
        throw new PluginError(`policy plug-in ${label}: chooseVictim's answer could not be read (were built-ins replaced?)`);
      }
      if (typeof answer.notBoolean === 'number' && answer.notBoolean >= 0) {
        throw new PluginError(`policy plug-in ${label}: chooseVictim left pages[${answer.notBoolean}].referenced ${describe(answer.notBooleanKind, answer.notBooleanValue)}, not a boolean`);
      }
      answer.referenced.forEach((bit, i) => { (pages[i] as ResidentPage).referenced = bit === true; });
      const victim = pages[answer.index as number];
      if (!victim) {
        throw new PluginError(`policy plug-in ${label}: chooseVictim returned ${describe(answer.kind, answer.value)}, not one of the ${pages.length} resident pages it was given`);
      }
      return victim;
    };
  }
  if (shape.pick === true) {
    policy.pickVictim = (candidates: Candidates, now: number): number => {
      raiseDeferred();
      current = candidates;
      let frame: PlainValue | undefined;
      try {
        frame = guarded(() => module.call('pickVictim', [candidates.count, now]));
      } finally {
        current = null;
      }
      if (typeof frame !== 'number' || !candidates.eligible(frame)) {
        throw new PluginError(`policy plug-in ${label}: pickVictim returned ${describe(kindOf(frame), frame)}, not one of the ${candidates.count} candidate frames`);
      }
      return frame;
    };
  }
  for (const method of Object.keys(OPTIONAL_METHODS) as OptionalMethod[]) {
    if (!shape.methods.includes(method)) continue;
    const check = OPTIONAL_METHODS[method];
    (policy as Record<OptionalMethod, unknown>)[method] = (...args: unknown[]) => {
      if (NOTICES.includes(method)) {
        if (deferred) return undefined;
        try {
          return guarded(() => module.call(method, args as PlainValue[]));
        } catch (e) {
          deferred = e;
          return undefined;
        }
      }
      const result = guarded(() => module.call(method, args as PlainValue[]));
      const wrong = check(result);
      if (wrong) throw new PluginError(`policy plug-in ${label}: ${method} ${wrong}`);
      return result;
    };
  }
  return policy;
}

/** `pages` as one array per field, in the order of ResidentPage's fields. */
function columns(pages: readonly ResidentPage[]): PlainValue {
  const c = { frame: [] as number[], page: [] as number[], loadedAt: [] as number[], lastUsed: [] as number[],
    referenced: [] as boolean[], dirty: [] as boolean[], mappings: [] as number[][] };
  for (const p of pages) {
    c.frame.push(p.frame); c.page.push(p.page); c.loadedAt.push(p.loadedAt); c.lastUsed.push(p.lastUsed);
    c.referenced.push(p.referenced); c.dirty.push(p.dirty); c.mappings.push(p.mappings as number[]);
  }
  return c;
}

/** The kind of a plain value as the ENTRY code names it. */
function kindOf(value: PlainValue | undefined): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** A returned value for a report, from its kind ('null', 'array', typeof) and, if simple, value. */
function describe(kind: unknown, value: unknown): string {
  switch (kind) {
    case 'null': case 'undefined': return kind;
    case 'array': return 'an array';
    case 'object': return 'an object';
    case 'number': case 'boolean': return `${kind} ${String(value)}`;
    case 'string': case 'function': case 'symbol': case 'bigint': return `a ${kind}`;
    default: return 'something else';
  }
}
