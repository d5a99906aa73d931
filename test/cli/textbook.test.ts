/**
 * `vmlab translate` and `vmlab run --dump` as a user runs them: exact text. The textbook
 * machine's answers are CS:APP 3e's (§9.6.4's worked example, practice problem 9.4) and homework problems 9.11-9.13's; the
 * dumps are of small programs whose frames can be counted by hand (docs/dumps.md walks through
 * them).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vmlab } from './vmlab.js';

describe('vmlab translate --machine csapp-9.6.4', () => {
  it('answers the worked example, practice problem 9.4 and homework problems 9.11-9.13', () => {
    const r = vmlab('translate', '--machine', 'csapp-9.6.4', '0x03d4', '0x03d7', '0x027c', '0x03a9', '0x0040');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`0x03d4: virtual address 00 0011 1101 0100
  VPN 0x0F  VPO 0x14  TLBI 0x3  TLBT 0x03
  TLB hit: set 3 holds tag 0x03, valid
  page fault: no
  PPN 0x0D  physical address 0x354 = 0011 0101 0100
  CO 0x0  CI 0x5  CT 0x0D  cache hit: byte 0x36

0x03d7: virtual address 00 0011 1101 0111
  VPN 0x0F  VPO 0x17  TLBI 0x3  TLBT 0x03
  TLB hit: set 3 holds tag 0x03, valid
  page fault: no
  PPN 0x0D  physical address 0x357 = 0011 0101 0111
  CO 0x3  CI 0x5  CT 0x0D  cache hit: byte 0x1D

0x027c: virtual address 00 0010 0111 1100
  VPN 0x09  VPO 0x3C  TLBI 0x1  TLBT 0x02
  TLB miss: no valid entry of set 1 has tag 0x02
  page table: PTE 0x09 is valid, PPN 0x17
  page fault: no
  PPN 0x17  physical address 0x5FC = 0101 1111 1100
  CO 0x0  CI 0xF  CT 0x17  cache miss (line 0xF is not valid)

0x03a9: virtual address 00 0011 1010 1001
  VPN 0x0E  VPO 0x29  TLBI 0x2  TLBT 0x03
  TLB miss: no valid entry of set 2 has tag 0x03
  page table: PTE 0x0E is valid, PPN 0x11
  page fault: no
  PPN 0x11  physical address 0x469 = 0100 0110 1001
  CO 0x1  CI 0xA  CT 0x11  cache miss (line 0xA holds tag 0x2D)

0x0040: virtual address 00 0000 0100 0000
  VPN 0x01  VPO 0x00  TLBI 0x1  TLBT 0x00
  TLB miss: no valid entry of set 1 has tag 0x00
  page table: PTE 0x01 is not valid
  page fault: yes (no PPN, no physical address)
`);
  });

  it('prints the figure\'s tables with --tables', () => {
    const r = vmlab('translate', '--machine', 'csapp-9.6.4', '--tables');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      'csapp-9.6.4 (CS:APP 3e §9.6.4, Figure 9.20)',
      'TLB: 16 entries, 4-way set associative',
      'set  tag PPN V   tag PPN V   tag PPN V   tag PPN V',
      '  0  03  --  0   09  0D  1   00  --  0   07  02  1',
      '  1  03  2D  1   02  --  0   04  --  0   0A  --  0',
      '  2  02  --  0   08  --  0   06  --  0   03  --  0',
      '  3  07  --  0   03  0D  1   0A  34  1   02  --  0',
    ]);
    expect(lines).toContain(' 0F  0D 1');
    expect(lines).toContain('  5  0D 1  36 72 F0 1D');
    expect(lines).toContain('  F  14 0  -- -- -- --');
  });

  it.each([
    [['translate', '0x1'], 'vmlab: translate needs one of --machine NAME (csapp-9.6.4) or --run PROGRAM\n'],
    [['translate', '--machine', 'csapp-9.6.4', '--run', 'programs/hello.s', '0x1'], 'vmlab: translate takes one of --machine NAME (csapp-9.6.4) or --run PROGRAM, not both\n'],
    [['translate', '--machine', 'csapp-9.6.4', '0x4000'], "vmlab: bad address '0x4000': it does not fit in 14 bits\n"],
    [['translate', '--machine', 'csapp-9.6.4', 'zz'], "vmlab: bad address 'zz': expected hex (0x03d4) or decimal\n"],
    [['translate', '--machine', 'vax', '1'], "vmlab: unknown machine 'vax' (known: csapp-9.6.4)\n"],
    [['translate', '--machine', 'csapp-9.6.4'], 'vmlab: translate needs at least one address (or --tables)\n'],
    [['translate', '--machine', 'csapp-9.6.4', '--at', 'exit', '1'], 'vmlab: --at, --pid, --arg and --max-instructions go with --run, not --machine\n'],
    [['translate', '--run', 'programs/hello.s', '--at', 'fault:x', '1'], "vmlab: bad --at 'fault:x': expected exit or fault:N (N a whole number from 1)\n"],
    [['translate', '--run', 'programs/hello.s', '--pid', '2', '1'], 'vmlab: programs/hello.s: pid 2 is not alive at exit of pid 1 (alive: 1)\n'],
    [['translate', '--run', 'programs/hello.s', '--at', 'fault:99', '1'], 'vmlab: programs/hello.s: fault:99 never came: the run had 2 page faults\n'],
  ])('vmlab %j: one line, status 1', (args, message) => {
    const r = vmlab(...args);
    expect([r.stderr, r.status, r.stdout]).toEqual([message, 1, '']);
  });
});

describe('vmlab translate --run', () => {
  // Found by an adversarial test: a program that never ends made translate --run hang.
  it('stops a program that never ends at --max-instructions and walks its pages at the end of the run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vmlab-tr-'));
    writeFileSync(join(dir, 'loop.s'), '.globl _start\n_start:\n1: j 1b\n');
    const r = vmlab('translate', '--run', join(dir, 'loop.s'), '--max-instructions', '1000', '0x400000');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`vmlab: ${join(dir, 'loop.s')}: stopped after 1000 instructions (--max-instructions)\n`);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['at end of the run', `0x00400000 in pid 1 (${join(dir, 'loop.s')}): VPN[1] 0x001 VPN[0] 0x000 offset 0x000`]);
  });

  // Found by an adversarial test: the kernel's map translated with nothing said of its U=0.
  it('says that a supervisor-only page, the kernel\'s map of RAM, faults for a user access', () => {
    const r = vmlab('translate', '--run', 'programs/hello.s', '0xc0000000', '0x00400010');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toContain('  physical address 0x00000000 (supervisor only, U=0: a user access here is a protection fault)');
    expect(lines).toContain('  physical address 0x00003010');
  });

  it('passes --arg to the program and walks a child at the fault asked for', () => {
    const r = vmlab('translate', '--run', 'programs/fork-cow.s', '--arg', '2', '--at', 'fault:260', '--pid', '2', '0x00402000');
    expect([r.stderr, r.status]).toEqual(['', 0]);
    expect(r.stdout).toBe(`at page fault 260 (pid 2, store at 0x00403000, mapped)
0x00402000 in pid 2 (programs/fork-cow.s): VPN[1] 0x001 VPN[0] 0x002 offset 0x000
  satp: root page table at pa 0x00105000
  level 1: index 1, pte 0x00041801 -------V at pa 0x00105004 -> next table at pa 0x00106000
  level 0: index 2, pte 0x000420d7 DA-U-WRV at pa 0x00106008 -> page at pa 0x00108000
  physical address 0x00108000
  itlb (128:8:lru): miss, no entry for the page
  dtlb (64:4:lru): hit, set 2 way 0, PPN 0x00108 DA-U-WRV
`);
  });

  it('says why it does not look in the TLBs for a process that is not on the CPU', () => {
    const r = vmlab('translate', '--run', 'programs/fork-cow.s', '--arg', '2', '--at', 'fault:260', '--pid', '1', '0x00402000');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').at(-2)).toBe("  TLB: they hold pid 2's entries (pid 2 ran last; without --asid a switch flushes them)");
  });

  it('walks pid 1\'s Sv32 page tables at its exit, level by level, with what each TLB holds', () => {
    const r = vmlab('translate', '--run', 'programs/hello.s', '0x00400010', '0x00500000');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`at exit of pid 1
0x00400010 in pid 1 (programs/hello.s): VPN[1] 0x001 VPN[0] 0x000 offset 0x010
  satp: root page table at pa 0x00000000
  level 1: index 1, pte 0x00001001 -------V at pa 0x00000004 -> next table at pa 0x00004000
  level 0: index 0, pte 0x00000c5b -A-UX-RV at pa 0x00004000 -> page at pa 0x00003000
  physical address 0x00003010
  itlb (128:8:lru): hit, set 0 way 0, PPN 0x00003 -A-UX-RV
  dtlb (64:4:lru): miss, no entry for the page
0x00500000 in pid 1 (programs/hello.s): VPN[1] 0x001 VPN[0] 0x100 offset 0x000
  satp: root page table at pa 0x00000000
  level 1: index 1, pte 0x00001001 -------V at pa 0x00000004 -> next table at pa 0x00004000
  level 0: index 256, pte 0x00000000 -------- at pa 0x00004400: not valid: an access page-faults
  itlb (128:8:lru): miss, no entry for the page
  dtlb (64:4:lru): miss, no entry for the page
`);
  });
});

/** The page table of hello.s as it exits: two user pages, three page-table frames, 16 MiB of kernel megapages. */
const HELLO_PAGETABLE = `== pagetable at exit of pid 1 ==
pid 1 (programs/hello.s): page table at pa 0x00000000
 ..1: pte 0x00001001 -------V pa 0x00004000
 .. ..0: pte 0x00000c5b -A-UX-RV pa 0x00003000 va 0x00400000
 ..511: pte 0x00000801 -------V pa 0x00002000
 .. ..1022: pte 0x000004d7 DA-U-WRV pa 0x00001000 va 0x7fffe000
 ..768-771: 4 kernel megapages, pte 0x000000e7-0x003000e7 DAG--WRV pa 0x00000000-0x00ffffff
`;

describe('vmlab run --dump', () => {
  it('prints the page table like xv6\'s vmprint at exit (hello.s: two user pages, three tables)', () => {
    const r = vmlab('run', 'programs/hello.s', '--dump', 'pagetable');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Hello from vmlab!\n');
    expect(r.stderr).toBe(HELLO_PAGETABLE);
  });

  it('counts present, swapped and copy-on-write pages per area and names every frame (paging.s in 16 frames)', () => {
    const r = vmlab('run', 'programs/paging.s', '--ram', '64k', '--dump', 'areas,frames');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`== areas at exit of pid 1 ==
pid 1 (programs/paging.s)
start-end         perm offset    pages present swapped   cow  name
00400000-00401000 r-xp 00001000      1       1       0     0  .text+.rodata
00401000-00411000 rw-p 00002000     16      12       2     6  .data+.bss
7fffe000-7ffff000 rw-p 00000000      1       0       1     0  [stack]
== frames at exit of pid 1 ==
frames: 16 of 16 in use (page table 3, page cache 7, swap cache 6)
frame    kind        refs  users
0x00000  page table     1  pid 1 root
0x00001  swap cache     1  pid 1 va 0x0040c000; swap slot 4
0x00002  page table     1  pid 1 va 0x7fc00000-0x7fffffff
0x00003  page cache     2  pid 1 va 0x00400000; programs/paging.s page 1
0x00004  page table     1  pid 1 va 0x00400000-0x007fffff
0x00005  page cache     2  pid 1 va 0x00405000; programs/paging.s page 6
0x00006  swap cache     1  pid 1 va 0x0040d000; swap slot 5
0x00007  page cache     2  pid 1 va 0x00406000; programs/paging.s page 7
0x00008  swap cache     1  pid 1 va 0x0040e000; swap slot 6
0x00009  page cache     2  pid 1 va 0x00407000; programs/paging.s page 8
0x0000a  swap cache     1  pid 1 va 0x0040f000; swap slot 7
0x0000b  page cache     2  pid 1 va 0x00408000; programs/paging.s page 9
0x0000c  swap cache     1  pid 1 va 0x00410000; swap slot 8
0x0000d  page cache     2  pid 1 va 0x00403000; programs/paging.s page 4
0x0000e  swap cache     1  pid 1 va 0x0040b000; swap slot 3
0x0000f  page cache     2  pid 1 va 0x00404000; programs/paging.s page 5
`);
  });

  it('dumps at the N-th page fault, every live process (fork-cow.s: the child\'s second copy-on-write fault)', () => {
    const r = vmlab('run', 'programs/fork-cow.s', '2', '--dump', 'areas', '--dump-at', 'fault:260');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`== areas at page fault 260 (pid 2, store at 0x00403000, mapped) ==
pid 1 (programs/fork-cow.s)
start-end         perm offset    pages present swapped   cow  name
00400000-00401000 r-xp 00001000      1       1       0     0  .text+.rodata
00401000-00502000 rw-p 00000000    257     256       0   254  .bss
7fffe000-7ffff000 rw-p 00000000      1       1       0     1  [stack]
pid 2 (programs/fork-cow.s)
start-end         perm offset    pages present swapped   cow  name
00400000-00401000 r-xp 00001000      1       1       0     0  .text+.rodata
00401000-00502000 rw-p 00000000    257     256       0   254  .bss
7fffe000-7ffff000 rw-p 00000000      1       1       0     1  [stack]
`);
  });

  it('says there are no pages to count with the MMU off', () => {
    const r = vmlab('run', 'programs/hello.s', '--mmu', 'off', '--dump', 'pagetable,areas,frames');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`== pagetable at exit of pid 1 ==
pid 1 (programs/hello.s): no page table (the MMU is off)
== areas at exit of pid 1 ==
pid 1 (programs/hello.s)
start-end         perm offset    pages present swapped   cow  name
00400000-00401000 r-xp 00001000      1       -       -     -  .text+.rodata
== frames at exit of pid 1 ==
frames: 0 of 4096 in use (the MMU is off: programs sit in RAM at their own addresses, outside the frame table)
frame    kind        refs  users
`);
  });

  it('writes the dump to --dump-file, the same text', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vmlab-dump-')), 'dump.txt');
    const r = vmlab('run', 'programs/hello.s', '--dump', 'pagetable', '--dump-file', file);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(readFileSync(file, 'utf8')).toBe(HELLO_PAGETABLE);
  });

  it('says so, and keeps the run\'s status, when the N-th fault never comes', () => {
    const r = vmlab('run', 'programs/hello.s', '--dump', 'frames', '--dump-at', 'fault:3');
    expect([r.status, r.stderr]).toEqual([0, 'vmlab: programs/hello.s: --dump-at fault:3 never came: the run had 2 page faults\n']);
  });

  it.each([
    [['--dump', 'bogus'], "vmlab: bad --dump 'bogus': expected pagetable, areas, frames, or several joined by commas\n"],
    [['--dump', 'areas,areas'], "vmlab: bad --dump 'areas,areas': each kind at most once\n"],
    [['--dump', 'areas', '--dump-at', 'fault:0'], "vmlab: bad --dump-at 'fault:0': expected exit or fault:N (N a whole number from 1)\n"],
    [['--dump-at', 'exit'], 'vmlab: --dump-at and --dump-file need --dump\n'],
  ])('vmlab run hello.s %j: one line, status 1, the program not run', (args, message) => {
    const r = vmlab('run', 'programs/hello.s', ...args);
    expect([r.stderr, r.status, r.stdout]).toEqual([message, 1, '']);
  });
});
