/** Running a guest for the fuzzers: a fresh machine and kernel, output thrown away, the invariant checker on. */
import { DEFAULT_CONFIG, Machine, type MachineConfig } from '../../src/machine/machine.js';
import { ExecError, Kernel, type KernelOptions } from '../../src/kernel/kernel.js';
import { InvariantError } from '../../src/kernel/check.js';
import { classifyThrow, type Outcome } from '../target.js';

/**
 * Exec `elf` and run it for at most `maxInstructions`, as `vmlab run --check` does: an executable
 * the kernel refuses is `clean`, a run that ends in any way is `ran`, an InvariantError is
 * `invariant`, any other exception a `crash`.
 */
export function runGuest(elf: Uint8Array, config: Partial<MachineConfig>, options: Omit<KernelOptions, 'stdout' | 'stderr'>,
  maxInstructions: number): Outcome {
  try {
    const machine = new Machine({ ...DEFAULT_CONFIG, ...config });
    const kernel = new Kernel(machine, { stdout: () => {}, stderr: () => {}, ...options, check: true });
    kernel.exec(elf, ['guest'], []);
    const result = kernel.run(maxInstructions);
    return { kind: 'ran', detail: `${result.end} ${result.status}${result.report ? `: ${result.report}` : ''}` };
  } catch (e) {
    if (e instanceof InvariantError) return { kind: 'invariant', detail: e.message };
    return classifyThrow(e, (x) => x instanceof ExecError);
  }
}
