/** Helpers for assembler tests: assemble a snippet, read back sections, catch error reports. */
import { assemble, type AssembleOptions } from '../../asm/assembler.js';
import { AssemblyErrors } from '../../asm/errors.js';
import { readElf } from '../../src/elf/reader.js';

/** Assemble `body` (with a _start added in front unless it has one) as file "t.s". */
export function build(body: string, options: AssembleOptions = {}): Uint8Array {
  const text = /_start\b/.test(body) ? body : `.globl _start\n_start:\n${body}`;
  return assemble([{ path: 't.s', text }], options).elf;
}

/** The bytes of section `name` of an executable. */
export function section(elf: Uint8Array, name: string): { addr: number; bytes: Uint8Array } {
  const s = readElf(elf).sections.find((x) => x.name === name);
  if (!s) throw new Error(`no section ${name}`);
  return { addr: s.addr, bytes: elf.subarray(s.offset, s.offset + s.size) };
}

/** The .text of `body` as 32-bit words. */
export function words(body: string): number[] {
  const { bytes } = section(build(body), '.text');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: bytes.length / 4 }, (_, i) => view.getUint32(i * 4, true));
}

/** The full error report for `text` (file "t.s"), or throws if it assembles. */
export function errorReport(text: string, options: AssembleOptions = {}): string {
  try {
    assemble([{ path: 't.s', text }], options);
  } catch (e) {
    if (e instanceof AssemblyErrors) return e.message;
    throw e;
  }
  throw new Error('assembled without error');
}

/** The error report for `line` as the only statement after a _start label. */
export function lineError(line: string): string {
  return errorReport(`.globl _start\n_start:\n${line}\n`);
}
