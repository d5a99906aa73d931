/** Kernel failures the fuzzer (npm run fuzz -- --target kernel) found, each as a minimal program, run with the checker on. */
import { describe, expect, it } from 'vitest';
import { KERNEL_POLICIES } from '../../src/kernel/kernel.js';
import { runAsm } from './harness.js';

describe('kernel fuzzer regressions', () => {
  // Seed 1011481683 (case 110 of seed 1): two processes share 52 copy-on-write pages and then grow
  // their stacks until RAM and swap are full. Evicting a dirty page whose older copy was still in
  // the swap cache dropped the cache's reference to the old slot before trying to store the new
  // copy; with the swap full the store failed, the page stayed, and its old slot had one reference
  // too few ("swap slot 0 has 1 references but 2 holders").
  const source = `
  la s0, buf
  li a0, 17           # fork
  li a7, 220
  ecall
  li t0, 32768
  add t0, t0, s0
  li t1, 52
  li t2, 4096
1: sw t1, 0(t0)       # dirty 52 pages of the (copy-on-write) buffer
  add t0, t0, t2
  addi t1, t1, -1
  bnez t1, 1b
  li a7, 260          # wait4(child or 0, NULL, 0)
  ecall
  addi t0, sp, -16
  li t1, 11
  li t2, -4096
2: sw t1, 0(t0)       # grow the stack until killed
  add t0, t0, t2
  bnez t1, 2b
  .bss
  .balign 4096
buf: .space 262144
`;
  it.each(KERNEL_POLICIES)('%s: a failed swap-out keeps the old swap slot\'s references', (policy) => {
    const r = runAsm(source, { ramBytes: 256 * 1024 }, ['t'], 10_000_000, { policy, swapBytes: 256 * 1024, quantum: 500 });
    expect(r.result).toEqual({
      status: 139, end: 'signal',
      report: 'SIGSEGV: store at 0x7ffedf80: no mapping (below the stack, far under sp 0x7fffef90) (pc 0x00400048)',
    });
    expect(r.kernel.history.find((p) => p.pid === 2)?.report).toBe(
      'SIGKILL: out of memory: RAM and swap are full (no frame for 0x00400000 in .text [0x00400000-0x00401000 r-x]) (pc 0x00400048)');
    expect(r.kernel.reclaimer.swap.used).toBe(0);
  });
});
