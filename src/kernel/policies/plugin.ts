/**
 * Replacement-policy plug-ins: a user's module (`--policy ./my-policy.ts` or `.js`) that decides
 * which page to evict, and optionally which neighbouring pages to map around a fault. The module
 * runs in its own V8 context with a time limit on every call, so that a plug-in that throws,
 * answers nonsense or loops is reported as such and the run stops cleanly.
 *
 * The module's default export (or `module.exports`) is a PolicyPlugin, or a function
 * `(options: { seed: number }) => PolicyPlugin`:
 *
 *   export default {
 *     name: 'my-policy',
 *     chooseVictim(pages, now) { return pages[0]; },             // one of `pages`
 *     faultAround(fault) { return [fault.va + 4096]; },        // optional: pages to map too
 *   };
 *
 * `pages` are the resident pages (ResidentPage: frame, page, loadedAt, lastUsed, referenced,
 * dirty; clearing `referenced` clears the PTE's accessed bit, as clock does). That list is built
 * for every eviction (time proportional to RAM). The event form (policy.ts) avoids it: instead of
 * (or besides) chooseVictim, the module has pickVictim(candidates, now), returning a frame for
 * which candidates.eligible(frame) holds, and optionally mapped(frame, now), unmapped(frame) and
 * used(frame, now) (that one on every memory access: slow), to keep its own structure.
 */
import { readFileSync } from 'node:fs';
import { Script, createContext } from 'node:vm';
import type { Candidates, FaultInfo, ReplacementPolicy, ResidentPage } from './policy.js';

/** A plug-in that cannot be loaded or misbehaved: the message says which and how. */
export class PluginError extends Error {}

/** The event form's methods a plug-in may have (policy.ts). */
const EVENTS = ['pickVictim', 'mapped', 'unmapped', 'used'] as const;

/** Milliseconds a plug-in call may take before it counts as looping. */
const CALL_LIMIT_MS = 1000;

/** Load the plug-in module at `path` (TypeScript is transpiled with the typescript package). */
export async function loadPolicyPlugin(path: string, seed: number): Promise<ReplacementPolicy> {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (e) {
    throw new PluginError(`cannot read policy plug-in '${path}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (path.endsWith('.ts')) {
    const ts = (await import('typescript')).default;
    source = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  }
  const context = createContext({ module: { exports: {} as Record<string, unknown> }, exports: {}, Math, console: { log: () => {} } });
  let label = `'${path}'`;
  /** Run `script` in the plug-in's context, within the time limit; failures become PluginErrors. */
  const run = (script: Script, what: string): unknown => {
    try {
      return script.runInContext(context, { timeout: CALL_LIMIT_MS });
    } catch (e) {
      const message = (e as Error).message ?? String(e);
      if (/timed out/.test(message)) throw new PluginError(`policy plug-in ${label}: ${what} took more than ${CALL_LIMIT_MS} ms (a loop?)`);
      throw new PluginError(`policy plug-in ${label}: ${what} threw: ${message}`);
    }
  };
  const script = (code: string): Script => new Script(code, { filename: path });
  context.exports = (context.module as { exports: unknown }).exports;
  run(script(source), 'loading');
  context.__seed = seed;
  run(script(`var __m = module.exports && module.exports.default !== undefined ? module.exports.default : module.exports;
       var __plugin = typeof __m === 'function' ? __m({ seed: __seed }) : __m;`), 'setup');
  const shape = run(script(`[typeof __plugin === 'object' && __plugin !== null, typeof (__plugin && __plugin.chooseVictim),
       typeof (__plugin && __plugin.faultAround), String(__plugin && __plugin.name)]
       .concat(${JSON.stringify(EVENTS)}.map(function (e) { return typeof (__plugin && __plugin[e]); }))`), 'setup') as string[];
  const events = EVENTS.filter((_, i) => shape[4 + i] === 'function');
  if (!shape[0] || (shape[1] !== 'function' && !events.includes('pickVictim'))) {
    throw new PluginError(`policy plug-in '${path}' must export an object (or a function returning one) with chooseVictim(pages, now) or pickVictim(candidates, now)`);
  }
  const name = shape[3] !== 'undefined' ? shape[3] : path;
  label = `'${name}'`;
  const victimCall = script('__result = __plugin.chooseVictim(__pages, __now)');
  const aroundCall = script('__result = __plugin.faultAround(__fault)');
  const call = (s: Script, what: string): unknown => {
    run(s, what);
    return context.__result;
  };
  const policy: ReplacementPolicy = { name };
  /**
   * A failure of mapped or unmapped, which the kernel calls in the middle of changing a mapping:
   * raised at the plug-in's next choice of a victim, when the kernel's state is whole again.
   */
  let deferred: PluginError | null = null;
  if (shape[1] === 'function') {
    policy.chooseVictim = (pages: readonly ResidentPage[], now: number): ResidentPage => {
      if (deferred) throw deferred;
      context.__pages = pages;
      context.__now = now;
      const victim = call(victimCall, 'chooseVictim');
      if (!pages.includes(victim as ResidentPage)) {
        throw new PluginError(`policy plug-in ${label}: chooseVictim returned ${describe(victim)}, not one of the ${pages.length} resident pages it was given`);
      }
      return victim as ResidentPage;
    };
  }
  for (const event of events) {
    const eventCall = script(`__result = __plugin.${event}(__arg, __now)`);
    const send = (arg: unknown, now?: number): unknown => {
      context.__arg = arg;
      context.__now = now;
      return call(eventCall, event);
    };
    if (event === 'pickVictim') {
      policy.pickVictim = (candidates: Candidates, now: number): number => {
        if (deferred) throw deferred;
        const frame = send(candidates, now);
        if (typeof frame !== 'number' || !candidates.eligible(frame)) {
          throw new PluginError(`policy plug-in ${label}: pickVictim returned ${describe(frame)}, not one of the ${candidates.count} candidate frames`);
        }
        return frame;
      };
    } else if (event === 'used') {
      policy.used = (frame: number, now: number): void => { send(frame, now); };
    } else {
      policy[event] = (frame: number, now?: number): void => {
        try {
          if (!deferred) send(frame, now);
        } catch (e) {
          deferred = e as PluginError;
        }
      };
    }
  }
  if (shape[2] === 'function') {
    policy.faultAround = (fault: FaultInfo): number[] => {
      context.__fault = fault;
      const pages = call(aroundCall, 'faultAround');
      if (!Array.isArray(pages) || !pages.every((va) => Number.isInteger(va))) {
        throw new PluginError(`policy plug-in ${label}: faultAround must return an array of addresses, not ${describe(pages)}`);
      }
      return pages as number[];
    };
  }
  return policy;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'object') return Array.isArray(value) ? 'an array' : 'an object';
  return `${typeof value} ${String(value)}`;
}
