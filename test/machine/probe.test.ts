/**
 * The event stream (src/machine/probe.ts): listeners by type, the flags emitters test, and what
 * listening to every access must not change: a run's statistics, on either engine, with the
 * listener there from the start or only for a stretch in the middle.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { assemble } from '../../asm/assembler.js';
import { Probe } from '../../src/machine/probe.js';
import { DEFAULT_CONFIG, Machine, type Engine } from '../../src/machine/machine.js';
import { Kernel } from '../../src/kernel/kernel.js';
import { eventsOf, type VmEvent } from '../../src/kernel/events.js';
import { collectStats } from '../../src/stats/report.js';

describe('Probe', () => {
  it('gives each event to the listeners of its type, in order, until they stop', () => {
    const probe = new Probe<VmEvent>();
    const seen: string[] = [];
    const stopA = probe.on('swap', (e) => seen.push(`a${e.slot}`));
    probe.on('swap', (e) => seen.push(`b${e.slot}`));
    probe.on('switch', (e) => seen.push(`s${e.to}`));
    probe.emit({ type: 'swap', cycle: 0, op: 'out', slot: 1 });
    probe.emit({ type: 'switch', cycle: 0, from: 1, to: 2, flush: true });
    stopA();
    probe.emit({ type: 'swap', cycle: 0, op: 'in', slot: 2 });
    probe.emit({ type: 'evict', cycle: 0, pid: 1, va: 0, frame: 3, dirty: false, to: 'drop' }); // nobody listens
    expect(seen).toEqual(['a1', 'b1', 's2', 'b2']);
    expect([probe.wants('swap'), probe.wants('evict')]).toEqual([true, false]);
  });

  it('keeps the flags the hot paths test, and says when every access starts or stops mattering', () => {
    const probe = new Probe();
    let changes = 0;
    probe.onAccessesChange = () => changes++;
    const stopMiss = probe.on('tlb-miss', () => {});
    expect([probe.accesses, probe.misses, changes]).toEqual([false, true, 0]);
    const stop1 = probe.on('access', () => {});
    const stop2 = probe.on('access', () => {});
    stop1();
    expect([probe.accesses, changes]).toEqual([true, 1]);
    stop2();
    stopMiss();
    expect([probe.accesses, probe.misses, changes]).toEqual([false, false, 2]);
  });
});

const PROGRAM = assemble([{ path: 'programs/locality.s', text: readFileSync('programs/locality.s', 'utf8') }]).elf;

/**
 * Run the first 300,000 instructions of locality.s col (its column walk misses the data TLB on
 * every access) on `engine`, calling `during(machine, instructions)` between slices of 20,000;
 * its statistics without the host's time.
 */
function run(engine: Engine, during: (machine: Machine, instret: number) => void): unknown {
  const machine = new Machine({ ...DEFAULT_CONFIG, engine });
  const kernel = new Kernel(machine, { stdout: () => {}, stderr: () => {} });
  kernel.exec(PROGRAM, ['locality', 'col'], []);
  let result = kernel.run(20_000);
  while (result.end === 'limit' && machine.cpu.instret < 300_000) {
    during(machine, machine.cpu.instret);
    result = kernel.run(machine.cpu.instret + 20_000);
  }
  const { host, ...stats } = collectStats('locality', machine, kernel, result, 0);
  return { stats, hostFields: Object.keys(host) };
}

describe('listening to every access', () => {
  it.each(['interp', 'jit'] as const)('changes no statistic (%s), from the start or for a stretch', (engine) => {
    const quiet = run(engine, () => {});
    let accesses = 0, listening = false;
    const counted = run(engine, (machine) => {
      if (!listening) eventsOf(machine).on('access', () => accesses++);
      listening = true;
    });
    // In the stretch every access is an event: the fast path filled before it is emptied when it starts.
    let stop: (() => void) | null = null;
    let inStretch = 0, faults = 0, attempted = 0;
    const attempts = (m: Machine): number => m.cpu.fetches + m.cpu.loads + m.cpu.stores;
    const stretch = run(engine, (machine, instret) => {
      if (instret >= 40_000 && stop === null) {
        attempted = -attempts(machine);
        const events = eventsOf(machine);
        const stops = [events.on('access', () => inStretch++), events.on('fault', () => faults++)];
        stop = () => stops.forEach((f) => f());
      } else if (instret >= 160_000 && stop !== null && attempted < 0) {
        stop();
        attempted += attempts(machine);
      }
    });
    expect(counted).toEqual(quiet);
    expect(stretch).toEqual(quiet);
    expect(accesses).toBeGreaterThan(200_000);
    expect(inStretch).toBe(attempted - faults); // a faulting access is a fault event, not an access
    expect(inStretch).toBeGreaterThan(120_000);
  });
});
