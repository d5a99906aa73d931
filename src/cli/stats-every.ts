/**
 * `vmlab run --stats-every CYCLES FILE`: the option that takes two values (commander's take one),
 * and the file its lines go to (`-`: vmlab's standard output, between the guest's own output).
 * The series itself: src/stats/series.ts; the format: docs/vmstat.md.
 */
import { Command } from 'commander';
import { hostErrorWords, openOutput, writeAll, type OutputFile } from './files.js';
import { UsageError } from './usage-error.js';
import { writeOut } from './stdout.js';

export const STATS_EVERY = '--stats-every';

/**
 * A command whose --stats-every takes the two arguments after it (CYCLES FILE) as its value, a
 * pair, wherever it stands before `--`; the other arguments are parsed as commander parses them.
 */
export class CommandWithStatsEvery extends Command {
  override parseOptions(args: string[]): ReturnType<Command['parseOptions']> {
    const rest: string[] = [];
    for (let i = 0; i < args.length; i++) {
      if (args[i] === '--') {
        rest.push(...args.slice(i));
        break;
      }
      if (args[i] !== STATS_EVERY) rest.push(args[i]);
      else {
        if (this.getOptionValueSource('statsEvery') === 'cli') throw new UsageError(`${STATS_EVERY} is given twice`);
        this.setOptionValueWithSource('statsEvery', args.slice(i + 1, i + 3), 'cli');
        i += 2;
      }
    }
    return super.parseOptions(rest);
  }
}

/** The series asked for: its period, and where its lines go (written as they come). */
export interface SeriesOutput {
  /** CYCLES: a line at the first boundary at or after each multiple. */
  readonly cycles: number;
  write(line: string): void;
  /** The run has ended: the file is complete (a regular file takes its place now, files.ts). */
  close(): void;
  /** The run failed: leave the target as it was. */
  abort(): void;
}

/**
 * The --stats-every value as commander leaves it (a pair, or a string from `--stats-every=N`)
 * checked, and its file opened; never overwrites one of `inputs`. Throws a one-line UsageError.
 */
export function openStatsEvery(value: unknown, inputs: readonly string[]): SeriesOutput {
  const usage = `expected ${STATS_EVERY} CYCLES FILE (FILE - for the standard output)`;
  if (!Array.isArray(value) || value.length !== 2) throw new UsageError(`${STATS_EVERY}: ${usage}`);
  const [text, path] = value as string[];
  const cycles = Number(text);
  if (!/^\d+$/.test(text) || cycles < 1 || cycles > Number.MAX_SAFE_INTEGER) {
    throw new UsageError(`bad ${STATS_EVERY} '${text}': CYCLES must be a whole number from 1 to ${Number.MAX_SAFE_INTEGER}`);
  }
  if (path === '' || (path.startsWith('-') && path !== '-')) throw new UsageError(`bad ${STATS_EVERY} file '${path}': ${usage}`);
  if (path === '-') return { cycles, write: (line) => { writeOut(line); }, close: () => {}, abort: () => {} };
  const out: OutputFile = openOutput(path, inputs, 0o644, 'the statistics series');
  return {
    cycles,
    write: (line) => {
      try {
        writeAll(out.fd, Buffer.from(line));
      } catch (e) {
        throw new UsageError(`cannot write '${path}': ${hostErrorWords(e)}`);
      }
    },
    close: () => out.commit(),
    abort: () => out.abort(),
  };
}
