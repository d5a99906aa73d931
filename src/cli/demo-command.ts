/**
 * `vmlab demo`: the tour npm start gives: assemble programs/hello.s (listing), disassemble the
 * executable, then run it with the statistics report.
 */
import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { assembleFiles } from './asm-command.js';
import { objdump } from './objdump.js';
import { Machine, DEFAULT_CONFIG } from '../machine/machine.js';
import { Kernel } from '../kernel/kernel.js';
import { collectStats, formatStats } from '../stats/report.js';

const HELLO = fileURLToPath(new URL('../../../programs/hello.s', import.meta.url));

export function demoCommand(program: Command): void {
  program
    .command('demo')
    .description('assemble programs/hello.s (listing), disassemble it, and run it with --stats')
    .action(async () => {
      const path = relative(process.cwd(), HELLO) || HELLO;
      const result = await assembleFiles([path], true);
      process.stdout.write(`$ vmlab asm ${path} --listing -o hello.elf\n${result.listing}\n`);
      process.stdout.write(`$ vmlab disasm hello.elf${objdump('hello.elf', result.elf)}\n`);
      process.stdout.write(`$ vmlab run hello.elf --stats\n`);
      const machine = new Machine(DEFAULT_CONFIG);
      const kernel = new Kernel(machine, { stdout: (b) => process.stdout.write(b), stderr: (b) => process.stdout.write(b) });
      kernel.exec(result.elf, ['hello.elf'], []);
      const run = kernel.run();
      process.stdout.write(formatStats(collectStats('hello.elf', machine, kernel, run, 0)).replace(/\n  host .*\n$/, '\n'));
    });
}
