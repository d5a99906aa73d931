/** `vmlab disasm` of mutated executables. */
import { ElfError } from '../../src/elf/reader.js';
import { objdump } from '../../src/cli/objdump.js';
import { Rng } from '../rng.js';
import { classifyThrow, type Target } from '../target.js';
import { mutatedElf } from './elf-mutate.js';

export const disasmTarget: Target = {
  name: 'disasm',
  generate(seed) {
    return { input: mutatedElf(new Rng(seed)), ext: 'elf', command: ['disasm', 'FILE'] };
  },
  run(c) {
    try {
      const text = objdump('case.elf', c.input);
      return { kind: 'ran', detail: `${text.length} characters` };
    } catch (e) {
      return classifyThrow(e, (x) => x instanceof ElfError);
    }
  },
};
