/**
 * Out-of-memory kills only when the working set does not fit (issue 10's standard: Linux would
 * reclaim instead). Pages the kernel faults in to copy a system call's buffer are not "just
 * faulted in" pages that must stay until the process runs: the copy is done at once.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { KERNEL_POLICIES } from '../../src/kernel/kernel.js';
import { runAsm, runElf } from './harness.js';

// A parent dirties 48 pages (192 KiB) and writes them to a child in one write(); the child reads
// them 4 KiB at a time into one page and exits with how many pages it read. In 96 KiB of RAM the
// write sleeps on the full pipe three times; every page it had copied stayed "fresh" (its process
// had run no instruction since) until RAM held nothing evictable and a process was killed
// ("RAM is full of page tables and pages just faulted in"), though the working set is a few pages.
const PIPE_WRITER = `
  la s0, big
  li t0, 0
  li t1, 196608
1: add t2, s0, t0
  sb t0, 0(t2)
  li t3, 4096
  add t0, t0, t3
  blt t0, t1, 1b
  la a0, fds; li a1, 0; li a7, 59; ecall        # pipe2
  li a7, 220; li a0, 17; li a1, 0; ecall        # fork
  bnez a0, parent
  la t0, fds; lw a0, 4(t0); li a7, 57; ecall    # child: close the write end
  li s1, 0
2: la t0, fds; lw a0, 0(t0); la a1, small; li a2, 4096; li a7, 63; ecall   # read to end of file
  blez a0, 3f
  add s1, s1, a0
  j 2b
3: srli a0, s1, 12                               # exit status: the pages read
  li a7, 93; ecall
parent:
  la t0, fds; lw a0, 0(t0); li a7, 57; ecall    # close the read end
  la t0, fds; lw a0, 4(t0); mv a1, s0; li a2, 196608; li a7, 64; ecall   # one write of 192 KiB
  srli s3, a0, 12
  la t0, fds; lw a0, 4(t0); li a7, 57; ecall
  li a0, -1; la a1, status; li a2, 0; li a3, 0; li a7, 260; ecall          # wait4
  la t0, status; lw t0, 0(t0); srli t0, t0, 8
  slli a0, s3, 8
  or a0, a0, t0                                 # pages written * 256 + pages read
  srli a0, a0, 7                                # (48 * 256 + 48) >> 7 = 96
  li a7, 93; ecall
  .data
fds: .word 0, 0
status: .word 0
  .bss
  .balign 4096
small: .space 4096
big: .space 196608
`;

describe('out-of-memory kills', () => {
  it.each(KERNEL_POLICIES)('%s: a 192 KiB pipe write from a process in 96 KiB of RAM completes', (policy) => {
    const r = runAsm(PIPE_WRITER, { ramBytes: 96 * 1024 }, ['t'], 10_000_000, { policy });
    expect(r.result).toEqual({ status: 96, end: 'exit', report: null });
    expect(r.kernel.history.map((p) => p.report)).toEqual([null, null]);
  });

  // test/c/pipes.c, whose writer sends 200 KiB through a pipe, was killed below 256 KiB of RAM.
  it.each([['random', 128], ['clock', 48]] as const)('%s: the C pipes program in %i KiB prints what qemu printed', (policy, kib) => {
    const expected = JSON.parse(readFileSync('test/fixtures/c/pipes.json', 'utf8'));
    const r = runElf(readFileSync('test/fixtures/c/pipes.elf'), { ramBytes: kib * 1024 }, ['pipes'], 50_000_000, { policy });
    expect([r.stdout, r.result.status]).toEqual([expected.stdout, expected.status]);
  });
});
