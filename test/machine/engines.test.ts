/**
 * The differential test of the two engines: every program in programs/, bench/ (its .s files and
 * its gcc-built ELFs), the test corpus and the C oracle fixtures runs on the interpreter (the
 * reference) and on the compiling engine, and everything a user can see must be the same byte
 * for byte: stdout, stderr, the exit, every statistic of --stats-json (instructions, cycles, each
 * TLB's counters, walks, faults...), the --stats-every time series, every event but the accesses
 * (probe.ts), the registers and pc at the end, each TLB's entries and replacement order
 * (fuzz/targets/observe.ts, which the engines fuzz target shares), and the files the program left.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemble } from '../../asm/assembler.js';
import { DEFAULT_CONFIG, Machine, type MachineConfig } from '../../src/machine/machine.js';
import { Kernel, type KernelOptions } from '../../src/kernel/kernel.js';
import { GuestFs } from '../../src/kernel/fs.js';
import { collectStats } from '../../src/stats/report.js';
import { C_PROGRAMS, elfPath, filesIn } from '../oracle/c-programs.js';
import { parseTlbSpec } from '../../src/machine/tlb.js';
import { COST_PRESETS } from '../../src/machine/costs.js';
import { JitCpu } from '../../src/machine/jit/jit-cpu.js';
import { observe, withThresholds } from '../../fuzz/targets/observe.js';

interface Case {
  name: string;
  elf: () => Uint8Array;
  args?: string[];
  config?: Partial<MachineConfig>;
  kernel?: Partial<Omit<KernelOptions, 'stdout' | 'stderr' | 'fs'>>;
  maxInstructions?: number;
  /** The exit status the program must end with. */
  status?: number;
}

const asmFile = (...paths: string[]) => (): Uint8Array =>
  assemble(paths.map((path) => ({ path, text: readFileSync(path, 'utf8') }))).elf;
const asmText = (text: string) => (): Uint8Array => assemble([{ path: 't.s', text }]).elf;
const file = (path: string) => (): Uint8Array => readFileSync(path);

/**
 * Everything case `c` shows on `engine` (fuzz/targets/observe.ts), and the files the program left;
 * without `events`, no event is listened to (see observe's Run.events).
 */
function observeCase(c: Case, engine: MachineConfig['engine'], events = true): unknown {
  const dir = mkdtempSync(join(tmpdir(), 'vmlab-engines-'));
  copyFileSync('test/fixtures/files/poem.txt', join(dir, 'poem.txt'));
  writeFileSync(join(dir, 'hello'), asmFile('programs/hello.s')(), { mode: 0o755 });
  const elf = c.elf();
  writeFileSync(join(dir, 'self'), elf, { mode: 0o755 });
  const seen = observe({
    name: c.name, elf, argv: ['self', ...(c.args ?? [])], config: c.config, kernel: { fs: new GuestFs(dir, true), ...c.kernel },
    maxInstructions: c.maxInstructions ?? 20_000_000, events,
  }, engine);
  return { ...seen, files: filesIn(dir, 'base64') };
}

// The start of both programs below: an anonymous read-write-execute page at s0 holding the
// routine `addi a0, a0, 1; ret`, made visible to fetches with fence.i.
const CODE_PAGE = `  .globl _start
_start:
  li a0, 0
  li a1, 4096
  li a2, 7              # PROT_READ | PROT_WRITE | PROT_EXEC
  li a3, 0x22           # MAP_PRIVATE | MAP_ANONYMOUS
  li a4, -1
  li a5, 0
  li a7, 222            # mmap
  ecall
  mv s0, a0
  li t0, 0x00150513     # addi a0, a0, 1
  sw t0, 0(s0)
  li t0, 0x00008067     # ret
  sw t0, 4(s0)
  fence.i
`;

// Code patched while it runs, in an anonymous read-write-execute mapping: a routine called 1,000
// times, rewritten (without fence.i) and called 1,000 times more, then a block that rewrites an
// instruction further on in itself. Exit status: (1000 + 2 * 1000 + 1 + 100) % 256 = 29.
const SELF_MODIFYING = `
${CODE_PAGE}  li s1, 0
  li s2, 1000
1:mv a0, s1
  jalr s0
  mv s1, a0
  addi s2, s2, -1
  bnez s2, 1b
  li t0, 0x00250513     # addi a0, a0, 2
  sw t0, 0(s0)
  li s2, 1000
2:mv a0, s1
  jalr s0
  mv s1, a0
  addi s2, s2, -1
  bnez s2, 2b
  # at s0+16: sw t1, 8(a1); addi a0, a0, 1; addi a0, a0, 1 (becomes addi a0, a0, 100); ret
  li t0, 0x0065a423
  sw t0, 16(s0)
  li t0, 0x00150513
  sw t0, 20(s0)
  sw t0, 24(s0)
  li t0, 0x00008067
  sw t0, 28(s0)
  addi a1, s0, 16
  li t1, 0x06450513     # addi a0, a0, 100
  mv a0, s1
  addi t2, s0, 16
  jalr t2
  li a7, 93
  ecall
`;

// Code rewritten by the kernel, not by a guest store: a routine is called twice (the first call's
// fetch misses the TLB and runs on the interpreter, the second runs the routine's block), then
// read() from a pipe copies another routine over it (the kernel writes the frame through Ram), and
// the two calls that follow, without fence.i, must run the new one. Exit status 2 + 80 = 82.
const CODE_READ_OVER = `
${CODE_PAGE}  li a0, 0
  jalr s0
  jalr s0
  mv s1, a0
  la a0, fds
  li a1, 0
  li a7, 59             # pipe2
  ecall
  la t0, fds
  lw a0, 4(t0)
  la a1, routine
  li a2, 8
  li a7, 64             # write
  ecall
  la t0, fds
  lw a0, 0(t0)
  mv a1, s0
  li a2, 8
  li a7, 63             # read, over the translated routine
  ecall
  mv a0, s1
  jalr s0
  jalr s0
  li a7, 93
  ecall
  .data
  .align 2
routine: .word 0x02850513, 0x00008067   # addi a0, a0, 40; ret
fds: .word 0, 0
`;

// A program that execve's itself once (argv[1] = "again") and exits 42 the second time.
const SELF_EXEC = `
  .globl _start
_start:
  lw t0, 0(sp)          # argc
  li t1, 1
  bne t0, t1, again
  la a0, self
  la a1, argv
  li a2, 0
  li a7, 221            # execve
  ecall
  li a0, 1
  li a7, 93
  ecall
again:
  li a0, 42
  li a7, 93
  ecall
  .data
self: .asciz "self"
arg: .asciz "again"
  .align 2
argv: .word self, arg, 0
`;

// A routine whose store goes to a new page on each of 8 calls (a fast-path miss and a page fault
// each time, so with JitCpu.inlineAfter at 1 its block calls the MMU itself), then, on a 9th
// call, into the routine's own third instruction, which must run patched at once.
// Exit status: 8 * 2 + 1 + 100 = 117.
const STORE_INTO_OWN_BLOCK = `
${CODE_PAGE}  li t0, 0x0065a423     # sw t1, 8(a1)
  sw t0, 16(s0)
  li t0, 0x00150513     # addi a0, a0, 1
  sw t0, 20(s0)
  sw t0, 24(s0)
  li t0, 0x00008067     # ret
  sw t0, 28(s0)
  fence.i
  addi t2, s0, 16
  li a0, 0
  la a1, buf
  li s2, 8
  li s3, 4096
1:jalr t2
  add a1, a1, s3
  addi s2, s2, -1
  bnez s2, 1b
  addi a1, s0, 16
  li t1, 0x06450513     # addi a0, a0, 100
  jalr t2
  li a7, 93
  ecall
  .bss
  .align 12
buf: .space 32768
`;

// Accesses a hot block leaves to the interpreter (translate.ts): a loop loads and stores 2,000
// times through the data fast path, then runs again one byte off, so the load in the same block,
// now optimized, is misaligned and traps.
const MISALIGNED_LOAD = `
  .globl _start
_start:
  la s0, buf
  li s3, 2
2:li s1, 2000
1:lw t0, 0(s0)
  sw t0, 4(s0)
  addi s1, s1, -1
  bnez s1, 1b
  addi s0, s0, 1
  addi s3, s3, -1
  bnez s3, 2b
  li a0, 0
  li a7, 93
  ecall
  .data
  .align 2
buf: .word 1, 2, 3
`;

// A routine called 2,000 times through jalr, then once through a target 2 bytes off: the jalr
// in the calling block traps (a misaligned fetch), with pc at it.
const MISALIGNED_JUMP = `
  .globl _start
_start:
  la s0, routine
  li s3, 2
2:li s1, 2000
1:jalr s0
  addi s1, s1, -1
  bnez s1, 1b
  addi s0, s0, 2
  addi s3, s3, -1
  bnez s3, 2b
  li a0, 0
  li a7, 93
  ecall
routine:
  addi a0, a0, 1
  ret
`;

// Block shapes (translate.ts): straight-line code running into a loop's head (which starts a
// block of its own), a loop of loads and stores, code after a loop (after a backward branch), a
// forward branch inside a block, a loop head two backward branches go to. Exit status 120, as
// under qemu-riscv32 (the same source, assembled by GNU as).
// One loop, two loads a round: the first cycles through `pages` pages (another DTLB slot every
// round, an address computed with remu, so that only the run shows it: its block comes to list
// that touch), the second walks `walked` pages (a miss in most rounds, so its block comes to
// call the MMU, without the list): with a fully associative tree-PLRU DTLB the victims depend
// on the order of all the touches, listed, pending and made by the MMU.
const LISTED_THEN_MISS = (pages: number, walked = 64): string => `
  .globl _start
_start:
  la s0, small
  la s1, big
  li s2, 3000
  li t0, 0
  li s3, 0
  li t1, ${pages}
loop:
  remu t2, t0, t1
  slli t2, t2, 12
  add t2, t2, s0
  lw t3, 0(t2)
  add s3, s3, t3
  andi t4, t0, ${walked - 1}
  slli t4, t4, 12
  add t4, t4, s1
  lw t5, 0(t4)
  add s3, s3, t5
  addi t0, t0, 1
  blt t0, s2, loop
  andi a0, s3, 255
  li a7, 93
  ecall
  .bss
  .balign 4096
small: .space ${pages} * 4096
big: .space ${walked} * 4096
`;

const LOOP_SHAPES = `
  .globl _start
_start:
  la s0, buf
  li s1, 0
  li s2, 400
  li t3, 0
outer:
  addi t3, t3, 1
  mv t0, s0
  li t1, 64
inner:
  lw t2, 0(t0)
  add t2, t2, t3
  sw t2, 0(t0)
  add s1, s1, t2
  addi t0, t0, 4
  addi t1, t1, -1
  bnez t1, inner
  andi t4, t3, 7
  bnez t4, 1f
  addi s1, s1, 1000
1:blt t3, s2, outer
  li t1, 3000
  li t5, 0
again:
  addi t5, t5, 3
  andi t4, t5, 1
  beqz t4, skip
  addi t1, t1, -1
  bnez t1, again
  j done
skip:
  addi t1, t1, -1
  bnez t1, again
done:
  add a0, s1, t5
  andi a0, a0, 255
  li a7, 93
  ecall
  .data
  .align 2
buf: .space 256
`;

// Jumps the compiling engine follows inside a page (translate.ts, blockPath): a bytecode
// interpreter's loop whose handlers `j` back to its dispatch, a call of a nearby routine that
// takes its own address with auipc, a loop whose branch back is a `j` (and a block that jumps
// back into itself, ending before that loop's head), and a path that jumps down the page and
// back up. Exit status 186, as under qemu-riscv32.
const JUMP_SHAPES = `
  .globl _start
_start:
  la s0, prog
  li s1, 0
  li s2, 0
  li s3, 2000
vm:
  slli t0, s2, 2
  add t0, s0, t0
  lw t1, 0(t0)
  addi s2, s2, 1
  andi s2, s2, 7
  addi s3, s3, -1
  beqz s3, out
  li t2, 1
  beq t1, t2, op_add
  li t2, 2
  beq t1, t2, op_call
  addi s1, s1, 3
  j vm
op_add:
  add s1, s1, s2
  j vm
op_call:
  jal ra, helper
  j vm
helper:
  auipc t3, 0
  la t4, helper
  sub t3, t3, t4
  add s1, s1, t3
  addi s1, s1, 7
  ret
out:
  li t5, 100
  li t6, 0
back:
  addi t6, t6, 1
  andi t0, t6, 3
  bnez t0, 1f
  addi s1, s1, 5
1:
  addi t5, t5, -1
  beqz t5, 2f
  j back
2:
  j low_end
high:
  addi s1, s1, 11
  j fin
low_end:
  addi s1, s1, 13
  j high
fin:
  andi a0, s1, 255
  li a7, 93
  ecall
  .data
  .align 2
prog: .word 0, 1, 2, 0, 1, 1, 2, 0
`;

// Loop heads rewritten: a routine \`li a1, 300; 1: addi a0, a0, 1; addi a1, a1, -1; bnez a1, 1b;
// ret\` (its loop's head inside the block it is entered by) called 20 times, then its head
// rewritten to add 3 (no fence.i) and called again; then a loop that rewrites its own head (to
// add 5) on its first round. Exit status (6000 + 900 + 3 + 9 * 5) % 256 = 36, as under qemu-riscv32.
const LOOP_HEAD_PATCHED = `
${CODE_PAGE}  li t0, 0x12c00593     # at s0: li a1, 300
  sw t0, 0(s0)
  li t0, 0x00150513     # addi a0, a0, 1
  sw t0, 4(s0)
  li t0, 0xfff58593     # addi a1, a1, -1
  sw t0, 8(s0)
  li t0, 0xfe059ce3     # bnez a1, s0+4
  sw t0, 12(s0)
  li t0, 0x00008067     # ret
  sw t0, 16(s0)
  li t0, 0x00350513     # at s0+32: addi a0, a0, 3
  sw t0, 32(s0)
  li t0, 0x0063a023     # sw t1, 0(t2)
  sw t0, 36(s0)
  li t0, 0xfff58593     # addi a1, a1, -1
  sw t0, 40(s0)
  li t0, 0xfe059ae3     # bnez a1, s0+32
  sw t0, 44(s0)
  li t0, 0x00008067     # ret
  sw t0, 48(s0)
  fence.i
  li a0, 0
  li s2, 20
1:jalr s0
  addi s2, s2, -1
  bnez s2, 1b
  li t0, 0x00350513     # addi a0, a0, 3
  sw t0, 4(s0)
  jalr s0
  addi t2, s0, 32
  li t1, 0x00550513     # addi a0, a0, 5
  li a1, 10
  jalr t2
  andi a0, a0, 255
  li a7, 93
  ecall
`;

// Adversarial programs (test/corpus/engines/; the C ones built by its build.sh, ELFs recorded), each
// on a machine chosen to stress it, with the exit status it must end with (the C programs' agree
// with qemu-riscv32's, but for dualmap, whose writes through a second mapping qemu does not see,
// and the misaligned accesses of guard, which Linux emulates and vmlab's kernel kills with SIGBUS).
const CORPUS = 'test/corpus/engines';
const TINY_TLBS = { itlb: parseTlbSpec('1:1:lru'), dtlb: parseTlbSpec('1:1:lru') };
interface CorpusCase extends Omit<Case, 'name' | 'elf'> {
  program: string;
}
const CORPUS_CASES: CorpusCase[] = [
  // generated code rewritten in place, with and without fence.i, in four pages
  { program: 'jitgen.elf', status: 49, config: TINY_TLBS },
  // a child rewrites a code page it shares with its parent (copy-on-write), so does a grandchild
  { program: 'forkcode.elf', status: 0, kernel: { quantum: 97 }, config: { dtlb: parseTlbSpec('2:2:lru') } },
  // one frame at two virtual addresses: code written through one, run through the other
  { program: 'dualmap.elf', status: 32, config: { dtlb: parseTlbSpec('1:1:fifo'), unifiedTlb: true, asid: true } },
  // X dropped by mprotect from pages of cached blocks (the call faults), patched under RW
  { program: 'mprot.elf', status: 0, config: { itlb: parseTlbSpec('2:2:lru'), dtlb: parseTlbSpec('2:2:plru'), l2tlb: parseTlbSpec('8:2:lru') } },
  // frames of code freed by munmap and reused; MAP_FIXED over cached code; a call into a hole
  { program: 'remap.elf', status: 72, config: { ramBytes: 96 * 1024 }, kernel: { policy: 'fifo' } },
  // loads and stores walking into a PROT_NONE page, misaligned ones, after thousands of hits
  { program: 'guard.elf', status: 0 },
  // read() from a file and a pipe over cached code
  { program: 'readcode.elf', status: 6, kernel: { quantum: 1 } },
  // execve of itself for six generations, one of them from a forked child
  { program: 'selfexec.elf', status: 6, config: { asid: true } },
  // code on the stack, the heap and a read-only mapping: every call faults
  { program: 'stackexec.elf', status: 0 },
  // generated code in 12 anonymous pages swapped out and in under a small RAM
  { program: 'swapcode.elf', status: 35, config: { ramBytes: 96 * 1024, itlb: parseTlbSpec('2:2:lru') } },
  // 160 functions over seven text pages, evicted and read in again into other frames
  { program: 'bigtext.elf', status: 45, config: { ramBytes: 64 * 1024 }, kernel: { swapBytes: 256 * 1024, quantum: 3001 } },
  // loops whose one load hits another DTLB entry each round (the touches blocks defer to their exits)
  { program: 'bigtext.elf', status: 45, config: { dtlb: parseTlbSpec('4:2:plru') } },
  { program: 'bigtext.elf', status: 45, config: { dtlb: parseTlbSpec('4:4:lru') } },
  // ld -N: data beside code in one RWX segment, stored to in a hot loop; jump tables, computed gotos
  { program: 'rwxdata.elf', status: 4 },
  { program: 'funcs.elf', status: 50, config: { costs: COST_PRESETS.textbook, dtlb: parseTlbSpec('2:2:random'), seed: 5 } },
  { program: 'funcs-rwx.elf', status: 50, config: { mmu: false } },
  // two processes, one virtual page, two frames: with ASIDs each must still see its own
  { program: 'asidleak.elf', status: 0, config: { asid: true, unifiedTlb: true, dtlb: parseTlbSpec('2:2:lru'), l2tlb: parseTlbSpec('4:4:fifo') }, kernel: { quantum: 500 } },
  // four processes in a ring of pipes, preempted every 37 cycles with a taken branch cheaper than a not-taken one
  { program: 'ring.elf', status: 87, kernel: { quantum: 37 }, config: { costs: { ...COST_PRESETS.default, branchTaken: 0, branchNotTaken: 9, alu: 0 } } },
  // the cycle, time and instret counters read between blocks
  { program: 'csrs.elf', status: 0, config: TINY_TLBS },
  // a store that rewrites the next instruction of its own looping block; a loop rewriting its head
  { program: 'smc_next.s', status: 4, config: { itlb: parseTlbSpec('4:2:plru'), dtlb: parseTlbSpec('4:2:plru') } },
  // a hot loop across a page boundary of .text, a block on a page's last word
  { program: 'pagecross.s', status: 32, config: TINY_TLBS },
  // jalr into the middle of cached blocks, then a patch of a word both hold
  { program: 'jalrmid.s', status: 116, config: { dtlb: parseTlbSpec('4:2:lru'), unifiedTlb: true } },
  // fence.i in hot loops; a loop storing into its own page
  { program: 'fenceloop.s', status: 76 },
  // a signal handler, or a sigreturn's pc, 1 to 3 bytes past a hot loop's first word: resumed at the word
  ...[0, 1, 2].map((i) => ({ program: 'misalpc.s', args: [String(i)], status: 100 })),
  // a hot loop at a page's end falls through into: nothing, a page without X, demand-zero RWX, code
  ...[139, 139, 132, 5].map((status, i) => ({ program: 'fetchfault.s', args: [String(i)], status })),
  // traps after a hot loop: misaligned sw, lh, branch target; ebreak; an illegal word; unknown
  // system calls; a kernel address; a store into .text; a jump into a hole; a CSR write; a load
  // into x0 from a hole; div/rem/mulh edge values
  ...[135, 135, 135, 133, 132, 104, 139, 139, 139, 132, 139, 44].map((status, i) =>
    ({ program: 'traps.s', args: [i.toString(16)], status, config: i % 2 ? TINY_TLBS : {} })),
];
const corpusName = (c: CorpusCase): string =>
  [`${CORPUS}/${c.program}`, ...(c.args ?? []), ...(c.config?.dtlb ? [`--dtlb ${c.config.dtlb.entries}:${c.config.dtlb.ways}:${c.config.dtlb.policy}`] : [])].join(' ');

const PROGRAM_ARGS: Record<string, string[][]> = {
  'bss-touch.s': [['100']], 'cow-object.s': [['poem.txt', 'write']], 'cow-private.s': [['poem.txt']],
  'exec-twice.s': [['hello']], 'fork-cow.s': [['100']], 'integrity.s': [['64']], 'locality.s': [['row'], ['col']],
  'mmapcopy.s': [['poem.txt']], 'protection.s': [['write'], ['exec'], ['kernel']], 'shared-file.s': [['poem.txt']],
  'shared-two.s': [['poem.txt']], 'stack.s': [['1000']], 'thrash.s': [['32']],
};
const PROGRAM_CONFIG: Record<string, Partial<MachineConfig>> = {
  'integrity.s': { ramBytes: 64 * 1024 }, 'thrash.s': { ramBytes: 160 * 1024 },
};

const CASES: Case[] = [
  ...readdirSync('programs').filter((f) => f.endsWith('.s')).sort().flatMap((f) =>
    (PROGRAM_ARGS[f] ?? [[]]).map((args) => ({
      name: `programs/${f} ${args.join(' ')}`, elf: asmFile(`programs/${f}`), args, config: PROGRAM_CONFIG[f],
    }))),
  { name: 'bench/asid-switch.s', elf: asmFile('bench/asid-switch.s'), args: ['16', '4'], kernel: { quantum: 20_000 } },
  { name: 'bench/asid-switch.s --asid', elf: asmFile('bench/asid-switch.s'), args: ['16', '4'], kernel: { quantum: 20_000 }, config: { asid: true } },
  { name: 'bench/cow-faults.s', elf: asmFile('bench/cow-faults.s'), args: ['16', '2'], config: { ramBytes: 64 * 1024 * 1024 } },
  { name: 'bench/fork-exit.s', elf: asmFile('bench/fork-exit.s'), args: ['4', '1'] },
  ...['sieve', 'crc32', 'matmul', 'sweep', 'fib', 'qsort', 'strings', 'bytecode', 'list'].map((name) => ({ name: `bench/c/${name}.elf`, elf: file(`bench/c/${name}.elf`), maxInstructions: 3_000_000 })),
  { name: 'test/corpus/every-instruction.s', elf: asmFile('test/corpus/every-instruction.s') },
  { name: 'test/corpus/multi', elf: asmFile('test/corpus/multi/main.s', 'test/corpus/multi/lib.s') },
  ...C_PROGRAMS.map(({ name, args }) => ({ name: `test/fixtures/c/${name}.elf`, elf: file(elfPath(name)), args })),
  { name: 'self-modifying code', elf: asmText(SELF_MODIFYING) },
  { name: 'a program that execve\'s itself', elf: asmText(SELF_EXEC) },
  { name: 'code that read() copies over translated code', elf: asmText(CODE_READ_OVER) },
  { name: 'a block that stores into itself after many misses', elf: asmText(STORE_INTO_OWN_BLOCK) },
  { name: 'a misaligned load in a hot block', elf: asmText(MISALIGNED_LOAD) },
  { name: 'a jalr to a misaligned target in a hot block', elf: asmText(MISALIGNED_JUMP) },
  { name: 'loops inside blocks, code after loops', elf: asmText(LOOP_SHAPES) },
  { name: 'loop heads rewritten', elf: asmText(LOOP_HEAD_PATCHED) },
  { name: 'jumps followed inside a page', elf: asmText(JUMP_SHAPES) },
  { name: 'a listed touch, then a miss, in one loop, 3 pages --dtlb 8:fa:plru', elf: asmText(LISTED_THEN_MISS(3)), config: { dtlb: parseTlbSpec('8:8:plru') } },
  { name: 'a listed touch, then a miss, in one loop, 6 pages --dtlb 16:fa:plru', elf: asmText(LISTED_THEN_MISS(6)), config: { dtlb: parseTlbSpec('16:16:plru') } },
  ...CORPUS_CASES.map((c) => ({
    ...c, name: corpusName(c), elf: c.program.endsWith('.s') ? asmFile(`${CORPUS}/${c.program}`) : file(`${CORPUS}/${c.program}`),
  })),
  // Other machines: every TLB path, the timer firing mid-block, the instruction limit mid-block.
  { name: 'sieve.s, one unified TLB', elf: asmFile('programs/sieve.s'), config: { dtlb: parseTlbSpec('16:2:lru'), unifiedTlb: true }, maxInstructions: 1_000_000 },
  { name: 'sieve.s, an L2 TLB, random and plru', elf: asmFile('programs/sieve.s'), maxInstructions: 1_000_000,
    config: { itlb: parseTlbSpec('4:4:plru'), dtlb: parseTlbSpec('4:2:random'), l2tlb: parseTlbSpec('32:4:fifo') } },
  { name: 'sieve.s --mmu off', elf: asmFile('programs/sieve.s'), config: { mmu: false }, maxInstructions: 1_000_000 },
  { name: 'sieve.s --costs textbook', elf: asmFile('programs/sieve.s'), config: { costs: COST_PRESETS.textbook }, maxInstructions: 1_000_000 },
  { name: 'sieve.s, stopped at 999,999 instructions', elf: asmFile('programs/sieve.s'), maxInstructions: 999_999 },
  { name: 'fork-cow.s --quantum 997', elf: asmFile('programs/fork-cow.s'), args: ['20'], kernel: { quantum: 997 } },
  { name: 'bench/asid-switch.s --quantum 997 (85 preemptions)', elf: asmFile('bench/asid-switch.s'), args: ['16', '4'], kernel: { quantum: 997 } },
  { name: 'thrash.s --policy lru (exact: every access)', elf: asmFile('programs/thrash.s'), args: ['32'], config: { ramBytes: 160 * 1024 }, kernel: { policy: 'lru' } },
  // Blocks defer their DTLB touches to their exits (translate.ts): small LRU and tree-PLRU DTLBs
  // whose victims depend on the order of the last touches, in loops alternating between pages.
  { name: 'bench/c/matmul.elf --dtlb 4:fa:lru', elf: file('bench/c/matmul.elf'), config: { dtlb: parseTlbSpec('4:4:lru') }, maxInstructions: 1_500_000 },
  { name: 'bench/c/matmul.elf --dtlb 4:fa:plru', elf: file('bench/c/matmul.elf'), config: { dtlb: parseTlbSpec('4:4:plru') }, maxInstructions: 1_500_000 },
  // matmul's column walk is a stride its code shows: its block lists its touches from the start.
  { name: 'bench/c/matmul.elf --dtlb 16:4:lru', elf: file('bench/c/matmul.elf'), config: { dtlb: parseTlbSpec('16:4:lru') }, maxInstructions: 3_000_000 },
  { name: 'bench/c/crc32.elf --dtlb 2:2:lru', elf: file('bench/c/crc32.elf'), config: { dtlb: parseTlbSpec('2:2:lru') }, maxInstructions: 1_000_000 },
  { name: 'bench/c/sieve.elf --dtlb 4:2:plru', elf: file('bench/c/sieve.elf'), config: { dtlb: parseTlbSpec('4:2:plru') }, maxInstructions: 1_000_000 },
  { name: 'bench/c/sweep.elf --tlb 8:fa:fifo', elf: file('bench/c/sweep.elf'), config: { dtlb: parseTlbSpec('8:8:fifo'), unifiedTlb: true }, maxInstructions: 500_000 },
];

describe('the compiling engine against the interpreter', () => {
  // Most cases are short programs, which the default JitCpu.translateAfter would leave mostly to
  // the interpreter: here blocks are translated at their second start, so that the programs run
  // through every path of the compiling engine; each case also runs with the default.
  const DEFAULT_TRANSLATE_AFTER = JitCpu.translateAfter;
  beforeAll(() => { JitCpu.translateAfter = 1; });
  afterAll(() => { JitCpu.translateAfter = DEFAULT_TRANSLATE_AFTER; });

  it.each(CASES.map((c) => [c.name, c] as const))('%s: same output and statistics', (_name, c) => {
    const interp = observeCase(c, 'interp');
    expect(observeCase(c, 'jit')).toEqual(interp);
    expect(withThresholds({ translateAfter: DEFAULT_TRANSLATE_AFTER }, () => observeCase(c, 'jit'))).toEqual(interp);
    if (c.status !== undefined) expect((interp as { stats: { exit: { status: number } } }).stats.exit.status).toBe(c.status);
  }, 60_000);

  // Blocks that call the MMU themselves (after JitCpu.inlineAfter misses; here after the first):
  // the slow path's TLB lookups, walks, page faults and stores into translated code inside blocks.
  const INLINE_CASES = ['self-modifying code', 'a block that stores into itself after many misses', 'code that read() copies over translated code', 'bench/c/sweep.elf',
    'bench/c/sieve.elf --dtlb 4:2:plru', 'bench/c/crc32.elf --dtlb 2:2:lru', 'sieve.s, one unified TLB', 'a misaligned load in a hot block',
    'fork-cow.s --quantum 997', 'programs/thrash.s 32', 'loop heads rewritten'];
  it.each(INLINE_CASES)('%s, blocks calling the MMU: same output and statistics', (name) => {
    const c = CASES.find((k) => k.name === name)!;
    const interp = observeCase(c, 'interp');
    expect(withThresholds({ inlineAfter: 1 }, () => observeCase(c, 'jit'))).toEqual(interp);
  }, 60_000);

  // The same with no listener of TLB misses, so that the usual DTLB miss takes the machine's
  // compiled miss (Mmu.translateData, data-miss.ts) in both engines.
  it.each(INLINE_CASES)('%s, blocks calling the MMU, no events heard: same output and statistics', (name) => {
    const c = CASES.find((k) => k.name === name)!;
    const interp = observeCase(c, 'interp', false);
    expect(withThresholds({ inlineAfter: 1 }, () => observeCase(c, 'jit', false))).toEqual(interp);
  }, 60_000);

  // Both engines share the compiled miss, so the cases above cannot tell it from translate(); a
  // listener of misses turns it off, so a run heard and a run not heard must end the same.
  const MISS_CASES = ['bench/c/sweep.elf', 'bench/c/sweep.elf --tlb 8:fa:fifo', 'bench/c/matmul.elf --dtlb 4:fa:plru', 'fork-cow.s --quantum 997',
    'programs/thrash.s 32'];
  it.each(MISS_CASES.flatMap((name) => (['interp', 'jit'] as const).map((engine) => [name, engine] as const)))(
    '%s on %s: the compiled miss ends a run as translate() does', (name, engine) => {
      const c = CASES.find((k) => k.name === name)!;
      expect(c).toBeDefined();
      const { trace: _heard, ...general } = observeCase(c, engine, true) as { trace: unknown };
      const { trace: _none, ...compiled } = observeCase(c, engine, false) as { trace: unknown };
      expect(compiled).toEqual(general);
    }, 60_000);

  // Looping blocks translated again to list their round changes' DTLB touches (after
  // JitCpu.listTouchesAfter round changes close together; here after the first): loops whose
  // accesses change pages every few rounds, over small LRU and tree-PLRU DTLBs and the default one.
  const ROUND_CASES = ['test/corpus/engines/bigtext.elf --dtlb 4:2:plru', 'test/corpus/engines/bigtext.elf --dtlb 4:4:lru',
    'bench/c/matmul.elf --dtlb 4:fa:lru', 'bench/c/matmul.elf --dtlb 4:fa:plru', 'bench/c/sieve.elf --dtlb 4:2:plru', 'bench/c/matmul.elf',
    'bench/c/sieve.elf', 'sieve.s, an L2 TLB, random and plru', 'a listed touch, then a miss, in one loop, 3 pages --dtlb 8:fa:plru',
    'a listed touch, then a miss, in one loop, 6 pages --dtlb 16:fa:plru'];
  it.each(ROUND_CASES)('%s, loops listing their DTLB touches: same output and statistics', (name) => {
    const c = CASES.find((k) => k.name === name)!;
    expect(c).toBeDefined();
    const interp = observeCase(c, 'interp');
    expect(withThresholds({ listTouchesAfter: 1 }, () => observeCase(c, 'jit'))).toEqual(interp);
  }, 60_000);

  it.each(ROUND_CASES)('%s, loops listing their DTLB touches and calling the MMU: same output and statistics', (name) => {
    const c = CASES.find((k) => k.name === name)!;
    const interp = observeCase(c, 'interp');
    expect(withThresholds({ inlineAfter: 1, listTouchesAfter: 1 }, () => observeCase(c, 'jit'))).toEqual(interp);
  }, 60_000);

  it('a loop that changes DTLB slots every round is translated again to list its touches', () => {
    const translations = (after: number): number => withThresholds({ listTouchesAfter: after }, () => {
      const machine = new Machine({ ...DEFAULT_CONFIG, engine: 'jit' });
      const kernel = new Kernel(machine, { stdout: () => {}, stderr: () => {} });
      kernel.exec(asmText(LISTED_THEN_MISS(3, 1))(), ['listed'], []);
      kernel.run();
      return (machine.cpu as JitCpu).translations;
    });
    // Its first load cycles through 3 pages (an address its code does not show to step), the
    // second stays on one: the loop's block is translated once more, after 16 round changes.
    expect(translations(16)).toBe(translations(2 ** 30) + 1);
  });

  it('with translateAfter 1, a block is translated at its second start: code that runs once is left to the interpreter', () => {
    const once = Array.from({ length: 40 }, (_, i) => `once${i}: addi a0, a0, ${i}\n  j once${i + 1}`).join('\n');
    const c: Case = {
      name: 'blocks that start once, twice, and a loop',
      elf: asmText(`.text\n.globl _start\n_start:\n  li a0, 0\n  j once0\n${once}\nonce40:\n  call twice\n  call twice\n  li t0, 100\n` +
        'loop:\n  addi a0, a0, 3\n  addi t0, t0, -1\n  bnez t0, loop\n  andi a0, a0, 255\n  li a7, 93\n  ecall\n' +
        'twice:\n  addi a0, a0, 5\n  ret\n'),
      status: (780 + 10 + 300) & 255,
    };
    const machine = new Machine({ ...DEFAULT_CONFIG, engine: 'jit' });
    const kernel = new Kernel(machine, { stdout: () => {}, stderr: () => {} });
    kernel.exec(c.elf(), ['starts'], []);
    expect(kernel.run().status).toBe(c.status);
    // `twice` at its second call and the loop at its second round; nothing else starts twice.
    expect((machine.cpu as JitCpu).translations).toBe(2);
    expect(observeCase(c, 'jit')).toEqual(observeCase(c, 'interp'));
  });

  it('by default a block is translated once the interpreter has run translateAfter instructions from its start', () => {
    // A loop of 3 instructions, ROUNDS rounds, in each of two copies: one called 10 times, one once.
    const program = (rounds: number): string => '.text\n.globl _start\n_start:\n  li s1, 10\nagain:\n  call small\n  addi s1, s1, -1\n' +
      `  bnez s1, again\n  call big\n  li a0, 0\n  li a7, 93\n  ecall\nsmall:\n  li t0, ${rounds}\nloop1:\n  addi a0, a0, 1\n` +
      `  addi t0, t0, -1\n  bnez t0, loop1\n  ret\nbig:\n  li t0, ${rounds * 10}\nloop2:\n  addi a0, a0, 1\n  addi t0, t0, -1\n` +
      '  bnez t0, loop2\n  ret\n';
    const translations = (rounds: number): number => withThresholds({ translateAfter: DEFAULT_TRANSLATE_AFTER }, () => {
      const machine = new Machine({ ...DEFAULT_CONFIG, engine: 'jit' });
      const kernel = new Kernel(machine, { stdout: () => {}, stderr: () => {} });
      kernel.exec(asmText(program(rounds))(), ['heat'], []);
      expect(kernel.run().status).toBe(0);
      return (machine.cpu as JitCpu).translations;
    });
    expect(DEFAULT_TRANSLATE_AFTER).toBe(2048);
    // 10 calls of 60 rounds (1,800 instructions of loop1) and one call of 600 rounds (loop2, 1,800):
    // neither block reaches 2,048, nothing is translated.
    expect(translations(60)).toBe(0);
    // 10 calls of 70 rounds: loop1 reaches 2,048 in its 10th call, loop2 (2,100) in its 683rd round.
    expect(translations(70)).toBe(2);
    // 100 rounds a call: each loop, and nothing else, once it is hot.
    expect(translations(100)).toBe(2);
  });

  it('the compiling engine runs blocks, and translates a patched routine again', () => {
    const machine = new Machine({ ...DEFAULT_CONFIG, engine: 'jit' });
    const kernel = new Kernel(machine, { stdout: () => {}, stderr: () => {} });
    kernel.exec(asmText(SELF_MODIFYING)(), ['self'], []);
    kernel.run(1_000_000);
    const jit = machine.cpu as JitCpu;
    // The routine and the loops calling it, then each again after the patch and the self-patch.
    expect(jit).toBeInstanceOf(JitCpu);
    expect(jit.translations).toBeGreaterThanOrEqual(6);
    expect(jit.translations).toBeLessThan(40);
  });

  it('a code frame the guest keeps storing into is left to the interpreter (ld -N: data beside code)', () => {
    const machine = new Machine({ ...DEFAULT_CONFIG, engine: 'jit' });
    const kernel = new Kernel(machine, { stdout: () => {}, stderr: () => {} });
    kernel.exec(file(`${CORPUS}/rwxdata.elf`)(), ['rwxdata'], []);
    kernel.run();
    // 1,000 calls each store twice beside their code: every frame is translated again at most
    // 16 times (JitCpu's REWRITES_TO_INTERPRET), where it was after every store (3,014 translations).
    expect((machine.cpu as JitCpu).translations).toBeLessThan(100);
    expect(machine.cpu.instret).toBe(19_372);
  });

  it('the self-modifying program sees each patch at once, on both engines', () => {
    const c = CASES.find((k) => k.name === 'self-modifying code')!;
    expect((observeCase(c, 'jit') as { stats: { exit: { status: number } } }).stats.exit.status).toBe(29);
  });

  it('the routine read() copied over translated code runs at once', () => {
    const c = CASES.find((k) => k.name === 'code that read() copies over translated code')!;
    expect((observeCase(c, 'jit') as { stats: { exit: { status: number } } }).stats.exit.status).toBe(82);
  });

  it('the loop-shaped programs end as under qemu-riscv32', () => {
    for (const [name, status] of [['loops inside blocks, code after loops', 120], ['loop heads rewritten', 36], ['jumps followed inside a page', 186]] as const) {
      const c = CASES.find((k) => k.name === name)!;
      expect((observeCase(c, 'jit') as { stats: { exit: { status: number } } }).stats.exit.status).toBe(status);
    }
  });

  it('the bench programs, run to their end on the compiling engine, print what they print under qemu-riscv32', () => {
    // Recorded from qemu-riscv32 (bench/c/build.sh's ELFs), each exiting with status 0.
    const printed: Record<string, string> = {
      sieve: 'primes below 200000: 17984', crc32: 'crc32: -2106540196', matmul: 'trace: 7077120', sweep: 'sum: 1023458304',
      fib: 'fib: 196418', qsort: 'sum: 6461209', strings: 'total: 1395300', bytecode: 'acc: 900000', list: 'sum: 1073414144',
    };
    for (const [name, line] of Object.entries(printed)) {
      const c: Case = { name, elf: file(`bench/c/${name}.elf`), maxInstructions: 100_000_000 };
      const seen = observeCase(c, 'jit', false) as { stdout: string; stats: { exit: { status: number } } };
      expect([name, Buffer.from(seen.stdout, 'base64').toString(), seen.stats.exit.status]).toEqual([name, `${line}\n`, 0]);
    }
  });

  it('the self-exec program runs its second image', () => {
    const c = CASES.find((k) => k.name === 'a program that execve\'s itself')!;
    expect((observeCase(c, 'jit') as { stats: { exit: { status: number } } }).stats.exit.status).toBe(42);
  });

  it('a block that stores into itself runs the new instruction at once, calling the MMU or not', () => {
    const c = CASES.find((k) => k.name === 'a block that stores into itself after many misses')!;
    const status = (): number => (observeCase(c, 'jit') as { stats: { exit: { status: number } } }).stats.exit.status;
    expect(status()).toBe(117);
    expect(withThresholds({ inlineAfter: 1 }, status)).toBe(117);
  });

  it('a misaligned load or jump target in a hot block traps at its instruction', () => {
    for (const [name, report] of [
      ['a misaligned load in a hot block', 'SIGBUS: misaligned load from 0x00401001 (pc 0x00400010)'],
      ['a jalr to a misaligned target in a hot block', 'SIGBUS: misaligned instruction fetch at 0x00400036 (pc 0x00400010)'],
    ]) {
      const c = CASES.find((k) => k.name === name)!;
      expect((observeCase(c, 'jit') as { stats: { exit: { report: string } } }).stats.exit.report).toBe(report);
    }
  });

  it('two machines running at once share compiled code but not state (costs, TLBs, registers stay each one\'s)', () => {
    // Compiled blocks are shared by source between machines: two jit machines with different
    // costs and TLBs take turns, 50,000 instructions at a time, on the same program, and each
    // ends exactly as the interpreter ends alone on its configuration.
    const configs: Partial<MachineConfig>[] = [{}, { costs: COST_PRESETS.textbook, dtlb: parseTlbSpec('8:2:plru') }];
    const start = (config: Partial<MachineConfig>, engine: MachineConfig['engine']) => {
      const machine = new Machine({ ...DEFAULT_CONFIG, ...config, engine });
      const kernel = new Kernel(machine, { stdout: () => {}, stderr: () => {} });
      kernel.exec(asmFile('programs/sieve.s')(), ['sieve'], []);
      return { machine, kernel };
    };
    const seen = ({ machine, kernel }: ReturnType<typeof start>, result: ReturnType<Kernel['run']>) => {
      const { host, ...stats } = collectStats('sieve', machine, kernel, result, 0);
      return { stats, hostFields: Object.keys(host), x: [...machine.cpu.x], pc: machine.cpu.pc };
    };
    const expected = configs.map((config) => {
      const run = start(config, 'interp');
      return seen(run, run.kernel.run(1_000_000));
    });
    const runs = configs.map((config) => start(config, 'jit'));
    const results = runs.map(() => null as ReturnType<Kernel['run']> | null);
    for (let limit = 50_000; limit <= 1_000_000; limit += 50_000) {
      runs.forEach((run, i) => { results[i] = run.kernel.run(limit); });
    }
    expect(runs.map((run, i) => seen(run, results[i]!))).toEqual(expected);
  });
});
