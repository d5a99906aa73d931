/**
 * sysinfo's figures (sysinfo.ts, loadavg.ts), which qemu-riscv32 cannot show (it hands the call
 * to the host): RAM and swap as vmlab's machine has them, free RAM falling a page per page
 * touched, the uptime, and Linux's load average. test/c/sysinfo2.c checks the call against qemu.
 */
import { describe, expect, it } from 'vitest';
import { EXIT, runAsm } from './harness.js';

/** sysinfo(info) and its 64 bytes to stdout. */
const SYSINFO = `
  la a0, info
  li a7, 179
  ecall
  li a0, 1
  la a1, info
  li a2, 64
  li a7, 64
  ecall
`;
const DATA = '.data\n.balign 4\ninfo: .space 64\n.bss\n.balign 4096\npages: .space 10 * 4096\n';

interface Sysinfo { uptime: number; loads: number[]; totalram: number; freeram: number; totalswap: number; freeswap: number; procs: number; unit: number }
function records(bytes: Buffer): Sysinfo[] {
  return Array.from({ length: bytes.length / 64 }, (_, i) => {
    const w = (at: number): number => bytes.readUInt32LE(64 * i + at);
    return { uptime: w(0), loads: [w(4), w(8), w(12)], totalram: w(16), freeram: w(20), totalswap: w(32), freeswap: w(36),
      procs: bytes.readUInt16LE(64 * i + 40), unit: w(52) };
  });
}

describe('sysinfo', () => {
  it('gives the machine\'s RAM and swap in bytes, and free RAM falling a page for each page touched', () => {
    const touch = `  la t0, pages\n  li t1, 10\n  li t2, 4096\n1:sw t1, 0(t0)\n  add t0, t0, t2\n  addi t1, t1, -1\n  bnez t1, 1b\n`;
    // info's page first: the first sysinfo's own copy-out would fault it in after its count.
    const run = runAsm(`  la t0, info\n  sw zero, 0(t0)\n${SYSINFO}${touch}${SYSINFO}li a0, 0${EXIT}${DATA}`, { ramBytes: 4 * 1024 * 1024 }, ['t'], 10_000_000,
      { swapBytes: 8 * 1024 * 1024 });
    const [before, after] = records(run.stdoutBytes);
    expect([before.unit, before.totalram, before.totalswap, before.freeswap, before.procs]).toEqual([1, 4 * 1024 * 1024, 8 * 1024 * 1024, 8 * 1024 * 1024, 1]);
    expect(before.freeram - after.freeram).toBe(10 * 4096);
    expect(before.freeram).toBeLessThan(before.totalram);
  });

  it('counts in pages once RAM and swap pass 4 GiB together, as Linux', () => {
    const run = runAsm(`${SYSINFO}li a0, 0${EXIT}${DATA}`, {}, ['t'], 10_000_000, { swapBytes: 4 * 1024 * 1024 * 1024 });
    const [info] = records(run.stdoutBytes);
    expect([info.unit, info.totalram, info.totalswap]).toEqual([4096, 4096, 1024 * 1024]);
  });

  it('gives the seconds since the machine started, rounded up, and Linux\'s load average: 0.08 after 5 s of one busy process', () => {
    // 1,000 cycles a second and 100 ticks: Linux's LOAD_FREQ, 5 s and a tick, is 5,010 cycles. One
    // sysinfo at the start, one after about 6 s of spinning: one period has passed.
    const spin = (cycles: number): string => `  li t0, ${cycles}\n2:addi t0, t0, -1\n  bnez t0, 2b\n`;
    const run = runAsm(`${SYSINFO}${spin(1200)}${SYSINFO}li a0, 0${EXIT}${DATA}`, { clockHz: 1000, timerHz: 100 }, ['t'], 10_000_000,
      { quantum: 100 });
    const [early, late] = records(run.stdoutBytes);
    expect(early.loads).toEqual([0, 0, 0]);
    // calc_load(0, EXP_1, FIXED_1) is 164/2048 (0.08), shifted to 16 bits of fraction; EXP_5 and EXP_15 give 34 and 11.
    expect(late.loads).toEqual([164 * 32, 34 * 32, 11 * 32]);
    // The first at under a second, the second past one period (5.01 s) and before the run's end.
    expect(early.uptime).toBe(1);
    expect(late.uptime).toBeGreaterThanOrEqual(6);
    expect(late.uptime).toBeLessThanOrEqual(Math.ceil(run.machine.cpu.cycles / 1000));
  });

  it('lets the load average decay over time the machine idles: a process asleep is not running', () => {
    // clock_nanosleep for 60 s at the start, and after about 6 s of spinning.
    const spin = `  li t0, 1200\n2:addi t0, t0, -1\n  bnez t0, 2b\n`;
    const sleep = `  li a0, 1\n  li a1, 0\n  la a2, minute\n  li a3, 0\n  li a7, 407\n  ecall\n`;
    const run = runAsm(`${sleep}${SYSINFO}${spin}${SYSINFO}${sleep}${SYSINFO}li a0, 0${EXIT}
      .data\n.balign 8\nminute: .dword 60\n.word 0, 0\n${DATA}`, { clockHz: 1000, timerHz: 100 }, ['t'], 10_000_000, { quantum: 100 });
    const [asleep, busy, rested] = records(run.stdoutBytes);
    expect(asleep.loads).toEqual([0, 0, 0]);
    expect(busy.loads[0]).toBeGreaterThan(0);
    // After a minute asleep: each average lower than it was, the 1-minute one the most.
    expect(rested.loads.every((load, i) => load < busy.loads[i])).toBe(true);
    expect(rested.loads[0] / busy.loads[0]).toBeLessThan(rested.loads[2] / busy.loads[2]);
  });

  it('is -EFAULT for a NULL buffer, as Linux (qemu-riscv32 gives 0)', () => {
    const run = runAsm(`  li a0, 0\n  li a7, 179\n  ecall\n  neg a0, a0${EXIT}`);
    expect(run.result.status).toBe(14);
  });
});
