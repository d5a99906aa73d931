/**
 * The options of `vmlab run` that a sweep may set or vary, read from the `run` command's own
 * definition so that a new run option is sweepable the day it lands.
 */
import { Command } from 'commander';
import { runCommand } from '../cli/run-command.js';

/** How one run option takes its value on the command line. */
export interface RunOption {
  /** The long name without dashes, kebab-case: "ram", "max-instructions". */
  name: string;
  /** A flag without a value (--asid): a point sets it with true, leaves it off with false. */
  flag: boolean;
  /** Given several times (--cost): a point's value may be a list. */
  repeatable: boolean;
}

/** Options the sweep itself sets for every point, or that would write files of their own. */
export const RESERVED_OPTIONS = ['stats', 'stats-json', 'stats-every', 'trace', 'trace-format', 'trace-what', 'trace-pages', 'trace-every-access', 'dump', 'dump-at', 'dump-file'];

let cache: Map<string, RunOption> | null = null;

/** Every option of `vmlab run` but the reserved ones, by kebab-case name. */
export function runOptions(): Map<string, RunOption> {
  if (cache) return cache;
  const program = new Command();
  runCommand(program);
  cache = new Map();
  for (const o of program.commands[0].options) {
    const name = (o.long ?? '').replace(/^--/, '');
    if (!name || RESERVED_OPTIONS.includes(name)) continue;
    cache.set(name, { name, flag: o.isBoolean(), repeatable: Array.isArray(o.defaultValue) });
  }
  return cache;
}

/** The kebab-case form of an option name given in either case: maxInstructions → max-instructions. */
export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
