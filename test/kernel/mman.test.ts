/** mmap2, munmap, mprotect, msync: mappings, the page cache under them, copy-on-write, errors. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GuestFs } from '../../src/kernel/fs.js';
import { lookup } from '../../src/kernel/vm/pagetable.js';
import { EXIT, runAsm, type Run } from './harness.js';

function makeRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'vmlab-mm-'));
  writeFileSync(join(root, 'a.txt'), 'AAAA'.repeat(1024) + 'tail');
  writeFileSync(join(root, 'b.txt'), 'BBBB');
  return root;
}

const DATA = (strings: Record<string, string>): string =>
  '\n.data\n' + Object.entries(strings).map(([label, s]) => `${label}: .asciz ${JSON.stringify(s)}`).join('\n') +
  '\n.bss\nbuf: .space 8192\n';

function run(root: string, body: string, strings: Record<string, string> = {}, writeThrough = false): Run {
  return runAsm(body + EXIT + DATA(strings), {}, ['t'], 10_000_000, { fs: new GuestFs(root, writeThrough) });
}

const open = (label: string, flags: number, reg = 's0'): string =>
  `li a0, -100\n  la a1, ${label}\n  li a2, ${flags}\n  li a7, 56\n  ecall\n  mv ${reg}, a0\n`;
/** mmap2(addr, len, prot, flags, fd register, pgoff) into `reg`. */
const mmap = (addr: number, len: number, prot: number, flags: number, fd: string, pgoff = 0, reg = 's1'): string =>
  `li a0, ${addr}\n  li a1, ${len}\n  li a2, ${prot}\n  li a3, ${flags}\n  mv a4, ${fd}\n  li a5, ${pgoff}\n  li a7, 222\n  ecall\n  mv ${reg}, a0\n`;
const PRIVATE = 2, SHARED = 1, FIXED = 0x10, ANON = 0x20;

describe('mmap2', () => {
  it('maps anonymous memory top-down below the stack reserve, zero-filled on demand', () => {
    const r = run(makeRoot(), `li t0, -1\n${mmap(0, 8192, 3, PRIVATE | ANON, 't0')}  li t6, 4096\n  add t6, s1, t6\n  lw t1, 0(t6)\n  li t2, 7\n  sw t2, 4(s1)\n  lw a0, 4(s1)\n  add a0, a0, t1`);
    expect(r.result.status).toBe(7);
    const anon = r.kernel.process.vmas.find((v) => v.name === '[anon]')!;
    expect([anon.start, anon.end]).toEqual([0x7f7fe000 - 8192, 0x7f7fe000]);
    expect(anon.faults.minor).toBe(2);
  });

  it('maps a file privately: reads its bytes, a write copies the page and never reaches the file', () => {
    const root = makeRoot();
    const r = run(root, open('p', 0) + mmap(0, 8192, 3, PRIVATE, 's0') +
      `lbu t0, 0(s1)            # 'A'
      li t1, 'Z'\n  sb t1, 0(s1)     # copy-on-write
      lbu t2, 0(s1)            # 'Z' in the mapping
      mv a0, s0\n  la a1, buf\n  li a2, 1\n  li a7, 63\n  ecall      # read(): still 'A'
      la t3, buf\n  lbu t3, 0(t3)
      li t6, 4096\n  add t6, s1, t6\n  lbu t4, 0(t6)   # 't' of "tail"
      add a0, t0, t2\n  add a0, a0, t3\n  add a0, a0, t4`, { p: 'a.txt' }, true);
    expect(r.result.status).toBe(('A'.charCodeAt(0) + 'Z'.charCodeAt(0) + 'A'.charCodeAt(0) + 't'.charCodeAt(0)) & 0xff);
    expect(r.kernel.process.faults.cow).toBe(1);
    expect(readFileSync(join(root, 'a.txt'), 'utf8').startsWith('AAAA')).toBe(true);
    expect(r.kernel.pageCache.stats.writeBacks).toBe(0);
  });

  it('maps a file shared: one frame for two mappings, writes seen by read() and written back', () => {
    const root = makeRoot();
    const r = run(root, open('p', 2) + mmap(0, 4096, 3, SHARED, 's0') + mmap(0, 4096, 1, SHARED, 's0', 0, 's2') +
      `li t0, 'x'\n  sb t0, 1(s1)
      lbu t1, 1(s2)            # seen through the other mapping
      mv a0, s0\n  la a1, buf\n  li a2, 4\n  li a7, 63\n  ecall
      la t2, buf\n  lbu t2, 1(t2)   # and by read()
      add a0, t1, t2`, { p: 'b.txt' }, true);
    expect(r.result.status).toBe((2 * 'x'.charCodeAt(0)) & 0xff);
    expect(readFileSync(join(root, 'b.txt'), 'utf8')).toBe('BxBB');
    expect(r.kernel.pageCache.stats.writeBacks).toBe(1);
  });

  it('maps one frame, the page cache\'s, for a file page however many mappings share it', () => {
    const root = makeRoot();
    const body = open('p', 0) + mmap(0, 4096, 1, SHARED, 's0') + mmap(0, 4096, 1, SHARED, 's0', 0, 's2') +
      'lbu t0, 0(s1)\n  lbu t1, 0(s2)\n1: j 1b';
    const r = runAsm(body + DATA({ p: 'b.txt' }), {}, ['t'], 5000, { fs: new GuestFs(root, false) });
    expect(r.result.end).toBe('limit'); // still running: its page table is intact
    const cpu = r.machine.cpu;
    const frameOf = (va: number): number => lookup(r.kernel.pageTables, r.kernel.process.root, va).pte >>> 10;
    const [a, b] = [cpu.x[9] >>> 0, cpu.x[18] >>> 0];
    expect(a).not.toBe(b);
    expect(frameOf(a)).toBe(frameOf(b));
    expect(r.kernel.frames.refcount[frameOf(a)]).toBe(3); // the cache and two mappings
    expect(r.kernel.pageCache.size).toBe(3); // the executable's .text and .data pages, and the file's
  });

  it('writes back only dirty pages: a shared mapping only read writes nothing', () => {
    const r = run(makeRoot(), open('p', 2) + mmap(0, 8192, 3, SHARED, 's0') + 'li t6, 4096\n  add t6, s1, t6\n  lbu a0, 0(t6)', { p: 'a.txt' });
    expect([r.result.status, r.kernel.pageCache.stats.writeBacks]).toEqual(['t'.charCodeAt(0), 0]);
  });

  it.each([
    ['MAP_STACK', 0x20000], ['MAP_LOCKED', 0x2000], ['MAP_DENYWRITE', 0x800], ['MAP_NONBLOCK', 0x10000], ['MAP_SYNC', 0x80000],
    ['a flag Linux does not know', 0x40000000],
  ])('takes %s with MAP_PRIVATE, as Linux and qemu-riscv32 (they ignore what changes nothing)', (_what, flag) => {
    const r = run(makeRoot(), `li t0, -1\n${mmap(0x20000000, 4096, 3, PRIVATE | ANON | FIXED | flag, 't0')}  li t2, 7\n  sw t2, 0(s1)\n  lw a0, 0(s1)`);
    expect([r.result.status, r.machine.cpu.x[9] >>> 0]).toEqual([7, 0x20000000]);
  });

  it('takes an address hint where the range is free (rounded down to its page, 4096 at the least), as Linux', () => {
    const r = run(makeRoot(), `li t0, -1\n${mmap(0x30000000, 8192, 3, PRIVATE | ANON, 't0')}` +
      `${mmap(0x30100123, 4096, 3, PRIVATE | ANON, 't0', 0, 's2')}${mmap(0x30001000, 4096, 3, PRIVATE | ANON, 't0', 0, 's3')}` +
      `${mmap(5, 4096, 3, PRIVATE | ANON, 't0', 0, 's4')}${mmap(0x7f7ff000, 4096, 3, PRIVATE | ANON, 't0', 0, 's5')}` +
      `${mmap(0x7fefe000, 4096, 3, PRIVATE | ANON, 't0', 0, 's6')}${mmap(0x7fefd000, 4096, 3, PRIVATE | ANON, 't0', 0, 's7')}  li a0, 0`);
    const x = r.machine.cpu.x;
    // Free: taken, in the stack's reserve too (0x7f7ff000), as Linux takes it. Taken already
    // (0x30001000), or within the stack guard gap, 1 MiB below the stack's 0x7fffe000 (a page at
    // 0x7fefe000, not one at 0x7fefd000): top-down instead.
    expect([x[9], x[18], x[19], x[20], x[21], x[22], x[23]].map((v) => v >>> 0))
      .toEqual([0x30000000, 0x30100000, 0x7f7fd000, 0x1000, 0x7f7ff000, 0x7f7fc000, 0x7fefd000]);
  });

  it('MAP_FIXED_NOREPLACE maps a free range and refuses a used one with EEXIST', () => {
    const NOREPLACE = 0x100000;
    const r = run(makeRoot(), `li t0, -1\n${mmap(0x20000000, 8192, 3, PRIVATE | ANON | NOREPLACE, 't0')}` +
      `${mmap(0x20001000, 4096, 3, PRIVATE | ANON | NOREPLACE, 't0', 0, 's2')}  sub a0, s1, s2`);
    expect([r.machine.cpu.x[9] >>> 0, r.machine.cpu.x[18]]).toEqual([0x20000000, -17]);
  });

  it.each([
    ['length 0', `li t0, -1\n${mmap(0, 0, 3, PRIVATE | ANON, 't0')}`, 22],
    ['neither shared nor private', `li t0, -1\n${mmap(0, 4096, 3, ANON, 't0')}`, 22],
    // MAP_SHARED_VALIDATE checks its flags (anonymous, it is no type at all): as Linux (x86-64 natively:
    // EOPNOTSUPP for 0x200000, MAP_SYNC or MAP_FIXED_NOREPLACE on a file; qemu-riscv32 says EINVAL)
    ['MAP_SHARED_VALIDATE, anonymous', `li t0, -1\n${mmap(0, 4096, 3, 3 | ANON, 't0')}`, 22],
    ['MAP_SHARED_VALIDATE with an unknown flag', `${open('p', 2)}${mmap(0, 4096, 3, 3 | 0x200000, 's0')}`, 95],
    ['MAP_SHARED_VALIDATE with MAP_SYNC on a file', `${open('p', 2)}${mmap(0, 4096, 3, 3 | 0x80000, 's0')}`, 95],
    ['a bad descriptor before a bad type (MAP_FIXED alone)', `li t0, -1\n${mmap(0x10000000, 4096, 3, FIXED, 't0')}`, 9],
    ['a bad descriptor', `li t0, 42\n${mmap(0, 4096, 1, PRIVATE, 't0')}`, 9],
    ['MAP_FIXED at an unaligned address', `li t0, -1\n${mmap(0x10000001, 4096, 3, PRIVATE | ANON | FIXED, 't0')}`, 22],
    ['MAP_FIXED at page 0', `li t0, -1\n${mmap(0, 4096, 3, PRIVATE | ANON | FIXED, 't0')}`, 1],
    ['PROT_WRITE, MAP_SHARED on a read-only file', `${open('p', 0)}${mmap(0, 4096, 3, SHARED, 's0')}`, 13],
    ['a write-only file', `${open('p', 1)}${mmap(0, 4096, 1, PRIVATE, 's0')}`, 13],
    ['a directory', `${open('d', 0)}${mmap(0, 4096, 1, PRIVATE, 's0')}`, 19],
    ['more than the room left', `li t0, -1\n${mmap(0, 0x7fff0000, 3, PRIVATE | ANON, 't0')}`, 12],
    // Linux's, where qemu-riscv32 7.2 differs (it maps these, or checks the type first):
    ['an offset whose last page passes 2^32 pages', `li t0, -1\n${mmap(0, 8192, 3, PRIVATE | ANON, 't0', -1)}`, 75],
    ['MAP_FIXED past the user space before its alignment', `li t0, -1\n${mmap(0x7ffff001, 8192, 3, PRIVATE | ANON | FIXED, 't0')}`, 12],
    ['MAP_FIXED_NOREPLACE over a mapping before a missing type',
      `li t0, -1\n${mmap(0x20000000, 4096, 3, PRIVATE | ANON | FIXED, 't0')}${mmap(0x20000000, 4096, 3, ANON | 0x100000, 't0')}`, 17],
    ['MAP_GROWSDOWN on a file', `${open('p', 0)}${mmap(0, 4096, 1, PRIVATE | 0x100, 's0')}`, 22],
    ['MAP_GROWSDOWN on shared anonymous memory', `li t0, -1\n${mmap(0, 4096, 3, SHARED | ANON | 0x100, 't0')}`, 22],
    ['the write end of a pipe (its read check before the pipe\'s lack of mmap)', `la a0, buf\n  li a1, 0\n  li a7, 59\n  ecall\n  la t0, buf\n  lw s0, 4(t0)\n${mmap(0, 4096, 1, PRIVATE, 's0')}`, 13],
    ['the read end of a pipe', `la a0, buf\n  li a1, 0\n  li a7, 59\n  ecall\n  la t0, buf\n  lw s0, 0(t0)\n${mmap(0, 4096, 1, PRIVATE, 's0')}`, 19],
  ])('refuses %s', (_what, body, errno) => {
    const r = run(makeRoot(), `${body}  neg a0, s1`, { p: 'a.txt', d: '.' });
    expect(r.result.status).toBe(errno);
  });
});

describe('munmap, mprotect, msync', () => {
  it('munmap: a later access faults; remapping another file at the address reads the new bytes (no stale TLB entry)', () => {
    const root = makeRoot();
    const r = run(root, open('p', 0) + open('q', 0, 's3') + mmap(0, 4096, 1, PRIVATE, 's0') +
      `lbu t0, 0(s1)                       # 'A', now in the TLB
      mv a0, s1\n  li a1, 4096\n  li a7, 215\n  ecall\n  mv t5, a0
      ${mmap(0, 4096, 1, PRIVATE | FIXED, 's3').replace('li a0, 0\n', 'mv a0, s1\n')}
      lbu t1, 0(s1)                       # 'B'
      add a0, t0, t1\n  add a0, a0, t5`, { p: 'a.txt', q: 'b.txt' });
    expect(r.result.status).toBe(('A'.charCodeAt(0) + 'B'.charCodeAt(0)) & 0xff);
  });

  it('munmap: touching the unmapped page is a SIGSEGV', () => {
    const r = run(makeRoot(), `li t0, -1\n${mmap(0, 8192, 3, PRIVATE | ANON, 't0')}  sw zero, 0(s1)
      mv a0, s1\n  li a1, 4096\n  li a7, 215\n  ecall\n  li t6, 4096\n  add t6, s1, t6\n  sw zero, 0(t6)\n  lw a0, 0(s1)`);
    expect(r.result.report).toMatch(/^SIGSEGV: load at 0x7f7fc000: no mapping/);
    expect(r.kernel.process.vmas.find((v) => v.name === '[anon]')).toMatchObject({ start: 0x7f7fd000, end: 0x7f7fe000 });
  });

  it('mprotect: a page made read-only faults on the next store, even with a writable TLB entry cached', () => {
    const r = run(makeRoot(), `li t0, -1\n${mmap(0, 4096, 3, PRIVATE | ANON, 't0')}  sw zero, 0(s1)
      mv a0, s1\n  li a1, 4096\n  li a2, 1\n  li a7, 226\n  ecall\n  lw t1, 0(s1)\n  sw zero, 0(s1)`);
    expect(r.result.report).toMatch(/^SIGSEGV: store at 0x7f7fd000: \[anon\] \[0x7f7fd000-0x7f7fe000 r--\] is not writable/);
  });

  it('mprotect over a hole changes the areas before it and fails with ENOMEM, as Linux', () => {
    // a page at 0x20002000 and nothing after it: PROT_READ over both pages is ENOMEM, and the first is read-only now
    const r = run(makeRoot(), `li t0, -1\n${mmap(0x20002000, 4096, 3, PRIVATE | ANON | FIXED, 't0')}  sw zero, 0(s1)
      mv a0, s1\n  li a1, 8192\n  li a2, 1\n  li a7, 226\n  ecall\n  mv s2, a0\n  lw t1, 0(s1)\n  sw zero, 0(s1)`);
    expect(r.machine.cpu.x[18]).toBe(-12);
    expect(r.result.report).toMatch(/^SIGSEGV: store at 0x20002000: \[anon\] \[0x20002000-0x20003000 r--\] is not writable/);
  });

  it('mprotect and msync refuse unmapped ranges (ENOMEM) and bad arguments (EINVAL, EACCES)', () => {
    const root = makeRoot();
    const errno = (body: string): number => run(root, `${body}\n  neg a0, a0`, { p: 'a.txt' }).result.status;
    expect(errno('li a0, 0x10000000\n  li a1, 4096\n  li a2, 1\n  li a7, 226\n  ecall')).toBe(12);
    expect(errno('li a0, 0x10000000\n  li a1, 4096\n  li a2, 4\n  li a7, 227\n  ecall')).toBe(12);
    expect(errno('li a0, 0x10000001\n  li a1, 4096\n  li a2, 1\n  li a7, 226\n  ecall')).toBe(22);
    expect(errno('li a0, 0x10000001\n  li a1, 4096\n  li a7, 215\n  ecall')).toBe(22);
    expect(errno('li a0, 0x10000000\n  li a1, 4096\n  li a2, 5\n  li a7, 227\n  ecall')).toBe(22); // MS_ASYNC|MS_SYNC
    expect(errno('li a0, 0x10000000\n  li a1, 0\n  li a7, 215\n  ecall')).toBe(22); // munmap of length 0
    expect(errno(`${open('p', 0)}${mmap(0, 4096, 1, SHARED, 's0')}  mv a0, s1\n  li a1, 4096\n  li a2, 3\n  li a7, 226\n  ecall`)).toBe(13);
    // PROT_SEM (8) is valid for mprotect, as Linux and qemu-riscv32; 16 is not
    const mapped = `li t0, -1\n${mmap(0, 4096, 3, PRIVATE | ANON, 't0')}  mv a0, s1\n  li a1, 4096\n  li a7, 226\n`;
    expect(errno(`${mapped}  li a2, 9\n  ecall`)).toBe(0);
    expect(errno(`${mapped}  li a2, 16\n  ecall`)).toBe(22);
    // Linux's order, where qemu-riscv32 checks the protection first: a length of 0 does nothing whatever it asks
    expect(errno(`${mapped}  li a1, 0\n  li a2, 16\n  ecall`)).toBe(0);
    // msync of a length that rounds up to 4 GiB: 0 bytes in 32 bits, nothing to do
    expect(errno('li a0, 0x10000000\n  li a1, -1\n  li a2, 4\n  li a7, 227\n  ecall')).toBe(0);
  });

  // Found by a review: a standard stream was taken as open for both, ENODEV where Linux gives EACCES.
  it('mmap of a standard stream: EACCES for stdout on a pipe or a file (open for writing), ENODEV on a terminal or a socket', () => {
    const errno = (mode: number): number => runAsm(`li t0, 1\n${mmap(0, 4096, 1, PRIVATE, 't0')}  neg a0, s1` + EXIT, {}, ['t'], 1_000_000, {
      stdio: [{ mode, window: null }, { mode, window: null }, { mode, window: null }],
    }).result.status;
    expect([errno(0o010600), errno(0o100644), errno(0o140777), errno(0o020666)]).toEqual([13, 13, 19, 19]);
  });

  // Found by a review: PROT_GROWSDOWN took the stack only; Linux takes any VM_GROWSDOWN area.
  it('mprotect PROT_GROWSDOWN on MAP_GROWSDOWN memory reaches its start; PROT_GROWSUP from a hole is ENOMEM, as Linux', () => {
    const r = run(makeRoot(), `li t0, -1\n${mmap(0x20000000, 8192, 3, PRIVATE | ANON | FIXED | 0x100, 't0')}` +
      `li a0, 0x20001000\n  li a1, 4096\n  li a2, ${1 | 0x01000000}\n  li a7, 226\n  ecall\n  mv s2, a0\n` +
      `li a0, 0x1f000000\n  li a1, 0x1001000\n  li a2, ${1 | 0x02000000}\n  li a7, 226\n  ecall\n  mv s3, a0\n  li a0, 0`);
    expect([r.machine.cpu.x[18], r.machine.cpu.x[19]]).toEqual([0, -12]);
    expect(r.kernel.process.vmas.filter((v) => v.start >= 0x20000000 && v.end <= 0x20002000).map((v) => [v.start, v.end, v.prot]))
      .toEqual([[0x20000000, 0x20002000, 1]]);
  });

  it('mmap takes protection bits it does not know, as Linux\'s mmap (qemu-riscv32 refuses some): the area gets read, write, execute', () => {
    const r = run(makeRoot(), `li t0, -1\n${mmap(0, 4096, 3 | 8 | 16 | 0x01000000, PRIVATE | ANON, 't0')}  li t1, 5\n  sw t1, 0(s1)\n  lw a0, 0(s1)`);
    expect(r.result.status).toBe(5);
    expect(r.kernel.process.vmas.find((v) => v.name === '[anon]')!.prot).toBe(3);
  });

  it('msync writes a shared mapping\'s dirty page to the file at once', () => {
    const root = makeRoot();
    const r = run(root, open('p', 2) + mmap(0, 4096, 3, SHARED, 's0') +
      `li t0, 'q'\n  sb t0, 3(s1)\n  mv a0, s1\n  li a1, 4096\n  li a2, 4\n  li a7, 227\n  ecall\n  ebreak`, { p: 'b.txt' }, true);
    expect(r.result.report).toMatch(/^SIGTRAP/);
    expect(readFileSync(join(root, 'b.txt'), 'utf8')).toBe('BBBq');
  });
});

describe('the stack', () => {
  const recurse = (depth: number): string => `li a0, ${depth}\n  call f\n  li a0, 0${EXIT}
    f: addi sp, sp, -64\n  sw ra, 60(sp)\n  beqz a0, 1f\n  addi a0, a0, -1\n  call f
    1: lw ra, 60(sp)\n  addi sp, sp, 64\n  ret`;

  it('grows down on demand, page by page', () => {
    const r = runAsm(recurse(1000));
    expect(r.result.status).toBe(0);
    const stack = r.kernel.process.vmas.find((v) => v.name === '[stack]')!;
    expect(stack.end - stack.start).toBe(stack.faults.minor * 4096);
    expect(stack.end - stack.start).toBeGreaterThanOrEqual(1000 * 64);
  });

  it('stops at the stack limit with a clear SIGSEGV', () => {
    const r = runAsm(recurse(1_000_000), {}, ['t'], 50_000_000, { stackLimit: 64 * 1024 });
    expect(r.result.status).toBe(139);
    expect(r.result.report).toMatch(/^SIGSEGV: store at 0x7ffee[0-9a-f]{3}: stack overflow: the stack would grow past its limit of 64 KiB \(pc 0x[0-9a-f]+\)$/);
  });

  it('grows for an access far below sp, within the limit: RISC-V Linux has no "below sp" check', () => {
    // 1 MiB under sp: the stack grows to it (one page faulted in), sp unchanged.
    const r = runAsm('li t0, 0x100000\n  sub t0, sp, t0\n  li t1, 42\n  sw t1, 0(t0)\n  lw a0, 0(t0)\n  li a7, 93\n  ecall');
    expect(r.result).toMatchObject({ status: 42, end: 'exit' });
    const stack = r.kernel.process.vmas.find((v) => v.name === '[stack]')!;
    expect(stack.start).toBe(0x7fefe000); // sp is in 0x7fffe000's page
    expect(stack.faults.minor).toBe(2);
  });
});

describe('brk beside mmap', () => {
  // s0 = the break; s1 = the page after the heap's first page, where an anonymous mapping is fixed.
  const SETUP = `
    li a7, 214
    li a0, 0
    ecall
    mv s0, a0
    li t0, 4095
    add a0, s0, t0
    li t1, -4096
    and a0, a0, t1
    li t0, 4096
    add s1, a0, t0
    mv a0, s1
    li a1, 4096
    li a2, 3
    li a3, 0x32
    li a4, -1
    li a5, 0
    li a7, 222
    ecall
  `;
  it('refuses to grow the heap over a mapping above it, as Linux does: the break stays', () => {
    const r = runAsm(`${SETUP}
    li t0, 4096
    add a0, s1, t0
    li a7, 214
    ecall
    sub a0, a0, s0
    seqz a0, a0${EXIT}`);
    expect(r.result).toEqual({ status: 1, end: 'exit', report: null });
  });

  it('grows the heap up to a page below the mapping, not into that page (Linux keeps it as a gap)', () => {
    // The mapping is at s1 = the break's page + 4096: brk(s1) and brk(break + 1) are refused.
    const refused = runAsm(`${SETUP}
    mv a0, s1\n  li a7, 214\n  ecall\n  sub s2, a0, s0
    addi a0, s0, 1\n  li a7, 214\n  ecall\n  sub a0, a0, s0\n  or a0, a0, s2\n  seqz a0, a0${EXIT}`);
    expect(refused.result).toEqual({ status: 1, end: 'exit', report: null });
    // Unmap it and map it a page further up (s1 + 4096): brk(s1) grows the heap by its page.
    const r = runAsm(`${SETUP}
    mv a0, s1\n  li a1, 4096\n  li a7, 215\n  ecall
    li t0, 4096\n  add a0, s1, t0\n  li a1, 4096\n  li a2, 3\n  li a3, 0x32\n  li a4, -1\n  li a5, 0\n  li a7, 222\n  ecall
    mv a0, s1\n  li a7, 214\n  ecall\n  sub a0, a0, s1\n  seqz a0, a0${EXIT}`);
    expect(r.result).toEqual({ status: 1, end: 'exit', report: null });
    expect(r.kernel.process.vmas.find((v) => v.name === '[heap]')!.end).toBe(r.kernel.process.brk);
  });

  it('grows into a new read-write area when mprotect changed the heap\'s last page, as Linux merges only like areas', () => {
    // brk(+2 pages), mprotect(the 2nd, PROT_READ), brk(+4 pages), store into the 3rd page: exit 7.
    const r = runAsm(`
    li a0, 0\n  li a7, 214\n  ecall\n  mv s0, a0
    li t0, 8192\n  add a0, s0, t0\n  li a7, 214\n  ecall
    li t0, 4096\n  add a0, s0, t0\n  li a1, 4096\n  li a2, 1\n  li a7, 226\n  ecall
    li t0, 16384\n  add a0, s0, t0\n  li a7, 214\n  ecall
    li t0, 8192\n  add t0, s0, t0\n  li t1, 7\n  sw t1, 0(t0)\n  lw a0, 0(t0)${EXIT}`);
    expect(r.result).toEqual({ status: 7, end: 'exit', report: null });
    expect(r.kernel.process.vmas.filter((v) => v.name === '[heap]').map((v) => v.prot)).toEqual([3, 1, 3]);
  });

  it('refuses to go down over pages the program unmapped itself, as Linux\'s brk finds no area there; within a page it may', () => {
    // brk(+2 pages), munmap them, brk(start): the break stays 2 pages up; brk(+2 pages - 1) moves it.
    const r = runAsm(`
    li a0, 0\n  li a7, 214\n  ecall\n  mv s0, a0
    li t0, 8192\n  add a0, s0, t0\n  li a7, 214\n  ecall
    li t0, 4095\n  add a0, s0, t0\n  li t1, -4096\n  and a0, a0, t1\n  li a1, 8192\n  li a7, 215\n  ecall
    mv a0, s0\n  li a7, 214\n  ecall\n  sub s1, a0, s0
    li t0, 8191\n  add a0, s0, t0\n  li a7, 214\n  ecall\n  sub s2, a0, s0
    li a0, 0\n  li a7, 214\n  ecall\n  sub a0, a0, s0
    li t0, 8191\n  xor a0, a0, t0\n  li t0, 8192\n  xor s1, s1, t0\n  li t0, 8191\n  xor s2, s2, t0
    or a0, a0, s1\n  or a0, a0, s2\n  seqz a0, a0${EXIT}`);
    expect(r.result).toEqual({ status: 1, end: 'exit', report: null });
  });

  it('stops at the top of the mmap region, which the stack limit sets', () => {
    const r = runAsm(`
    li a7, 214
    li a0, 0
    ecall
    mv s0, a0
    li a0, 0x7f000000
    li a7, 214
    ecall
    sub a0, a0, s0
    seqz a0, a0${EXIT}`, {}, ['t'], 10_000_000, { stackLimit: 64 * 1024 * 1024 });
    expect(r.result.status).toBe(1);
    const r2 = runAsm(`
    li a0, 0x7f900000
    li a7, 214
    ecall
    li t0, 0x7f900000
    sub a0, a0, t0
    seqz a0, a0${EXIT}`, {}, ['t'], 10_000_000, { stackLimit: 1024 * 1024 });
    expect(r2.result.status).toBe(1);
  });
});

describe('madvise (Linux\'s answers where qemu-riscv32 7.2 says 0: test/c/madvise.c has the rest against it)', () => {
  /** madvise(reg + offset, len, advice), its result saved as word i of `words`. */
  const madvise = (reg: string, offset: number, len: number, advice: number, i: number): string =>
    `li t0, ${offset}\n  add a0, ${reg}, t0\n  li a1, ${len}\n  li a2, ${advice}\n  li a7, 233\n  ecall\n  la t0, words\n  sw a0, ${4 * i}(t0)\n`;

  it('unknown advice is EINVAL; a range with a hole is ENOMEM, its mapped pages dropped all the same; MADV_FREE of a file mapping is EINVAL; a private file page comes back from the file', () => {
    const r = runAsm(`li t0, -1\n${mmap(0, 3 * 4096, 3, PRIVATE | ANON, 't0')}
      li t1, 'C'\n  li t2, 8192\n  add t2, s1, t2\n  sb t1, 0(t2)      # page 2 written
      ${madvise('s1', 0, 4096, 999, 0)}
      li a0, 4096\n  add a0, s1, a0\n  li a1, 4096\n  li a7, 215\n  ecall   # unmap page 1
      ${madvise('s1', 0, 3 * 4096, 4, 1)}
      lbu t3, 0(t2)\n  la t0, words\n  sw t3, 8(t0)                 # page 2 after it: 0
      ${open('p', 0)}${mmap(0, 4096, 3, PRIVATE, 's0', 0, 's2')}
      li t1, 'Z'\n  sb t1, 0(s2)                                   # a private copy
      ${madvise('s2', 0, 4096, 8, 3)}
      ${madvise('s2', 0, 4096, 4, 4)}
      lbu t3, 0(s2)\n  la t0, words\n  sw t3, 20(t0)                # 'A' from the file again
      li a0, 1\n  la a1, words\n  li a2, 24\n  li a7, 64\n  ecall
      li a0, 0${EXIT}${DATA({ p: 'a.txt' })}\n.data\n.balign 4\nwords: .space 24`, {}, ['t'], 10_000_000, { fs: new GuestFs(makeRoot(), false) });
    const w = Array.from({ length: 6 }, (_, i) => r.stdoutBytes.readInt32LE(4 * i));
    expect(w).toEqual([-22, -12, 0, -22, 0, 'A'.charCodeAt(0)]);
  });
});

describe('mmap with the MMU off (RAM itself, below the stack\'s reserve)', () => {
  /** Run `body` on a machine without translation, with 8 MiB of RAM; the words it stored at `out`, as stdout. */
  const physical = (body: string): number[] => {
    const r = runAsm(`${body}\n  li a0, 1\n  la a1, out\n  li a2, 32\n  li a7, 64\n  ecall\n  li a0, 0${EXIT}\n.data\npath: .asciz "a.txt"\n.balign 4\nout: .space 32`,
      { mmu: false, ramBytes: 8 * 1024 * 1024 }, ['t'], 1_000_000, { fs: new GuestFs(makeRoot(), false) });
    expect(r.result.status).toBe(0);
    return Array.from({ length: 8 }, (_, i) => r.stdoutBytes.readInt32LE(4 * i));
  };
  const save = (i: number, reg = 'a0'): string => `la t0, out\n  sw ${reg}, ${4 * i}(t0)\n`;

  it('gives zeroed memory inside RAM, which a store and a load reach; munmap, mprotect, msync and a MAP_FIXED again work', () => {
    const words = physical(`${mmap(0, 8192, 3, PRIVATE | ANON, 'zero')}
      li t0, 0x12345
      lw t1, 4(s1)
      sw t0, 4(s1)
      lw t2, 4(s1)
      ${save(0, 't1')}  ${save(1, 't2')}
      li t0, 7 * 1024 * 1024
      sltu a0, s1, t0
      ${save(2)}
      mv a0, s1\n  li a1, 8192\n  li a2, 4\n  li a7, 227\n  ecall\n  ${save(3)}
      mv a0, s1\n  li a1, 4096\n  li a2, 1\n  li a7, 226\n  ecall\n  ${save(4)}
      mv a0, s1\n  li a1, 8192\n  li a7, 215\n  ecall\n  ${save(5)}
      mv s2, s1
      ${mmap(0, 4096, 3, PRIVATE | ANON | FIXED, 's2').replace('li a0, 0', 'mv a0, s2')}
      lw t1, 4(s1)
      sub a0, s1, s2
      or a0, a0, t1
      ${save(6)}`);
    expect(words.slice(0, 7)).toEqual([0, 0x12345, 1, 0, 0, 0, 0]);
  });

  // Found by a review: a hint was taken over the page cache's frames, and zeroed them.
  it('keeps off the page cache\'s frames, below the program: a hint there is not taken, MAP_FIXED there is ENOMEM', () => {
    // Read a.txt's first page into the page cache; mmap with a hint of 0x1000, then MAP_FIXED at
    // 0x2000; pread the file's first word again ("AAAA").
    const words = physical(`${open('path', 0)}  mv a0, s0\n  la a1, out + 16\n  li a2, 4\n  li a3, 0\n  li a4, 0\n  li a7, 67\n  ecall
      ${mmap(0x1000, 8192, 3, PRIVATE | ANON, 'zero')}  li t0, 0x400000\n  sltu a0, s1, t0\n  ${save(0)}
      li t0, -1\n  sw t0, 0(s1)
      ${mmap(0x2000, 4096, 3, PRIVATE | ANON | FIXED, 'zero')}  ${save(1, 's1')}
      mv a0, s0\n  la a1, out + 8\n  li a2, 4\n  li a3, 0\n  li a4, 0\n  li a7, 67\n  ecall`);
    expect([words[0], words[1], words[2], words[4]]).toEqual([0, -12, 0x41414141, 0x41414141]);
  });

  it('brk gives back zeroed memory, also over what an mmap had and a brk had before', () => {
    // brk up 3 pages, store 0x55 in the last; MAP_FIXED over that page; brk down, then up again: the page reads 0.
    const brk = (to: string): string => `mv a0, ${to}\n  li a7, 214\n  ecall\n`;
    const words = physical(`li a0, 0\n  li a7, 214\n  ecall\n  mv s2, a0
      li t0, 12288\n  add s3, s2, t0\n  ${brk('s3')}  ${save(0)}
      li t0, 0x55\n  sw t0, -4(s3)
      li t0, -4096\n  add s4, s3, t0
      ${mmap(0, 4096, 3, PRIVATE | ANON | FIXED, 'zero').replace('li a0, 0', 'mv a0, s4')}
      li t0, 0x66\n  sw t0, 0(s4)
      ${brk('s2')}  ${brk('s3')}  ${save(1)}
      lw a0, -4(s3)\n  ${save(2)}`);
    expect([words[0] === words[1], words[2]]).toEqual([true, 0]);
  });

  it('refuses a file (ENODEV) and what does not fit below the stack\'s reserve (ENOMEM)', () => {
    const words = physical(`${open('path', 0)}${mmap(0, 4096, 1, PRIVATE, 's0')}  ${save(0, 's1')}
      ${mmap(0, 8 * 1024 * 1024, 3, PRIVATE | ANON, 'zero')}  ${save(1, 's1')}
      ${mmap(7 * 1024 * 1024, 4096, 3, PRIVATE | ANON | FIXED, 'zero')}  ${save(2, 's1')}`);
    expect(words.slice(0, 3)).toEqual([-19, -12, -12]);
  });
});
