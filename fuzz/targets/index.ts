/** Every fuzz target, by name. */
import type { Target } from '../target.js';
import { elfTarget } from './elf.js';
import { disasmTarget } from './disasm.js';
import { asmTarget } from './asm.js';
import { kernelTarget } from './kernel.js';
import { enginesTarget } from './engines.js';

export const TARGETS: readonly Target[] = [elfTarget, disasmTarget, asmTarget, kernelTarget, enginesTarget];

/** The target called `name`, or undefined. */
export function targetNamed(name: string): Target | undefined {
  return TARGETS.find((t) => t.name === name);
}
