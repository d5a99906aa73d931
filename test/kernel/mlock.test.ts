/**
 * mlock, mlock2, munlock, mlockall, munlockall (mlock.ts), MAP_LOCKED and MAP_POPULATE
 * (populate.ts), and what reclaim does with locked pages (reclaim.ts), where qemu-riscv32 cannot
 * show Linux's behaviour (test/c/mlock.c checks the rest against it).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GuestFs } from '../../src/kernel/fs.js';
import { EXIT, runAsm, live } from './harness.js';
import type { ReplacementPolicy } from '../../src/kernel/policies/policy.js';

/** mmap(0, `pages` pages, read+write (or `prot`), private anonymous | `flags`) into `reg`. */
const MMAP = (reg: string, pages: number, flags = 0, prot = 3): string => `
  li a0, 0
  li a1, ${pages} * 4096
  li a2, ${prot}
  li a3, 0x22 | ${flags}
  li a4, -1
  li a5, 0
  li a7, 222
  ecall
  mv ${reg}, a0
`;
/** Store into page i of `reg` for i in [from, to). */
const TOUCH = (reg: string, from: number, to: number): string => `
  li t0, ${from}
  li t1, ${to}
1:slli t2, t0, 12
  add t2, t2, ${reg}
  sw t0, 0(t2)
  addi t0, t0, 1
  blt t0, t1, 1b
`;
/** System call `number` with the given argument registers' values; its result printed as a byte (result + 64: 'D' is -EINVAL's -22... '@' is 0). */
const CALL = (number: number, ...args: string[]): string => `
  ${args.map((a, i) => `${/^-?\d/.test(a) ? 'li' : 'mv'} a${i}, ${a}`).join('\n  ')}
  li a7, ${number}
  ecall
  addi a0, a0, 64
  la t0, byte
  sb a0, 0(t0)
  li a0, 1
  la a1, byte
  li a2, 1
  li a7, 64
  ecall
`;
/** mincore of `pages` pages at `reg`, written to stdout as digits (0 or 1). */
const MINCORE = (reg: string, pages: number): string => `
  mv a0, ${reg}
  li a1, ${pages} * 4096
  la a2, vec
  li a7, 232
  ecall
  li t0, 0
1:la t1, vec
  add t1, t1, t0
  lbu t2, 0(t1)
  addi t2, t2, 48
  sb t2, 0(t1)
  addi t0, t0, 1
  li t3, ${pages}
  blt t0, t3, 1b
  li a0, 1
  la a1, vec
  li a2, ${pages}
  li a7, 64
  ecall
  ${NEWLINE}
`;
const NEWLINE = `
  li a0, 1
  la a1, newline
  li a2, 1
  li a7, 64
  ecall
`;
const DATA = `
  .data
vec: .fill 4096, 1, 0
byte: .byte 0
newline: .byte 10
`;
const MLOCK = 228, MUNLOCK = 229, MLOCKALL = 230, MUNLOCKALL = 231, MLOCK2 = 284, MADVISE = 233, MUNMAP = 215, MPROTECT = 226;
/** A result as CALL prints it. */
const as = (result: number): string => String.fromCharCode(64 + result);
const run = (source: string, ...rest: Parameters<typeof runAsm> extends [string, ...infer R] ? R : never) => runAsm(`${source}\n  li a0, 0${EXIT}${DATA}`, ...rest);
/** 64 frames of RAM with swap: a program that touches more pages makes reclaim evict. */
const SMALL: Parameters<typeof runAsm> = ['', { ramBytes: 64 * 4096 }, ['t'], 10_000_000, { swapBytes: 1024 * 1024 }];

describe('mlock2', () => {
  it('MLOCK_ONFAULT locks without filling in; flags beyond it are -EINVAL; flags 0 fills in', () => {
    const r = run(`${MMAP('s0', 4)}${CALL(MLOCK2, 's0', `${4 * 4096}`, '1')}${MINCORE('s0', 4)}
      li t0, 2 * 4096
      add t0, t0, s0
      sw t0, 0(t0)
      ${MINCORE('s0', 4)}${CALL(MLOCK2, 's0', '4096', '2')}${CALL(MLOCK2, 's0', `${4 * 4096}`, '0')}${MINCORE('s0', 4)}`);
    expect(r.result.status).toBe(0);
    expect(r.stdout).toBe(`${as(0)}0000\n0010\n${as(-22)}${as(0)}1111\n`);
  });
});

describe('a hole in the range', () => {
  /** Four pages at s0, the third unmapped. */
  const WITH_HOLE = `${MMAP('s0', 4)}
      li a0, 2 * 4096
      add a0, a0, s0
      li a1, 4096
      li a7, ${MUNMAP}
      ecall
  `;
  it('mlock locks the areas before it but fills in nothing, and gives -ENOMEM; munlock -ENOMEM too', () => {
    const r = run(`${WITH_HOLE}${CALL(MLOCK, 's0', `${4 * 4096}`)}${MINCORE('s0', 2)}
      li s1, 2 * 4096
      add s1, s1, s0
      ${CALL(MLOCK, 's1', '4096')}${CALL(MUNLOCK, 's0', `${4 * 4096}`)}`);
    expect(r.stdout).toBe(`${as(-12)}00\n${as(-12)}${as(-12)}`);
    // munlock over the hole unlocked the two pages before it again; the page after it was never locked.
    const areas = r.kernel.history[0].vmas.filter((v) => v.name === '[anon]').map((v) => [v.end - v.start, v.locked]);
    expect(areas).toContainEqual([2 * 4096, undefined]);
    expect(areas).toContainEqual([4096, undefined]);
  });

  it('leaves the areas before the hole locked when only mlock runs', () => {
    const r = run(`${WITH_HOLE}${CALL(MLOCK, 's0', `${4 * 4096}`)}`);
    const areas = r.kernel.history[0].vmas.filter((v) => v.name === '[anon]').map((v) => [v.end - v.start, v.locked]);
    expect(areas).toEqual([[2 * 4096, 'populated'], [4096, undefined]]);
  });

  it('a range whose end wraps past 4 GiB is -EINVAL; one whose length wraps when rounded is a small one', () => {
    const r = run(`${MMAP('s0', 1)}${CALL(MLOCK, 's0', '-4096')}${CALL(MLOCK, 's0', '-1')}
      addi s1, s0, 16
      ${CALL(MLOCK, 's1', '-16')}${MINCORE('s0', 1)}`);
    // s0 + 0xfffff000 passes 4 GiB (s0 is above 4 KiB): -EINVAL; 0xffffffff rounds up to 0 in
    // 32 bits, as 16 + 0xfffffff0 does: nothing to lock, as Linux's PAGE_ALIGN makes it.
    expect(r.stdout).toBe(`${as(-22)}${as(0)}${as(0)}0\n`);
  });
});

describe('locked pages and reclaim', () => {
  // 16 pages written and locked, then 96 other pages written in 64 frames of RAM.
  const pressure = (lock: string): string => `${MMAP('s0', 16)}${TOUCH('s0', 0, 16)}${lock}${MMAP('s1', 96)}${TOUCH('s1', 0, 96)}${MINCORE('s0', 16)}`;
  const evictionsOf = (r: ReturnType<typeof runAsm>, pages: number): number =>
    r.kernel.history[0].vmas.find((v) => v.end - v.start === pages * 4096)!.faults.evictions;

  it('never evicts a locked page: the other pages go to swap', () => {
    const r = runAsm(`${pressure(CALL(MLOCK, 's0', `${16 * 4096}`))}  li a0, 0${EXIT}${DATA}`, ...SMALL.slice(1) as []);
    expect(r.result.status).toBe(0);
    expect(r.stdout).toBe(`${as(0)}${'1'.repeat(16)}\n`);
    expect(evictionsOf(r, 16)).toBe(0);
    expect(evictionsOf(r, 96)).toBeGreaterThanOrEqual(96 + 16 - 64);
    expect(r.kernel.memory.reclaimer.unevictableCount).toBe(0); // all gone with the process
  });

  it('evicts them as any others without the lock', () => {
    const r = runAsm(`${pressure('')}  li a0, 0${EXIT}${DATA}`, ...SMALL.slice(1) as []);
    expect(r.result.status).toBe(0);
    expect(evictionsOf(r, 16)).toBeGreaterThan(0);
  });

  it('evicts them once munlock has unlocked them, after reclaim had set them aside', () => {
    const r = runAsm(`${pressure(CALL(MLOCK, 's0', `${16 * 4096}`))}${CALL(MUNLOCK, 's0', `${16 * 4096}`)}${TOUCH('s1', 0, 96)}${MINCORE('s0', 16)}
      li a0, 0${EXIT}${DATA}`, ...SMALL.slice(1) as []);
    expect(r.result.status).toBe(0);
    // Locked through the first pressure; after munlock, the second sends every one of them out
    // (those reclaim had set aside too).
    expect(r.stdout).toBe(`${as(0)}${'1'.repeat(16)}\n${as(0)}${'0'.repeat(16)}\n`);
    expect(evictionsOf(r, 16)).toBeGreaterThan(0);
  });

  it('sets a locked page aside the first time the policy picks it, under every built-in policy and a teaching-form plug-in', () => {
    const oldest: ReplacementPolicy = { name: 'oldest', chooseVictim: (pages) => pages.reduce((a, b) => (b.loadedAt < a.loadedAt ? b : a)) };
    for (const policy of ['fifo', 'clock', 'lru', 'random', oldest] as const) {
      const r = runAsm(`${pressure(CALL(MLOCK, 's0', `${16 * 4096}`))}  li a0, 0${EXIT}${DATA}`, { ramBytes: 64 * 4096 }, ['t'], 10_000_000,
        { swapBytes: 1024 * 1024, policy });
      expect(r.stdout, typeof policy === 'string' ? policy : policy.name).toBe(`${as(0)}${'1'.repeat(16)}\n`);
      expect(evictionsOf(r, 16)).toBe(0);
    }
  });

  it('a page shared copy-on-write with a locked parent stays; once the parent has its own copy, the child\'s can go', () => {
    // The parent locks 16 written pages and forks. The child writes 96 pages (the 16, shared with
    // the locked parent, are set aside) and tells the parent on one pipe; the parent writes the 16
    // (its copies locked, the old frames the child's alone) and tells the child on another; the
    // child writes its 96 pages again, and the old frames can go.
    const r = runAsm(`${MMAP('s0', 16)}${TOUCH('s0', 0, 16)}${CALL(MLOCK, 's0', `${16 * 4096}`)}
      la a0, up
      li a1, 0
      li a7, 59
      ecall
      la a0, down
      li a1, 0
      li a7, 59
      ecall
      li a0, 17            # clone(SIGCHLD): fork
      li a1, 0
      li a7, 220
      ecall
      beqz a0, child
      lw a0, up            # wait for the child's word
      la a1, word
      li a2, 1
      li a7, 63
      ecall
      ${TOUCH('s0', 0, 16)}
      lw a0, down + 4
      la a1, word
      li a2, 1
      li a7, 64
      ecall
      li a0, -1
      li a1, 0
      li a2, 0
      li a3, 0
      li a7, 260
      ecall
      ${MINCORE('s0', 16)}
      li a0, 0${EXIT}
    child:
      ${MMAP('s1', 96)}${TOUCH('s1', 0, 96)}${MINCORE('s0', 16)}
      lw a0, up + 4
      la a1, word
      li a2, 1
      li a7, 64
      ecall
      lw a0, down          # wait for the parent's copies
      la a1, word
      li a2, 1
      li a7, 63
      ecall
      ${TOUCH('s1', 0, 96)}${MINCORE('s0', 16)}
      li a0, 0${EXIT}
      .data
    up: .word 0, 0
    down: .word 0, 0
    word: .word 0
    ${DATA}`, { ramBytes: 64 * 4096 }, ['t'], 10_000_000, { swapBytes: 1024 * 1024 });
    expect(r.result.status).toBe(0);
    // mlock's result; the child's view while the frames are shared with the locked parent; the
    // child's after the parent's copies (all gone, those reclaim had set aside too); the parent's.
    expect(r.stdout).toBe(`${as(0)}${'1'.repeat(16)}\n${'0'.repeat(16)}\n${'1'.repeat(16)}\n`);
    expect(r.kernel.history[1].vmas.every((v) => v.locked === undefined)).toBe(true);
    expect(r.kernel.history[0].vmas.filter((v) => v.locked !== undefined).map((v) => v.end - v.start)).toEqual([16 * 4096]);
  });
});

describe('an area split by a lock', () => {
  it('keeps its counts with the part holding its start: the parts add up to what it counted', () => {
    // Four pages written (4 minor faults), then page 1 locked: three areas.
    const r = run(`${MMAP('s0', 4)}${TOUCH('s0', 0, 4)}
      li s1, 4096
      add s1, s1, s0
      ${CALL(MLOCK, 's1', '4096')}`);
    const counts = r.kernel.history[0].vmas.filter((v) => v.name === '[anon]').map((v) => [v.end - v.start, v.faults.minor]);
    expect(counts).toEqual([[4096, 4], [4096, 0], [2 * 4096, 0]]);
  });
});

describe('mlockall and munlockall', () => {
  it('MCL_CURRENT locks and fills in every area; MCL_FUTURE locks and fills in the next mmap and brk; munlockall stops both', () => {
    const r = run(`${MMAP('s0', 3)}${CALL(MLOCKALL, '1')}${MINCORE('s0', 3)}${CALL(MLOCKALL, '3')}${MMAP('s1', 3)}${MINCORE('s1', 3)}
      li a0, 0
      li a7, 214
      ecall                # brk(0): the break
      mv s2, a0
      li t0, 2 * 4096
      add a0, s2, t0
      li a7, 214
      ecall
      ${MINCORE('s2', 2)}${CALL(MUNLOCKALL)}${MMAP('s3', 2)}${MINCORE('s3', 2)}`);
    expect(r.result.status).toBe(0);
    expect(r.stdout).toBe(`${as(0)}111\n${as(0)}111\n11\n${as(0)}00\n`);
    expect(r.kernel.history[0].vmas.filter((v) => v.locked !== undefined)).toEqual([]);
  });

  it('MCL_FUTURE alone leaves the areas there unlocked; MCL_ONFAULT locks new areas without filling them in', () => {
    const r = run(`${MMAP('s0', 2)}${CALL(MLOCKALL, '6')}${MINCORE('s0', 2)}${MMAP('s1', 3)}${MINCORE('s1', 3)}`);
    expect(r.stdout).toBe(`${as(0)}00\n000\n`);
    const areas = r.kernel.history[0].vmas.filter((v) => v.name === '[anon]').map((v) => [v.end - v.start, v.locked]);
    expect(areas).toEqual([[3 * 4096, 'onFault'], [2 * 4096, undefined]]);
  });

  it('MAP_LOCKED under MCL_FUTURE | MCL_ONFAULT locks on fault too, as the flags join in Linux', () => {
    const r = run(`${CALL(MLOCKALL, '6')}${MMAP('s0', 3, 0x2000)}${MINCORE('s0', 3)}`);
    expect(r.stdout).toBe(`${as(0)}000\n`);
    expect(r.kernel.history[0].vmas.filter((v) => v.locked !== undefined).map((v) => [v.end - v.start, v.locked])).toEqual([[3 * 4096, 'onFault']]);
  });

  it('takes no flag, unknown bits or MCL_ONFAULT alone as -EINVAL', () => {
    expect(run(`${CALL(MLOCKALL, '0')}${CALL(MLOCKALL, '4')}${CALL(MLOCKALL, '17')}${CALL(MLOCKALL, '8')}`).stdout).toBe(as(-22).repeat(4));
  });

  it('fork\'s child starts with nothing locked and no MCL_FUTURE', () => {
    const r = run(`${CALL(MLOCKALL, '3')}
      li a0, 17
      li a1, 0
      li a7, 220
      ecall
      bnez a0, 1f
      ${MMAP('s1', 2)}${MINCORE('s1', 2)}
      li a0, 0${EXIT}
    1:li a0, -1
      li a1, 0
      li a2, 0
      li a3, 0
      li a7, 260
      ecall`);
    expect(r.stdout).toBe(`${as(0)}00\n`);
    expect(r.kernel.history[1].vmas.filter((v) => v.locked !== undefined)).toEqual([]);
    expect(r.kernel.history[0].vmas.filter((v) => v.locked === undefined)).toEqual([]);
  });

  it('the faults that fill pages in count as the process\'s minor faults', () => {
    const none = run(`${MMAP('s0', 5)}`).kernel.history[0].faults.minor;
    const locked = run(`${MMAP('s0', 5)}${CALL(MLOCK, 's0', `${5 * 4096}`)}`).kernel.history[0].faults.minor;
    expect(locked - none).toBe(5);
  });
});

describe('mmap, madvise and mprotect of locked memory', () => {
  it('MAP_POPULATE fills the pages in, MAP_NONBLOCK with it does not', () => {
    expect(run(`${MMAP('s0', 3, 0x8000)}${MINCORE('s0', 3)}${MMAP('s1', 3, 0x18000)}${MINCORE('s1', 3)}`).stdout).toBe('111\n000\n');
  });

  it('MADV_COLD and MADV_PAGEOUT of a locked area are -EINVAL, of another 0', () => {
    const r = run(`${MMAP('s0', 1, 0x2000)}${MMAP('s1', 1)}${CALL(MADVISE, 's0', '4096', '20')}${CALL(MADVISE, 's0', '4096', '21')}${CALL(MADVISE, 's1', '4096', '20')}`);
    expect(r.stdout).toBe(`${as(-22)}${as(-22)}${as(0)}`);
  });

  it('MADV_DONTNEED and MADV_FREE of a locked area are -EINVAL; MADV_DONTNEED_LOCKED drops its pages', () => {
    const r = run(`${MMAP('s0', 2, 0x2000)}${CALL(MADVISE, 's0', `${2 * 4096}`, '4')}${CALL(MADVISE, 's0', `${2 * 4096}`, '8')}${MINCORE('s0', 2)}
      ${CALL(MADVISE, 's0', `${2 * 4096}`, '24')}${MINCORE('s0', 2)}`);
    expect(r.stdout).toBe(`${as(-22)}${as(-22)}11\n${as(0)}00\n`);
  });

  it('mprotect making a locked private read-only file mapping writable gives it its own copies at once', () => {
    // Locked read-only, its pages are the page cache's; made writable, each is copied by mprotect
    // (a copy-on-write fault), as Linux's mprotect_fixup fills a locked area in for writing.
    const dir = mkdtempSync(join(tmpdir(), 'vmlab-mlock-'));
    writeFileSync(join(dir, 'data.bin'), Buffer.alloc(3 * 4096, 7));
    const program = (lock: number): string => `
      li a0, -100
      la a1, path
      li a2, 0
      li a7, 56
      ecall                # openat(AT_FDCWD, "data.bin", O_RDONLY)
      mv a4, a0
      li a0, 0
      li a1, 3 * 4096
      li a2, 1
      li a3, 0x02 | ${lock}
      li a5, 0
      li a7, 222
      ecall
      mv s0, a0
      ${CALL(MPROTECT, 's0', `${3 * 4096}`, '3')}
      .data
    path: .asciz "data.bin"
      .text`;
    const io = { fs: new GuestFs(dir, false) };
    const locked = run(program(0x2000), {}, ['t'], 10_000_000, io);
    const unlocked = run(program(0), {}, ['t'], 10_000_000, io);
    expect(locked.stdout + unlocked.stdout).toBe(as(0) + as(0));
    expect(locked.kernel.history[0].cowCopies).toBe(3);
    expect(unlocked.kernel.history[0].cowCopies).toBe(0);
  });

  it('a program that locks more than RAM can hold is ended for lack of memory', () => {
    const r = runAsm(`${MMAP('s0', 80, 0x2000)}  li a0, 0${EXIT}${DATA}`, { ramBytes: 64 * 4096 }, ['t'], 10_000_000, { swapBytes: 1024 * 1024 });
    expect(r.result.status).not.toBe(0);
    expect(r.kernel.history[0].report).toMatch(/^SIGKILL: out of memory: RAM is full of page tables, locked pages \(mlock\) and pages just faulted in, none of which can be evicted \(no frame for 0x[0-9a-f]{8} in \[anon\]/);
  });

  it('with the MMU off, every page is RAM: mlock and mlockall change nothing and succeed', () => {
    const r = run(`${MMAP('s0', 2)}${CALL(MLOCK, 's0', `${2 * 4096}`)}${CALL(MLOCKALL, '3')}${CALL(MUNLOCKALL)}`, { mmu: false });
    expect(r.stdout).toBe(as(0).repeat(3));
  });
});
