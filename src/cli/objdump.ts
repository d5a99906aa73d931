/** `vmlab disasm`: an ELF's code sections, printed the way `objdump -d` prints them. */
import { basename } from 'node:path';
import { readElf, type ElfFile, type ElfSymbol } from '../elf/reader.js';
import { SHF_EXECINSTR, SHN_ABS } from '../elf/constants.js';
import { disassemble } from '../isa/disasm.js';

/** Disassemble every executable section of `elf` (from file `path`) as objdump -d does. */
export function objdump(path: string, bytes: Uint8Array): string {
  const elf = readElf(bytes);
  const out: string[] = ['', `${basename(path)}:     file format elf32-littleriscv`, ''];
  elf.sections.forEach((section, index) => {
    if (!(section.flags & SHF_EXECINSTR) || section.size === 0) return;
    out.push('', `Disassembly of section ${section.name}:`);
    const labels = sectionSymbols(elf, index);
    const byAddress = new Map<number, string>();
    for (const s of labels) if (!byAddress.has(s.value)) byAddress.set(s.value, s.name);
    const view = new DataView(elf.bytes.buffer, elf.bytes.byteOffset + section.offset, section.size);
    for (let off = 0; off + 4 <= section.size; off += 4) {
      const pc = section.addr + off;
      const label = byAddress.get(pc);
      if (label !== undefined) out.push('', `${hex8(pc)} <${label}>:`);
      const word = view.getUint32(off, true);
      const d = disassemble(word, pc);
      const symbolic = d.target !== undefined ? symbolize(d.target, labels) : '';
      const operands = d.operands ? `\t${d.operands}${symbolic}` : '';
      out.push(`${pc.toString(16).padStart(8)}:\t${hex8(word)}          \t${d.mnemonic}${operands}`);
    }
  });
  return out.join('\n') + '\n';
}

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

/** Symbols defined in section `index`, by address (globals first among equals). */
function sectionSymbols(elf: ElfFile, index: number): ElfSymbol[] {
  return elf.symbols
    .filter((s) => s.shndx === index && s.shndx !== SHN_ABS && s.name !== '')
    .sort((a, b) => a.value - b.value || Number(b.global) - Number(a.global));
}

/** " <sym>" or " <sym+0xoff>" for the nearest symbol at or below `address`. */
function symbolize(address: number, symbols: readonly ElfSymbol[]): string {
  let best: ElfSymbol | undefined;
  for (const s of symbols) {
    if (s.value > address) break;
    if (!best || s.value > best.value) best = s;
  }
  if (!best) return '';
  const delta = address - best.value;
  return delta === 0 ? ` <${best.name}>` : ` <${best.name}+0x${delta.toString(16)}>`;
}
