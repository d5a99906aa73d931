/**
 * `vmlab asm FILE.s... [-o OUT] [--listing]`: assemble and link into an ELF32 executable. The
 * assembler (ohm-js and its grammar, the costliest part of start-up) is loaded only when a
 * command assembles something, so `vmlab run prog.elf` and `vmlab --help` never pay for it.
 */
import type { Command } from 'commander';
import type { AssemblyOutput } from '../../asm/assembler.js';
import { MAX_INPUT_BYTES, isStandardOutput, readInput, readInputOrWhy, writeOutput } from './files.js';
import { UsageError } from './usage-error.js';
import { writeErr, writeOut } from './stdout.js';

/**
 * Assemble the files at `paths`; warnings go to stderr and `.print` texts to stdout (as GNU as
 * does), assembly errors become a UsageError with every message.
 */
export async function assembleFiles(paths: readonly string[], listing = false): Promise<AssemblyOutput & { included: string[] }> {
  const inputs = paths.map((path) => {
    const bytes = readInput(path);
    if (bytes.includes(0)) throw new UsageError(`'${path}' is not an assembly source file (it contains NUL bytes)`);
    return { path, text: bytes.toString('utf8') };
  });
  const [{ assemble }, { AssemblyErrors }] = await Promise.all([import('../../asm/assembler.js'), import('../../asm/errors.js')]);
  // An .include is read as the files named on the command line are: a regular file of at most
  // 256 MiB without NUL bytes (`.include "/dev/zero"` would never end).
  // An .incbin is read the same way, NUL bytes and all.
  // The files read this way are inputs too: no output may overwrite them.
  const included: string[] = [];
  const readBinary = (path: string): Uint8Array => {
    included.push(path);
    const bytes = readInputOrWhy(path);
    if (typeof bytes === 'string') throw new Error(bytes);
    return bytes;
  };
  const readFile = (path: string): string => {
    const bytes = readBinary(path);
    if (bytes.includes(0)) throw new Error('it contains NUL bytes');
    return Buffer.from(bytes).toString('utf8');
  };
  try {
    const result = assemble(inputs, { listing, readFile, readBinary });
    // Warnings with a place are GNU's `file:line:col: warning: ...`; the linker's a `vmlab:` line.
    for (const warning of result.warnings) writeErr(`${warning.replace(/^warning: /, 'vmlab: warning: ')}\n`);
    for (const text of result.printed) writeOut(`${text}\n`);
    return { ...result, included };
  } catch (e) {
    // Errors with a place are GNU's `file:line:col: ...`; the others (linking) one `vmlab:` line each.
    if (e instanceof AssemblyErrors) throw new UsageError(e.message.replace(/^error: /gm, 'vmlab: '), 1, true);
    throw e;
  }
}

export function asmCommand(program: Command): void {
  program
    .command('asm')
    .description('assemble and link RISC-V (RV32IM) assembly files into one ELF32 executable')
    .argument('<files...>', 'assembly source files (.s); global symbols resolve across them')
    .option('-o, --output <file>', 'output executable', 'a.out')
    .option('--listing', 'print a listing (line, address, bytes, source) on stdout')
    .action(async (files: string[], opts: { output: string; listing?: boolean }) => {
      if (opts.listing && isStandardOutput(opts.output)) throw new UsageError('--listing and -o cannot both write to the standard output: give -o a file');
      const result = await assembleFiles(files, opts.listing ?? false);
      // One vmlab could not read back (run, disasm) is not written.
      if (result.elf.length > MAX_INPUT_BYTES) {
        throw new UsageError(`the executable would be ${result.elf.length.toLocaleString('en-US')} bytes: vmlab reads one of at most 256 MiB`);
      }
      writeOutput(opts.output, result.elf, [...files, ...result.included], 0o755);
      if (result.listing !== null) writeOut(result.listing);
    });
}
