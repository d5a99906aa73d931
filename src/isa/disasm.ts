/**
 * Disassembly of one instruction word as GNU objdump prints it: the preferred alias, ABI
 * register names, decimal immediates, hex U-immediates and shift amounts, absolute targets.
 */
import { decode } from './decode.js';
import { registerName } from './registers.js';
import { csrName } from './csr.js';
import { privilegedText } from './privileged.js';
import { fenceSetName } from './fields.js';
import { FORMAT_OPERANDS, decodeFields, printedForm, type Fields, type OperandKind } from './syntax.js';

export interface Disassembly {
  mnemonic: string;
  /** Operands joined by ",", as objdump prints them ("" when none). */
  operands: string;
  /** Absolute target of a branch or jump, for symbolizing; undefined otherwise. */
  target?: number;
}

/**
 * Disassemble `word` located at `pc`. With `aliases` false the row's own form is used
 * (e.g. "addi a0,zero,1" rather than "li a0,1"). An unknown word gives mnemonic ".word".
 */
export function disassemble(word: number, pc: number, aliases = true): Disassembly {
  const row = decode(word >>> 0);
  if (!row) return privilegedText(word) ?? { mnemonic: '.word', operands: `0x${(word >>> 0).toString(16).padStart(8, '0')}` };
  let name = row.name;
  let kinds: readonly OperandKind[] = FORMAT_OPERANDS[row.format];
  let fields: Fields;
  if (aliases) {
    const chosen = printedForm(row, word);
    name = chosen.form.name;
    kinds = chosen.form.operands;
    fields = chosen.fields;
  } else {
    fields = decodeFields(row, word);
  }
  let target: number | undefined;
  const parts = kinds.map((kind) => {
    if (kind === 'branch' || kind === 'jump') {
      target = (pc + fields.imm) >>> 0;
      return target.toString(16);
    }
    return operandText(kind, fields);
  });
  return { mnemonic: name, operands: parts.join(','), target };
}

function operandText(kind: OperandKind, f: Fields): string {
  switch (kind) {
    case 'rd': return registerName(f.rd);
    case 'rs1': return registerName(f.rs1);
    case 'rs2': return registerName(f.rs2);
    case 'imm': return String(f.imm);
    case 'shamt': return `0x${f.imm.toString(16)}`;
    case 'mem': return `${f.imm}(${registerName(f.rs1)})`;
    case 'upper': return `0x${f.imm.toString(16)}`;
    case 'csr': return csrName(f.csr);
    case 'zimm': return String(f.rs1);
    case 'pred': return fenceSetName(f.pred);
    case 'succ': return fenceSetName(f.succ);
    case 'branch': case 'jump': throw new Error('targets are formatted by disassemble');
  }
}
