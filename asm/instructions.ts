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
import { StatementError } from './errors.js';
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
   * branch over a `jal` (called once per branch per pass, in walk order).
   */
  longBranch(target: Expr, pc: number): boolean;
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

/** Split a 32-bit value as GNU's load_const does: upper for lui (0 if none), lower for addi. */
function splitConstant(value: number): { upper: number; lower: number } {
  const lower = ((value & 0xfff) ^ 0x800) - 0x800;
  return { upper: ((value - lower) >>> 12) & 0xfffff, lower };
}

/** lui and/or addi building a 32-bit constant, as GNU as's load_const. */
function loadConstant(rd: number, value: number): number[] {
  const { upper, lower } = splitConstant(value);
  const words: number[] = [];
  if (upper !== 0) words.push(encode('lui', { rd, imm: upper }));
  if (lower !== 0 || upper === 0) words.push(encode('addi', { rd, rs1: upper !== 0 ? rd : 0, imm: lower }));
  return words;
}

/** A constant operand's low 32 bits, signed: GNU as on RV32 keeps only those (`later`: a value known by pass 2). */
function constant32(op: Operand, ctx: InstructionContext, later = false): number {
  if (op.k !== 'expr') throw new StatementError('expected a constant', op.col);
  return I.low32(later ? ctx.value(op.expr) : ctx.constant(op.expr)) | 0;
}

const constantSize = (v: number): number => {
  const { upper, lower } = splitConstant(v);
  return upper !== 0 && lower !== 0 ? 8 : 4;
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

const reg = (op: Operand): number => registerOf(op);

function addressMacro(name: string): Macro {
  return {
    name, slots: ['rd', 'value'],
    size: (ops, ctx) => (ctx.isConstant(exprOf(ops[1])) ? constantSize(constant32(ops[1], ctx)) : 8),
    encode: (ops, pc, ctx) => {
      const rd = reg(ops[0]);
      if (ctx.isConstant(exprOf(ops[1]))) return loadConstant(rd, constant32(ops[1], ctx));
      const { hi, lo } = pcrelParts(ctx.value(exprOf(ops[1])), pc);
      return [encode('auipc', { rd, imm: hi }), encode('addi', { rd, rs1: rd, imm: lo })];
    },
  };
}

function callMacro(name: string, slots: Slot[], linkReg: (ops: readonly Operand[]) => number, tempReg: (ops: readonly Operand[]) => number): Macro {
  return {
    name, slots, size: () => 8,
    encode: (ops, pc, ctx) => {
      const { hi, lo } = pcrelParts(ctx.value(exprOf(ops[ops.length - 1])), pc);
      const temp = tempReg(ops);
      return [encode('auipc', { rd: temp, imm: hi }), encode('jalr', { rd: linkReg(ops), rs1: temp, imm: lo })];
    },
  };
}

const MACROS: Macro[] = [
  {
    // GNU's li needs its value where it stands; vmlab also takes a constant defined later in
    // the file, and then always uses the two-instruction form (lui + addi).
    name: 'li', slots: ['rd', 'value'],
    size: (ops, ctx) => (ctx.constantLater(exprOf(ops[1])) === null ? 8 : constantSize(constant32(ops[1], ctx))),
    encode: (ops, _pc, ctx) => {
      const rd = reg(ops[0]);
      if (ctx.constantLater(exprOf(ops[1])) !== null) return loadConstant(rd, constant32(ops[1], ctx));
      const { upper, lower } = splitConstant(constant32(ops[1], ctx, true));
      return [encode('lui', { rd, imm: upper }), encode('addi', { rd, rs1: rd, imm: lower })];
    },
  },
  addressMacro('la'),
  addressMacro('lla'),
  callMacro('call', ['value'], () => REG_RA, () => REG_RA),
  callMacro('call', ['rd', 'value'], (ops) => reg(ops[0]), () => REG_T1),
  callMacro('tail', ['value'], () => 0, () => REG_T1),
  ...['lb', 'lh', 'lw', 'lbu', 'lhu'].map((name): Macro => ({
    name, slots: ['rd', 'value'], size: () => 8,
    encode: (ops, pc, ctx) => {
      const rd = reg(ops[0]);
      const { hi, lo } = pcrelParts(ctx.value(exprOf(ops[1])), pc);
      return [encode('auipc', { rd, imm: hi }), encode(name, { rd, rs1: rd, imm: lo })];
    },
  })),
  ...['sb', 'sh', 'sw'].map((name): Macro => ({
    name, slots: ['rs2', 'value', 'rs1'], size: () => 8,
    encode: (ops, pc, ctx) => {
      const temp = reg(ops[2]);
      const { hi, lo } = pcrelParts(ctx.value(exprOf(ops[1])), pc);
      return [encode('auipc', { rd: temp, imm: hi }), encode(name, { rs2: reg(ops[0]), rs1: temp, imm: lo })];
    },
  })),
];

const MACROS_BY_NAME = new Map<string, Macro[]>();
for (const m of MACROS) MACROS_BY_NAME.set(m.name, [...(MACROS_BY_NAME.get(m.name) ?? []), m]);

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
  return branch && ctx.longBranch(branch, pc) ? 8 : 4;
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
  const long = branch !== null && ctx.longBranch(branch, pc);
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
        f.imm = operand.offset ? checkRange('mem', I.signExtend32IfUnsigned(ctx.value(operand.offset)), operand.col) : 0;
        break;
      case 'branch': f.imm = long ? 8 : targetOffset(slot, ctx.value(exprOf(operand)), pc, operand.col); break;
      case 'jump': f.imm = targetOffset(slot, ctx.value(exprOf(operand)), pc, operand.col); break;
      case 'csr': f.csr = csrOperand(operand, ctx); break;
      case 'zimm': f.rs1 = checkRange('zimm', ctx.value(exprOf(operand)), operand.col); break;
      case 'pred': f.pred = fenceSet(operand); break;
      case 'succ': f.succ = fenceSet(operand); break;
      case 'imm':
        f.imm = checkRange(slot, I.signExtend32IfUnsigned(ctx.value(exprOf(operand))), operand.col);
        break;
      case 'shamt': case 'upper':
        f.imm = checkRange(slot, ctx.value(exprOf(operand)), operand.col);
        break;
    }
  });
  Object.assign(f, form.fixed);
  const word = encodeFields(form.row, f);
  return long ? longBranch(word, ctx.value(branch), pc, op.col) : [word];
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
  }
  return checkRange('csr', ctx.value(e), op.col, 'CSR number');
}
