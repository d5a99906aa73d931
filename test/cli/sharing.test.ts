/** The sharing programs through `vmlab run --stats`: the per-process section of the report. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemble } from '../../asm/assembler.js';
import { readElf } from '../../src/elf/reader.js';
import type { ProcessStats } from '../../src/stats/report.js';
import { vmlab } from './vmlab.js';

const dir = mkdtempSync(join(tmpdir(), 'vmlab-sharing-'));
const n = (v: number): string => v.toLocaleString('en-US');

/** The report's lines about single processes ("    pid ..."). */
const processLines = (stderr: string): string[] => stderr.split('\n').filter((line) => line.startsWith('    pid '));

/** The rest of a process's line after its faults: TLB misses and cycles, from the JSON of the same run. */
const rest = (p: ProcessStats): string =>
  `; ${n(p.tlbMisses)} TLB misses; cycles ${n(p.cycles.run)} run, ${n(p.cycles.ready)} ready, ${n(p.cycles.disk)} disk, ` +
  `${n(p.cycles.blocked)} blocked`;

/** Run programs/`name` with --stats and --stats-json: the result and the JSON's processes. */
function runStats(name: string, ...args: string[]): { stdout: string; stderr: string; status: number; processes: ProcessStats[] } {
  const json = join(dir, `${name}.json`);
  const r = vmlab('run', `programs/${name}`, ...args, '--stats', '--stats-json', json);
  return { ...r, processes: JSON.parse(readFileSync(json, 'utf8')).processes as ProcessStats[] };
}

describe('vmlab run --stats: a section per process', () => {
  it('fork-cow 16: the child\'s 16 copies', () => {
    const r = runStats('fork-cow.s', '16');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('child: wrote its pages\nparent: child exited with status 0, my array is intact\n');
    expect(r.processes.map((p) => [p.pid, p.ppid, p.name, p.exit, p.faults, p.cowCopies])).toEqual([
      [1, 0, 'programs/fork-cow.s', { status: 0, signal: null, report: null }, { minor: 258, major: 1, protection: 0, invalid: 0, cow: 0 }, 0],
      [2, 1, 'programs/fork-cow.s', { status: 0, signal: null, report: null }, { minor: 16, major: 0, protection: 0, invalid: 0, cow: 16 }, 16],
    ]);
    const [parent, child] = r.processes;
    expect(processLines(r.stderr)).toEqual([
      `    pid 1 (ppid 0)      programs/fork-cow.s: exit 0; faults 258 minor, 1 major${rest(parent)}`,
      `    pid 2 (ppid 1)      programs/fork-cow.s: exit 0; faults 16 minor, 0 major (16 copy-on-write, 16 copied)${rest(child)}`,
    ]);
    expect(r.stderr).toContain('\n  page faults           274 minor, 1 major, 0 protection (16 copy-on-write, 16 copied)\n');
    expect(r.stderr).toContain('\n  frames                280 of 4,096 used at most\n');
  });

  it('isolation: three children killed by SIGSEGV, each reported with its pid', () => {
    const path = 'programs/isolation.s';
    const symbols = readElf(assemble([{ path, text: readFileSync(path, 'utf8') }]).elf).symbols;
    const pc = (label: string): string => `0x${symbols.find((s) => s.name === label)!.value.toString(16).padStart(8, '0')}`;
    const r = runStats('isolation.s');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter((line) => line.startsWith('parent: waitid'))).toEqual([
      'parent: waitid: si_pid 2, si_code 1 (CLD_EXITED), si_status 0',
      'parent: waitid: si_pid 3, si_code 2 (CLD_KILLED), si_status 11',
      'parent: waitid: si_pid 4, si_code 2 (CLD_KILLED), si_status 11',
      'parent: waitid: si_pid 5, si_code 2 (CLD_KILLED), si_status 11',
    ]);
    expect(r.stderr.split('\n').slice(0, 4)).toEqual([
      `vmlab: ${path}: pid 3: SIGSEGV: load at 0x60000000: no mapping (pc ${pc('load_mine')})`,
      `vmlab: ${path}: pid 4: SIGSEGV: load at 0xc0000000: kernel space (supervisor-only) (pc ${pc('load_kernel')})`,
      `vmlab: ${path}: pid 5: SIGSEGV: store at 0xc0000000: kernel space (supervisor-only) (pc ${pc('store_kernel')})`,
      `vmlab: ${path}: exited with status 0`,
    ]);
    const p = r.processes;
    expect(p.map((q) => [q.pid, q.ppid, q.exit.status, q.exit.signal])).toEqual([
      [1, 0, 0, null], [2, 1, 0, null], [3, 1, 139, 'SIGSEGV'], [4, 1, 139, 'SIGSEGV'], [5, 1, 139, 'SIGSEGV'],
    ]);
    expect(processLines(r.stderr)).toEqual([
      `    pid 1 (ppid 0)      ${path}: exit 0; faults 6 minor, 2 major (3 copy-on-write, 0 copied)${rest(p[0])}`,
      `    pid 2 (ppid 1)      ${path}: exit 0; faults 1 minor, 0 major (1 copy-on-write, 1 copied)${rest(p[1])}`,
      `    pid 3 (ppid 1)      ${path}: SIGSEGV; faults 1 minor, 0 major, 1 outside every area (1 copy-on-write, 1 copied)${rest(p[2])}`,
      `    pid 4 (ppid 1)      ${path}: SIGSEGV; faults 0 minor, 0 major, 1 protection${rest(p[3])}`,
      `    pid 5 (ppid 1)      ${path}: SIGSEGV; faults 0 minor, 0 major, 1 protection${rest(p[4])}`,
    ]);
    // The protection faults of 4 and 5 and the access outside every area of 3, in the totals too.
    expect(r.stderr).toContain('\n  page faults           8 minor, 2 major, 2 protection, 1 outside every area (5 copy-on-write, 2 copied)\n');
  });
});
