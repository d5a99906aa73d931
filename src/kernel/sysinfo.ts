/**
 * uname and getrandom: the system's name (Linux on riscv32, as qemu-riscv32 says, with vmlab's
 * own node name, release and version) and random bytes from the run's seed, so every run with
 * the same seed reads the same bytes.
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
