/** The disk's latency model and its queue. */
import { describe, expect, it } from 'vitest';
import { DISK_BLOCKS, Disk } from '../../src/machine/disk.js';
import { runProgram } from '../kernel/harness.js';

describe('disk latency presets (1 GHz clock, DRAM access 10 cycles)', () => {
  const at = (preset: ConstructorParameters<typeof Disk>[0]): Disk => new Disk(preset, 1e9, 10);

  it.each([
    ['textbook', 100_000],
    ['textbook-100k', 1_000_000],
    ['ssd', 100_000],
    ['ram', 1_000],
  ] as const)('%s: %i cycles a page', (preset, cycles) => {
    expect(at(preset).latency(12345)).toBe(cycles);
  });

  it('hdd: half a revolution and the transfer for no seek; a full stroke adds 15 ms', () => {
    const disk = at('hdd');
    const rotationAndTransfer = Math.round((0.5 * 60 / 7200 + 4096 / 150e6) * 1e9);
    expect(disk.latency(0)).toBe(rotationAndTransfer);
    expect(disk.latency(DISK_BLOCKS)).toBe(Math.round((15e-3 + 0.5 * 60 / 7200 + 4096 / 150e6) * 1e9));
    expect(disk.latency(1)).toBeGreaterThan(rotationAndTransfer + 0.5e6 - 1);
  });
});

describe('the disk queue', () => {
  it('serves requests in order: one issued while the disk is busy waits', () => {
    const disk = new Disk('ssd', 1e9, 4);
    expect(disk.request(0, 1, false)).toBe(100_000);
    expect(disk.request(50_000, 2, true)).toBe(200_000); // waited 50,000 cycles
    expect(disk.request(300_000, 3, false)).toBe(400_000);
    expect(disk.stats).toEqual({ reads: 2, writes: 1, busyCycles: 300_000, queueCycles: 50_000 });
  });
});

describe('major faults wait for the disk', () => {
  it('the CPU idles for exactly the disk time of each page read', () => {
    const ssd = runProgram('paging.s', [], { disk: 'ssd' });
    const ram = runProgram('paging.s', [], { disk: 'ram' });
    expect(ssd.machine.disk.stats.reads).toBe(9);
    expect(ssd.kernel.idleCycles).toBe(9 * 100_000);
    expect(ssd.machine.cpu.cycles - ram.machine.cpu.cycles).toBe(9 * (100_000 - 1_000));
  });
});
