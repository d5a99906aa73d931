/**
 * The kernel under memory pressure, found by running programs/ in small RAM with each policy under
 * the invariant checker: a run that has the frames it needs behaves as with plenty of RAM.
 */
import { describe, expect, it } from 'vitest';
import { runAsm, runProgram } from './harness.js';

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

  // The parent dirties a .bss page and forks; the child's sweep of 64 pages pushes the shared page
  // out to swap, the child loads it back (a clean frame in the swap cache) and, still running,
  // tells the parent through a pipe. The parent's read() into that page (the kernel writing user
  // memory) swapped it in shared with the child, so read-only, and retried: the kernel's copy,
  // which faults a page in once, failed and read() returned EFAULT (status 242). A store fault
  // that swaps in a shared page now copies it in the same fault, as Linux's do_swap_page does.
  it('a system call writing a page swapped out after fork, brought back by the other process, gets its copy', () => {
    const source = `
  .globl _start
_start:
  la a0, fds          # pipe2(fds, 0)
  li a1, 0
  li a7, 59
  ecall
  la s0, buf
  li t0, 7            # dirty the page, then fork: shared copy-on-write
  sw t0, 0(s0)
  li a0, 17
  li a1, 0
  li a7, 220
  ecall
  beqz a0, child
  lw a0, fds          # parent: read(fds[0], buf, 4); exit with what it returned
  mv a1, s0
  li a2, 4
  li a7, 63
  ecall
  li a7, 93
  ecall
child:
  la t0, big          # write 64 pages: the shared page goes to swap
  li t1, 64
  li t2, 4096
1:
  sw t1, 0(t0)
  add t0, t0, t2
  addi t1, t1, -1
  bnez t1, 1b
  lw t3, 0(s0)        # load it back
  lw a0, fds+4        # write(fds[1], "abcd", 4)
  la a1, msg
  li a2, 4
  li a7, 64
  ecall
  li t1, 3000000      # keep running (and the page in the swap cache) while the parent reads
2:
  addi t1, t1, -1
  bnez t1, 2b
  li a0, 0
  li a7, 93
  ecall
  .data
msg: .ascii "abcd"
  .balign 4
fds: .word 0, 0
  .bss
  .balign 4096
buf: .space 4096
big: .space 64 * 4096
`;
    const r = runAsm(source, { ramBytes: 48 * 1024 }, ['t'], 50_000_000);
    expect(r.result).toEqual({ status: 4, end: 'exit', report: null });
    const parent = r.kernel.process;
    // Its store fault in read(): a minor fault (the child had brought the page back), and the copy.
    expect({ faults: parent.faults, copies: parent.cowCopies }).toEqual({
      faults: { minor: 3, major: 2, protection: 0, invalid: 0, cow: 1 }, copies: 1,
    });
  });
});
