/**
 * Fault-path throughput (npm run bench:faults): host page faults per second, on one machine
 * and kernel that run the program again and again. Demand-zero: the first touch of 1,024 fresh
 * pages (programs/thrash.s 1024 1: one round, with plenty of RAM). Swap round
 * trips: a 32-page working set cycled through 32 frames (programs/thrash.s 32 --ram 128k),
 * where every touch evicts a page to swap and brings one back.
 */
import benny from 'benny';
import { readFileSync } from 'node:fs';
import { assemble } from '../asm/assembler.js';
import { DEFAULT_CONFIG, Machine } from '../src/machine/machine.js';
import { Kernel } from '../src/kernel/kernel.js';

const thrash = assemble([{ path: 'programs/thrash.s', text: readFileSync('programs/thrash.s', 'utf8') }]).elf;

/** A machine and kernel of `ramBytes` that run thrash.s PAGES again and again; returns the faults of a run. */
function runner(args: string[], ramBytes: number): () => number {
  const machine = new Machine({ ...DEFAULT_CONFIG, ramBytes });
  const kernel = new Kernel(machine, { stdout: () => {}, stderr: () => {} });
  return () => {
    const p = kernel.exec(thrash, ['thrash', ...args], []);
    kernel.run();
    return p.faults.minor + p.faults.major;
  };
}

const cases: [string, () => number][] = [
  ['demand-zero faults (1,024 fresh pages)', runner(['1024', '1'], 16 * 1024 * 1024)],
  ['swap round trips (32 pages in 32 frames)', runner(['32', '50'], 128 * 1024)],
];
const faults = cases.map(([, f]) => f()); // warm-up, and the fault counts

await benny.suite(
  'fault path',
  ...cases.map(([name, f]) => benny.add(name, () => { f(); })),
  benny.cycle(),
  benny.complete((summary) => {
    console.log('\nfaults per second (host):');
    summary.results.forEach((r, i) => {
      console.log(`  ${r.name}: ${Math.round(faults[i] / r.details.mean).toLocaleString('en-US')} faults/s ` +
        `(${faults[i].toLocaleString('en-US')} faults per run)`);
    });
  }),
);
