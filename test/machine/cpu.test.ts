/** Instruction semantics, riscv-tests style: each vector runs on the machine and checks a result. */
import { describe, expect, it } from 'vitest';
import { EXIT, runAsm, runProgram } from '../kernel/harness.js';
import { COST_PRESETS, MAX_COST } from '../../src/machine/costs.js';
import { DEFAULT_CONFIG, Machine } from '../../src/machine/machine.js';
import type { JitCpu } from '../../src/machine/jit/jit-cpu.js';
import { withThresholds } from '../../fuzz/targets/observe.js';

/** The value of a0 after `body`, through the exit status (low 8 bits) and a register read. */
function a0After(body: string): number {
  const [code, data] = body.split('\n.data\n');
  const run = runAsm(`${code}\n  ebreak\n${data === undefined ? '' : `.data\n${data}\n`}`);
  expect(run.result.report).toBe(`SIGTRAP: breakpoint (ebreak) (pc 0x${run.machine.cpu.pc.toString(16).padStart(8, '0')})`);
  return run.machine.cpu.x[10];
}

describe('RV32IM semantics', () => {
  it.each([
    ['li a1, 7; li a2, 0; div a0, a1, a2', -1],
    ['li a1, 7; li a2, 0; divu a0, a1, a2', -1],
    ['li a1, 7; li a2, 0; rem a0, a1, a2', 7],
    ['li a1, -7; li a2, 0; remu a0, a1, a2', -7],
    ['li a1, 0x80000000; li a2, -1; div a0, a1, a2', -0x80000000],
    ['li a1, 0x80000000; li a2, -1; rem a0, a1, a2', 0],
    ['li a1, -7; li a2, 2; div a0, a1, a2', -3],
    ['li a1, -7; li a2, 2; rem a0, a1, a2', -1],
    ['li a1, -1; li a2, -1; mulh a0, a1, a2', 0],
    ['li a1, -1; li a2, -1; mulhu a0, a1, a2', -2],
    ['li a1, -1; li a2, -1; mulhsu a0, a1, a2', -1],
    ['li a1, 0x80000000; li a2, 0x80000000; mulh a0, a1, a2', 0x40000000],
    ['li a1, 0x12345678; li a2, 0x9abcdef0; mulhu a0, a1, a2', 0x0b00ea4e],
    ['li a1, 0x12345678; li a2, 0x9abcdef0; mul a0, a1, a2', 0x242d2080],
    ['li a1, -8; srai a0, a1, 31', -1],
    ['li a1, -8; srli a0, a1, 31', 1],
    ['li a1, 1; li a2, 33; sll a0, a1, a2', 2],
    ['li a1, -1; sltiu a0, a1, -1', 0],
    ['li a1, 1; sltiu a0, a1, -1', 1],
    ['addi x0, x0, 5; mv a0, x0', 0],
    ['la a1, v; lb a0, 0(a1)\n.data\nv: .byte 0x80', -128],
    ['la a1, v; lhu a0, 0(a1)\n.data\nv: .half 0x8001', 0x8001],
    ['la a1, v; lh a0, 0(a1)\n.data\nv: .half 0x8001', -0x7fff],
    ['1: auipc a0, 0; la a1, 1b; sub a0, a0, a1', 0],
    ['jal a0, 1f; 1: la a1, 1b; sub a0, a0, a1', 0],
  ])('%s → a0 = %i', (body, expected) => {
    expect(a0After(body)).toBe(expected | 0);
  });

  it('passes programs/rv32im-test.s, which checks every instruction against a model', () => {
    const run = runProgram('rv32im-test.s');
    expect(run.stdout).toBe('rv32im-test: all checks passed\n');
    expect(run.result).toEqual({ status: 0, end: 'exit', report: null });
  });

  it('reads instret exactly and cycle from the cycle model', () => {
    const run = runAsm(`rdinstret a1\n  nop\n  nop\n  rdinstret a2\n  sub a0, a2, a1\n  ${EXIT}`);
    expect(run.result.status).toBe(3);
    // flat costs: one cycle per instruction and nothing else, so cycle counts instructions too
    const flat = runAsm(`rdcycle a1\n  nop\n  rdcycle a2\n  sub a0, a2, a1\n  ${EXIT}`, { costs: COST_PRESETS.flat });
    expect(flat.result.status).toBe(2);
  });

  it('charges a cost of MAX_COST exactly and refuses a machine with a bigger one', () => {
    // 100 rounds of two loads at the largest memory cost, a quantum that lets the jit run the loop
    // as a block (its cycles, 2,000,004 a round, summed in 32 bits): the same cycles on both engines.
    const body = `la t0, word\n  lw t1, 0(t0)\n  li t2, 100\n  rdcycle a1\n1: lw t1, 0(t0)\n  lw t1, 0(t0)\n  addi t2, t2, -1
  bnez t2, 1b\n  rdcycle a2\n  sub a0, a2, a1\n  ebreak\n.data\nword: .word 7`;
    for (const engine of ['interp', 'jit'] as const) {
      // (Translated at its second start: 400 instructions would not make it hot by default.)
      const run = withThresholds({ translateAfter: 1 },
        () => runAsm(body, { costs: { ...COST_PRESETS.flat, memory: MAX_COST }, engine }, ['t'], 10_000, { quantum: 2 ** 40 }));
      expect(run.machine.cpu.x[10]).toBe(1 + 100 * (2 * (1 + MAX_COST) + 2));
      if (engine === 'jit') expect((run.machine.cpu as JitCpu).translations).toBeGreaterThan(0);
    }
    expect(() => new Machine({ ...DEFAULT_CONFIG, costs: { ...COST_PRESETS.default, alu: 2 ** 32 - 1 } }))
      .toThrow(new RangeError('bad cost alu 4294967295: expected a whole number from 0 to 1000000'));
    expect(() => new Machine({ ...DEFAULT_CONFIG, costs: { ...COST_PRESETS.default, div: 1.5 } }))
      .toThrow(new RangeError('bad cost div 1.5: expected a whole number from 0 to 1000000'));
  });
});

describe('precise traps', () => {
  it('kills with SIGILL on an illegal instruction, reporting it', () => {
    const run = runAsm('.word 0xffffffff');
    expect(run.result).toEqual({ status: 132, end: 'signal', report: 'SIGILL: illegal instruction 0xffffffff (pc 0x00400000)' });
  });

  it('runs a FENCE or FENCE.I with reserved fields set as a plain fence, as the base ISA has it (and qemu-riscv32)', () => {
    // FENCE.I with rd, rs1 or its immediate set; FENCE with rd or rs1 set, or a reserved fm.
    const words = [0x0010100f, 0xfff0908f, 0x0000108f, 0xf000100f, 0x0000900f, 0x0ff0808f, 0x0ff0008f, 0x0ff0800f,
      0x4ff0000f, 0xfff0000f, 0x8ff0000f, 0x8000000f];
    // Run 300 times in a loop, so that the compiling engine translates the loop's block too.
    const source = `  li t0, 300\n1:\n${words.map((w) => `  .word 0x${w.toString(16)}\n`).join('')}  addi t0, t0, -1\n  bnez t0, 1b\n  li a0, 5\n  li a7, 93\n  ecall`;
    for (const engine of ['interp', 'jit'] as const) {
      const run = runAsm(source, { engine });
      expect([engine, run.result.status, run.machine.cpu.instret]).toEqual([engine, 5, 1 + 300 * 14 + 3]);
    }
    // The unknown word next to them still is illegal.
    expect(runAsm('.word 0x0000200f').result.report).toBe('SIGILL: illegal instruction 0x0000200f (pc 0x00400000)');
  });

  it('treats a write to a counter CSR as illegal', () => {
    expect(runAsm('csrw cycle, a0').result.report).toBe('SIGILL: illegal instruction 0xc0051073 (pc 0x00400000)');
  });

  it('kills with SIGBUS on a misaligned load, changing no register', () => {
    const run = runAsm('li a0, 5\n  la a1, v\n  lw a0, 1(a1)\n.data\nv: .word 0');
    expect(run.result.report).toBe('SIGBUS: misaligned load from 0x00401001 (pc 0x0040000c)');
    expect(run.machine.cpu.x[10]).toBe(5);
  });

  it('reports a jump to a misaligned target on the jump itself', () => {
    const run = runAsm('li a1, 0x400002\n  jalr ra, 0(a1)');
    expect(run.result.report).toBe('SIGBUS: misaligned instruction fetch at 0x00400002 (pc 0x00400008)');
    expect(run.machine.cpu.x[1]).toBe(0);
  });
});

describe('the last bytes of RAM (--mmu off --ram 8M)', () => {
  it.each(['interp', 'jit'] as const)('%s: a byte and a halfword store there, and loads back', (engine) => {
    const run = runAsm(`li t0, 0x7fffff\n  li t1, 0x5a\n  sb t1, 0(t0)\n  li t1, 0x1234\n  sh t1, -1(t0)\n  lbu a0, 0(t0)\n  lhu a1, -1(t0)\n  add a0, a0, a1${EXIT}`,
      { mmu: false, ramBytes: 8 * 1024 * 1024, engine });
    expect(run.result).toEqual({ status: (0x12 + 0x1234) & 0xff, end: 'exit', report: null });
    expect(run.machine.cpu.x[11]).toBe(0x1234);
  });
});
