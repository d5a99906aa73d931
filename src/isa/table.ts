/**
 * THE instruction table: one row per RV32IM instruction (plus Zicsr and Zifencei), the single
 * source for the assembler's encoder, the disassembler and the CPU decoder.
 *
 * A 32-bit word is an instance of a row when (word & mask) === match. `format` says where the
 * operands live in the word and how they are written; `cls` is the cycle-model class.
 */

/**
 * Operand layout and assembly syntax of a row.
 *  R      rd, rs1, rs2            I      rd, rs1, imm12         shift  rd, rs1, shamt
 *  load   rd, imm12(rs1)          store  rs2, imm12(rs1)        branch rs1, rs2, target (B-imm)
 *  U      rd, imm20               jal    rd, target (J-imm)     jalr   rd, imm12(rs1)
 *  csr    rd, csr, rs1            csri   rd, csr, uimm5         fence  pred, succ
 *  none   no operands
 */
export type Format =
  | 'R' | 'I' | 'shift' | 'load' | 'store' | 'branch' | 'U' | 'jal' | 'jalr'
  | 'csr' | 'csri' | 'fence' | 'none';

/** Cycle-model class of an instruction. */
export type InstructionClass =
  | 'alu' | 'branch' | 'jump' | 'load' | 'store' | 'mul' | 'div' | 'system' | 'csr' | 'fence';

export interface InstructionRow {
  readonly name: string;
  readonly match: number;
  readonly mask: number;
  readonly format: Format;
  readonly cls: InstructionClass;
  /** Extension the row belongs to. */
  readonly ext: 'I' | 'M' | 'Zicsr' | 'Zifencei';
}

const MASK_OPCODE = 0x7f;
const MASK_F3 = 0x707f;
const MASK_F7 = 0xfe00707f;
const MASK_ALL = 0xffffffff;

const OP_LUI = 0x37, OP_AUIPC = 0x17, OP_JAL = 0x6f, OP_JALR = 0x67, OP_BRANCH = 0x63;
const OP_LOAD = 0x03, OP_STORE = 0x23, OP_IMM = 0x13, OP_OP = 0x33, OP_MISC_MEM = 0x0f;
const OP_SYSTEM = 0x73;

function row(
  name: string, match: number, mask: number, format: Format, cls: InstructionClass,
  ext: InstructionRow['ext'] = 'I',
): InstructionRow {
  return { name, match: match >>> 0, mask: mask >>> 0, format, cls, ext };
}
const f3 = (op: number, funct3: number) => op | (funct3 << 12);
const f7 = (op: number, funct3: number, funct7: number) => op | (funct3 << 12) | (funct7 << 25);

export const INSTRUCTIONS: readonly InstructionRow[] = [
  row('lui', OP_LUI, MASK_OPCODE, 'U', 'alu'),
  row('auipc', OP_AUIPC, MASK_OPCODE, 'U', 'alu'),
  row('jal', OP_JAL, MASK_OPCODE, 'jal', 'jump'),
  row('jalr', f3(OP_JALR, 0), MASK_F3, 'jalr', 'jump'),
  row('beq', f3(OP_BRANCH, 0), MASK_F3, 'branch', 'branch'),
  row('bne', f3(OP_BRANCH, 1), MASK_F3, 'branch', 'branch'),
  row('blt', f3(OP_BRANCH, 4), MASK_F3, 'branch', 'branch'),
  row('bge', f3(OP_BRANCH, 5), MASK_F3, 'branch', 'branch'),
  row('bltu', f3(OP_BRANCH, 6), MASK_F3, 'branch', 'branch'),
  row('bgeu', f3(OP_BRANCH, 7), MASK_F3, 'branch', 'branch'),
  row('lb', f3(OP_LOAD, 0), MASK_F3, 'load', 'load'),
  row('lh', f3(OP_LOAD, 1), MASK_F3, 'load', 'load'),
  row('lw', f3(OP_LOAD, 2), MASK_F3, 'load', 'load'),
  row('lbu', f3(OP_LOAD, 4), MASK_F3, 'load', 'load'),
  row('lhu', f3(OP_LOAD, 5), MASK_F3, 'load', 'load'),
  row('sb', f3(OP_STORE, 0), MASK_F3, 'store', 'store'),
  row('sh', f3(OP_STORE, 1), MASK_F3, 'store', 'store'),
  row('sw', f3(OP_STORE, 2), MASK_F3, 'store', 'store'),
  row('addi', f3(OP_IMM, 0), MASK_F3, 'I', 'alu'),
  row('slti', f3(OP_IMM, 2), MASK_F3, 'I', 'alu'),
  row('sltiu', f3(OP_IMM, 3), MASK_F3, 'I', 'alu'),
  row('xori', f3(OP_IMM, 4), MASK_F3, 'I', 'alu'),
  row('ori', f3(OP_IMM, 6), MASK_F3, 'I', 'alu'),
  row('andi', f3(OP_IMM, 7), MASK_F3, 'I', 'alu'),
  row('slli', f7(OP_IMM, 1, 0x00), MASK_F7, 'shift', 'alu'),
  row('srli', f7(OP_IMM, 5, 0x00), MASK_F7, 'shift', 'alu'),
  row('srai', f7(OP_IMM, 5, 0x20), MASK_F7, 'shift', 'alu'),
  row('add', f7(OP_OP, 0, 0x00), MASK_F7, 'R', 'alu'),
  row('sub', f7(OP_OP, 0, 0x20), MASK_F7, 'R', 'alu'),
  row('sll', f7(OP_OP, 1, 0x00), MASK_F7, 'R', 'alu'),
  row('slt', f7(OP_OP, 2, 0x00), MASK_F7, 'R', 'alu'),
  row('sltu', f7(OP_OP, 3, 0x00), MASK_F7, 'R', 'alu'),
  row('xor', f7(OP_OP, 4, 0x00), MASK_F7, 'R', 'alu'),
  row('srl', f7(OP_OP, 5, 0x00), MASK_F7, 'R', 'alu'),
  row('sra', f7(OP_OP, 5, 0x20), MASK_F7, 'R', 'alu'),
  row('or', f7(OP_OP, 6, 0x00), MASK_F7, 'R', 'alu'),
  row('and', f7(OP_OP, 7, 0x00), MASK_F7, 'R', 'alu'),
  // FENCE with fm=0 and rd=rs1=0 (what GNU as emits); FENCE.TSO is fm=1000, pred=succ=RW.
  row('fence', f3(OP_MISC_MEM, 0), 0xf00fffff, 'fence', 'fence'),
  row('fence.tso', 0x8330000f, MASK_ALL, 'none', 'fence'),
  row('fence.i', f3(OP_MISC_MEM, 1), MASK_ALL, 'none', 'fence', 'Zifencei'),
  row('ecall', OP_SYSTEM, MASK_ALL, 'none', 'system'),
  row('ebreak', OP_SYSTEM | (1 << 20), MASK_ALL, 'none', 'system'),
  row('csrrw', f3(OP_SYSTEM, 1), MASK_F3, 'csr', 'csr', 'Zicsr'),
  row('csrrs', f3(OP_SYSTEM, 2), MASK_F3, 'csr', 'csr', 'Zicsr'),
  row('csrrc', f3(OP_SYSTEM, 3), MASK_F3, 'csr', 'csr', 'Zicsr'),
  row('csrrwi', f3(OP_SYSTEM, 5), MASK_F3, 'csri', 'csr', 'Zicsr'),
  row('csrrsi', f3(OP_SYSTEM, 6), MASK_F3, 'csri', 'csr', 'Zicsr'),
  row('csrrci', f3(OP_SYSTEM, 7), MASK_F3, 'csri', 'csr', 'Zicsr'),
  row('mul', f7(OP_OP, 0, 0x01), MASK_F7, 'R', 'mul', 'M'),
  row('mulh', f7(OP_OP, 1, 0x01), MASK_F7, 'R', 'mul', 'M'),
  row('mulhsu', f7(OP_OP, 2, 0x01), MASK_F7, 'R', 'mul', 'M'),
  row('mulhu', f7(OP_OP, 3, 0x01), MASK_F7, 'R', 'mul', 'M'),
  row('div', f7(OP_OP, 4, 0x01), MASK_F7, 'R', 'div', 'M'),
  row('divu', f7(OP_OP, 5, 0x01), MASK_F7, 'R', 'div', 'M'),
  row('rem', f7(OP_OP, 6, 0x01), MASK_F7, 'R', 'div', 'M'),
  row('remu', f7(OP_OP, 7, 0x01), MASK_F7, 'R', 'div', 'M'),
];

const BY_NAME = new Map(INSTRUCTIONS.map((r) => [r.name, r]));

/** The row of the instruction named `name`, or undefined. */
export function instructionByName(name: string): InstructionRow | undefined {
  return BY_NAME.get(name);
}
