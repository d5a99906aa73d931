/**
 * One address through a live process's Sv32 page tables, level by level, as `vmlab translate
 * --run` prints it: each level's index, PTE (with its bits) and where it leads, the physical
 * address, and whether each TLB holds the page. It reads RAM and the TLBs and changes nothing
 * (no A/D bits are set, no TLB entry is touched).
 */
import type { Tlb } from '../machine/tlb.js';
import { FLAG_R, FLAG_U, FLAG_V, FLAG_W, FLAG_X } from '../machine/tlb.js';
import { isSwapEntry, swapSlotOf } from '../kernel/vm/swap.js';
import { hex32 as hex8 } from '../kernel/vm/vma.js';
import { pteBits } from './dumps.js';
import type { MemoryView, ProcessView } from './memview.js';

const hex = (n: number, digits: number): string => `0x${(n >>> 0).toString(16).padStart(digits, '0')}`;

/** A TLB to report on: its name and spec for the output, and the TLB. */
export interface NamedTlb {
  name: string;
  spec: string;
  tlb: Tlb;
}

/**
 * The walk of `va` in `p`'s page tables, as lines of text. `tlbs` are the TLBs holding `p`'s
 * entries (with `asid`), or null when they hold another address space's (`whyNoTlb` says why).
 */
export function explainWalk(view: MemoryView, p: ProcessView, va: number, tlbs: NamedTlb[] | null, whyNoTlb: string): string[] {
  const vpn1 = va >>> 22, vpn0 = (va >>> 12) & 0x3ff, offset = va & 0xfff;
  const lines = [`${hex8(va)} in pid ${p.pid} (${p.name}): VPN[1] ${hex(vpn1, 3)} VPN[0] ${hex(vpn0, 3)} offset ${hex(offset, 3)}`];
  if (p.root < 0) return [...lines, '  no page table (the MMU is off): the address is physical'];
  lines.push(`  satp: root page table at pa ${hex8(p.root * 4096)}`);
  let table = p.root;
  let pa: number | null = null;
  let leaf = 0;
  for (const [level, index] of [[1, vpn1], [0, vpn0]]) {
    const at = table * 4096 + index * 4;
    const pte = view.ram.read32(at);
    const head = `  level ${level}: index ${index}, pte ${hex8(pte)} ${pteBits(pte)} at pa ${hex8(at)}`;
    if ((pte & FLAG_V) === 0) {
      const why = isSwapEntry(pte) ? `swapped out to slot ${swapSlotOf(pte)}` : 'not valid';
      lines.push(`${head}: ${why}: an access page-faults`);
      break;
    }
    if ((pte & (FLAG_R | FLAG_W | FLAG_X)) === 0) {
      table = pte >>> 10;
      lines.push(`${head} -> next table at pa ${hex8(table * 4096)}`);
      continue;
    }
    leaf = pte;
    const pageBytes = level === 1 ? 1 << 22 : 4096;
    pa = ((pte >>> 10) * 4096 + (va & (pageBytes - 1))) >>> 0;
    lines.push(`${head} -> ${level === 1 ? 'megapage' : 'page'} at pa ${hex8(pa - (va & (pageBytes - 1)))}`);
    break;
  }
  if (pa !== null) {
    // What the MMU gives the kernel, not the process: without U, every user access faults.
    lines.push(`  physical address ${hex8(pa)}${leaf & FLAG_U ? '' : ' (supervisor only, U=0: a user access here is a protection fault)'}`);
  }
  if (!tlbs) return [...lines, `  TLB: ${whyNoTlb}`];
  for (const { name, spec, tlb } of tlbs) {
    const vpn = va >>> 12;
    const slot = tlb.find(vpn, p.asid);
    const set = Math.floor(slot / tlb.ways);
    lines.push(slot < 0 ? `  ${name} (${spec}): miss, no entry for the page`
      : `  ${name} (${spec}): hit, set ${set} way ${slot - set * tlb.ways}, ${tlb.mega[slot] ? 'megapage ' : ''}PPN ${hex(tlb.ppn[slot], 5)} ${pteBits(tlb.flags[slot])}`);
  }
  return lines;
}
