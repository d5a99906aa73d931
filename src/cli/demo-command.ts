/** `vmlab demo`: assemble programs/hello.s with a listing, then disassemble the result. */
import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { assembleFiles } from './asm-command.js';
import { objdump } from './objdump.js';

const HELLO = fileURLToPath(new URL('../../../programs/hello.s', import.meta.url));

export function demoCommand(program: Command): void {
  program
    .command('demo')
    .description('assemble programs/hello.s (listing) and disassemble the executable it makes')
    .action(() => {
      const path = relative(process.cwd(), HELLO) || HELLO;
      const result = assembleFiles([path], true);
      process.stdout.write(`$ vmlab asm ${path} --listing -o hello.elf\n${result.listing}\n`);
      process.stdout.write(`$ vmlab disasm hello.elf${objdump('hello.elf', result.elf)}`);
    });
}
