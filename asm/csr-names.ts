/**
 * CSR names the assembler takes, as GNU as knows them (binutils' riscv-opc.h, privileged spec
 * 1.12): unprivileged counters, supervisor, machine, and debug/trigger CSRs, with the old names
 * GNU still accepts (sbadaddr, mbadaddr, sptbr). The disassembler names only the counters.
 */
const FIXED: [string, number][] = [
  ['fflags', 0x001], ['frm', 0x002], ['fcsr', 0x003], ['seed', 0x015],
  ['cycle', 0xc00], ['time', 0xc01], ['instret', 0xc02], ['cycleh', 0xc80], ['timeh', 0xc81], ['instreth', 0xc82],
  ['sstatus', 0x100], ['sie', 0x104], ['stvec', 0x105], ['scounteren', 0x106], ['senvcfg', 0x10a],
  ['sscratch', 0x140], ['sepc', 0x141], ['scause', 0x142], ['stval', 0x143], ['sbadaddr', 0x143], ['sip', 0x144],
  ['satp', 0x180], ['sptbr', 0x180],
  ['mvendorid', 0xf11], ['marchid', 0xf12], ['mimpid', 0xf13], ['mhartid', 0xf14], ['mconfigptr', 0xf15],
  ['mstatus', 0x300], ['misa', 0x301], ['medeleg', 0x302], ['mideleg', 0x303], ['mie', 0x304], ['mtvec', 0x305],
  ['mcounteren', 0x306], ['menvcfg', 0x30a], ['mstatush', 0x310], ['menvcfgh', 0x31a], ['mcountinhibit', 0x320],
  ['mscratch', 0x340], ['mepc', 0x341], ['mcause', 0x342], ['mtval', 0x343], ['mbadaddr', 0x343], ['mip', 0x344],
  ['mtinst', 0x34a], ['mtval2', 0x34b], ['mseccfg', 0x747], ['mseccfgh', 0x757],
  ['mcycle', 0xb00], ['minstret', 0xb02], ['mcycleh', 0xb80], ['minstreth', 0xb82],
  ['tselect', 0x7a0], ['tdata1', 0x7a1], ['tdata2', 0x7a2], ['tdata3', 0x7a3], ['tinfo', 0x7a4], ['tcontrol', 0x7a5],
  ['mcontext', 0x7a8], ['scontext', 0x5a8],
  ['dcsr', 0x7b0], ['dpc', 0x7b1], ['dscratch0', 0x7b2], ['dscratch', 0x7b2], ['dscratch1', 0x7b3],
];

/** Numbered families: NAME + i for i in from..to, at base + i. */
const NUMBERED: [prefix: string, suffix: string, from: number, to: number, base: number][] = [
  ['hpmcounter', '', 3, 31, 0xc00], ['hpmcounter', 'h', 3, 31, 0xc80],
  ['mhpmcounter', '', 3, 31, 0xb00], ['mhpmcounter', 'h', 3, 31, 0xb80], ['mhpmevent', '', 3, 31, 0x320],
  ['pmpcfg', '', 0, 15, 0x3a0], ['pmpaddr', '', 0, 63, 0x3b0],
];

/** CSR name → number. */
export const GNU_CSR_NAMES: ReadonlyMap<string, number> = new Map([
  ...FIXED,
  ...NUMBERED.flatMap(([prefix, suffix, from, to, base]) =>
    Array.from({ length: to - from + 1 }, (_, k): [string, number] => [`${prefix}${from + k}${suffix}`, base + from + k])),
]);
