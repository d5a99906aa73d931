/** Run assembly on a fresh machine and kernel, capturing output: the tests' way to run programs. */
import { readFileSync } from 'node:fs';
import { assemble } from '../../asm/assembler.js';
import { DEFAULT_CONFIG, Machine, type MachineConfig } from '../../src/machine/machine.js';
import { Kernel, type KernelOptions, type RunResult } from '../../src/kernel/kernel.js';
import { Process, type ProcessRecord } from '../../src/kernel/proc.js';

export interface Run {
  machine: Machine;
  kernel: Kernel;
  result: RunResult;
  stdout: string;
  /** The same bytes undecoded (for output that is not text). */
  stdoutBytes: Buffer;
  stderr: string;
}

/** What a run may add to the kernel's I/O: a file tree, standard input. */
export type RunIo = Omit<KernelOptions, 'stdout' | 'stderr'>;

/** Assemble `source` (a _start is added unless present) and run it to the end. */
export function runAsm(source: string, config: Partial<MachineConfig> = {}, argv: string[] = ['t'], maxInstructions = 10_000_000,
  io: RunIo = {}): Run {
  const text = /_start\b/.test(source) ? source : `.globl _start\n_start:\n${source}`;
  return runElf(assemble([{ path: 't.s', text }]).elf, config, argv, maxInstructions, io);
}

/** Run one of programs/*.s. */
export function runProgram(name: string, args: string[] = [], config: Partial<MachineConfig> = {}, io: RunIo = {}): Run {
  const path = `programs/${name}`;
  const elf = assemble([{ path, text: readFileSync(path, 'utf8') }]).elf;
  return runElf(elf, config, [path, ...args], 100_000_000, io);
}

export function runElf(elf: Uint8Array, config: Partial<MachineConfig> = {}, argv: string[] = ['t'], maxInstructions = 10_000_000,
  io: RunIo = {}): Run {
  const machine = new Machine({ ...DEFAULT_CONFIG, ...config });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  // The invariant checker is on in every test run (it throws InvariantError on a kernel bug).
  const kernel = new Kernel(machine, {
    stdout: (b) => out.push(Buffer.from(b)), stderr: (b) => err.push(Buffer.from(b)), check: true, ...io,
  });
  kernel.exec(elf, argv, []);
  const result = kernel.run(maxInstructions);
  const stdoutBytes = Buffer.concat(out);
  return { machine, kernel, result, stdout: stdoutBytes.toString(), stdoutBytes, stderr: Buffer.concat(err).toString() };
}

/** Exit with a0 as the status: append to a snippet that leaves its answer in a0. */
export const EXIT = '\n  li a7, 93\n  ecall\n';

/** `p` from Kernel.history as the process itself: it must not have been reaped (a reaped one is kept as its record). */
export function live(p: Process | ProcessRecord): Process {
  if (!(p instanceof Process)) throw new Error(`pid ${p.pid} was reaped: only its record is kept`);
  return p;
}
