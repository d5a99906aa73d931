/**
 * The kernel under memory pressure, found by running programs/ in small RAM with each policy under
 * the invariant checker: a run that has the frames it needs behaves as with plenty of RAM.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from './harness.js';

describe('in 48 KiB of RAM', () => {
  // The child's read() into its copy-on-write .bss page (the kernel writing user memory) faulted;
  // allocating the copy made the clock policy scan, which cleared the page's A bit; the handler
  // saw another PTE, retried instead of copying, and the kernel's copy, which faults a page in
  // once, failed: read() returned EFAULT and the child exited 1 ("a system call failed").
  it('a system call writing a copy-on-write page gets its copy while the clock policy scans (isolation.s)', () => {
    const plenty = runProgram('isolation.s');
    const small = runProgram('isolation.s', [], { ramBytes: 48 * 1024 }, { policy: 'clock' });
    expect(small.stdout).toContain('child:  loading from 0x60000000\nparent: waitid: si_pid 3, si_code 2 (CLD_KILLED), si_status 11\n');
    expect({ stdout: small.stdout, result: small.result }).toEqual({ stdout: plenty.stdout, result: plenty.result });
    expect(small.kernel.reclaimer.stats.evictions).toBe(1); // the stack page both processes shared, for the copy
  });
});
