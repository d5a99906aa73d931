/**
 * `vmlab demo`: the tour npm start gives. It does what the commands it prints say: assembles
 * programs/hello.s into hello.elf in the current directory (with a listing), disassembles that
 * file, and runs it with the statistics report, so a user can type the same commands next.
 */
import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { assembleFiles } from './asm-command.js';
import { readInput, writeOutput } from './files.js';
import { writeOut } from './stdout.js';

const HELLO = fileURLToPath(new URL('../../../programs/hello.s', import.meta.url));
/** The executable the demo leaves in the current directory. */
const DEMO_OUTPUT = 'hello.elf';

export function demoCommand(program: Command): void {
  program
    .command('demo')
    .description(`assemble programs/hello.s into ./${DEMO_OUTPUT} (with a listing), disassemble it, and run it with --stats`)
    .action(async () => {
      // Loaded here, not at start-up: the machine and the kernel are for the commands that run.
      const [{ objdump }, { runProgram }] = await Promise.all([import('./objdump.js'), import('./run-program.js')]);
      const source = relative(process.cwd(), HELLO) || HELLO;
      const result = await assembleFiles([source], true);
      writeOut(`$ npx vmlab asm ${source} --listing -o ${DEMO_OUTPUT}\n`);
      writeOutput(DEMO_OUTPUT, result.elf, [source], 0o755);
      writeOut(`${result.listing}\n`);
      writeOut(`$ npx vmlab disasm ${DEMO_OUTPUT}\n${objdump(DEMO_OUTPUT, readInput(DEMO_OUTPUT))}\n`);
      writeOut(`$ npx vmlab run ${DEMO_OUTPUT} --stats\n`);
      process.exitCode = await runProgram(DEMO_OUTPUT, [], { stats: true });
    });
}
