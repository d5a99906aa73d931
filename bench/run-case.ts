/**
 * One case of the emulator benchmark, in a process of its own (run.bench.ts starts one per case,
 * so that no case runs on JIT code shaped by another's configuration). Prints benny's result
 * and a last line of JSON: {"name", "mips"}.
 */
import benny from 'benny';
import { readFileSync } from 'node:fs';
import { assemble } from '../asm/assembler.js';
import { DEFAULT_CONFIG, Machine, type MachineConfig } from '../src/machine/machine.js';
import { Kernel } from '../src/kernel/kernel.js';

export const CASES: Record<string, { title: string; program: string; config: Partial<MachineConfig> }> = {
  default: { title: 'sieve, default TLBs (ITLB 128:8:lru, DTLB 64:4:lru)', program: 'programs/sieve.s', config: {} },
  off: { title: 'sieve, translation off (--mmu off)', program: 'programs/sieve.s', config: { mmu: false } },
  tiny: {
    title: 'sieve, DTLB of 4 entries, fully associative, fifo', program: 'programs/sieve.s',
    config: { dtlb: { entries: 4, ways: 4, policy: 'fifo' } },
  },
};

const name = process.argv[2];
const c = CASES[name];
if (c) {
  const elf = assemble([{ path: c.program, text: readFileSync(c.program, 'utf8') }]).elf;
  let instructions = 0;
  const run = (): void => {
    const machine = new Machine({ ...DEFAULT_CONFIG, ...c.config });
    const kernel = new Kernel(machine, { stdout: () => {}, stderr: () => {} });
    kernel.exec(elf, [c.program], []);
    kernel.run();
    instructions = machine.cpu.instret;
  };
  run(); // warm-up
  await benny.suite(
    c.title,
    benny.add(c.title, run),
    benny.cycle(),
    benny.complete((summary) => {
      const mips = instructions / summary.results[0].details.mean / 1e6;
      console.log(JSON.stringify({ name, title: c.title, instructions, mips }));
    }),
  );
}
