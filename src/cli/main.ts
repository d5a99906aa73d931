/**
 * The `vmlab` command line. Every error a user can cause ends as one line on stderr (or, for
 * assembly errors, GNU-style located messages) and a non-zero exit code; never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { asmCommand } from './asm-command.js';
import { disasmCommand } from './disasm-command.js';
import { demoCommand } from './demo-command.js';
import { runCommand } from './run-command.js';
import { replayCommand } from './replay-command.js';
import { sweepCommand } from './sweep-command.js';
import { translateCommand } from './translate-command.js';
import { UsageError } from './usage-error.js';
import { stdoutIsTTY, writeErr, writeOut } from './stdout.js';
import { readFileSync } from 'node:fs';
import { collect } from './collect.js';

/** vmlab's version: package.json's. */
const VERSION: string = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).version;

/** Run vmlab with `argv` (without node and script); returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('vmlab')
    .description('vmlab: a RISC-V (RV32IM) machine for studying virtual memory; assembler, disassembler and emulator')
    .version(VERSION, '-V, --version', 'print vmlab\'s version')
    .helpOption('-h, --help', 'print this help')
    .exitOverride()
    .showHelpAfterError(false);
  const commanders = program.configureOutput();
  program.configureOutput({
    writeOut,
    writeErr: (s) => writeErr(s.replace(/\n\(add --help.*\)\n?$/s, '\n')),
    // A bad option or argument is one `vmlab:` line, as every other error (commander says `error:`).
    outputError: (s, write) => write(s.replace(/^error: /, 'vmlab: ')),
    // commander's defaults ask process.stdout, which loads Node's streams (stdout.ts); 80 is the
    // width commander takes when not told one. vmlab's help has no colours, so whether the
    // output could show them changes nothing.
    getOutHelpWidth: () => (stdoutIsTTY() ? commanders.getOutHelpWidth!() : 80),
    getOutHasColors: () => stdoutIsTTY() && commanders.getOutHasColors!(),
  });
  asmCommand(program);
  disasmCommand(program);
  runCommand(program);
  replayCommand(program);
  demoCommand(program);
  sweepCommand(program);
  translateCommand(program);
  for (const sub of program.commands) sub.exitOverride();
  refuseRepeatedOptions(program);
  try {
    process.exitCode = 0;
    await program.parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      writeErr(e.located ? `${e.message}\n` : `vmlab: ${e.message}\n`);
      return e.exitCode;
    }
    const message = e instanceof Error ? e.message : String(e);
    writeErr(`vmlab: internal error: ${message}\n`);
    if (process.env.VMLAB_DEBUG && e instanceof Error) writeErr(`${e.stack}\n`);
    return 70;
  }
}

/**
 * An option that takes one value, given twice on one command line (`--ram 16M --ram 32M`, or
 * `-o a -o b`), is refused with one line rather than the last one silently winning; options
 * that collect their values (their parser is collect.ts's: --cost, sweep's --vary, --set...) and
 * flags without a value may repeat.
 */
function refuseRepeatedOptions(command: Command): void {
  for (const option of command.options) {
    if (!(option.required || option.optional) || option.variadic || option.parseArg === collect) continue;
    let seen = false;
    command.on(`option:${option.name()}`, () => {
      if (seen) throw new UsageError(`${option.flags.replace(/ [<[].*$/, '')} is given twice`);
      seen = true;
    });
  }
  for (const sub of command.commands) refuseRepeatedOptions(sub);
}
