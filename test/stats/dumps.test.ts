/**
 * The dumps read the kernel's memory through MemoryView at moments the run's event stream
 * reports: each process ending (`exit`) with its address space whole, each page fault (`fault`)
 * once handled.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { assemble } from '../../asm/assembler.js';
import { DEFAULT_CONFIG, Machine } from '../../src/machine/machine.js';
import { Kernel } from '../../src/kernel/kernel.js';
import { handlePageFault } from '../../src/kernel/fault.js';
import type { FaultHandler } from '../../src/kernel/faultapi.js';
import { eventsOf } from '../../src/kernel/events.js';
import { memoryView } from '../../src/stats/memview.js';
import { dumpAreas, dumpFrames, dumpPageTables, pteBits } from '../../src/stats/dumps.js';

describe('the exit and fault events the dumps listen to', () => {
  it('come for each process ending while its page table is still there, and for every page fault', () => {
    const machine = new Machine(DEFAULT_CONFIG);
    const kernel = new Kernel(machine, { stdout: () => {}, stderr: () => {}, check: true });
    const ending: [number, number][] = [];
    let faults = 0;
    eventsOf(machine).on('exit', (e) => ending.push([e.pid, kernel.procs.get(e.pid)!.root]));
    eventsOf(machine).on('fault', () => { faults++; });
    const path = 'programs/fork-cow.s';
    kernel.exec(assemble([{ path, text: readFileSync(path, 'utf8') }]).elf, [path, '3'], []);
    expect(kernel.run(100_000_000).status).toBe(0);
    expect(ending.map(([pid]) => pid)).toEqual([2, 1]);
    expect(ending.every(([, root]) => root >= 0)).toBe(true);
    const counted = kernel.history.reduce((n, p) => n + p.faults.minor + p.faults.major + p.faults.protection + p.faults.invalid, 0);
    expect(faults).toBe(counted);
  });
});

describe('pteBits', () => {
  it('writes D A G U X W R V, a dash for each clear bit', () => {
    expect(pteBits(0xff)).toBe('DAGUXWRV');
    expect(pteBits(0x01)).toBe('-------V');
    expect(pteBits(0x5b)).toBe('-A-UX-RV');
    expect(pteBits(0x100)).toBe('--------');
  });
});

/** Reads pages 0-2 of a .bss array and writes page 1: with `zeroReads`, the reads map the shared zero frame. */
const READS = `
  .bss
area: .space 4 * 4096
  .text
  .globl _start
_start:
  la t0, area
  li t2, 4096
  lw t1, 0(t0)
  add t0, t0, t2
  lw t1, 0(t0)
  add t0, t0, t2
  lw t1, 0(t0)
  sub t0, t0, t2
  sw t1, 0(t0)
  li a0, 0
  li a7, 93
  ecall
`;

/** The built-in handler, except that a load of an untouched anonymous page maps the shared zero frame. */
const zeroReads: FaultHandler = (fault, k) => {
  const area = fault.area;
  if (area && fault.pte.kind === 'none' && fault.access === 'load' && area.fileBytes <= fault.page - area.start && !area.shared) {
    const zero = k.sharedZeroFrame();
    k.count('minor', fault.page);
    return k.map(fault.page, zero, area.prot & ~2) ? { kind: 'retry' } : { kind: 'killed' };
  }
  return handlePageFault(fault, k);
};

/** Run READS with `handler`, dumping areas and frames as pid 1 ends. */
function dumpsAtExit(handler: FaultHandler): string {
  const machine = new Machine({ ...DEFAULT_CONFIG, ramBytes: 1 << 20 });
  let text = '';
  const kernel: Kernel = new Kernel(machine, {
    stdout: () => {}, stderr: () => {}, check: true,
    faultHandler: { handle: handler, name: 'test' },
  });
  eventsOf(machine).on('exit', () => { text = dumpAreas(memoryView(kernel)) + dumpFrames(memoryView(kernel)); });
  kernel.exec(assemble([{ path: 'reads.s', text: READS }]).elf, ['reads.s'], []);
  expect(kernel.run(10_000)).toEqual({ status: 0, end: 'exit', report: null });
  return text;
}

describe('the areas and frames dumps', () => {
  it('count pages still on the shared zero frame as copy-on-write, name the zero frame and who maps it', () => {
    expect(dumpsAtExit(zeroReads)).toBe(`pid 1 (reads.s)
start-end         perm offset    pages present swapped   cow  name
00400000-00401000 r-xp 00001000      1       1       0     0  .text
00401000-00405000 rw-p 00000000      4       3       0     2  .bss
7fffe000-7ffff000 rw-p 00000000      1       1       0     0  [stack]
frames: 7 of 256 in use (page table 3, anonymous 2, page cache 1, zero frame 1)
frame    kind        refs  users
0x00000  page table     1  pid 1 root
0x00001  anonymous      1  pid 1 va 0x7fffe000
0x00002  page table     1  pid 1 va 0x7fc00000-0x7fffffff
0x00003  page cache     2  pid 1 va 0x00400000; reads.s page 1
0x00004  page table     1  pid 1 va 0x00400000-0x007fffff
0x00005  zero frame     3  kernel; pid 1 va 0x00401000,0x00403000
0x00006  anonymous      1  pid 1 va 0x00402000
`);
  });

  it('with the built-in handler every page read has a frame of its own, and none is copy-on-write', () => {
    expect(dumpsAtExit(handlePageFault)).toContain('00401000-00405000 rw-p 00000000      4       3       0     0  .bss\n');
  });
});
