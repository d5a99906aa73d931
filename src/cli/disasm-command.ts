/** `vmlab disasm FILE`: objdump-like disassembly of an executable's code (objdump.ts, loaded when the command runs). */
import type { Command } from 'commander';
import { readInput } from './files.js';
import { UsageError } from './usage-error.js';
import { writeOut } from './stdout.js';

/** Register `disasm` on `program`. */
export function disasmCommand(program: Command): void {
  program
    .command('disasm')
    .description('disassemble the code sections of a RISC-V ELF32 file, as objdump -d prints them')
    .argument('<file>', 'ELF file')
    .action(async (file: string) => {
      const bytes = readInput(file);
      const [{ objdumpChunks }, { ElfError }] = await Promise.all([import('./objdump.js'), import('../elf/reader.js')]);
      try {
        for (const chunk of objdumpChunks(file, bytes)) writeOut(chunk);
      } catch (e) {
        if (e instanceof ElfError) throw new UsageError(`${file}: ${e.message}`);
        throw e;
      }
    });
}
