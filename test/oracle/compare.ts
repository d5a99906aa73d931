/**
 * What the oracle compares, extracted the same way from vmlab's and GNU's executables: loadable
 * section contents and addresses, symbol values, and the text of each disassembled instruction.
 */
import { readElf } from '../../src/elf/reader.js';
import { SHT_NOBITS } from '../../src/elf/constants.js';
import { disassemble } from '../../src/isa/disasm.js';

export interface SectionSummary {
  addr: number;
  size: number;
  /** Contents in hex ('' for .bss). */
  hex: string;
}

export interface ExecutableSummary {
  entry: number;
  sections: Record<string, SectionSummary>;
  /** [name, value] of every named symbol, sorted. */
  symbols: [string, number][];
}

/** The alloc sections vmlab outputs (GNU ld's output sections of the same names). */
const COMPARED_SECTIONS = ['.text', '.rodata', '.rodata1', '.sdata2', '.preinit_array', '.init_array', '.fini_array',
  '.data.rel.ro', '.data', '.data1', '.sdata', '.sbss', '.bss'];

/** The parts of an executable the oracle compares. */
export function summarize(bytes: Uint8Array): ExecutableSummary {
  const elf = readElf(bytes);
  const sections: Record<string, SectionSummary> = {};
  for (const s of elf.sections) {
    if (!COMPARED_SECTIONS.includes(s.name) || s.size === 0) continue;
    const hex = s.type === SHT_NOBITS ? '' : Buffer.from(bytes.subarray(s.offset, s.offset + s.size)).toString('hex');
    sections[s.name] = { addr: s.addr, size: s.size, hex };
  }
  const symbols = elf.symbols
    .filter((s) => s.name !== '' && s.type <= 2) // NOTYPE, OBJECT, FUNC: not SECTION or FILE
    .map((s): [string, number] => [s.name, s.value])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return { entry: elf.entry, sections, symbols };
}

/** Symbols of GNU's own that are not part of the comparison: the RISC-V mapping symbols GNU as emits ($x... at code, $d at data). */
export const LINKER_SYMBOLS = /^\$[xd]/;

/**
 * objdump 2.40 prints some I-type instructions with the register-register name (add a0,a1,3
 * for addi, csrw cycle,5 for csrwi, zext.b for andi 255). vmlab prints the canonical name;
 * map objdump's spelling to it before comparing.
 */
export function canonicalObjdump(text: string): string {
  const [mnemonic, operands = ''] = text.split('\t');
  const ops = operands.split(',');
  const last = ops[ops.length - 1];
  const immediate = /^-?(0x[0-9a-f]+|[0-9]+)$/.test(last);
  if (mnemonic === 'zext.b') return `andi\t${ops[0]},${ops[1]},255`;
  if (immediate && ['add', 'sll', 'srl', 'sra', 'and', 'or', 'xor', 'slt', 'sltu'].includes(mnemonic) && ops.length === 3) {
    return `${mnemonic}i\t${operands}`;
  }
  if (immediate && ['csrw', 'csrs', 'csrc'].includes(mnemonic) && ops.length === 2) return `${mnemonic}i\t${operands}`;
  if (immediate && ['csrrw', 'csrrs', 'csrrc'].includes(mnemonic) && ops.length === 3) {
    return `${mnemonic}i\t${operands}`;
  }
  return text;
}

/** Parse `objdump -d` output into [address, instruction text] for every 4-byte instruction. */
export function objdumpInstructions(output: string): [number, string][] {
  const result: [number, string][] = [];
  for (const line of output.split('\n')) {
    const m = /^\s+([0-9a-f]+):\t([0-9a-f]{8})\s+\t(.*)$/.exec(line);
    if (!m) continue;
    const text = m[3].replace(/ <[^>]*>$/, '').replace(/\s+#.*$/, '');
    result.push([parseInt(m[1], 16), canonicalObjdump(text)]);
  }
  return result;
}

/** vmlab's disassembly of the instructions at `addresses` of `bytes`' .text, in the same form. */
export function vmlabInstructions(bytes: Uint8Array, addresses: readonly number[]): [number, string][] {
  const elf = readElf(bytes);
  const text = elf.sections.find((s) => s.name === '.text')!;
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return addresses.map((addr) => {
    const d = disassemble(view.getUint32(text.offset + addr - text.addr, true), addr);
    return [addr, d.operands ? `${d.mnemonic}\t${d.operands}` : d.mnemonic];
  });
}
