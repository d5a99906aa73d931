/** The invariant checker catches each kind of broken book-keeping it promises to (check.ts). */
import { describe, expect, it } from 'vitest';
import { InvariantError } from '../../src/kernel/check.js';
import { lookup } from '../../src/kernel/vm/pagetable.js';
import { FLAG_W } from '../../src/machine/tlb.js';
import { runAsm, type Run } from './harness.js';

/** A process stopped mid-run (live, with pages mapped and TLB entries), the checker on. */
function midRun(): Run {
  return runAsm(`
    la t0, buf
    li t1, 1
    sw t1, 0(t0)
  1: lw t1, 0(t0)
    j 1b
  .bss
  buf: .space 4096`, {}, ['t'], 1000);
}

const bufPage = (r: Run): number => (r.kernel.process.vmas.find((v) => v.name === '.bss')!.start);

describe('the invariant checker', () => {
  it('passes a consistent kernel', () => {
    const r = midRun();
    expect(r.result.end).toBe('limit');
    expect(() => r.kernel.check()).not.toThrow();
  });

  it('finds a leaked frame reference', () => {
    const r = midRun();
    const frame = lookup(r.kernel.pageTables, r.kernel.process.root, bufPage(r)).pte >>> 10;
    r.kernel.frames.refcount[frame]++;
    expect(() => r.kernel.check()).toThrow(new InvariantError(`invariant violated: frame ${frame} has reference count 2 but 1 references (PTEs, page tables, page cache, the zero frame)`));
  });

  it('finds a PTE that points to a free frame', () => {
    const r = midRun();
    const { pte, address } = lookup(r.kernel.pageTables, r.kernel.process.root, bufPage(r));
    const free = r.kernel.frames.kalloc();
    r.kernel.frames.kfree(free);
    r.machine.ram.write32(address, (free << 10) | (pte & 0x3ff));
    expect(() => r.kernel.check()).toThrow(`invariant violated: pid 1 maps 0x${bufPage(r).toString(16).padStart(8, '0')} to free frame ${free}`);
  });

  it('finds a TLB entry that disagrees with its PTE (a PTE changed without a flush)', () => {
    const r = midRun();
    const { pte, address } = lookup(r.kernel.pageTables, r.kernel.process.root, bufPage(r));
    r.machine.ram.write32(address, pte & ~FLAG_W);
    expect(() => r.kernel.check()).toThrow(/^invariant violated: TLB entry for page 0x00401000 \(ASID 0\) says frame \d+ flags \d+, but its PTE is 0x[0-9a-f]{8}$/);
  });

  it('finds a swap slot nobody holds', () => {
    const r = midRun();
    r.kernel.reclaimer.swap.store(new Uint8Array(4096));
    expect(() => r.kernel.check()).toThrow('invariant violated: swap slot 0 has 1 references but 0 holders');
  });

  it('finds a frame still in use after every process has ended', () => {
    const r = runAsm('li a0, 0\n  li a7, 93\n  ecall');
    expect(() => r.kernel.check()).not.toThrow();
    r.kernel.frames.kalloc();
    expect(() => r.kernel.check()).toThrow(/^invariant violated: frame \d+ has reference count 1 but 0 references/);
  });

  it('finds areas that overlap', () => {
    const r = midRun();
    const bss = r.kernel.process.vmas.find((v) => v.name === '.bss')!;
    r.kernel.process.vmas.push({ ...bss, name: '[other]', faults: { ...bss.faults } });
    expect(() => r.kernel.check()).toThrow(/^invariant violated: pid 1's area \S+ \[0x[0-9a-f]{8}-0x[0-9a-f]{8} rw-\] overlaps /);
  });

  it('finds an area that reaches past user space', () => {
    const r = midRun();
    r.kernel.process.vmas.find((v) => v.name === '[stack]')!.end = 0x80001000;
    expect(() => r.kernel.check()).toThrow("invariant violated: pid 1's area [stack] [0x7fffe000-0x80001000 rw-] reaches past user space");
  });

  it('finds a PTE granting more than its area allows', () => {
    const r = midRun();
    const text = r.kernel.process.vmas.find((v) => v.name === '.text')!;
    const { pte, address } = lookup(r.kernel.pageTables, r.kernel.process.root, text.start);
    r.machine.ram.write32(address, pte | FLAG_W);
    expect(() => r.kernel.check()).toThrow(`invariant violated: pid 1 maps 0x${text.start.toString(16).padStart(8, '0')} with rights 0x0000000e beyond .text [0x${text.start.toString(16).padStart(8, '0')}-0x${text.end.toString(16).padStart(8, '0')} r-x]`);
  });

  it('finds a present PTE outside every area', () => {
    const r = midRun();
    const bss = r.kernel.process.vmas.find((v) => v.name === '.bss')!;
    r.kernel.process.vmas.splice(r.kernel.process.vmas.indexOf(bss), 1);
    expect(() => r.kernel.check()).toThrow(`invariant violated: pid 1 maps 0x${bss.start.toString(16).padStart(8, '0')}, which no area holds`);
  });
});
