/**
 * CSR names the assembler takes, as GNU as knows them (binutils' riscv-opc.h, privileged spec
 * 1.12, binutils 2.40): unprivileged counters, supervisor, machine, hypervisor, AIA, state-enable,
 * vector, and debug/trigger CSRs, with the old names GNU still accepts (sbadaddr, mbadaddr, sptbr,
 * the user-trap and base-and-bound CSRs of 1.9). The disassembler names only the counters.
 */
const FIXED: [string, number][] = [
  ['fflags', 0x001], ['frm', 0x002], ['fcsr', 0x003], ['seed', 0x015],
  ['cycle', 0xc00], ['time', 0xc01], ['instret', 0xc02], ['cycleh', 0xc80], ['timeh', 0xc81], ['instreth', 0xc82],
  ['sstatus', 0x100], ['sie', 0x104], ['stvec', 0x105], ['scounteren', 0x106], ['senvcfg', 0x10a],
  ['sscratch', 0x140], ['sepc', 0x141], ['scause', 0x142], ['stval', 0x143], ['sbadaddr', 0x143], ['sip', 0x144],
  ['satp', 0x180], ['sptbr', 0x180],
  ['stimecmp', 0x14d], ['stimecmph', 0x15d], ['siselect', 0x150], ['sireg', 0x151], ['stopei', 0x15c], ['stopi', 0xdb0],
  ['sieh', 0x114], ['siph', 0x154], ['hcounteren', 0x606],
  ['mvendorid', 0xf11], ['marchid', 0xf12], ['mimpid', 0xf13], ['mhartid', 0xf14], ['mconfigptr', 0xf15],
  ['mstatus', 0x300], ['misa', 0x301], ['medeleg', 0x302], ['mideleg', 0x303], ['mie', 0x304], ['mtvec', 0x305],
  ['mcounteren', 0x306], ['menvcfg', 0x30a], ['mstatush', 0x310], ['menvcfgh', 0x31a], ['mcountinhibit', 0x320],
  ['mscratch', 0x340], ['mepc', 0x341], ['mcause', 0x342], ['mtval', 0x343], ['mbadaddr', 0x343], ['mip', 0x344],
  ['mtinst', 0x34a], ['mtval2', 0x34b], ['mseccfg', 0x747], ['mseccfgh', 0x757],
  ['mcycle', 0xb00], ['minstret', 0xb02], ['mcycleh', 0xb80], ['minstreth', 0xb82],
  ['tselect', 0x7a0], ['tdata1', 0x7a1], ['tdata2', 0x7a2], ['tdata3', 0x7a3], ['tinfo', 0x7a4], ['tcontrol', 0x7a5],
  ['mcontext', 0x7a8], ['scontext', 0x5a8],
  ['dcsr', 0x7b0], ['dpc', 0x7b1], ['dscratch0', 0x7b2], ['dscratch', 0x7b2], ['dscratch1', 0x7b3],
  // Trigger aliases of tdata1/tdata3 and the machine/supervisor trigger contexts.
  ['mcontrol', 0x7a1], ['mcontrol6', 0x7a1], ['icount', 0x7a1], ['itrigger', 0x7a1], ['etrigger', 0x7a1],
  ['tmexttrigger', 0x7a1], ['textra32', 0x7a3], ['textra64', 0x7a3], ['mscontext', 0x7aa], ['hcontext', 0x6a8],
  // Hypervisor and virtual supervisor.
  ['hstatus', 0x600], ['hedeleg', 0x602], ['hideleg', 0x603], ['hie', 0x604], ['htimedelta', 0x605], ['hgeie', 0x607],
  ['hvien', 0x608], ['hvictl', 0x609], ['henvcfg', 0x60a], ['hidelegh', 0x613], ['htimedeltah', 0x615], ['hvienh', 0x618],
  ['henvcfgh', 0x61a], ['htval', 0x643], ['hip', 0x644], ['hvip', 0x645], ['hviprio1', 0x646], ['hviprio2', 0x647],
  ['htinst', 0x64a], ['hviph', 0x655], ['hviprio1h', 0x656], ['hviprio2h', 0x657], ['hgatp', 0x680], ['hgeip', 0xe12],
  ['vsstatus', 0x200], ['vsie', 0x204], ['vstvec', 0x205], ['vsieh', 0x214], ['vsscratch', 0x240], ['vsepc', 0x241],
  ['vscause', 0x242], ['vstval', 0x243], ['vsip', 0x244], ['vstimecmp', 0x24d], ['vsiselect', 0x250], ['vsireg', 0x251],
  ['vsiph', 0x254], ['vstopei', 0x25c], ['vstimecmph', 0x25d], ['vsatp', 0x280], ['vstopi', 0xeb0],
  // Interrupts (AIA), counters, state enables.
  ['mvien', 0x308], ['mvip', 0x309], ['midelegh', 0x313], ['mieh', 0x314], ['mvienh', 0x318], ['mviph', 0x319],
  ['miselect', 0x350], ['mireg', 0x351], ['miph', 0x354], ['mtopei', 0x35c], ['mtopi', 0xfb0], ['scountovf', 0xda0],
  ['mstateen0', 0x30c], ['mstateen1', 0x30d], ['mstateen2', 0x30e], ['mstateen3', 0x30f],
  ['mstateen0h', 0x31c], ['mstateen1h', 0x31d], ['mstateen2h', 0x31e], ['mstateen3h', 0x31f],
  ['hstateen0', 0x60c], ['hstateen1', 0x60d], ['hstateen2', 0x60e], ['hstateen3', 0x60f],
  ['hstateen0h', 0x61c], ['hstateen1h', 0x61d], ['hstateen2h', 0x61e], ['hstateen3h', 0x61f],
  ['sstateen0', 0x10c], ['sstateen1', 0x10d], ['sstateen2', 0x10e], ['sstateen3', 0x10f],
  // The vector extension's.
  ['vstart', 0x008], ['vxsat', 0x009], ['vxrm', 0x00a], ['vcsr', 0x00f], ['vl', 0xc20], ['vtype', 0xc21], ['vlenb', 0xc22],
  // Privileged 1.9 names GNU still takes: user traps, base and bound, old counter enables.
  ['ustatus', 0x000], ['uie', 0x004], ['utvec', 0x005], ['uscratch', 0x040], ['uepc', 0x041], ['ucause', 0x042],
  ['utval', 0x043], ['ubadaddr', 0x043], ['uip', 0x044], ['sedeleg', 0x102], ['sideleg', 0x103],
  ['mucounteren', 0x320], ['mscounteren', 0x321], ['mhcounteren', 0x322],
  ['mbase', 0x380], ['mbound', 0x381], ['mibase', 0x382], ['mibound', 0x383], ['mdbase', 0x384], ['mdbound', 0x385],
];

/** Numbered families: NAME + i for i in from..to, at base + i. */
const NUMBERED: [prefix: string, suffix: string, from: number, to: number, base: number][] = [
  ['hpmcounter', '', 3, 31, 0xc00], ['hpmcounter', 'h', 3, 31, 0xc80],
  ['mhpmcounter', '', 3, 31, 0xb00], ['mhpmcounter', 'h', 3, 31, 0xb80], ['mhpmevent', '', 3, 31, 0x320],
  ['mhpmevent', 'h', 3, 31, 0x720],
  ['pmpcfg', '', 0, 15, 0x3a0], ['pmpaddr', '', 0, 63, 0x3b0],
];

/** CSR name → number. */
export const GNU_CSR_NAMES: ReadonlyMap<string, number> = new Map([
  ...FIXED,
  ...NUMBERED.flatMap(([prefix, suffix, from, to, base]) =>
    Array.from({ length: to - from + 1 }, (_, k): [string, number] => [`${prefix}${from + k}${suffix}`, base + from + k])),
]);
