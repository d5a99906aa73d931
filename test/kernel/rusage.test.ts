/**
 * getrusage, times and wait4's rusage report exactly what vmlab counts (rusage.ts): the page
 * faults and context switches of --stats, the cycles of kernel entries as system time, the most
 * pages mapped as ru_maxrss. test/c/rusage.c checks the calls' errors against qemu-riscv32.
 * The clock runs at 1 MHz here, so a microsecond of ru_utime or ru_stime is a cycle.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemble } from '../../asm/assembler.js';
import { GuestFs } from '../../src/kernel/fs.js';
import { DEFAULT_CONFIG } from '../../src/machine/machine.js';
import { loadFaultHandlerPlugin } from '../../src/kernel/fault-plugin.js';
import type { FaultHandler } from '../../src/kernel/faultapi.js';
import { EXIT, runAsm, type Run } from './harness.js';

let zeroPage: { handle: FaultHandler; name: string };
beforeAll(async () => {
  zeroPage = await loadFaultHandlerPlugin('examples/zero-page-handler.ts');
});

const MHZ = { clockHz: 1_000_000 };
const { trapEntry, trapExit } = DEFAULT_CONFIG.costs;

/** The struct rusage records a program wrote to stdout (72 bytes each), as named fields. */
function records(run: Run): { utime: number; stime: number; maxrss: number; minflt: number; majflt: number; nvcsw: number; nivcsw: number }[] {
  const bytes = run.stdoutBytes;
  const list = [];
  for (let at = 0; at + 72 <= bytes.length; at += 72) {
    const w = (i: number): number => bytes.readInt32LE(at + i * 4);
    list.push({ utime: w(0) * 1e6 + w(1), stime: w(2) * 1e6 + w(3), maxrss: w(4), minflt: w(8), majflt: w(9), nvcsw: w(16), nivcsw: w(17) });
  }
  return list;
}

/** getrusage(who) into `ru`, then its 72 bytes to stdout. */
const report = (who: number): string => `
  li a0, ${who}
  la a1, ru
  li a7, 165
  ecall
  li a0, 1
  la a1, ru
  li a2, 72
  li a7, 64
  ecall
`;
/** `n` getpid calls. */
const getpids = (n: number): string => `
  li s1, ${n}
1:li a7, 172
  ecall
  addi s1, s1, -1
  bnez s1, 1b
`;
/** Touch the first byte of `n` pages from `label`. */
const touch = (label: string, n: number): string => `
  la t0, ${label}
  li t1, ${n}
2:sb t1, 0(t0)
  li t2, 4096
  add t0, t0, t2
  addi t1, t1, -1
  bnez t1, 2b
`;
const DATA = `
.data
ru: .space 72
.bss
.balign 4096
pages: .space 4096 * 30
late: .space 4096 * 34
.text
`;

describe('getrusage', () => {
  it('counts the page faults --stats counts, and the most pages mapped at once', () => {
    const run = runAsm(`${touch('ru', 1)}${touch('pages', 20)}${report(0)}li a0, 0${EXIT}${DATA}`);
    const [ru] = records(run);
    const p = run.kernel.history[0];
    expect([ru.minflt, ru.majflt]).toEqual([p.faults.minor, p.faults.major]);
    // .text, .data, 20 pages of .bss and the stack's page.
    expect(ru.maxrss).toBe(23 * 4);
  });

  it('keeps the most pages mapped after munmap', () => {
    const unmapped = runAsm(`${touch('ru', 1)}${touch('pages', 30)}
      la a0, pages
      li a1, 4096 * 25
      li a7, 215
      ecall
      ${touch('late', 5)}${report(0)}li a0, 0${EXIT}${DATA}`);
    expect(unmapped.result.status).toBe(0);
    // At most .text, .data, 30 pages of .bss and the stack's page; 13 at the end.
    expect(records(unmapped)[0].maxrss).toBe(33 * 4);
  });

  it('keeps the most pages mapped across execve, as Linux keeps maxrss', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vmlab-rusage-'));
    const small = `.globl _start\n_start:\n${touch('ru', 1)}${report(0)}li a0, 0${EXIT}${DATA}`;
    writeFileSync(join(dir, 'small'), assemble([{ path: 'small.s', text: small }]).elf, { mode: 0o755 });
    const run = runAsm(`${touch('ru', 1)}${touch('pages', 30)}
      la a0, path
      la a1, argv
      li a2, 0
      li a7, 221
      ecall
      li a0, 9${EXIT}
    .data
    path: .asciz "small"
    .balign 4
    argv: .word path, 0
    ${DATA}`, {}, ['t'], 10_000_000, { fs: new GuestFs(dir, false) });
    expect(run.result.status).toBe(0);
    // The first image's .text, .data, 30 pages of .bss and stack; the second maps 3 pages.
    expect(records(run)[0].maxrss).toBe(33 * 4);
  });

  it('starts each new address space\'s count at 0, wherever its page table is', () => {
    // Two children one after the other: the first touches 30 pages, the second none.
    const child = (pages: number, label: string): string => `
      li a0, 17
      li a1, 0
      li a7, 220
      ecall
      bnez a0, ${label}
      ${touch('pages', pages)}${report(0)}li a0, 0${EXIT}
    ${label}:
      li a0, -1
      li a1, 0
      li a2, 0
      li a3, 0
      li a7, 260
      ecall
    `;
    const run = runAsm(`${touch('ru', 1)}${child(30, 'first')}${child(1, 'second')}li a0, 0${EXIT}${DATA}`);
    const [first, second] = records(run);
    // Each child's copy of the parent's 4 pages (.text, .data, .bss's first, the stack), then its own.
    expect([first.maxrss, second.maxrss]).toEqual([33 * 4, 4 * 4]);
  });

  it('leaves the shared zero page out of ru_maxrss, as Linux leaves it out of RSS', () => {
    // 40 pages read (the zero page mapped at each), then 3 of them written (a frame each).
    const read = `
      la t0, pages
      li t1, 40
    4:lw t2, 0(t0)
      li t2, 4096
      add t0, t0, t2
      addi t1, t1, -1
      bnez t1, 4b
    `;
    const run = runAsm(`${touch('ru', 1)}${read}${report(0)}${touch('pages', 3)}${report(0)}li a0, 0${EXIT}${DATA}`, {}, ['t'], 10_000_000,
      { faultHandler: zeroPage });
    const [before, after] = records(run);
    // .text, .data and the stack; then 3 pages of .bss more.
    expect([before.maxrss, after.maxrss]).toEqual([3 * 4, 6 * 4]);
  });

  it('counts the call asking as system time: user time never includes a kernel entry', () => {
    // A trap entry of a whole second at 1 MHz: getrusage's own entry is in ru_stime, not in ru_utime.
    const run = runAsm(`${touch('ru', 1)}${report(0)}li a0, 0${EXIT}${DATA}`, { ...MHZ, costs: { ...DEFAULT_CONFIG.costs, trapEntry: 1_000_000 } });
    const [ru] = records(run);
    expect(ru.utime).toBeLessThan(1000);
    expect(ru.stime).toBeGreaterThanOrEqual(2 * 1_000_000); // the fault of ru's page, and this call's entry
  });

  it('counts kernel entries as system time, to the cycle, and the rest of the CPU time as user time', () => {
    const between = (n: number): { user: number; system: number } => {
      const [a, b] = records(runAsm(`${touch('ru', 1)}${report(0)}${getpids(n)}${report(0)}li a0, 0${EXIT}${DATA}`, MHZ));
      return { user: b.utime - a.utime, system: b.stime - a.stime };
    };
    const one = between(1), eleven = between(11);
    // Each getpid is a trap's entry and exit; its loop is 4 instructions a round in user mode.
    expect(eleven.system - one.system).toBe(10 * (trapEntry + trapExit));
    expect(eleven.user - one.user).toBeGreaterThanOrEqual(10 * 4);
    expect(eleven.user - one.user).toBeLessThan(10 * 4 * 4);
  });

  it('gives a reaped child\'s usage to wait4 and to RUSAGE_CHILDREN, with the context switches each made', () => {
    const yields = (n: number): string => `
      li s1, ${n}
    3:li a7, 124
      ecall
      addi s1, s1, -1
      bnez s1, 3b
    `;
    const run = runAsm(`${touch('ru', 1)}
      li a0, 17
      li a1, 0
      li a7, 220
      ecall
      bnez a0, parent
      ${touch('late', 7)}${yields(3)}li a0, 0${EXIT}
    parent:
      ${yields(3)}
      li a0, -1
      li a1, 0
      li a2, 0
      la a3, ru
      li a7, 260
      ecall
      li a0, 1
      la a1, ru
      li a2, 72
      li a7, 64
      ecall
      ${report(-1)}${report(0)}li a0, 0${EXIT}${DATA}`);
    const [waited, children, self] = records(run);
    const child = run.kernel.history[1];
    // Each yield let the other run; the parent then waited for the child to end. The child's end is
    // its one voluntary switch, as Linux counts a task's last.
    expect([waited.minflt, waited.majflt, waited.nvcsw, waited.nivcsw]).toEqual([child.faults.minor, child.faults.major, 1, 3]);
    expect(waited.minflt).toBeGreaterThanOrEqual(7);
    expect(children).toEqual(waited);
    // The parent also slept on the disk for each of its major faults (its .text and .data read in).
    const parent = run.kernel.history[0];
    expect(parent.faults.major).toBe(2);
    expect([self.nvcsw, self.nivcsw]).toEqual([1 + parent.faults.major, 3]);
  });
  it('leaves out a zombie pid 1 inherits and reaps at once, as it ignores SIGCHLD', () => {
    // pid 1 ignores SIGCHLD; its child forks a grandchild that touches 5 pages and ends, then ends
    // itself without reaping it: the zombie goes to pid 1, which reaps it at once (and its own child).
    const run = runAsm(`${touch('ru', 1)}
      li a0, 17                   # rt_sigaction(SIGCHLD, {SIG_IGN}, 0, 8)
      la a1, ignore
      li a2, 0
      li a3, 8
      li a7, 134
      ecall
      li a0, 17
      li a1, 0
      li a7, 220
      ecall
      bnez a0, parent
      li a0, 17                   # the child takes SIGCHLD's default back: its child stays a zombie
      la a1, default
      li a2, 0
      li a3, 8
      li a7, 134
      ecall
      li a0, 17
      li a1, 0
      li a7, 220
      ecall
      bnez a0, child
      ${touch('late', 5)}li a0, 0${EXIT}
    child:
      li s1, 20                   # yield while the grandchild runs and ends
    5:li a7, 124
      ecall
      addi s1, s1, -1
      bnez s1, 5b
      li a0, 0${EXIT}
    parent:
      li s1, 40
    6:li a7, 124
      ecall
      addi s1, s1, -1
      bnez s1, 6b
      li a0, -1                   # wait4(-1, 0, WNOHANG, 0): no child left
      li a1, 0
      li a2, 1
      li a3, 0
      li a7, 260
      ecall
      mv s2, a0
      ${report(-1)}
      neg a0, s2${EXIT}
    .data
    ignore: .word 1, 0, 0, 0
    default: .word 0, 0, 0, 0
    ${DATA}`);
    expect(run.result.status).toBe(10); // ECHILD
    expect(run.kernel.history.map((p) => p.exited)).toEqual([true, true, true]);
    expect(records(run)[0].minflt).toBe(0);
  });
});

describe('times', () => {
  it('gives user and system time, the reaped children\'s, and the machine\'s ticks, 100 a second', () => {
    const run = runAsm(`${touch('ru', 1)}
      li a0, 17
      li a1, 0
      li a7, 220
      ecall
      bnez a0, parent
      ${touch('late', 3)}li a0, 0${EXIT}
    parent:
      li a0, -1
      li a1, 0
      li a2, 0
      li a3, 0
      li a7, 260
      ecall
      ${report(-1)}
      la a0, tms
      li a7, 153
      ecall
      la a1, tms
      sw a0, 16(a1)
      li a0, 1
      li a2, 20
      li a7, 64
      ecall
      li a0, 0${EXIT}
    .data
    tms: .space 20
    ${DATA}`, { clockHz: 100 });
    const [children] = records(run);
    const tms = run.stdoutBytes.subarray(72);
    const [utime, stime, cutime, cstime, ticks] = [0, 1, 2, 3, 4].map((i) => tms.readInt32LE(i * 4));
    // A cycle is a tick, and 10,000 microseconds.
    expect([cutime * 10_000, cstime * 10_000]).toEqual([children.utime, children.stime]);
    expect(cutime + cstime).toBeGreaterThan(0);
    expect(utime).toBeGreaterThan(0);
    expect(stime).toBeGreaterThanOrEqual(2 * (trapEntry + trapExit));
    expect(ticks).toBeGreaterThanOrEqual(utime + stime + cutime + cstime);
    expect(ticks).toBeLessThanOrEqual(run.machine.cpu.cycles);
  });
});
