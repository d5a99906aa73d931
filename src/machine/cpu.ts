/**
 * The CPU: RV32IM + Zicsr counters + Zifencei, user-mode execution with precise traps.
 *
 * interpret() is the hot loop (run() calls it; src/machine/jit runs compiled blocks instead and
 * calls it for what blocks leave out, so it is also the reference for that engine). Every fetch, load and store goes through the MMU: first the host fast
 * path (a direct-mapped table per access type, valid only where the modelled TLB holds the
 * translation, see mmu.ts), else the MMU (Mmu.translateData for loads and stores, Mmu.translate for
 * fetches). Instructions are decoded once per physical word
 * (Ram.decoded, invalidated by every write) into their row of the instruction table. A trapping
 * instruction changes no register and no memory: run() stops with the cause and value in
 * trapCause/trapValue and pc at the instruction, so the kernel can handle it and restart it.
 * Hot-code rules (DESIGN.md): numeric constants, typed arrays, no allocation, closure or throw.
 */
import { INSTRUCTIONS } from '../isa/table.js';
import { decodeToRun } from '../isa/decode.js';
import { CSR_NAMES } from '../isa/csr.js';
import { immB, immJ, immS } from '../isa/fields.js';
import type { Ram } from './ram.js';
import { ACCESS_FETCH, ACCESS_LOAD, ACCESS_NAMES, ACCESS_STORE, FAST_MASK, TLB_OUTCOMES, type FastTable, type Mmu } from './mmu.js';
import type { Probe } from './probe.js';
import type { Costs } from './costs.js';
import type { Tlb } from './tlb.js';

// Row indices of the instruction table. A const enum compiles to numeric literals, so the
// dispatch switch is a jump table; assertRowIndices() checks them against INSTRUCTIONS at load.
const enum Op {
  LUI = 0,
  AUIPC = 1,
  JAL = 2,
  JALR = 3,
  BEQ = 4,
  BNE = 5,
  BLT = 6,
  BGE = 7,
  BLTU = 8,
  BGEU = 9,
  LB = 10,
  LH = 11,
  LW = 12,
  LBU = 13,
  LHU = 14,
  SB = 15,
  SH = 16,
  SW = 17,
  ADDI = 18,
  SLTI = 19,
  SLTIU = 20,
  XORI = 21,
  ORI = 22,
  ANDI = 23,
  SLLI = 24,
  SRLI = 25,
  SRAI = 26,
  ADD = 27,
  SUB = 28,
  SLL = 29,
  SLT = 30,
  SLTU = 31,
  XOR = 32,
  SRL = 33,
  SRA = 34,
  OR = 35,
  AND = 36,
  FENCE = 37,
  FENCE_TSO = 38,
  FENCE_I = 39,
  ECALL = 40,
  EBREAK = 41,
  CSRRW = 42,
  CSRRS = 43,
  CSRRC = 44,
  CSRRWI = 45,
  CSRRSI = 46,
  CSRRCI = 47,
  MUL = 48,
  MULH = 49,
  MULHSU = 50,
  MULHU = 51,
  DIV = 52,
  DIVU = 53,
  REM = 54,
  REMU = 55,
}

const ROW_INDEX: Record<string, number> = {
  lui: Op.LUI, auipc: Op.AUIPC, jal: Op.JAL, jalr: Op.JALR, beq: Op.BEQ, bne: Op.BNE, blt: Op.BLT, bge: Op.BGE, bltu: Op.BLTU, bgeu: Op.BGEU,
  lb: Op.LB, lh: Op.LH, lw: Op.LW, lbu: Op.LBU, lhu: Op.LHU, sb: Op.SB, sh: Op.SH, sw: Op.SW, addi: Op.ADDI, slti: Op.SLTI, sltiu: Op.SLTIU,
  xori: Op.XORI, ori: Op.ORI, andi: Op.ANDI, slli: Op.SLLI, srli: Op.SRLI, srai: Op.SRAI, add: Op.ADD, sub: Op.SUB, sll: Op.SLL, slt: Op.SLT,
  sltu: Op.SLTU, xor: Op.XOR, srl: Op.SRL, sra: Op.SRA, or: Op.OR, and: Op.AND, fence: Op.FENCE, 'fence.tso': Op.FENCE_TSO,
  'fence.i': Op.FENCE_I, ecall: Op.ECALL, ebreak: Op.EBREAK, csrrw: Op.CSRRW, csrrs: Op.CSRRS, csrrc: Op.CSRRC, csrrwi: Op.CSRRWI,
  csrrsi: Op.CSRRSI, csrrci: Op.CSRRCI, mul: Op.MUL, mulh: Op.MULH, mulhsu: Op.MULHSU, mulhu: Op.MULHU, div: Op.DIV, divu: Op.DIVU,
  rem: Op.REM, remu: Op.REMU,
};

function assertRowIndices(): void {
  INSTRUCTIONS.forEach((row, i) => {
    if (ROW_INDEX[row.name] !== i) throw new Error(`cpu.ts row index of ${row.name} is not ${i}`);
  });
}
assertRowIndices();

/** RISC-V exception codes the CPU raises itself (translation faults come from the MMU). */
export const CAUSE_MISALIGNED_FETCH = 0, CAUSE_ILLEGAL_INSTRUCTION = 2, CAUSE_BREAKPOINT = 3;
export const CAUSE_MISALIGNED_LOAD = 4, CAUSE_MISALIGNED_STORE = 6, CAUSE_ECALL_U = 8;

/** Why run() returned: the instruction limit, a trap, or the timer (the clock reached `deadline`). */
export const STOP_LIMIT = 0, STOP_TRAP = 1, STOP_TIMER = 2;

const CSR_CYCLE = CSR_NAMES.get('cycle')!, CSR_TIME = CSR_NAMES.get('time')!, CSR_INSTRET = CSR_NAMES.get('instret')!;
const CSR_CYCLEH = CSR_NAMES.get('cycleh')!, CSR_TIMEH = CSR_NAMES.get('timeh')!, CSR_INSTRETH = CSR_NAMES.get('instreth')!;
const TWO32 = 4294967296;

/** High 32 bits of the unsigned 64-bit product of two 32-bit values. */
export function mulhu(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const p01 = a0 * b1, p10 = a1 * b0;
  const mid = ((a0 * b0) >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  return (a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) | 0;
}

export class Cpu {
  readonly x = new Int32Array(32);
  pc = 0;
  /** User mode (true) or supervisor mode: translation checks the U bit accordingly. */
  user = true;
  cycles = 0;
  instret = 0;
  /**
   * The timer: run() stops at the first instruction boundary where `cycles` has reached it (late
   * by at most the data-TLB walk cycles charged during that call; see run()).
   */
  deadline = Infinity;
  /** Accesses attempted (each is a TLB access when translation is on). */
  fetches = 0;
  loads = 0;
  stores = 0;
  trapCause = 0;
  trapValue = 0;
  /** Cycles per tick of the `time` CSR. */
  readonly cyclesPerTick: number;

  /**
   * Cycles counted against the timer by the last interpret() call: its instructions' costs plus
   * the walk cycles of its fetches (data-side walks are not counted, see run()).
   */
  protected timerSpent = 0;
  /** Cost of each instruction-table row, in cycles (a taken branch adds branchTakenExtra). */
  protected readonly opCycles = new Int32Array(INSTRUCTIONS.length);
  protected readonly branchTakenExtra: number;
  protected readonly memoryCycles: number;
  protected readonly fastFetch: FastTable;
  protected readonly fastLoad: FastTable;
  protected readonly fastStore: FastTable;
  protected readonly dtlb: Tlb;
  /** The event stream: with `access` listeners, every access comes to a slow path that emits it. */
  protected readonly probe: Probe;

  constructor(protected readonly ram: Ram, protected readonly mmu: Mmu, costs: Costs, cyclesPerTick: number) {
    this.cyclesPerTick = cyclesPerTick;
    INSTRUCTIONS.forEach((row, i) => {
      const byClass: Record<string, number> = {
        alu: costs.alu, branch: costs.branchNotTaken, jump: costs.jump, load: costs.load, store: costs.store,
        mul: costs.mul, div: costs.div, system: costs.system, csr: costs.csr, fence: costs.fence,
      };
      this.opCycles[i] = byClass[row.cls];
    });
    this.branchTakenExtra = costs.branchTaken - costs.branchNotTaken;
    this.memoryCycles = costs.memory;
    [this.fastFetch, this.fastLoad, this.fastStore] = mmu.fast;
    this.dtlb = mmu.dtlb;
    this.probe = mmu.probe;
  }

  /**
   * Physical address for a load of `va` (alignment mask `align`: 0, 1 or 3), through the fast
   * path or the MMU. Returns -1 with the trap recorded on a misaligned address or a fault.
   */
  private loadAddress(va: number, align: number): number {
    if ((va & align) !== 0) return this.fault(CAUSE_MISALIGNED_LOAD, va);
    this.loads++;
    return this.dataAddress(va, this.fastLoad, ACCESS_LOAD, align + 1);
  }

  /** As loadAddress, for a store. */
  private storeAddress(va: number, align: number): number {
    if ((va & align) !== 0) return this.fault(CAUSE_MISALIGNED_STORE, va);
    this.stores++;
    return this.dataAddress(va, this.fastStore, ACCESS_STORE, align + 1);
  }

  /** A data access of `size` bytes through fast-path table `t` (a hit is a DTLB hit), else through the MMU. */
  private dataAddress(va: number, t: FastTable, access: number, size: number): number {
    const vpn = va >>> 12;
    const i = vpn & FAST_MASK;
    if (t.tag[i] === vpn) {
      const slot = t.slot[i];
      if (slot !== this.dtlb.last && slot >= 0) this.dtlb.touch(slot);
      return t.base[i] + (va & 0xfff);
    }
    if (!this.probe.accesses) return this.translateData(va, access);
    const pa = this.translateData(va, access);
    if (pa >= 0) this.emitAccess(va, pa, size, access);
    return pa;
  }

  /** Emit the access event of a completed access (the MMU's `outcome` and `extraCycles` describe its translation). */
  private emitAccess(va: number, pa: number, size: number, access: number): void {
    this.probe.emit({
      type: 'access', kind: ACCESS_NAMES[access], va: va >>> 0, pa, size, tlb: TLB_OUTCOMES[this.mmu.outcome], cycles: this.mmu.extraCycles,
    });
  }

  /** The slow path of a data access: the MMU (TLB lookup, walk), its extra cycles, its fault. */
  protected translateData(va: number, access: number): number {
    const pa = this.mmu.translateData(va, access, this.user);
    this.cycles += this.mmu.extraCycles;
    return pa < 0 ? this.fault(this.mmu.faultCause, va) : pa;
  }

  /** Record a trap raised by an access; returns -1 for the caller to pass on. */
  protected fault(cause: number, value: number): number {
    this.trapCause = cause;
    this.trapValue = value;
    return -1;
  }


  /**
   * Execute up to `limit` instructions, stopping early when the clock reaches `deadline`. Returns
   * STOP_LIMIT, STOP_TIMER, or STOP_TRAP with pc at the trapping instruction and trapCause/trapValue
   * set (for Op.ECALL, pc is the ecall; the kernel advances it).
   */
  run(limit: number): number {
    return this.interpret(limit, this.deadline - this.cycles);
  }

  /**
   * The interpreter: run() with the timer given as `budget`, the cycles of instruction costs and
   * fetch walks this call may count before it stops (STOP_TIMER once they reach it). Leaves what
   * it counted in timerSpent, so a caller can split one run() into several calls exactly.
   */
  protected interpret(limit: number, budget: number): number {
    const x = this.x;
    const ram = this.ram;
    const i32 = ram.i32, i16 = ram.i16, u16 = ram.u16, i8 = ram.i8, u8 = ram.bytes, decoded = ram.decoded;
    const opCycles = this.opCycles;
    const fetchTag = this.fastFetch.tag, fetchBase = this.fastFetch.base, fetchSlot = this.fastFetch.slot;
    const itlb = this.mmu.itlb;
    const memoryCycles = this.memoryCycles, takenExtra = this.branchTakenExtra;
    // The timer as a local budget of cycles for this call (a field read per instruction costs ~3%).
    // The fetch slow path, inline below, shrinks it by the walk cycles it charges; data-side walks
    // (translateData) cannot reach it, so they can delay the stop by at most their own cycles.
    const budgetGiven = budget;
    let pc = this.pc;
    // Instructions retired, fetches attempted and cycles spent in this call: locals, added to
    // the fields on return (slow paths add their extra cycles to this.cycles directly).
    let n = 0, fetches = 0, cycles = 0;
    let stop = STOP_LIMIT;
    loop: while (n < limit) {
      // ---- fetch (pc is 4-byte aligned: jumps and branches check their targets)
      fetches++;
      const vpn = pc >>> 12;
      const fi = vpn & FAST_MASK;
      let pa: number;
      if (fetchTag[fi] === vpn) {
        const slot = fetchSlot[fi];
        if (slot !== itlb.last && slot >= 0) itlb.touch(slot);
        pa = fetchBase[fi] + (pc & 0xfff);
      } else {
        pa = this.mmu.translate(pc, ACCESS_FETCH, this.user);
        this.cycles += this.mmu.extraCycles;
        budget -= this.mmu.extraCycles;
        if (pa < 0) {
          this.fault(this.mmu.faultCause, pc);
          stop = STOP_TRAP;
          break loop;
        }
        if (this.probe.accesses) this.emitAccess(pc, pa, 4, ACCESS_FETCH);
      }
      const wi = pa >>> 2;
      const w = i32[wi];
      let op = decoded[wi] - 1;
      if (op < 0) {
        const row = decodeToRun(w);
        if (row === undefined) {
          this.fault(CAUSE_ILLEGAL_INSTRUCTION, w >>> 0);
          stop = STOP_TRAP;
          break loop;
        }
        op = ROW_INDEX[row.name];
        decoded[wi] = op + 1;
      }
      // ---- execute
      const rd = (w >>> 7) & 31;
      const rs1 = (w >>> 15) & 31;
      const rs2 = (w >>> 20) & 31;
      let next = (pc + 4) | 0;
      let cost = opCycles[op];
      switch (op) {
        case Op.LUI: if (rd) x[rd] = w & 0xfffff000; break;
        case Op.AUIPC: if (rd) x[rd] = (pc + (w & 0xfffff000)) | 0; break;
        case Op.JAL: {
          const target = (pc + immJ(w)) | 0;
          if ((target & 3) !== 0) {
            this.fault(CAUSE_MISALIGNED_FETCH, target);
            stop = STOP_TRAP;
            break loop;
          }
          if (rd) x[rd] = next;
          next = target;
          break;
        }
        case Op.JALR: {
          const target = ((x[rs1] + (w >> 20)) & ~1) | 0;
          if ((target & 3) !== 0) {
            this.fault(CAUSE_MISALIGNED_FETCH, target);
            stop = STOP_TRAP;
            break loop;
          }
          if (rd) x[rd] = next;
          next = target;
          break;
        }
        case Op.BEQ: case Op.BNE: case Op.BLT: case Op.BGE: case Op.BLTU: case Op.BGEU: {
          const a = x[rs1], b = x[rs2];
          let taken: boolean;
          switch (op) {
            case Op.BEQ: taken = a === b; break;
            case Op.BNE: taken = a !== b; break;
            case Op.BLT: taken = a < b; break;
            case Op.BGE: taken = a >= b; break;
            case Op.BLTU: taken = (a >>> 0) < (b >>> 0); break;
            default: taken = (a >>> 0) >= (b >>> 0); break;
          }
          if (taken) {
            next = (pc + immB(w)) | 0;
            if ((next & 3) !== 0) {
              this.fault(CAUSE_MISALIGNED_FETCH, next);
              stop = STOP_TRAP;
              break loop;
            }
            cost += takenExtra;
          }
          break;
        }
        // Loads and stores: loadAddress/storeAddress check alignment and translate; -1 means
        // the trap is recorded and nothing was changed.
        case Op.LB: {
          const p = this.loadAddress((x[rs1] + (w >> 20)) | 0, 0);
          if (p < 0) { stop = STOP_TRAP; break loop; }
          if (rd) x[rd] = i8[p];
          cost += memoryCycles;
          break;
        }
        case Op.LH: {
          const p = this.loadAddress((x[rs1] + (w >> 20)) | 0, 1);
          if (p < 0) { stop = STOP_TRAP; break loop; }
          if (rd) x[rd] = i16[p >>> 1];
          cost += memoryCycles;
          break;
        }
        case Op.LW: {
          const p = this.loadAddress((x[rs1] + (w >> 20)) | 0, 3);
          if (p < 0) { stop = STOP_TRAP; break loop; }
          if (rd) x[rd] = i32[p >>> 2];
          cost += memoryCycles;
          break;
        }
        case Op.LBU: {
          const p = this.loadAddress((x[rs1] + (w >> 20)) | 0, 0);
          if (p < 0) { stop = STOP_TRAP; break loop; }
          if (rd) x[rd] = u8[p];
          cost += memoryCycles;
          break;
        }
        case Op.LHU: {
          const p = this.loadAddress((x[rs1] + (w >> 20)) | 0, 1);
          if (p < 0) { stop = STOP_TRAP; break loop; }
          if (rd) x[rd] = u16[p >>> 1];
          cost += memoryCycles;
          break;
        }
        case Op.SB: {
          const p = this.storeAddress((x[rs1] + immS(w)) | 0, 0);
          if (p < 0) { stop = STOP_TRAP; break loop; }
          u8[p] = x[rs2];
          decoded[p >>> 2] = 0;
          cost += memoryCycles;
          break;
        }
        case Op.SH: {
          const p = this.storeAddress((x[rs1] + immS(w)) | 0, 1);
          if (p < 0) { stop = STOP_TRAP; break loop; }
          u16[p >>> 1] = x[rs2];
          decoded[p >>> 2] = 0;
          cost += memoryCycles;
          break;
        }
        case Op.SW: {
          const p = this.storeAddress((x[rs1] + immS(w)) | 0, 3);
          if (p < 0) { stop = STOP_TRAP; break loop; }
          i32[p >>> 2] = x[rs2];
          decoded[p >>> 2] = 0;
          cost += memoryCycles;
          break;
        }
        case Op.ADDI: if (rd) x[rd] = (x[rs1] + (w >> 20)) | 0; break;
        case Op.SLTI: if (rd) x[rd] = x[rs1] < (w >> 20) ? 1 : 0; break;
        case Op.SLTIU: if (rd) x[rd] = (x[rs1] >>> 0) < ((w >> 20) >>> 0) ? 1 : 0; break;
        case Op.XORI: if (rd) x[rd] = x[rs1] ^ (w >> 20); break;
        case Op.ORI: if (rd) x[rd] = x[rs1] | (w >> 20); break;
        case Op.ANDI: if (rd) x[rd] = x[rs1] & (w >> 20); break;
        case Op.SLLI: if (rd) x[rd] = x[rs1] << rs2; break;
        case Op.SRLI: if (rd) x[rd] = x[rs1] >>> rs2; break;
        case Op.SRAI: if (rd) x[rd] = x[rs1] >> rs2; break;
        case Op.ADD: if (rd) x[rd] = (x[rs1] + x[rs2]) | 0; break;
        case Op.SUB: if (rd) x[rd] = (x[rs1] - x[rs2]) | 0; break;
        case Op.SLL: if (rd) x[rd] = x[rs1] << (x[rs2] & 31); break;
        case Op.SLT: if (rd) x[rd] = x[rs1] < x[rs2] ? 1 : 0; break;
        case Op.SLTU: if (rd) x[rd] = (x[rs1] >>> 0) < (x[rs2] >>> 0) ? 1 : 0; break;
        case Op.XOR: if (rd) x[rd] = x[rs1] ^ x[rs2]; break;
        case Op.SRL: if (rd) x[rd] = x[rs1] >>> (x[rs2] & 31); break;
        case Op.SRA: if (rd) x[rd] = x[rs1] >> (x[rs2] & 31); break;
        case Op.OR: if (rd) x[rd] = x[rs1] | x[rs2]; break;
        case Op.AND: if (rd) x[rd] = x[rs1] & x[rs2]; break;
        case Op.FENCE: case Op.FENCE_TSO: case Op.FENCE_I: break;
        case Op.ECALL: // completes in the kernel, which advances pc past it
          cycles += cost;
          n++;
          this.fault(CAUSE_ECALL_U, 0);
          stop = STOP_TRAP;
          break loop;
        case Op.EBREAK:
          this.fault(CAUSE_BREAKPOINT, pc);
          stop = STOP_TRAP;
          break loop;
        case Op.CSRRW: case Op.CSRRS: case Op.CSRRC: case Op.CSRRWI: case Op.CSRRSI: case Op.CSRRCI: {
          // Only the read-only user counters exist: a write (csrrw, or set/clear with a non-zero
          // source) is an illegal instruction, as is an unknown CSR.
          const writes = op === Op.CSRRW || op === Op.CSRRWI || rs1 !== 0;
          const v = writes ? null : this.readCounter(w >>> 20, this.cycles + cycles + cost, this.instret + n);
          if (v === null) {
            this.fault(CAUSE_ILLEGAL_INSTRUCTION, w >>> 0);
            stop = STOP_TRAP;
            break loop;
          }
          if (rd) x[rd] = v;
          break;
        }
        case Op.MUL: if (rd) x[rd] = Math.imul(x[rs1], x[rs2]); break;
        case Op.MULH: {
          const a = x[rs1], b = x[rs2];
          if (rd) x[rd] = (mulhu(a >>> 0, b >>> 0) - (a < 0 ? b : 0) - (b < 0 ? a : 0)) | 0;
          break;
        }
        case Op.MULHSU: {
          const a = x[rs1], b = x[rs2];
          if (rd) x[rd] = (mulhu(a >>> 0, b >>> 0) - (a < 0 ? b : 0)) | 0;
          break;
        }
        case Op.MULHU: if (rd) x[rd] = mulhu(x[rs1] >>> 0, x[rs2] >>> 0); break;
        case Op.DIV: {
          const a = x[rs1], b = x[rs2];
          if (rd) x[rd] = b === 0 ? -1 : a === -2147483648 && b === -1 ? a : (a / b) | 0;
          break;
        }
        case Op.DIVU: {
          const a = x[rs1] >>> 0, b = x[rs2] >>> 0;
          if (rd) x[rd] = b === 0 ? -1 : (a / b) | 0;
          break;
        }
        case Op.REM: {
          const a = x[rs1], b = x[rs2];
          if (rd) x[rd] = b === 0 ? a : a === -2147483648 && b === -1 ? 0 : a % b | 0;
          break;
        }
        case Op.REMU: {
          const a = x[rs1] >>> 0, b = x[rs2] >>> 0;
          if (rd) x[rd] = b === 0 ? a | 0 : (a % b) | 0;
          break;
        }
      }
      cycles += cost;
      pc = next;
      n++;
      if (cycles >= budget) {
        stop = STOP_TIMER;
        break;
      }
    }
    this.pc = pc;
    this.instret += n;
    this.cycles += cycles;
    this.fetches += fetches;
    this.timerSpent = cycles + (budgetGiven - budget);
    return stop;
  }

  /** The value of user counter CSR `csr` as an instruction would read it, or null if unknown. */
  private readCounter(csr: number, cycles: number, instret: number): number | null {
    const time = Math.floor(cycles / this.cyclesPerTick);
    switch (csr) {
      case CSR_CYCLE: return cycles % TWO32 | 0;
      case CSR_CYCLEH: return Math.floor(cycles / TWO32) | 0;
      case CSR_TIME: return time % TWO32 | 0;
      case CSR_TIMEH: return Math.floor(time / TWO32) | 0;
      case CSR_INSTRET: return instret % TWO32 | 0;
      case CSR_INSTRETH: return Math.floor(instret / TWO32) | 0;
      default: return null;
    }
  }
}
