/**
 * execve-style loading: validate an ELF executable and describe its address space. One area per
 * PT_LOAD with the segment's permissions; no page is mapped here (the first touch of each page
 * faults it in). Also the initial stack contents, laid out as Linux does.
 */
import { ElfError, readElf, type ElfFile } from '../elf/reader.js';
import { ET_EXEC, PF_R, PF_W, PF_X, PT_LOAD, SHF_ALLOC } from '../elf/constants.js';
import { PROT_EXEC, PROT_READ, PROT_WRITE, newVma, type Vma } from './vm/vma.js';
import { PAGE_SIZE } from './vm/pagetable.js';
import type { Inode } from './fs.js';

/** An executable the kernel refuses, with a one-line reason. */
export class ExecError extends Error {}

export const USER_TOP = 0x80000000;

/**
 * Linux's access_ok: whether the `length` bytes at `va` lie wholly in user space. read and write
 * check it first: a buffer that runs past it is -EFAULT, not a short transfer.
 */
export function inUserSpace(va: number, length: number): boolean {
  return length <= USER_TOP && va <= USER_TOP - length;
}
/** Top of the initial stack and the size of the stack area below it. */
export const STACK_TOP = 0x7ffff000;
export const STACK_SIZE = 8 * 1024 * 1024;

export interface ExecImage {
  /** The executable file its areas map. */
  file: Inode;
  entry: number;
  vmas: Vma[];
  /** Where the heap starts: the page after the highest segment. */
  brk: number;
  /** AT_PHDR and AT_PHNUM. */
  phdr: number;
  phnum: number;
  /** Linux's end_data − start_data: from the highest segment's start to the end of the file's bytes (what brk's RLIMIT_DATA check adds). */
  dataBytes: number;
}

/** The most program headers an executable may have: Linux reads at most one page of them (4096 / 32). */
export const MAX_PHNUM = PAGE_SIZE / 32;

const alignDown = (n: number): number => Math.floor(n / PAGE_SIZE) * PAGE_SIZE;
const alignUp = (n: number): number => Math.ceil(n / PAGE_SIZE) * PAGE_SIZE;
const hex = (n: number): string => `0x${(n >>> 0).toString(16)}`;

/**
 * Validate `bytes` as an RV32 executable and describe its areas: private
 * mappings of the file `file` (its inode in the guest's tree, so that its pages are shared
 * through the page cache with every other use of it, or one of the kernel's DetachedInodes).
 * Throws ExecError.
 */
export function loadExecutable(bytes: Uint8Array, file: Inode): ExecImage {
  let elf: ElfFile;
  try {
    elf = readElf(bytes);
  } catch (e) {
    if (e instanceof ElfError) throw new ExecError(e.message);
    throw e;
  }
  if (elf.type !== ET_EXEC) throw new ExecError(`not an executable (ELF type ${elf.type}, expected ET_EXEC)`);
  if (elf.segments.length > MAX_PHNUM) throw new ExecError(`too many program headers (${elf.segments.length}; at most ${MAX_PHNUM})`);
  const loads = elf.segments.filter((s) => s.type === PT_LOAD && s.memsz > 0);
  if (loads.length === 0) throw new ExecError('no loadable segment');
  const vmas: Vma[] = [];
  for (const [i, seg] of loads.entries()) {
    const last = seg.vaddr + seg.memsz; // past 32 bits for a segment that would wrap: shown whole
    const where = `segment ${i} (${hex(seg.vaddr)}-${last > 0xffffffff ? `0x${last.toString(16)}` : hex(last)})`;
    if (seg.filesz > seg.memsz) throw new ExecError(`${where}: file size larger than memory size`);
    if (seg.vaddr < PAGE_SIZE || last > USER_TOP) throw new ExecError(`${where} is outside user space`);
    if (seg.vaddr % PAGE_SIZE !== seg.offset % PAGE_SIZE) {
      throw new ExecError(`${where}: address and file offset are not congruent modulo the page size`);
    }
    const start = alignDown(seg.vaddr);
    const end = alignUp(seg.vaddr + seg.memsz);
    const clash = vmas.find((v) => start < v.end && v.start < end);
    if (clash) throw new ExecError(`${where} overlaps ${clash.name}`);
    // The initial stack's page and the guard page above it are the stack's (Linux's loader finds them mapped).
    if (end > STACK_TOP - PAGE_SIZE) throw new ExecError(`${where} overlaps [stack] (${hex(STACK_TOP - PAGE_SIZE)}-${hex(USER_TOP)})`);
    const prot = (seg.flags & PF_R ? PROT_READ : 0) | (seg.flags & PF_W ? PROT_WRITE : 0) | (seg.flags & PF_X ? PROT_EXEC : 0);
    const lead = seg.vaddr - start;
    // A read-only segment with no zero-filled part maps whole file pages, as Linux's loader does:
    // its last page shows the file's bytes past the segment, and every process running the file
    // maps the page cache's frame itself.
    const whole = (prot & PROT_WRITE) === 0 && seg.memsz === seg.filesz;
    // A segment with nothing from the file is anonymous memory, as Linux's elf_load maps it.
    vmas.push(newVma(segmentName(elf, seg.vaddr, seg.memsz, i), start, end, prot,
      seg.filesz === 0 ? null : { inode: file, offset: seg.offset - lead, size: whole ? end - start : seg.filesz + lead, shared: false }));
  }
  if (!vmas.some((v) => v.prot & PROT_EXEC && elf.entry >= v.start && elf.entry < v.end)) {
    throw new ExecError(`entry point ${hex(elf.entry)} is outside every executable segment`);
  }
  if (elf.entry % 4 !== 0) throw new ExecError(`entry point ${hex(elf.entry)} is not 4-byte aligned`);
  const first = loads[0];
  const phoff = new DataView(bytes.buffer, bytes.byteOffset).getUint32(28, true);
  return {
    file,
    entry: elf.entry,
    vmas: vmas.sort((a, b) => a.start - b.start),
    brk: Math.max(...vmas.map((v) => v.end)),
    phdr: first.vaddr - first.offset + phoff,
    phnum: elf.segments.length,
    dataBytes: Math.max(...loads.map((s) => s.vaddr + s.filesz)) - Math.max(...loads.map((s) => s.vaddr)),
  };
}

/** The names of the allocated sections a segment holds (".text+.rodata"), or "segment N". */
function segmentName(elf: ElfFile, vaddr: number, memsz: number, index: number): string {
  const names = elf.sections
    .filter((s) => (s.flags & SHF_ALLOC) !== 0 && s.size > 0 && s.addr >= vaddr && s.addr < vaddr + memsz)
    .map((s) => s.name);
  return names.length ? names.join('+') : `segment ${index}`;
}

export const AT_NULL = 0, AT_PHDR = 3, AT_PHENT = 4, AT_PHNUM = 5, AT_PAGESZ = 6, AT_BASE = 7, AT_FLAGS = 8, AT_ENTRY = 9;
export const AT_UID = 11, AT_EUID = 12, AT_GID = 13, AT_EGID = 14, AT_HWCAP = 16, AT_CLKTCK = 17, AT_SECURE = 23, AT_RANDOM = 25, AT_EXECFN = 31;
/** AT_HWCAP: the single-letter extensions the hart has, a bit each from 'a' (Linux's riscv elf_hwcap): I and M. */
const HWCAP_RV32IM = (1 << ('i'.charCodeAt(0) - 97)) | (1 << ('m'.charCodeAt(0) - 97));
/** AT_CLKTCK: clock ticks a second, as times() counts them (Linux's USER_HZ). */
const CLOCK_TICKS = 100;

/** What a new image starts with: its arguments, its environment and the file name it was run as (bytes, without NULs). */
export interface ExecArgs {
  argv: readonly Uint8Array[];
  envp: readonly Uint8Array[];
  /** The path execve was given (AT_EXECFN points at it). */
  execfn: Uint8Array;
}

/** ExecArgs from strings (a run's command line), the file name being argv[0]. */
export function execArgs(argv: readonly string[], envp: readonly string[], execfn = argv[0] ?? 'program'): ExecArgs {
  const bytes = (s: string): Uint8Array => Buffer.from(s, 'utf8');
  return { argv: argv.map(bytes), envp: envp.map(bytes), execfn: bytes(execfn) };
}

/**
 * The initial stack, as Linux lays it out (from high to low addresses): a zero word, the file
 * name (AT_EXECFN), the environment and argument strings, 16 random bytes (AT_RANDOM), then,
 * from the 16-byte aligned sp up: argc, argv pointers and NULL, envp pointers and NULL, auxv
 * pairs in Linux's order (create_elf_tables; no vDSO, so none of riscv's ARCH_DLINFO entries)
 * ending with AT_NULL. The one user is root (uid and gid 0). Returns the bytes to write at `sp`
 * and sp itself.
 */
export function initialStack(top: number, args: ExecArgs, image: ExecImage, random: Uint8Array): { sp: number; bytes: Uint8Array } {
  const { argv, envp } = args;
  const withNul = (s: Uint8Array): Uint8Array => Buffer.concat([s, Uint8Array.of(0)]);
  const strings = [...argv, ...envp, args.execfn].map(withNul);
  const stringBytes = strings.reduce((n, s) => n + s.length, 0);
  const stringsAt = top - 4 - stringBytes;
  const randomAt = (stringsAt - 16) & ~15;
  const execfnAt = top - 4 - strings[strings.length - 1].length;
  const auxv = [AT_HWCAP, HWCAP_RV32IM, AT_PAGESZ, PAGE_SIZE, AT_CLKTCK, CLOCK_TICKS, AT_PHDR, image.phdr, AT_PHENT, 32,
    AT_PHNUM, image.phnum, AT_BASE, 0, AT_FLAGS, 0, AT_ENTRY, image.entry, AT_UID, 0, AT_EUID, 0, AT_GID, 0, AT_EGID, 0,
    AT_SECURE, 0, AT_RANDOM, randomAt, AT_EXECFN, execfnAt, AT_NULL, 0];
  const words = 1 + argv.length + 1 + envp.length + 1 + auxv.length;
  const sp = (randomAt - words * 4) & ~15;
  const bytes = new Uint8Array(top - sp);
  const view = new DataView(bytes.buffer);
  let stringAt = stringsAt;
  const pointers = strings.map((s) => {
    bytes.set(s, stringAt - sp);
    const at = stringAt;
    stringAt += s.length;
    return at;
  });
  bytes.set(random.subarray(0, 16), randomAt - sp);
  const table = [argv.length, ...pointers.slice(0, argv.length), 0, ...pointers.slice(argv.length, argv.length + envp.length), 0, ...auxv];
  table.forEach((w, i) => view.setUint32(i * 4, w >>> 0, true));
  return { sp, bytes };
}
