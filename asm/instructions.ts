/**
 * Instructions: choosing the form or macro a written instruction means, its size (pass 1) and
 * its encoding (pass 2). Single-instruction forms come from the ISA table and its aliases
 * (src/isa/syntax.ts); the macros here expand to several instructions exactly as GNU as does
 * without relaxation (li, la, lla, call, tail, and loads/stores of a symbol).
 */
import type { Expr, Operand, Operation } from './ir.js';
import { formsNamed, encodeFields, type Fields, type InstructionForm } from '../src/isa/syntax.js';
import { instructionByName, type InstructionRow } from '../src/isa/table.js';
import { registerNumber } from '../src/isa/registers.js';
import { PRIVILEGED_WORDS, SFENCE_VMA } from '../src/isa/privileged.js';
import { StatementError, UndefinedSymbolError } from './errors.js';
import { checkRange, csrByName, fenceSet, fitsAll, mismatchError, registerOf, type Slot } from './operands.js';
import * as I from './int64.js';
import type { Int } from './int64.js';

/** What encoding needs from the assembler. */
export interface InstructionContext {
  /** The absolute value of `e` (pass 2: every symbol is known). */
  value(e: Expr): Int;
  /** The value of `e` if it is a constant now (no address in it), else throws. */
  constant(e: Expr): Int;
  /** Whether `e` is a constant (an expression with no address in it). */
  isConstant(e: Expr): boolean;
  /**
   * For `li` of a constant defined later in the file: in pass 1, the value if it is known, or
   * null (and the location is remembered); in pass 2, null at such a location, else the value.
   */
  constantLater(e: Expr): Int | null;
  /**
   * Whether the conditional branch at `pc` to `target` takes the long form: the inverted
   * branch over a `jal` (called once per branch per pass, in walk order). 'next round': pass 2
   * has just found it needs the long form; it keeps its short size in this pass (whose bytes are
   * thrown away), with any offset.
   */
  longBranch(target: Expr, pc: number): boolean | 'next round';
}

interface Macro {
  name: string;
  slots: readonly Slot[];
  size(ops: readonly Operand[], ctx: InstructionContext): number;
  encode(ops: readonly Operand[], pc: number, ctx: InstructionContext): number[];
}

const REG_RA = 1, REG_T1 = 6;
const row = (name: string): InstructionRow => instructionByName(name)!;
const NO_FIELDS: Fields = { rd: 0, rs1: 0, rs2: 0, imm: 0, csr: 0, pred: 0, succ: 0 };
const encode = (name: string, f: Partial<Fields>): number => encodeFields(row(name), { ...NO_FIELDS, ...f });

/**
 * Split a value as GNU's load_const does on RV32: lower, its low 12 bits signed, for addi; upper,
 * the rest's low 32 bits shifted, for lui; and whether a lui is needed, decided on the whole
 * 64-bit rest (so `li a0, 0x100000000` is `lui a0, 0`, as GNU as writes it).
 */
function splitConstant(value: Int): { upper: number; lower: number; lui: boolean } {
  const low = I.low32(value);
  const lower = ((low & 0xfff) ^ 0x800) - 0x800;
  return { upper: ((low - lower) >>> 12) & 0xfffff, lower, lui: Number(I.sub(value, lower)) !== 0 };
}

/**
 * lui and/or addi building a constant, as GNU as's load_const: the addi is left out when the low
 * part is 0 after a lui, except into zero (load_const tests the lui's register, which is then x0).
 */
function loadConstant(rd: number, value: Int): number[] {
  const { upper, lower, lui } = splitConstant(value);
  const words: number[] = [];
  if (lui) words.push(encode('lui', { rd, imm: upper }));
  if (lower !== 0 || !lui || rd === 0) words.push(encode('addi', { rd, rs1: lui ? rd : 0, imm: lower }));
  return words;
}

/**
 * A constant operand's value as GNU as takes it on RV32 (int64.ts normalizeRv32: one in
 * 0..0xffffffff or -2^32..-1 is read as a signed 32-bit value, any other keeps its 64 bits;
 * `later`: a value known by pass 2). loadConstant keeps what GNU as keeps of it.
 */
function constantOf(op: Operand, ctx: InstructionContext, later = false): Int {
  if (op.k !== 'expr') throw new StatementError('expected a constant', op.col);
  return I.normalizeRv32(later ? ctx.value(op.expr) : ctx.constant(op.expr));
}

/** The bytes loadConstant(rd, v) takes. */
const constantSize = (rd: number, v: Int): number => {
  const { lui, lower } = splitConstant(v);
  return lui && (lower !== 0 || rd === 0) ? 8 : 4;
};

/** auipc rd, %pcrel_hi(target) and the second instruction's 12-bit offset. */
function pcrelParts(target: Int, pc: number): { hi: number; lo: number } {
  const delta = (I.low32(target) - pc) | 0;
  const lo = ((delta & 0xfff) ^ 0x800) - 0x800;
  return { hi: ((delta - lo) >>> 12) & 0xfffff, lo };
}

function exprOf(op: Operand): Expr {
  if (op.k !== 'expr') throw new StatementError('expected an expression', op.col);
  return op.expr;
}

/** A call's target: `sym@plt` is the symbol (a static executable has no PLT). */
function calleeOf(op: Operand): Expr {
  return op.k === 'plt' ? { k: 'sym', name: op.name, col: op.col } : exprOf(op);
}

const reg = (op: Operand): number => registerOf(op);

/** la's or lla's constant: past 0xffffffff is GNU's `offset too large`. */
function addressConstant(op: Operand, ctx: InstructionContext): Int {
  const raw = ctx.constant(exprOf(op));
  if (raw > 0xffffffff) throw new StatementError('offset too large', op.col);
  return constantOf(op, ctx);
}

function addressMacro(name: string): Macro {
  return {
    name, slots: ['rd', 'symbol'],
    size: (ops, ctx) => (ctx.isConstant(exprOf(ops[1])) ? constantSize(reg(ops[0]), addressConstant(ops[1], ctx)) : 8),
    encode: (ops, pc, ctx) => {
      const rd = reg(ops[0]);
      if (ctx.isConstant(exprOf(ops[1]))) return loadConstant(rd, addressConstant(ops[1], ctx));
      const { hi, lo } = pcrelParts(ctx.value(exprOf(ops[1])), pc);
      return [encode('auipc', { rd, imm: hi }), encode('addi', { rd, rs1: rd, imm: lo })];
    },
  };
}

/** auipc temp + jalr link, temp to the target operand, in slot 'callee' (call, tail) or 'symbol' (jump). */
function callMacro(name: string, slots: Slot[], linkReg: (ops: readonly Operand[]) => number, tempReg: (ops: readonly Operand[]) => number): Macro {
  const target = slots.findIndex((slot) => slot === 'callee' || slot === 'symbol');
  return {
    name, slots, size: () => 8,
    encode: (ops, pc, ctx) => {
      const { hi, lo } = pcrelParts(ctx.value(calleeOf(ops[target])), pc);
      const temp = tempReg(ops);
      return [encode('auipc', { rd: temp, imm: hi }), encode('jalr', { rd: linkReg(ops), rs1: temp, imm: lo })];
    },
  };
}

/** A shift left then right by `bits` (sext.b/h, zext.h without Zbb, as GNU as expands them). */
function shiftPairMacro(name: string, right: 'srai' | 'srli', bits: number): Macro {
  return {
    name, slots: ['rd', 'rs1'], size: () => 8,
    encode: (ops) => {
      const rd = reg(ops[0]);
      return [encode('slli', { rd, rs1: reg(ops[1]), imm: bits }), encode(right, { rd, rs1: rd, imm: bits })];
    },
  };
}

/** A privileged instruction GNU as takes on RV32IM: one fixed word (a user program gets SIGILL). */
const fixedMacro = (name: string, word: number): Macro => ({ name, slots: [], size: () => 4, encode: () => [word] });

/** sfence.vma [rs1[, rs2]]. */
const sfenceVma = (slots: Slot[]): Macro => ({
  name: 'sfence.vma', slots, size: () => 4,
  encode: (ops) => [(SFENCE_VMA | ((ops.length > 1 ? reg(ops[1]) : 0) << 20) | ((ops.length > 0 ? reg(ops[0]) : 0) << 15)) >>> 0],
});

/** Whether `operand` is `%lo(...)` (a 12-bit value, whether of a constant or of an address). */
const isLo = (operand: Operand): boolean => operand.k === 'expr' && operand.expr.k === 'reloc' && operand.expr.fn === 'lo';

const MACROS: Macro[] = [
  shiftPairMacro('sext.b', 'srai', 24),
  shiftPairMacro('sext.h', 'srai', 16),
  shiftPairMacro('zext.h', 'srli', 16),
  ...PRIVILEGED_WORDS.map(([name, word]) => fixedMacro(name, word)),
  sfenceVma([]), sfenceVma(['rs1']), sfenceVma(['rs1', 'rs2']),
  {
    // GNU's li needs its value where it stands; vmlab also takes a constant defined later in
    // the file, and then always uses the two-instruction form (lui + addi).
    // `li rd, %lo(SYMBOL)` is GNU's addi rd, zero, %lo(SYMBOL), whatever the symbol's address.
    name: 'li', slots: ['rd', 'value'],
    size: (ops, ctx) => (isLo(ops[1]) ? 4 : ctx.constantLater(exprOf(ops[1])) === null ? 8 : constantSize(reg(ops[0]), constantOf(ops[1], ctx))),
    encode: (ops, _pc, ctx) => {
      const rd = reg(ops[0]);
      if (isLo(ops[1])) return [encode('addi', { rd, rs1: 0, imm: Number(ctx.value(exprOf(ops[1]))) })];
      if (ctx.constantLater(exprOf(ops[1])) !== null) return loadConstant(rd, constantOf(ops[1], ctx));
      const { upper, lower } = splitConstant(constantOf(ops[1], ctx, true));
      return [encode('lui', { rd, imm: upper }), encode('addi', { rd, rs1: rd, imm: lower })];
    },
  },
  addressMacro('la'),
  addressMacro('lla'),
  callMacro('call', ['callee'], () => REG_RA, () => REG_RA),
  callMacro('call', ['rd', 'callee'], (ops) => reg(ops[0]), () => REG_T1),
  callMacro('tail', ['callee'], () => 0, () => REG_T1),
  callMacro('jump', ['symbol', 'rd'], () => 0, (ops) => reg(ops[1])),
  ...['lb', 'lh', 'lw', 'lbu', 'lhu'].map((name): Macro => ({
    name, slots: ['rd', 'symbol'], size: () => 8,
    encode: (ops, pc, ctx) => {
      const rd = reg(ops[0]);
      const { hi, lo } = pcrelParts(ctx.value(exprOf(ops[1])), pc);
      return [encode('auipc', { rd, imm: hi }), encode(name, { rd, rs1: rd, imm: lo })];
    },
  })),
  ...['sb', 'sh', 'sw'].map((name): Macro => ({
    name, slots: ['rs2', 'symbol', 'rs1'], size: () => 8,
    encode: (ops, pc, ctx) => {
      const temp = reg(ops[2]);
      const { hi, lo } = pcrelParts(ctx.value(exprOf(ops[1])), pc);
      return [encode('auipc', { rd: temp, imm: hi }), encode(name, { rs2: reg(ops[0]), rs1: temp, imm: lo })];
    },
  })),
];

const MACROS_BY_NAME = new Map<string, Macro[]>();
for (const m of MACROS) MACROS_BY_NAME.set(m.name, [...(MACROS_BY_NAME.get(m.name) ?? []), m]);

/** Whether `name` is an instruction or pseudo-instruction vmlab knows. */
export function isInstructionName(name: string): boolean {
  return formsNamed(name).length > 0 || MACROS_BY_NAME.has(name);
}

type Choice = { form: InstructionForm; macro?: undefined } | { macro: Macro; form?: undefined };

function choose(op: Operation): Choice {
  const empty = op.operands.findIndex((o) => o.k === 'empty');
  if (empty >= 0) throw new StatementError(`missing operand ${empty + 1} of '${op.name}'`, op.operands[empty].col);
  const forms = formsNamed(op.name);
  for (const form of forms) if (fitsAll(form.operands, op.operands)) return { form };
  const macros = MACROS_BY_NAME.get(op.name) ?? [];
  for (const macro of macros) if (fitsAll(macro.slots, op.operands)) return { macro };
  if (forms.length === 0 && macros.length === 0) {
    throw new StatementError(`unknown instruction '${op.name}'`, op.col);
  }
  throw mismatchError(op.name, [...forms.map((f) => f.operands), ...macros.map((m) => m.slots)], op.operands, op.col);
}

/** Size in bytes of instruction `op` at `pc` (pass 1). Throws StatementError if it is not valid. */
export function instructionSize(op: Operation, pc: number, ctx: InstructionContext): number {
  const choice = choose(op);
  if (choice.macro) return choice.macro.size(op.operands, ctx);
  const branch = branchTarget(choice.form, op);
  return branch && ctx.longBranch(branch, pc) === true ? 8 : 4;
}

/** The target of a conditional branch form, or null for any other form. */
function branchTarget(form: InstructionForm, op: Operation): Expr | null {
  const i = form.operands.indexOf('branch');
  return i < 0 ? null : exprOf(op.operands[i]);
}

/** A conditional branch with funct3 inverted (beq↔bne, blt↔bge, bltu↔bgeu), offset 8, then `j target`. */
function longBranch(word: number, target: Int, pc: number, col: number): number[] {
  const inverted = (word ^ 0x1000) >>> 0;
  const jump = encode('jal', { rd: 0, imm: targetOffset('jump', target, pc + 4, col) });
  return [inverted, jump];
}

/** The words of instruction `op` at address `pc` (pass 2). Throws StatementError. */
export function encodeInstruction(op: Operation, pc: number, ctx: InstructionContext): number[] {
  const choice = choose(op);
  if (choice.macro) return choice.macro.encode(op.operands, pc, ctx);
  const { form } = choice;
  const branch = branchTarget(form, op);
  const length = branch === null ? false : ctx.longBranch(branch, pc);
  const long = length === true;
  const f: Fields = { ...NO_FIELDS };
  form.operands.forEach((slot, i) => {
    const operand = op.operands[i];
    switch (slot) {
      case 'rd': f.rd = reg(operand); break;
      case 'rs1': f.rs1 = reg(operand); break;
      case 'rs2': f.rs2 = reg(operand); break;
      case 'mem':
        if (operand.k !== 'mem') throw new Error('unreachable: fits() checked mem');
        f.rs1 = registerNumber(operand.base);
        f.imm = operand.offset ? checkRange('mem', I.normalizeRv32(ctx.value(operand.offset)), operand.col) : 0;
        break;
      case 'branch':
        // Out of range this round: a placeholder keeps the layout pass 1 made, for the branches after it.
        f.imm = long ? 8 : length === 'next round' ? 0 : targetOffset(slot, ctx.value(exprOf(operand)), pc, operand.col);
        break;
      case 'jump': f.imm = targetOffset(slot, ctx.value(exprOf(operand)), pc, operand.col); break;
      case 'csr': f.csr = csrOperand(operand, ctx); break;
      case 'zimm': f.rs1 = checkRange('zimm', ctx.value(exprOf(operand)), operand.col); break;
      case 'pred': f.pred = fenceSet(operand); break;
      case 'succ': f.succ = fenceSet(operand); break;
      case 'imm':
        f.imm = checkRange(slot, I.normalizeRv32(ctx.value(exprOf(operand))), operand.col);
        break;
      case 'shamt': case 'upper':
        f.imm = checkRange(slot, ctx.value(exprOf(operand)), operand.col);
        break;
    }
  });
  Object.assign(f, form.fixed);
  const word = encodeFields(form.row, f);
  return long && branch ? longBranch(word, ctx.value(branch), pc, op.col) : [word];
}

function targetOffset(slot: 'branch' | 'jump', target: Int, pc: number, col: number): number {
  const offset = (I.low32(target) - pc) | 0;
  const what = slot === 'branch' ? 'branch' : 'jump';
  if (offset % 4 !== 0) {
    throw new StatementError(`misaligned ${what} target 0x${I.low32(target).toString(16)}: ` +
      `offset ${offset} is not a multiple of 4 (RV32IM has no compressed instructions)`, col);
  }
  return checkRange(slot, offset, col, `${what} target`, 'offset ');
}

function csrOperand(op: Operand, ctx: InstructionContext): number {
  const e = exprOf(op);
  if (e.k === 'sym') {
    const n = csrByName(e.name);
    if (n !== undefined) return n;
    try {
      return checkRange('csr', ctx.value(e), op.col, 'CSR number');
    } catch (error) {
      // A name that is neither a CSR nor a symbol: GNU's message.
      if (error instanceof UndefinedSymbolError) throw new UndefinedSymbolError(`unknown CSR \`${e.name}'`, error.col);
      throw error;
    }
  }
  return checkRange('csr', ctx.value(e), op.col, 'CSR number');
}

/** The major opcodes `.insn` takes by name (binutils' riscv-opc.h). */
const INSN_OPCODES = new Map<string, number>([
  ['LOAD', 0x03], ['LOAD_FP', 0x07], ['CUSTOM_0', 0x0b], ['MISC_MEM', 0x0f], ['OP_IMM', 0x13], ['AUIPC', 0x17],
  ['OP_IMM_32', 0x1b], ['STORE', 0x23], ['STORE_FP', 0x27], ['CUSTOM_1', 0x2b], ['AMO', 0x2f], ['OP', 0x33],
  ['LUI', 0x37], ['OP_32', 0x3b], ['MADD', 0x43], ['MSUB', 0x47], ['NMSUB', 0x4b], ['NMADD', 0x4f], ['OP_FP', 0x53], ['OP_V', 0x57],
  ['CUSTOM_2', 0x5b], ['BRANCH', 0x63], ['JALR', 0x67], ['JAL', 0x6f], ['SYSTEM', 0x73], ['CUSTOM_3', 0x7b],
]);

/** The `.insn` formats vmlab encodes, with their operand slots after the opcode (funct3 and funct7 are values). */
const INSN_FORMATS: Record<string, readonly Slot[]> = {
  r: ['value', 'value', 'rd', 'rs1', 'rs2'], r4: ['value', 'value', 'rd', 'rs1', 'rs2', 'rs2'],
  i: ['value', 'rd', 'rs1', 'value'], s: ['value', 'rs2', 'mem'],
  b: ['value', 'rs1', 'rs2', 'value'], sb: ['value', 'rs1', 'rs2', 'value'], u: ['rd', 'value'], j: ['rd', 'value'],
  uj: ['rd', 'value'],
};

/** The compressed `.insn` formats: GNU as refuses them without the C extension, and so does vmlab (RV32IM). */
const COMPRESSED_INSN_FORMATS = new Set(['cr', 'ci', 'ciw', 'css', 'cl', 'cs', 'ca', 'cb', 'cj']);

/** The length in bytes of an instruction from its low bits (binutils' riscv_insn_length: 2 to 22; 2 beyond 176 bits). */
function instructionLength(bits: bigint): number {
  if ((bits & 3n) !== 3n) return 2;
  if ((bits & 0x1fn) !== 0x1fn) return 4;
  if ((bits & 0x3fn) === 0x1fn) return 6;
  if ((bits & 0x7fn) === 0x3fn) return 8;
  if ((bits & 0x7fn) === 0x7fn && (bits & 0x7000n) !== 0x7000n) return 10 + Number((bits >> 11n) & 0xen); // 80 to 176 bits
  return 2;
}

/**
 * `.insn`'s length in bytes: 4 for a format, else that of its value (`.insn VALUE`, `.insn
 * LENGTH, VALUE`), which must be a constant whose low bits give that length and which fits in it
 * (GNU's `value conflicts with instruction length`). `text` is the statement as GNU quotes it.
 */
export function insnSize(op: Operation, ctx: InstructionContext, text: string): number {
  if (insnFormat(op, text) === null) return rawInsn(op, ctx, text).bytes;
  return instructionLength(BigInt(insnOpcode(op.operands[1], ctx)));
}

/**
 * The opcode of a `.insn` format (a name such as OP_IMM, or a number): its low two bits 11, as
 * GNU as requires. Its low bits also give the instruction's length, as they give GNU's: 0x1f,
 * 0x3f, 0x5f and 0x7f make 6, 8, 6 and 10 bytes of it, the fields in the first 4 and zeros after.
 */
function insnOpcode(operand: Operand, ctx: InstructionContext): number {
  const expr = exprOf(operand);
  const named = expr.k === 'sym' ? INSN_OPCODES.get(expr.name) : undefined;
  const opcode = named ?? ctx.value(expr);
  if (opcode < 0 || opcode > 127 || (Number(opcode) & 3) !== 3) {
    throw new StatementError('bad value for opcode field, value must be 0...127 and lower 2 bits must be 0x3', operand.col);
  }
  return Number(opcode);
}

/** The format `.insn` names (r, r4, i, s, b, sb, u, j, uj), or null for a raw value; throws for other words. */
function insnFormat(op: Operation, text: string): string | null {
  const first = op.operands[0];
  const format = first?.k === 'expr' && first.expr.k === 'sym' && op.operands.length > 1 ? first.expr.name : null;
  if (format === null || format in INSN_FORMATS) return format;
  if (COMPRESSED_INSN_FORMATS.has(format)) {
    throw new StatementError(`unrecognized opcode \`${text}', extension \`${format === 'cj' ? 'c' : "f' and `c"}' required`, op.col);
  }
  throw new StatementError(`unrecognized opcode \`${text}'`, op.col);
}

function rawInsn(op: Operation, ctx: InstructionContext, text: string): { bits: bigint; bytes: number } {
  const [first, second] = op.operands;
  if (!first || op.operands.length > 2) throw new StatementError(`unrecognized opcode \`${text}'`, op.col);
  const bits = I.unsigned64(ctx.constant(exprOf(second ?? first)));
  const natural = instructionLength(bits);
  const bytes = second ? Number(ctx.constant(exprOf(first))) : natural;
  if (bytes !== natural || (bytes < 8 && bits >> BigInt(8 * bytes) !== 0n)) {
    throw new StatementError(`value conflicts with instruction length \`${text}'`, op.col);
  }
  return { bits, bytes };
}

/**
 * `.insn`: an instruction given by its fields (`.insn r OPCODE, FUNCT3, FUNCT7, RD, RS1, RS2`,
 * `r`/`r4` with FUNCT2 and RS3, `i` (also `RD, IMM(RS1)`), `s`, `b`/`sb`, `u`, `j`/`uj`) or by
 * its value (insnSize), as GNU as takes it: its bits and length in bytes. parse.ts turns the
 * format word into a first operand; `text` is the statement as GNU quotes it in messages.
 */
export function encodeInsn(op: Operation, pc: number, ctx: InstructionContext, text: string): { bits: bigint; bytes: number } {
  const format = insnFormat(op, text);
  if (format === null) return rawInsn(op, ctx, text);
  const bits = BigInt(encodeInsnFormat(op, format, pc, ctx));
  return { bits, bytes: instructionLength(bits) };
}

function encodeInsnFormat(op: Operation, written: string, pc: number, ctx: InstructionContext): number {
  const rest = op.operands.slice(1);
  const format = written === 'r' && rest.length === 7 ? 'r4' : written;
  const [opcodeOperand, ...fields] = rest;
  const opcode = insnOpcode(opcodeOperand, ctx);
  const field = (i: number, max: number, what: string): number => {
    const v = ctx.value(exprOf(fields[i]));
    if (v < 0 || v > max) throw new StatementError(`${what} out of range: ${v} is not in 0..${max}`, fields[i].col);
    return Number(v);
  };
  const memForm = format === 'i' && fields.length === 3 && fields[2].k === 'mem';
  const slots = memForm ? ['value', 'rd', 'mem'] as const : INSN_FORMATS[format];
  if (!fitsAll(slots, fields)) throw mismatchError(`.insn ${format}`, [slots], fields, op.col);
  const funct3 = (): number => field(0, 7, 'funct3') << 12;
  const imm = (slot: 'imm' | 'upper', o: Operand): number =>
    checkRange(slot, I.normalizeRv32(ctx.value(exprOf(o))), o.col);
  switch (format) {
    case 'r':
      return (opcode | funct3() | (field(1, 127, 'funct7') << 25) | (reg(fields[2]) << 7) | (reg(fields[3]) << 15) |
        (reg(fields[4]) << 20)) >>> 0;
    case 'r4':
      return (opcode | funct3() | (field(1, 3, 'funct2') << 25) | (reg(fields[2]) << 7) | (reg(fields[3]) << 15) |
        (reg(fields[4]) << 20) | (reg(fields[5]) << 27)) >>> 0;
    case 'i': {
      const mem = fields[2];
      const [rs1, offset] = mem.k === 'mem'
        ? [registerNumber(mem.base), mem.offset ? checkRange('mem', I.normalizeRv32(ctx.value(mem.offset)), mem.col) : 0]
        : [reg(fields[2]), imm('imm', fields[3])];
      return (opcode | funct3() | (reg(fields[1]) << 7) | (rs1 << 15) | ((offset & 0xfff) << 20)) >>> 0;
    }
    case 's': {
      const mem = fields[2] as Operand & { k: 'mem' };
      const offset = mem.offset ? checkRange('mem', I.normalizeRv32(ctx.value(mem.offset)), mem.col) : 0;
      return (opcode | funct3() | (reg(fields[1]) << 20) | (registerNumber(mem.base) << 15) | ((offset & 0x1f) << 7) |
        (((offset >> 5) & 0x7f) << 25)) >>> 0;
    }
    case 'b': case 'sb': {
      const offset = targetOffset('branch', ctx.value(exprOf(fields[3])), pc, fields[3].col);
      return (encodeFields(row('beq'), { ...NO_FIELDS, rs1: reg(fields[1]), rs2: reg(fields[2]), imm: offset }) & ~0x707f |
        opcode | funct3()) >>> 0;
    }
    case 'u':
      return (opcode | (reg(fields[0]) << 7) | (imm('upper', fields[1]) << 12)) >>> 0;
    default: {
      const offset = targetOffset('jump', ctx.value(exprOf(fields[1])), pc, fields[1].col);
      return (encodeFields(row('jal'), { ...NO_FIELDS, rd: reg(fields[0]), imm: offset }) & ~0x7f | opcode) >>> 0;
    }
  }
}
