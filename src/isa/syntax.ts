/**
 * How instructions are written: the operand kinds of each row's assembly syntax, the
 * single-instruction aliases GNU as accepts and objdump prints (nop, mv, beqz, ret, csrr...),
 * and the conversion between a word and its named fields. The assembler's encoder and the
 * disassembler both use this module, so one instruction has one spelling in both directions.
 */
import { INSTRUCTIONS, instructionByName, type Format, type InstructionRow } from './table.js';
import * as F from './fields.js';

/**
 * One operand slot.
 *  rd rs1 rs2   a register field            imm     a signed 12-bit immediate (I-type)
 *  shamt        a 5-bit shift amount        mem     imm12(rs1), the immediate placed by format
 *  branch       a B-type pc-relative target jump    a J-type pc-relative target
 *  upper        a 20-bit U-type immediate   csr     a CSR name or number (12 bits)
 *  zimm         a 5-bit CSR immediate (in the rs1 field)
 *  pred succ    FENCE sets (iorw)
 */
export type OperandKind =
  | 'rd' | 'rs1' | 'rs2' | 'imm' | 'shamt' | 'mem' | 'branch' | 'jump' | 'upper' | 'csr' | 'zimm'
  | 'pred' | 'succ';

/** The decoded fields of an instruction word; `imm` is the row's immediate, sign-extended. */
export interface Fields {
  rd: number;
  rs1: number;
  rs2: number;
  imm: number;
  csr: number;
  pred: number;
  succ: number;
}

export const FORMAT_OPERANDS: Readonly<Record<Format, readonly OperandKind[]>> = {
  R: ['rd', 'rs1', 'rs2'],
  I: ['rd', 'rs1', 'imm'],
  shift: ['rd', 'rs1', 'shamt'],
  load: ['rd', 'mem'],
  store: ['rs2', 'mem'],
  branch: ['rs1', 'rs2', 'branch'],
  U: ['rd', 'upper'],
  jal: ['rd', 'jump'],
  jalr: ['rd', 'mem'],
  csr: ['rd', 'csr', 'rs1'],
  csri: ['rd', 'csr', 'zimm'],
  fence: ['pred', 'succ'],
  none: [],
};

/** A spelling of one instruction row: the row's own, or an alias with some fields fixed. */
export interface InstructionForm {
  readonly name: string;
  readonly row: InstructionRow;
  readonly operands: readonly OperandKind[];
  readonly fixed: Readonly<Partial<Fields>>;
  /** Whether objdump prints a word of this row in this form (when its fixed fields match). */
  readonly printed: boolean;
  /** Whether the assembler accepts it (false where a multi-instruction macro owns the name). */
  readonly assembled: boolean;
}

type AliasSpec = [name: string, base: string, operands: OperandKind[], fixed: Partial<Fields>,
  use?: 'both' | 'asm' | 'disasm'];

// Aliases in objdump's order of preference: for a given word, the first alias whose fixed
// fields match is what objdump prints; `asm` ones are accepted by GNU as but never printed.
const ALIASES: AliasSpec[] = [
  ['unimp', 'csrrw', [], { rd: 0, csr: 0xc00, rs1: 0 }],
  ['ret', 'jalr', [], { rd: 0, rs1: 1, imm: 0 }],
  ['jr', 'jalr', ['rs1'], { rd: 0, imm: 0 }],
  ['jr', 'jalr', ['mem'], { rd: 0 }],
  ['jr', 'jalr', ['rs1', 'imm'], { rd: 0 }, 'asm'],
  ['jalr', 'jalr', ['rs1'], { rd: 1, imm: 0 }],
  ['jalr', 'jalr', ['mem'], { rd: 1 }],
  ['jalr', 'jalr', ['rs1', 'imm'], { rd: 1 }, 'asm'],
  ['jalr', 'jalr', ['rd', 'rs1'], { imm: 0 }],
  ['jalr', 'jalr', ['rd', 'rs1', 'imm'], {}, 'asm'],
  ['j', 'jal', ['jump'], { rd: 0 }],
  ['jal', 'jal', ['jump'], { rd: 1 }],
  ['nop', 'addi', [], { rd: 0, rs1: 0, imm: 0 }],
  ['li', 'addi', ['rd', 'imm'], { rs1: 0 }, 'disasm'],
  ['mv', 'addi', ['rd', 'rs1'], { imm: 0 }],
  ['move', 'addi', ['rd', 'rs1'], { imm: 0 }, 'asm'], // GNU as's other name for mv
  ['beqz', 'beq', ['rs1', 'branch'], { rs2: 0 }],
  ['bnez', 'bne', ['rs1', 'branch'], { rs2: 0 }],
  ['blez', 'bge', ['rs2', 'branch'], { rs1: 0 }],
  ['bgez', 'bge', ['rs1', 'branch'], { rs2: 0 }],
  ['ble', 'bge', ['rs2', 'rs1', 'branch'], {}, 'asm'],
  ['bleu', 'bgeu', ['rs2', 'rs1', 'branch'], {}, 'asm'],
  ['bltz', 'blt', ['rs1', 'branch'], { rs2: 0 }],
  ['bgtz', 'blt', ['rs2', 'branch'], { rs1: 0 }],
  ['bgt', 'blt', ['rs2', 'rs1', 'branch'], {}, 'asm'],
  ['bgtu', 'bltu', ['rs2', 'rs1', 'branch'], {}, 'asm'],
  ['neg', 'sub', ['rd', 'rs2'], { rs1: 0 }],
  ['not', 'xori', ['rd', 'rs1'], { imm: -1 }],
  ['seqz', 'sltiu', ['rd', 'rs1'], { imm: 1 }],
  ['sltz', 'slt', ['rd', 'rs1'], { rs2: 0 }],
  ['sgtz', 'slt', ['rd', 'rs2'], { rs1: 0 }],
  ['snez', 'sltu', ['rd', 'rs2'], { rs1: 0 }],
  ['sgt', 'slt', ['rd', 'rs2', 'rs1'], {}, 'asm'],
  ['sgtu', 'sltu', ['rd', 'rs2', 'rs1'], {}, 'asm'],
  ['zext.b', 'andi', ['rd', 'rs1'], { imm: 255 }, 'asm'],
  ['scall', 'ecall', [], {}, 'asm'],
  ['sbreak', 'ebreak', [], {}, 'asm'],
  ['fence', 'fence', [], { pred: 15, succ: 15 }],
  ['rdinstret', 'csrrs', ['rd'], { csr: 0xc02, rs1: 0 }],
  ['rdinstreth', 'csrrs', ['rd'], { csr: 0xc82, rs1: 0 }],
  ['rdcycle', 'csrrs', ['rd'], { csr: 0xc00, rs1: 0 }],
  ['rdcycleh', 'csrrs', ['rd'], { csr: 0xc80, rs1: 0 }],
  ['rdtime', 'csrrs', ['rd'], { csr: 0xc01, rs1: 0 }],
  ['rdtimeh', 'csrrs', ['rd'], { csr: 0xc81, rs1: 0 }],
  ['csrr', 'csrrs', ['rd', 'csr'], { rs1: 0 }],
  ['csrw', 'csrrw', ['csr', 'rs1'], { rd: 0 }],
  ['csrs', 'csrrs', ['csr', 'rs1'], { rd: 0 }],
  ['csrc', 'csrrc', ['csr', 'rs1'], { rd: 0 }],
  ['csrwi', 'csrrwi', ['csr', 'zimm'], { rd: 0 }],
  ['csrsi', 'csrrsi', ['csr', 'zimm'], { rd: 0 }],
  ['csrci', 'csrrci', ['csr', 'zimm'], { rd: 0 }],
  // GNU as also accepts the register-register names with an immediate operand.
  ['csrw', 'csrrwi', ['csr', 'zimm'], { rd: 0 }, 'asm'],
  ['csrs', 'csrrsi', ['csr', 'zimm'], { rd: 0 }, 'asm'],
  ['csrc', 'csrrci', ['csr', 'zimm'], { rd: 0 }, 'asm'],
  ['csrrw', 'csrrwi', ['rd', 'csr', 'zimm'], {}, 'asm'],
  ['csrrs', 'csrrsi', ['rd', 'csr', 'zimm'], {}, 'asm'],
  ['csrrc', 'csrrci', ['rd', 'csr', 'zimm'], {}, 'asm'],
  ['add', 'addi', ['rd', 'rs1', 'imm'], {}, 'asm'],
  ['slt', 'slti', ['rd', 'rs1', 'imm'], {}, 'asm'],
  ['sltu', 'sltiu', ['rd', 'rs1', 'imm'], {}, 'asm'],
  ['xor', 'xori', ['rd', 'rs1', 'imm'], {}, 'asm'],
  ['or', 'ori', ['rd', 'rs1', 'imm'], {}, 'asm'],
  ['and', 'andi', ['rd', 'rs1', 'imm'], {}, 'asm'],
  ['sll', 'slli', ['rd', 'rs1', 'shamt'], {}, 'asm'],
  ['srl', 'srli', ['rd', 'rs1', 'shamt'], {}, 'asm'],
  ['sra', 'srai', ['rd', 'rs1', 'shamt'], {}, 'asm'],
];

function baseRow(name: string): InstructionRow {
  const r = instructionByName(name);
  if (!r) throw new Error(`alias table names unknown instruction ${name}`);
  return r;
}

/** Every form, aliases first in objdump's order of preference, then each row's own. */
export const FORMS: readonly InstructionForm[] = [
  ...ALIASES.map(([name, base, operands, fixed, use = 'both']): InstructionForm => ({
    name, row: baseRow(base), operands, fixed, printed: use !== 'asm', assembled: use !== 'disasm',
  })),
  ...INSTRUCTIONS.map((row): InstructionForm => ({
    name: row.name, row, operands: FORMAT_OPERANDS[row.format], fixed: {}, printed: true, assembled: true,
  })),
];

const FORMS_BY_NAME = new Map<string, InstructionForm[]>();
for (const form of FORMS) {
  if (!form.assembled) continue;
  const list = FORMS_BY_NAME.get(form.name) ?? [];
  list.push(form);
  FORMS_BY_NAME.set(form.name, list);
}

/** The forms the assembler accepts for mnemonic `name` (empty if none). */
export function formsNamed(name: string): readonly InstructionForm[] {
  return FORMS_BY_NAME.get(name) ?? [];
}

const PRINTED_FORMS_BY_ROW = new Map<InstructionRow, InstructionForm[]>();
for (const form of FORMS) {
  if (!form.printed) continue;
  const list = PRINTED_FORMS_BY_ROW.get(form.row) ?? [];
  list.push(form);
  PRINTED_FORMS_BY_ROW.set(form.row, list);
}

/** Decode the fields of `word`, an instance of `row`. */
export function decodeFields(row: InstructionRow, word: number): Fields {
  const f: Fields = { rd: F.rd(word), rs1: F.rs1(word), rs2: F.rs2(word), imm: 0, csr: 0, pred: 0, succ: 0 };
  switch (row.format) {
    case 'I': case 'load': case 'jalr': f.imm = F.immI(word); break;
    case 'shift': f.imm = F.rs2(word); break;
    case 'store': f.imm = F.immS(word); break;
    case 'branch': f.imm = F.immB(word); break;
    case 'U': f.imm = F.immU(word) >>> 12; break;
    case 'jal': f.imm = F.immJ(word); break;
    case 'csr': case 'csri': f.csr = F.csrField(word); break;
    case 'fence': f.pred = F.fencePred(word); f.succ = F.fenceSucc(word); break;
    case 'R': case 'none': break;
  }
  return f;
}

/**
 * Encode `row` with `fields`. Values must already be in range (see OPERAND_RANGES); the fields a
 * format does not use are ignored.
 */
export function encodeFields(row: InstructionRow, f: Fields): number {
  let w = row.match;
  switch (row.format) {
    case 'R': w |= F.placeRd(f.rd) | F.placeRs1(f.rs1) | F.placeRs2(f.rs2); break;
    case 'I': case 'load': case 'jalr': w |= F.placeRd(f.rd) | F.placeRs1(f.rs1) | F.placeI(f.imm); break;
    case 'shift': w |= F.placeRd(f.rd) | F.placeRs1(f.rs1) | F.placeRs2(f.imm); break;
    case 'store': w |= F.placeRs1(f.rs1) | F.placeRs2(f.rs2) | F.placeS(f.imm); break;
    case 'branch': w |= F.placeRs1(f.rs1) | F.placeRs2(f.rs2) | F.placeB(f.imm); break;
    case 'U': w |= F.placeRd(f.rd) | F.placeU(f.imm); break;
    case 'jal': w |= F.placeRd(f.rd) | F.placeJ(f.imm); break;
    case 'csr': case 'csri': w |= F.placeRd(f.rd) | F.placeRs1(f.rs1) | ((f.csr & 0xfff) << 20); break;
    case 'fence': w |= ((f.pred & 15) << 24) | ((f.succ & 15) << 20); break;
    case 'none': break;
  }
  return w >>> 0;
}

/** The printed form objdump would choose for `word` of `row`, with its fields. */
export function printedForm(row: InstructionRow, word: number): { form: InstructionForm; fields: Fields } {
  const fields = decodeFields(row, word);
  const forms = PRINTED_FORMS_BY_ROW.get(row)!;
  for (const form of forms) {
    if (fixedFieldsMatch(form, fields)) return { form, fields };
  }
  throw new Error(`no printed form for ${row.name}`);
}

function fixedFieldsMatch(form: InstructionForm, fields: Fields): boolean {
  for (const key in form.fixed) {
    const k = key as keyof Fields;
    if (fields[k] !== form.fixed[k]) return false;
  }
  return true;
}

/** Inclusive value range and alignment of each immediate kind, in the units written in assembly. */
export const OPERAND_RANGES: Readonly<Partial<Record<OperandKind, { min: number; max: number; align: number }>>> = {
  imm: { min: -2048, max: 2047, align: 1 },
  mem: { min: -2048, max: 2047, align: 1 },
  shamt: { min: 0, max: 31, align: 1 },
  branch: { min: -4096, max: 4094, align: 2 },
  jump: { min: -1048576, max: 1048574, align: 2 },
  upper: { min: 0, max: 0xfffff, align: 1 },
  csr: { min: 0, max: 0xfff, align: 1 },
  zimm: { min: 0, max: 31, align: 1 },
};
