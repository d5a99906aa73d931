/** `vmlab disasm FILE`: objdump-like disassembly of an executable's code. */
import type { Command } from 'commander';
import { ElfError } from '../elf/reader.js';
import { objdumpChunks } from './objdump.js';
import { readInput } from './files.js';
import { UsageError } from './usage-error.js';

export function disasmCommand(program: Command): void {
  program
    .command('disasm')
    .description('disassemble the code sections of a RISC-V ELF32 file, as objdump -d prints them')
    .argument('<file>', 'ELF file')
    .action((file: string) => {
      const bytes = readInput(file);
      try {
        for (const chunk of objdumpChunks(file, bytes)) process.stdout.write(chunk);
      } catch (e) {
        if (e instanceof ElfError) throw new UsageError(`${file}: ${e.message}`);
        throw e;
      }
    });
}
