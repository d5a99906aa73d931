/**
 * The disk: a block device of 4 KiB blocks with a latency model, in cycles of the CPU clock.
 * Requests are served one at a time in arrival order: a request issued while the disk is busy
 * waits (queue cycles); the time the disk spends transferring is its busy time.
 *
 * Presets (latency per 4 KiB page):
 *  - textbook       10,000 x a DRAM access (the `memory` cost): the CS:APP slides' ratio
 *  - textbook-100k  100,000 x a DRAM access: the ratio CS:APP's text gives
 *  - ssd            100 us, reads and writes (a SATA SSD's 4 KiB random access, order of magnitude)
 *  - hdd            seek + rotation + transfer of a 7200 RPM disk: seek 0 for the same block
 *                   position, else 0.5 ms track-to-track growing with the square root of the
 *                   distance to 15 ms across the whole disk; half a revolution (4.17 ms); 4 KiB at
 *                   150 MB/s (27 us)
 *  - ram            1 us: a RAM disk, near zero
 */

import { Probe } from './probe.js';

export type DiskPreset = 'textbook' | 'textbook-100k' | 'ssd' | 'hdd' | 'ram';
export const DISK_PRESETS: readonly DiskPreset[] = ['textbook', 'textbook-100k', 'ssd', 'hdd', 'ram'];

/** Blocks of the disk (4 GiB of 4 KiB blocks): the hdd seek model's full stroke. */
export const DISK_BLOCKS = 1 << 20;

export interface DiskStats {
  reads: number;
  writes: number;
  /** Cycles spent transferring, and cycles requests spent waiting for the disk to be free. */
  busyCycles: number;
  queueCycles: number;
}

export class Disk {
  readonly stats: DiskStats = { reads: 0, writes: 0, busyCycles: 0, queueCycles: 0 };
  private busyUntil = 0;
  private head = 0;

  /** A disk of `preset` for a CPU clocked at `clockHz` whose DRAM access costs `memoryCycles`. */
  constructor(readonly preset: DiskPreset, private readonly clockHz: number, private readonly memoryCycles: number,
    /** Where each request is reported (a `disk` event). */
    private readonly probe: Probe = new Probe()) {}

  private cycles(seconds: number): number {
    return Math.round(seconds * this.clockHz);
  }

  /** Cycles to transfer one block at `block`, the head being where the last transfer left it. */
  latency(block: number): number {
    switch (this.preset) {
      case 'textbook': return 10_000 * this.memoryCycles;
      case 'textbook-100k': return 100_000 * this.memoryCycles;
      case 'ssd': return this.cycles(100e-6);
      case 'ram': return this.cycles(1e-6);
      case 'hdd': {
        const distance = Math.abs(block - this.head);
        const seek = distance === 0 ? 0 : 0.5e-3 + 14.5e-3 * Math.sqrt(distance / DISK_BLOCKS);
        return this.cycles(seek + 0.5 * (60 / 7200) + 4096 / 150e6);
      }
    }
  }

  /** Submit a one-block transfer at `block` at time `now`; returns the time it completes. */
  request(now: number, block: number, write: boolean): number {
    const start = Math.max(now, this.busyUntil);
    const latency = this.latency(block % DISK_BLOCKS);
    this.head = block % DISK_BLOCKS;
    this.busyUntil = start + latency;
    this.stats.queueCycles += start - now;
    this.stats.busyCycles += latency;
    if (write) this.stats.writes++;
    else this.stats.reads++;
    if (this.probe.wants('disk')) this.probe.emit({ type: 'disk', cycle: now, start, done: this.busyUntil, op: write ? 'write' : 'read', block });
    return this.busyUntil;
  }
}
