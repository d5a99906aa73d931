/**
 * src/cli/run-config.ts: every value a flag or a --config file gives is taken exactly or refused
 * in one line. Values JSON allows but Number() would turn into something else (null, "", true,
 * [7], " 7 ", "0b11") are refused, names are looked up as own keys only, and the machine's
 * 32-bit and exact-cycle limits are enforced here.
 */
import { describe, expect, it } from 'vitest';
import { kernelLimits, machineConfig, parseSwapSize, type Knobs } from '../../src/cli/run-config.js';
import { UsageError } from '../../src/cli/usage-error.js';

/** The UsageError message machineConfig gives for `knobs` (a JSON config's values). */
function refusal(knobs: unknown, f: (k: Knobs) => unknown = machineConfig): string {
  try {
    f(knobs as Knobs);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('accepted');
}

describe('run-config', () => {
  it('takes a whole number only as a JSON number or a string of digits', () => {
    expect(machineConfig({ maxInstructions: 12 }).maxInstructions).toBe(12);
    expect(machineConfig({ maxInstructions: '12' }).maxInstructions).toBe(12);
    expect(refusal({ maxInstructions: null })).toBe("bad --max-instructions 'null': expected a whole number from 0 to 9007199254740991");
    expect(refusal({ maxInstructions: '' })).toBe("bad --max-instructions '': expected a whole number from 0 to 9007199254740991");
    expect(refusal({ maxInstructions: false })).toBe("bad --max-instructions 'false': expected a whole number from 0 to 9007199254740991");
    // Found by an adversarial test: 1e400 in a --config file was shown as 'null'.
    expect(refusal(JSON.parse('{"maxInstructions": 1e400}'))).toBe("bad --max-instructions 'Infinity': expected a whole number from 0 to 9007199254740991");
    expect(refusal({ maxInstructions: 1.5 })).toBe("bad --max-instructions '1.5': expected a whole number from 0 to 9007199254740991");
    expect(refusal({ maxInstructions: [3] })).toBe("bad --max-instructions '[3]': expected a whole number from 0 to 9007199254740991");
    expect(refusal({ maxInstructions: ' 7 ' })).toBe("bad --max-instructions ' 7 ': expected a whole number from 0 to 9007199254740991");
    expect(refusal({ maxInstructions: '0b11' })).toBe("bad --max-instructions '0b11': expected a whole number from 0 to 9007199254740991");
    expect(refusal({ cost: { alu: true } })).toBe("bad cost alu 'true': expected a whole number from 0 to 1000000");
    expect(refusal({ cost: { memory: null } })).toBe("bad cost memory 'null': expected a whole number from 0 to 1000000");
  });

  it('takes cost overrides as NAME=CYCLES strings or an object, and presets by their own names only', () => {
    expect(machineConfig({ cost: 'memory=5' as never }).config.costs.memory).toBe(5);
    expect(machineConfig({ cost: ['memory=5', 'alu=2'] }).config.costs.alu).toBe(2);
    expect(machineConfig({ cost: { div: 40 } }).config.costs.div).toBe(40);
    expect(refusal({ cost: null })).toBe('bad cost \'null\': expected NAME=CYCLES strings or an object like {"memory": 100}');
    expect(refusal({ cost: [7] })).toBe('bad cost \'[7]\': expected NAME=CYCLES strings or an object like {"memory": 100}');
    for (const name of ['constructor', 'toString', '__proto__', 'valueOf']) {
      expect(refusal({ costs: name })).toBe(`unknown cost preset '${name}' (known: default, textbook, flat)`);
    }
  });

  it('takes asid as a boolean only', () => {
    expect(machineConfig({ asid: false }).config.asid).toBe(false);
    expect(machineConfig({ asid: true }).config.asid).toBe(true);
    expect(refusal({ asid: 'false' })).toBe('bad asid \'"false"\': expected true or false');
  });

  it('takes seeds from 1 to 2^32 - 1, which the 32-bit generators tell apart', () => {
    expect(machineConfig({ seed: '4294967295' }).config.seed).toBe(4294967295);
    expect(refusal({ seed: '4294967296' })).toBe("bad --seed '4294967296': expected a whole number from 1 to 4294967295");
    expect(refusal({ seed: 0 })).toBe("bad --seed '0': expected a whole number from 1 to 4294967295");
  });

  it('takes a clock from 1 Hz to 10^12 Hz and a timer rate that divides it', () => {
    expect(machineConfig({ clockHz: 2_000_000_000, timerHz: 1000 }).config.clockHz).toBe(2_000_000_000);
    expect(refusal({ clockHz: 0 })).toBe("bad clockHz '0': expected a whole number from 1 to 1000000000000");
    expect(refusal({ clockHz: 1e13 })).toBe("bad clockHz '10000000000000': expected a whole number from 1 to 1000000000000");
    expect(refusal({ timerHz: 0 })).toBe("bad timerHz '0': expected a whole number from 1 to 1000000000");
    expect(refusal({ clockHz: 3, timerHz: 2 })).toBe('bad timerHz 2: must divide clockHz 3 (the timer ticks every clockHz / timerHz cycles)');
    expect(refusal({ clockHz: 3_000_000 })).toBe('bad timerHz 10000000: must divide clockHz 3000000 (the timer ticks every clockHz / timerHz cycles)');
  });

  it('takes whole pages of swap, and checks the kernel limits a sweep point gives', () => {
    expect(parseSwapSize('8k')).toBe(8192);
    expect(refusal('4097', parseSwapSize as never)).toBe("bad --swap '4097': must be a multiple of 4 KiB, at most 2 GiB");
    expect(refusal('1', parseSwapSize as never)).toBe("bad --swap '1': must be a multiple of 4 KiB, at most 2 GiB");
    expect(kernelLimits({ quantum: '50000', maxProcs: '3' })).toEqual({ stackLimit: undefined, swapBytes: undefined, quantum: 50000, maxProcs: 3 });
    expect(refusal({ quantum: '0' }, kernelLimits as never)).toBe("bad --quantum '0': expected a whole number from 1 to 9007199254740991");
    expect(refusal({ maxProcs: '512' }, kernelLimits as never)).toBe("bad --max-procs '512': expected a whole number from 1 to 511");
    expect(refusal({ stackLimit: '5000' }, kernelLimits as never)).toBe("bad --stack-limit '5000': must be a multiple of 4 KiB from 4 KiB to 256 MiB");
  });
});
