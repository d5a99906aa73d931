/**
 * The layers' one-way dependencies: no module of src/ or asm/ imports itself through others,
 * type imports included, and the kernel's system-call and fault-path modules see the kernel only
 * through the interfaces of src/kernel/services.ts, never through kernel.ts; and `vmlab` starts
 * without loading the machine, the kernel, the assembler or the sweep runner (commands load them
 * with import() when they run).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOTS = ['src', 'asm'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative module a file imports or re-exports, as a path relative to the repository. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^'";]*?from\s+'(\.[^']+)'/gm)].map((m) => m[1]);
  return specifiers.map((s) => relative('.', resolve(dirname(file), s.replace(/\.js$/, '.ts'))));
}

/** The modules a file loads when it is loaded: relative imports and re-exports, not type-only ones. */
function loadedBy(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^\s*(import|export)\b(\s+type\b)?[^'";]*?from\s+'(\.[^']+)'/gm)].filter((m) => m[2] === undefined).map((m) => m[3]);
  return specifiers.map((s) => relative('.', resolve(dirname(file), s.replace(/\.js$/, '.ts'))));
}

const GRAPH = new Map(ROOTS.flatMap((root) => sourceFiles(root)).map((f) => [f, importsOf(f)]));

/** The import cycles, each as the list of files around it (each cycle reported once). */
function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of GRAPH.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of GRAPH.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('module structure', () => {
  it('has no import cycle in src/ or asm/, type imports included', () => {
    expect(cycles().map((c) => c.join(' -> '))).toEqual([]);
  });

  it('resolves every relative import to a file that exists', () => {
    const missing = [...GRAPH].flatMap(([file, deps]) => deps.filter((d) => !GRAPH.has(d)).map((d) => `${file} imports ${d}`));
    expect(missing).toEqual([]);
  });

  it('keeps kernel.ts out of every kernel module but the ones that build a kernel', () => {
    const importers = [...GRAPH].filter(([, deps]) => deps.includes('src/kernel/kernel.ts')).map(([f]) => f)
      .filter((f) => f.startsWith('src/kernel/'));
    expect(importers).toEqual([]);
  });

  it('starts vmlab without the machine, the kernel, the assembler or the sweep runner', () => {
    const loaded = new Set<string>();
    const visit = (file: string): void => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const next of loadedBy(file)) visit(next);
    };
    visit('src/cli/main.ts');
    const heavy = [...loaded].filter((f) => /^(asm\/|src\/sweep\/sweep\.ts|src\/kernel\/kernel\.ts|src\/machine\/machine\.ts)/.test(f));
    expect(heavy).toEqual([]);
    expect(loaded.has('src/cli/run-command.ts')).toBe(true);
  });
});
