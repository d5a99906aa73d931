/**
 * `vmlab translate`: the command's options. What it does is in translate.ts, loaded when the
 * command runs.
 */
import { Option, type Command } from 'commander';
import { NAMED_MACHINES } from '../machine/named.js';
import type { TranslateFlags } from './translate.js';
import { collect } from './collect.js';

/** Add `vmlab translate` to `program`. */
export function translateCommand(program: Command): void {
  program
    .command('translate')
    .description('translate virtual addresses: on a textbook machine (--machine) or in a process of a run (--run) (docs/textbook.md)')
    .argument('[addresses...]', 'virtual addresses, in hex (0x03d4) or decimal')
    .option('--machine <name>', `a textbook machine in the state of its figure: ${[...NAMED_MACHINES.keys()].join(', ')}`)
    .option('--tables', 'with --machine: print the figure\'s TLB, page table and cache first')
    .option('--run <program>', 'run this program (executable or .s) on the default Sv32 machine and walk its page tables')
    .option('--at <moment>', 'with --run: exit (pid 1 ending, or the end of the run) or fault:N (just after the N-th page fault) (default exit)')
    .option('--pid <n>', 'with --run: the process whose page tables to walk (default 1)')
    .option('--max-instructions <n>', 'with --run: stop the run after this many instructions (its end is then the moment of --at exit)')
    .addOption(new Option('--arg <value>', 'with --run: an argument for the program, argv[1] first (repeatable)')
      .argParser(collect).default([] as string[], 'none'))
    .action(async (addresses: string[], flags: TranslateFlags) => {
      const { translate } = await import('./translate.js');
      process.exitCode = await translate(addresses, flags);
    });
}

