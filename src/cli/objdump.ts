/** `vmlab disasm`: an ELF's code sections, printed the way `objdump -d` prints them. */
import { readElf, type ElfFile, type ElfSymbol } from '../elf/reader.js';
import { SHF_EXECINSTR, SHN_ABS, SHT_NOBITS, SHT_NULL } from '../elf/constants.js';
import { disassemble } from '../isa/disasm.js';

/** Disassemble every executable section of `elf` (from file `path`) as objdump -d does. */
export function objdump(path: string, bytes: Uint8Array): string {
  return [...objdumpChunks(path, bytes)].join('');
}

/** Lines in one chunk of objdumpChunks: a huge code section never becomes one huge string. */
const CHUNK_LINES = 1 << 14;

/** objdump's output in chunks of text, produced as they are consumed. Throws ElfError first if the file is bad. */
export function* objdumpChunks(path: string, bytes: Uint8Array): Generator<string> {
  const elf = readElf(bytes);
  let out: string[] = ['', `${path}:     file format elf32-littleriscv`, '']; // the path as given, as objdump prints it
  const symbolsBySection = sectionSymbols(elf);
  for (const [index, section] of elf.sections.entries()) {
    // A NOBITS or NULL section has no bytes in the file to disassemble.
    if (!(section.flags & SHF_EXECINSTR) || section.size === 0 || section.type === SHT_NOBITS || section.type === SHT_NULL) continue;
    out.push('', `Disassembly of section ${section.name}:`);
    const labels = symbolsBySection.get(index) ?? [];
    const byAddress = new Map<number, string>();
    for (const s of labels) if (!byAddress.has(s.value)) byAddress.set(s.value, s.name);
    // Where each symbol's part ends (the next symbol, or the section's end): a run of zeros stops there.
    const starts = [...byAddress.keys()].map((a) => a - section.addr).filter((o) => o > 0 && o < section.size);
    let nextStart = 0;
    const bytesHere = elf.bytes.subarray(section.offset, section.offset + section.size);
    const view = new DataView(elf.bytes.buffer, elf.bytes.byteOffset + section.offset, section.size);
    for (let off = 0; off + 2 <= section.size;) {
      const pc = (section.addr + off) >>> 0;
      const label = byAddress.get(pc);
      if (label !== undefined) out.push('', `${hex8(pc)} <${label}>:`);
      while (nextStart < starts.length && starts[nextStart] <= off) nextStart++;
      const skipped = zeroRun(bytesHere, off, nextStart < starts.length ? starts[nextStart] : section.size);
      if (skipped > 0) {
        out.push('\t...');
        off += skipped;
        continue;
      }
      // An encoding longer than 32 bits (a 48- to 176-bit .insn) is stepped over whole; anything
      // else is read as a 32-bit word, as objdump reads data ($d) in a code section: vmlab writes
      // no mapping symbols, so a zero word or a .word cannot be told from instructions.
      const encoded = instructionLength(view.getUint16(off, true));
      if (encoded > 4 && off + encoded <= section.size) {
        printOther(bytesHere, off, encoded, pc, out);
        off += encoded;
      } else if (off + 4 <= section.size) {
        const word = view.getUint32(off, true);
        const d = disassemble(word, pc);
        const symbolic = d.target !== undefined ? symbolize(d.target, labels) : '';
        const operands = d.operands ? `\t${d.operands}${symbolic}` : '';
        out.push(`${pc.toString(16).padStart(8)}:\t${hex8(word)}          \t${d.mnemonic}${operands}`);
        off += 4;
      } else {
        printOther(bytesHere, off, 2, pc, out); // the last 2 bytes (a c.nop padding the end)
        off += 2;
      }
      if (out.length >= CHUNK_LINES) {
        yield out.join('\n') + '\n';
        out = [];
      }
    }
  }
  if (out.length > 0) yield out.join('\n') + '\n';
}

/**
 * The length in bytes of the instruction whose first 16-bit parcel is `parcel`, by the RISC-V
 * length encoding as objdump reads it: 2 (a compressed one), 4, 6, 8, or 10 to 22; a longer
 * encoding is taken as 2.
 */
function instructionLength(parcel: number): number {
  if ((parcel & 0x3) !== 0x3) return 2;
  if ((parcel & 0x1f) !== 0x1f) return 4;
  if ((parcel & 0x3f) === 0x1f) return 6;
  if ((parcel & 0x7f) === 0x3f) return 8;
  if ((parcel & 0x7f) === 0x7f && (parcel & 0x7000) !== 0x7000) return 10 + ((parcel >> 11) & 0xe);
  return 2;
}

/**
 * Print the encoding of `length` bytes at `off` of `bytes` (address `pc`) into `out` as objdump
 * 2.40 prints it in code (none of these lengths, 2, 6, 8, 10 to 22, is an RV32IM instruction):
 * `.2byte`, `.8byte`, or `.byte` and every byte; its bytes in chunks of 4 (a length that is a
 * multiple of 4) or 2, 8 bytes a line.
 */
function printOther(bytes: Uint8Array, off: number, length: number, pc: number, out: string[]): void {
  const hex = (at: number, size: number): string => {
    let text = '';
    for (let i = size - 1; i >= 0; i--) text += bytes[at + i].toString(16).padStart(2, '0');
    return text;
  };
  const address = (at: number): string => `${((pc + at - off) >>> 0).toString(16).padStart(8)}:\t`;
  const chunk = length % 4 === 0 ? 4 : 2;
  const chunks = (at: number, size: number): string => {
    let text = '';
    for (let c = 0; c < size; c += chunk) text += `${hex(at + c, chunk)} `;
    return text;
  };
  const first = Math.min(length, 8);
  const value = length === 2 ? `.2byte\t0x${(bytes[off] | (bytes[off + 1] << 8)).toString(16)}`
    : length === 8 ? `.8byte\t0x${BigInt(`0x${hex(off, 8)}`).toString(16)}`
      : `.byte\t${Array.from(bytes.subarray(off, off + length), (b) => `0x${b.toString(16).padStart(2, '0')}`).join(', ')}`;
  out.push(`${address(off)}${chunks(off, first).padEnd((8 / chunk) * (chunk * 2 + 1))}\t${value}`);
  for (let at = off + 8; at < off + length; at += 8) out.push(`${address(at)}${chunks(at, Math.min(8, off + length - at))}`);
}

/** objdump's: past this many zero bytes, a run of them is printed as `...`. */
const SKIP_ZEROES = 8;

/**
 * How many bytes from `at` objdump prints as `...` (0: none): a run of at least SKIP_ZEROES zero
 * bytes before `stop` (the next symbol or the section's end), cut to whole words unless it
 * reaches `stop`.
 */
function zeroRun(bytes: Uint8Array, at: number, stop: number): number {
  let end = at;
  while (end < stop && bytes[end] === 0) end++;
  if (end - at < SKIP_ZEROES) return 0;
  return end === stop ? end - at : (end - at) & ~3;
}

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

/** The named symbols of each section, by address (globals first among equals). */
function sectionSymbols(elf: ElfFile): Map<number, ElfSymbol[]> {
  const bySection = new Map<number, ElfSymbol[]>();
  for (const s of elf.symbols) {
    if (s.shndx === SHN_ABS || s.name === '') continue;
    const list = bySection.get(s.shndx);
    if (list) list.push(s);
    else bySection.set(s.shndx, [s]);
  }
  for (const list of bySection.values()) list.sort((a, b) => a.value - b.value || Number(b.global) - Number(a.global));
  return bySection;
}

/** " <sym>" or " <sym+0xoff>" for the nearest symbol at or below `address` (`symbols` sorted by address). */
function symbolize(address: number, symbols: readonly ElfSymbol[]): string {
  // The last symbol at or below the address, and among those with its value the first (a global if any).
  let low = 0, high = symbols.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (symbols[mid].value <= address) low = mid + 1;
    else high = mid;
  }
  if (low === 0) return '';
  let at = low - 1;
  while (at > 0 && symbols[at - 1].value === symbols[at].value) at--;
  const best = symbols[at];
  const delta = address - best.value;
  return delta === 0 ? ` <${best.name}>` : ` <${best.name}+0x${delta.toString(16)}>`;
}
