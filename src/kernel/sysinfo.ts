/**
 * uname, getrandom and sysinfo: the system's name (Linux on riscv32, as qemu-riscv32 says, with vmlab's
 * own node name, release and version) and random bytes from the run's seed, so every run with
 * the same seed reads the same bytes; the machine's memory, swap and load (sysinfo).
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { EFAULT, EINVAL } from './errno.js';

type Kernel = Pick<KernelServices, 'copyout' | 'entropy'>;

export const SYS_UNAME = 160, SYS_GETRANDOM = 278;

/** struct new_utsname: six NUL-padded fields of 65 bytes. */
const UTS_FIELD = 65;
const UTSNAME = ['Linux', 'vmlab', '6.1.0-vmlab', '#1 vmlab', 'riscv32', '(none)'];

/** uname(buf): the struct new_utsname at `buf`. */
export function sysUname(k: Kernel, p: Process, buf: number): number {
  const bytes = new Uint8Array(UTS_FIELD * UTSNAME.length);
  UTSNAME.forEach((field, i) => bytes.set(Buffer.from(field, 'latin1'), i * UTS_FIELD));
  return k.copyout(p, buf, bytes) ? 0 : -EFAULT;
}

/** getrandom's flags: GRND_NONBLOCK, GRND_RANDOM, GRND_INSECURE (the last two not together). */
const GRND_NONBLOCK = 1, GRND_RANDOM = 2, GRND_INSECURE = 4;
/** Bytes are made and copied a page at a time: a huge count never needs a huge buffer, and a bad page ends the count where it starts. */
const PAGE = 4096;
/** Linux caps a call's count at INT_MAX. */
const MAX_COUNT = 0x7fffffff;

/**
 * getrandom(buf, count, flags): `count` bytes from the run's generator (never blocking: it is
 * always ready). A bad page part-way gives the count written before it, -EFAULT if nothing was.
 */
export function sysGetrandom(k: Kernel, p: Process, buf: number, count: number, flags: number): number {
  if ((flags & ~(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE)) !== 0) return -EINVAL;
  if ((flags & (GRND_RANDOM | GRND_INSECURE)) === (GRND_RANDOM | GRND_INSECURE)) return -EINVAL;
  const total = Math.min(count, MAX_COUNT);
  let done = 0;
  while (done < total) {
    const bytes = k.entropy.next(Math.min(PAGE - ((buf + done) & (PAGE - 1)), total - done));
    if (!k.copyout(p, buf + done, bytes)) return done > 0 ? done : -EFAULT;
    done += bytes.length;
  }
  return total;
}

export const SYS_SYSINFO = 179;
/** rv32's struct sysinfo: 64 bytes. */
const SYSINFO_SIZE = 64;
/** Linux's SI_LOAD_SHIFT over FSHIFT: sysinfo's loads have 16 bits of fraction, the averages 11. */
const LOAD_SCALE = 1 << (16 - 11);

/**
 * sysinfo(info): what Linux's do_sysinfo gives, from vmlab's machine: the seconds since it
 * started (rounded up), the load averages, RAM and free RAM, the shared anonymous memory's
 * cached pages (sharedram), swap and free swap, the processes not yet reaped; in bytes
 * (mem_unit 1) while RAM and swap together fit in 32 bits, else in pages (mem_unit 4,096).
 */
export function sysSysinfo(k: Pick<KernelServices, 'copyout' | 'load' | 'machine' | 'memory' | 'procs'>, p: Process, va: number): number {
  const { machine, memory } = k;
  const swap = memory.reclaimer.swap;
  const pages = [machine.ram.frames, memory.frames.free, memory.pageCache.sharedAnonymousPages(), 0, swap.slots, swap.slots - swap.used];
  const unit = (machine.ram.frames + swap.slots) * PAGE < 2 ** 32 ? 1 : PAGE;
  const info = new DataView(new ArrayBuffer(SYSINFO_SIZE));
  info.setInt32(0, Math.ceil(machine.cpu.cycles / machine.config.clockHz), true);
  k.load.averages.forEach((average, i) => info.setUint32(4 + 4 * i, average * LOAD_SCALE, true));
  pages.forEach((n, i) => info.setUint32(16 + 4 * i, (n * PAGE) / unit, true));
  info.setUint16(40, k.procs.size, true);
  info.setUint32(52, unit, true);
  return k.copyout(p, va, new Uint8Array(info.buffer)) ? 0 : -EFAULT;
}
