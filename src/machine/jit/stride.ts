/**
 * How a loop's accesses move through memory from one round to the next, read from its code: for
 * a looping block (translate.ts), whether some load or store steps by a register's value (a
 * pointer advanced by a variable stride, `add a4, a4, a3`) or by WIDE_STEP bytes or more a round.
 * Such a loop reaches another page every few rounds, and so hits another DTLB slot: it is
 * translated to list those touches from the start (TranslateOptions.listStrided) instead of
 * first leaving its block at each one until it is translated again. An address that depends on
 * loaded data (a table lookup), or that the analysis cannot follow, is not taken for a stride:
 * such a loop shows at run time whether it changes pages often (JitCpu.listTouchesAfter).
 */
import { decode } from '../../isa/decode.js';
import { immI, rd as rdOf, rs1, rs2 } from '../../isa/fields.js';
import type { Format, InstructionRow } from '../../isa/table.js';

/** A step of at least this many bytes a round reaches another 4 KiB page every 16 rounds or sooner. */
export const WIDE_STEP = 256;

/**
 * How a register's value at a point of the loop differs from its value at the same point a round
 * earlier: by a known number of bytes, by the value of a register the loop does not write (a
 * variable stride), or in a way this does not follow.
 */
type Step = number | 'variable' | 'unknown';

/**
 * Whether the loop of the words at `path` (a block's, in the order it runs them, whose last
 * branches or jumps back to the first) has an access with a wide or variable step.
 */
export function stridesAcrossPages(words: Int32Array, path: readonly number[]): boolean {
  const body: Instruction[] = [];
  for (const wi of path) {
    const row = decode(words[wi]);
    if (row === undefined) return false;
    body.push({ w: words[wi], row, rd: writesRd(row.format) ? rdOf(words[wi]) : 0 });
  }
  const written = new Set(body.map((i) => i.rd).filter((r) => r !== 0));
  const loopCarried = inductionSteps(body, written);
  // The step of each register at the current point of a round: an induction register's is its
  // step a round wherever it is read; one the loop computes afresh follows from what it is
  // computed from, and is unknown until then (a value from the round before).
  const current = new Map<number, Step>();
  const stepOf = (r: number): Step => loopCarried.get(r) ?? current.get(r) ?? (written.has(r) ? 'unknown' : 0);
  for (const { w, row, rd } of body) {
    if (row.format === 'load' || row.format === 'store') {
      const s = stepOf(rs1(w));
      if (s === 'variable' || (typeof s === 'number' && Math.abs(s) >= WIDE_STEP)) return true;
    }
    if (rd !== 0 && !loopCarried.has(rd)) current.set(rd, computed(w, row.name, stepOf));
  }
  return false;
}

/** A word of the loop, its row, and the register it writes (0 for none). */
interface Instruction {
  w: number;
  row: InstructionRow;
  rd: number;
}

/**
 * The induction registers of a loop body and their steps a round: a register that every write
 * in the body adds to (`addi r, r, c`: its step is the sum; `add r, r, x` or `sub` with x not
 * written in the body: a variable step).
 */
function inductionSteps(body: Instruction[], written: Set<number>): Map<number, Step> {
  const steps = new Map<number, Step>();
  for (const r of written) {
    let step: Step = 0;
    for (const { w, row, rd } of body) {
      if (rd !== r) continue;
      const a = rs1(w), b = rs2(w);
      if (row.name === 'addi' && a === r && typeof step === 'number') step += immI(w);
      else if ((row.name === 'add' && (a === r || b === r) && !written.has(a === r ? b : a)) || (row.name === 'sub' && a === r && !written.has(b))) step = 'variable';
      else {
        step = 'unknown';
        break;
      }
    }
    if (step !== 'unknown') steps.set(r, step);
  }
  return steps;
}

/** The step of what instruction `w` (named `name`) writes, given the steps of the registers it reads. */
function computed(w: number, name: string, stepOf: (r: number) => Step): Step {
  const a = rs1(w), b = rs2(w);
  if (name === 'lui' || name === 'auipc') return 0; // auipc: the block's pc, the same every round
  if (name === 'addi') return stepOf(a);
  if (name === 'add' || name === 'sub') return combine(stepOf(a), stepOf(b), name === 'add' ? 1 : -1);
  if (name === 'slli') {
    const s = stepOf(a);
    return typeof s === 'number' ? s * 2 ** b : s;
  }
  return 'unknown';
}

function combine(x: Step, y: Step, sign: number): Step {
  if (typeof x === 'number' && typeof y === 'number') return x + sign * y;
  if (x === 'unknown' || y === 'unknown') return 'unknown';
  return 'variable';
}

/** Whether instructions of `format` write rd (those without operands do not: fence.i, fence.tso). */
function writesRd(format: Format): boolean {
  return format !== 'store' && format !== 'branch' && format !== 'fence' && format !== 'none';
}
