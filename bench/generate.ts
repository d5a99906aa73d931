/**
 * A generated assembly program shaped like compiled code: functions with a prologue, a loop of
 * ALU/memory/branch instructions, calls to earlier functions and an epilogue, plus data tables.
 * Deterministic for a given line count (a fixed-seed generator), so runs are comparable.
 */

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const REGS = ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 't0', 't1', 't2', 's1', 's2', 's3'];
const ALU = ['add', 'sub', 'and', 'or', 'xor', 'sll', 'srl', 'sra', 'slt', 'sltu', 'mul', 'div', 'rem'];
const ALU_IMM = ['addi', 'andi', 'ori', 'xori', 'slti'];
const BRANCH = ['beq', 'bne', 'blt', 'bge', 'bltu', 'bgeu'];

/** About `lines` lines of assembly (a few more, to finish the last function). */
export function generateProgram(lines: number, seed = 1): string {
  const rand = lcg(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const out: string[] = ['        .text', '        .globl  _start', '_start:', '        call    f0', '        li      a7, 93', '        ecall'];
  let f = 0;
  while (out.length < lines) {
    out.push('', `f${f}:`, '        addi    sp, sp, -16', '        sw      ra, 12(sp)', '        sw      s0, 8(sp)',
      `        li      t0, ${Math.floor(rand() * 100000)}`, `.L${f}_loop:`);
    const body = 8 + Math.floor(rand() * 24);
    for (let i = 0; i < body; i++) {
      const r = rand();
      if (r < 0.45) out.push(`        ${pick(ALU)}     ${pick(REGS)}, ${pick(REGS)}, ${pick(REGS)}`);
      else if (r < 0.65) out.push(`        ${pick(ALU_IMM)}    ${pick(REGS)}, ${pick(REGS)}, ${Math.floor(rand() * 4096) - 2048}`);
      else if (r < 0.75) out.push(`        lw      ${pick(REGS)}, ${4 * Math.floor(rand() * 64)}(sp)`);
      else if (r < 0.85) out.push(`        sw      ${pick(REGS)}, ${4 * Math.floor(rand() * 64)}(sp)`);
      else if (r < 0.92) out.push(`        ${pick(BRANCH)}     ${pick(REGS)}, ${pick(REGS)}, .L${f}_loop`);
      else if (f > 0) out.push(`        call    f${Math.floor(rand() * f)}`);
      else out.push('        nop');
    }
    out.push('        addi    t0, t0, -1', `        bnez    t0, .L${f}_loop`, '        lw      s0, 8(sp)',
      '        lw      ra, 12(sp)', '        addi    sp, sp, 16', '        ret');
    f++;
  }
  out.push('', '        .data', 'table:');
  for (let i = 0; i < 64; i++) out.push(`        .word   ${Math.floor(rand() * 2 ** 31)}, f${Math.floor(rand() * f)}`);
  return out.join('\n') + '\n';
}

/**
 * A program of `blocks` basic blocks that each run once (a few ALU instructions and a jump to the
 * next), then exit 0: code like a program's start-up, which the compiling engine leaves to the
 * interpreter.
 */
export function runOnceProgram(blocks: number): string {
  const out: string[] = ['        .text', '        .globl  _start', '_start:', '        li      a0, 0', '        li      a1, 0'];
  for (let i = 0; i < blocks; i++) {
    out.push(`b${i}:`, `        addi    a0, a0, ${i % 2000}`, '        xor     a1, a1, a0', '        slli    a2, a1, 3', '        add     a1, a1, a2',
      `        j       b${i + 1}`);
  }
  out.push(`b${blocks}:`, '        li      a0, 0', '        li      a7, 93', '        ecall');
  return `${out.join('\n')}\n`;
}

/**
 * A program of `functions` functions, each a loop of 8 ALU instructions run `rounds` rounds a
 * call, all called in turn `calls` times, then exit 0: many blocks that each run a little (about
 * 1,600 instructions a loop with 20 rounds and 10 calls), where translating every block costs
 * more than interpreting it (JitCpu.translateAfter).
 */
export function manyLoopsProgram(functions: number, calls = 10, rounds = 20): string {
  const out: string[] = ['        .text', '        .globl  _start', '_start:', `        li      s2, ${calls}`, 'again:'];
  for (let i = 0; i < functions; i++) out.push(`        call    f${i}`);
  out.push('        addi    s2, s2, -1', '        bnez    s2, again', '        li      a0, 0', '        li      a7, 93', '        ecall');
  for (let i = 0; i < functions; i++) {
    out.push(`f${i}:`, `        li      t0, ${rounds}`, `.L${i}:`, `        addi    a1, a1, ${i % 2000}`, '        xor     a2, a2, a1',
      '        slli    a3, a2, 3', '        add     a4, a4, a3', `        andi    a5, a4, ${i % 1000}`, '        or      a2, a2, a5',
      '        addi    t0, t0, -1', `        bnez    t0, .L${i}`, '        ret');
  }
  return `${out.join('\n')}\n`;
}
