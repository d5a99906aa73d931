/** Kernel failures the fuzzer (npm run fuzz -- --target kernel) found, each as a minimal program, run with the checker on. */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KERNEL_POLICIES } from '../../src/kernel/kernel.js';
import { GuestFs } from '../../src/kernel/fs.js';
import { runAsm } from './harness.js';

/** A root holding a 45-byte a.txt (as fuzz/corpus/root does). */
function rootWithFile(): GuestFs {
  const root = mkdtempSync(join(tmpdir(), 'vmlab-fuzzreg-'));
  writeFileSync(join(root, 'a.txt'), 'x'.repeat(44) + '\n');
  return new GuestFs(root, false);
}

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
    // The stack limit (68 KiB) ends the growth where the old "64 KiB below sp" rule did (STACK_TOP is 0x7ffff000).
    const r = runAsm(source, { ramBytes: 256 * 1024 }, ['t'], 10_000_000, { policy, swapBytes: 256 * 1024, quantum: 500, stackLimit: 68 * 1024 });
    expect(r.result).toEqual({
      status: 139, end: 'signal',
      report: 'SIGSEGV: store at 0x7ffedf30: stack overflow: the stack would grow past its limit of 68 KiB (pc 0x00400048)',
    });
    expect(r.kernel.history.find((p) => p.pid === 2)?.report).toBe(
      'SIGKILL: out of memory: RAM and swap are full (no frame for 0x00400000 in .text [0x00400000-0x00401000 r-x]) (pc 0x00400048)');
    expect(r.kernel.reclaimer.swap.used).toBe(0);
  });

  // Found while cutting down seed 4262645054 (--with-brk): processes share a MAP_SHARED mapping of
  // a.txt just truncated to 0 bytes and store into it, so the page was anonymous (past the file's
  // end). At exit, collecting the dirty pages of the shared area asked the page cache for that
  // page, which allocated a frame; in 48 KiB of RAM reclaim evicted the stored page for it, the
  // cache got the same frame, and the stale PTE (D cleared) was written back over the swap entry:
  // "frame 4 has reference count 0 but 1 references". Since then a store past the end of the
  // file is SIGBUS (as in Linux): still no page-cache page, and the file stays empty.
  const sharedPastEnd = (forks: string) => `
  .data
path: .asciz "a.txt"
  .text
  .globl _start
_start:
  ${forks}
  li a0, -100; la a1, path; li a2, 578; li a7, 56; ecall       # openat O_RDWR|O_CREAT|O_TRUNC
  mv a4, a0; li a0, 0; li a1, 8192; li a2, 3; li a3, 1; li a5, 0; li a7, 222; ecall  # mmap2 MAP_SHARED
  mv s1, a0
  li a0, 17; li a1, 0; li a7, 220; ecall                        # fork
  sw t1, 0(s1)
  mv a0, s1; li a1, 8192; li a7, 215; ecall                     # munmap
  li a0, 0; li a7, 93; ecall
`;
  it.each(KERNEL_POLICIES)('%s: exit under memory pressure does not reuse the frame of a page of a shared mapping past the file\'s end', (policy) => {
    const fs = rootWithFile();
    const r = runAsm(sharedPastEnd('li a0, 17; li a7, 220; ecall'), { ramBytes: 48 * 1024 }, ['t'], 1_000_000, { fs, policy });
    expect(r.kernel.pageCache.has(fs.lookup('/a.txt'), 0)).toBe(false);
    expect(fs.lookup('/a.txt').size).toBe(0);
  });

  it('a store past the end of a shared file mapping makes no page-cache page when unmapped', () => {
    const fs = rootWithFile();
    const r = runAsm(sharedPastEnd(''), {}, ['t'], 1_000_000, { fs });
    expect(r.result).toMatchObject({ status: 135, end: 'signal' });
    expect(r.result.report).toMatch(/^SIGBUS: store at 0x7f7fc000: past the end of the file in \/a\.txt \[0x7f7fc000-0x7f7fe000 rw-\] \(pc 0x[0-9a-f]{8}\)$/);
    expect(r.kernel.pageCache.has(fs.lookup('/a.txt'), 0)).toBe(false);
    expect(fs.lookup('/a.txt').size).toBe(0);
  });

  // Three cases of ppoll_time64 and pselect6_time64 (test/fixtures/fuzz/, the fuzzer's programs
  // as it wrote them), with 32 KiB or 192 KiB of RAM. 919133281: two processes poll descriptors
  // that never become ready through an array that straddles two pages; ppoll wrote the revents
  // back before each wait, and each write faulted the page in again while the other process's
  // faults evicted it: the two ran the call again for ever. (Now the array is read once and
  // written when the call ends.) 2106685178: reading the arguments waited for the disk past the
  // whole timeout, which then never ended. 1153683180: pselect's process was killed (out of
  // memory) while its arguments were read, and the call then undid a wait that was gone (a crash).
  const cases: [number, number, number, string, number, boolean, string, RegExp][] = [
    [919133281, 32, 16, 'random', 100_000, true, 'deadlock', /^deadlock: every process is blocked \(pid 1 in ppoll, pid 2 in ppoll\)$/],
    [2106685178, 32, 4096, 'lru', 500, false, 'signal', /^SIGKILL: out of memory: /],
    [1153683180, 192, 0, 'fifo', 1_000_000, true, 'signal', /^SIGKILL: out of memory: no free frame for a page table/],
  ];
  it.each(cases)('fuzz case %i: a wait for descriptors under memory pressure ends', (seed, ramKiB, swapKiB, policy, quantum, asid, end, report) => {
    const root = mkdtempSync(join(tmpdir(), 'vmlab-fuzzreg-'));
    cpSync('fuzz/corpus/root', root, { recursive: true });
    const source = readFileSync(`test/fixtures/fuzz/kernel-${seed}.s`, 'utf8');
    const r = runAsm(source, { ramBytes: ramKiB * 1024, asid }, ['t'], 300_000,
      { fs: new GuestFs(root, true), policy: policy as (typeof KERNEL_POLICIES)[number], swapBytes: swapKiB * 1024, quantum });
    expect(r.result.end).toBe(end);
    expect(r.result.report).toMatch(report);
  });
});
