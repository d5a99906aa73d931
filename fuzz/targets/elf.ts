/** `vmlab run` of mutated executables: the ELF reader, the loader, and the first instructions. */
import { Rng } from '../rng.js';
import type { Target } from '../target.js';
import { mutatedElf } from './elf-mutate.js';
import { runGuest } from './guest.js';

export const elfTarget: Target = {
  name: 'elf',
  generate(seed) {
    return { input: mutatedElf(new Rng(seed)), ext: 'elf', command: ['run', '--ram', '256k', '--max-instructions', '20000', '--check', 'FILE'] };
  },
  run(c) {
    return runGuest(c.input, { ramBytes: 256 * 1024 }, {}, 20_000);
  },
};
