/**
 * Matching written operands against an instruction form's operand slots, and turning them
 * into encoded fields. Shared by the instruction forms of the ISA table and the macros.
 */
import type { Operand } from './ir.js';
import { registerNumber } from '../src/isa/registers.js';
import { GNU_CSR_NAMES } from './csr-names.js';
import { parseFenceSet } from '../src/isa/fields.js';
import { OPERAND_RANGES, type OperandKind } from '../src/isa/syntax.js';
import { StatementError } from './errors.js';
import type { Int } from './int64.js';

/**
 * A form's operand slot, or a macro's: 'value', any expression (li's constant); 'symbol', an
 * address (la, lla, a load or store of a symbol), where a name spelled like a register is a
 * symbol, as GNU as takes it; 'callee', a symbol that may be written `sym@plt` (call, tail, jump).
 */
export type Slot = OperandKind | 'value' | 'symbol' | 'callee';

/** The register an operand names, or -1 if it is not a bare register name. */
export function registerOf(op: Operand): number {
  return op.k === 'expr' && op.expr.k === 'sym' ? registerNumber(op.expr.name) : -1;
}

const isRegisterSlot = (s: Slot): boolean => s === 'rd' || s === 'rs1' || s === 'rs2';

/** A name written like a register (x0..x99) is never taken for a symbol: x32 is a bad register. */
const looksLikeRegister = (op: Operand): boolean => op.k === 'expr' && op.expr.k === 'sym' && /^x\d+$/.test(op.expr.name);

/** Whether `op` has the shape slot `slot` takes (values are checked later, when encoding). */
export function fits(slot: Slot, op: Operand): boolean {
  if (isRegisterSlot(slot)) return registerOf(op) >= 0;
  if (slot === 'mem') return op.k === 'mem' && registerNumber(op.base) >= 0;
  // A label or an address: GNU as takes any name there for a symbol (a C global called `s2`).
  if (slot === 'branch' || slot === 'jump' || slot === 'symbol') return op.k === 'expr';
  if (slot === 'callee') return op.k === 'expr' || op.k === 'plt';
  return op.k === 'expr' && registerOf(op) < 0 && !looksLikeRegister(op);
}

/** Whether `operands` fit `slots` one by one. */
export function fitsAll(slots: readonly Slot[], operands: readonly Operand[]): boolean {
  if (slots.length !== operands.length) return false;
  for (let i = 0; i < slots.length; i++) if (!fits(slots[i], operands[i])) return false;
  return true;
}

const SLOT_TEXT: Record<Slot, string> = {
  rd: 'rd', rs1: 'rs1', rs2: 'rs2', imm: 'imm', shamt: 'shamt', mem: 'offset(rs1)', branch: 'label',
  jump: 'label', upper: 'imm20', csr: 'csr', zimm: 'uimm5', pred: 'pred', succ: 'succ', value: 'symbol', symbol: 'symbol',
  callee: 'symbol',
};

/** How a list of slots is written, for messages ("rd, rs1, imm"). */
export function slotsText(slots: readonly Slot[]): string {
  return slots.length === 0 ? '(no operands)' : slots.map((s) => SLOT_TEXT[s]).join(', ');
}

/**
 * Why `operands` fit none of `candidates` (each a list of slots) for mnemonic `name`: the
 * first operand that does not fit a candidate with the right operand count, or the count.
 */
export function mismatchError(name: string, candidates: readonly (readonly Slot[])[], operands: readonly Operand[],
  col: number): StatementError {
  const sameCount = candidates.filter((c) => c.length === operands.length);
  const expected = [...new Set(candidates.map(slotsText))].join(' or ');
  if (sameCount.length === 0) {
    return new StatementError(`wrong number of operands for '${name}': expected ${expected}`, col);
  }
  for (let i = 0; i < operands.length; i++) {
    if (sameCount.some((c) => fits(c[i], operands[i]))) continue;
    const op = operands[i];
    const slot = sameCount[0][i];
    const wantsRegister = looksLikeRegister(op) ? sameCount.some((c) => isRegisterSlot(c[i])) : isRegisterSlot(slot);
    if (wantsRegister) {
      if (op.k === 'expr' && op.expr.k === 'sym') return new StatementError(`bad register '${op.expr.name}'`, op.col);
      return new StatementError(`operand ${i + 1} of '${name}' must be a register`, op.col);
    }
    if (slot === 'mem' && op.k === 'mem') return new StatementError(`bad register '${op.base}'`, op.baseCol);
    if (registerOf(op) >= 0) {
      return new StatementError(`operand ${i + 1} of '${name}' must be ${SLOT_TEXT[slot] === 'label' ? 'a label' : `${SLOT_TEXT[slot]}, not a register`}`, op.col);
    }
    return new StatementError(`operand ${i + 1} of '${name}' must be ${SLOT_TEXT[slot]}: expected ${expected}`, op.col);
  }
  return new StatementError(`wrong operands for '${name}': expected ${expected}`, col);
}

/**
 * Check that `value` suits immediate slot `slot`; returns it or throws a range error at `col`
 * ("WHAT out of range: NOUN VALUE is not in MIN..MAX").
 */
export function checkRange(slot: OperandKind, value: Int, col: number, what = 'immediate', noun = ''): number {
  const range = OPERAND_RANGES[slot];
  if (!range) return Number(value);
  if (value < range.min || value > range.max) {
    throw new StatementError(`${what} out of range: ${noun}${value} is not in ${range.min}..${range.max}`, col);
  }
  return Number(value);
}

/** The CSR number a written CSR operand names, if it is a CSR name GNU as knows. */
export function csrByName(name: string): number | undefined {
  return GNU_CSR_NAMES.get(name);
}

/** The FENCE set an operand names ("rw", "iorw"...). Throws if it is not one. */
export function fenceSet(op: Operand): number {
  const text = op.k === 'expr' ? (op.expr.k === 'sym' ? op.expr.name : op.expr.k === 'num' ? String(op.expr.value) : '') : '';
  const set = parseFenceSet(text);
  if (set < 0) throw new StatementError(`bad fence operand: expected a set of i, o, r, w (like "rw" or "iorw")`, op.col);
  return set;
}
