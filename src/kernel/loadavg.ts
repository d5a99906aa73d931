/**
 * The load average, as Linux's calc_global_load keeps it: every 5 seconds of machine time (and a
 * tick), each of the 1-, 5- and 15-minute averages decays toward the number of active processes
 * (running, ready, or asleep on the disk: Linux's uninterruptible ones), in Linux's fixed point
 * (11 bits of fraction) and with its rounding. Periods the machine idled through (no loop to
 * sample them) are caught up at the next sample with the count then, as Linux's calc_load_n.
 * sysinfo reads it.
 */

/** Linux's FSHIFT, FIXED_1, EXP_1, EXP_5, EXP_15. */
const FSHIFT = 11, FIXED_1 = 1 << FSHIFT;
const EXPONENTS = [1884, 2014, 2037];

/** fixed_power_int: x^n in fixed point, rounding each product as Linux does. */
function power(x: number, n: number): number {
  let result = FIXED_1;
  while (n > 0) {
    if (n & 1) result = Math.floor((result * x + FIXED_1 / 2) / FIXED_1);
    n = Math.floor(n / 2);
    if (n > 0) x = Math.floor((x * x + FIXED_1 / 2) / FIXED_1);
  }
  return result;
}

/** calc_load: `load` decayed by `exp` toward `active` (in fixed point), rounded up when rising. */
function decay(load: number, exp: number, active: number): number {
  let next = load * exp + active * (FIXED_1 - exp);
  if (active >= load) next += FIXED_1 - 1;
  return Math.floor(next / FIXED_1);
}

/** The 1-, 5- and 15-minute load averages of the machine, sampled every `period` cycles (the kernel's loop calls sample() once nextSample has come). */
export class LoadAverage {
  /** The three averages, fixed point. */
  readonly averages = [0, 0, 0];
  /** When the next sample is due (cycles). */
  nextSample: number;

  /** `period`: Linux's LOAD_FREQ (5 s and a tick) in cycles. */
  constructor(private readonly period: number) {
    this.nextSample = period;
  }

  /** At `now` (cycles), with `active` processes active: the samples due since the last one (none before nextSample). */
  sample(now: number, active: number): void {
    if (now < this.nextSample) return;
    const periods = Math.floor((now - this.nextSample) / this.period) + 1;
    const count = active * FIXED_1;
    // calc_load_n: the periods at once, as Linux folds the ones it missed.
    for (let i = 0; i < EXPONENTS.length; i++) this.averages[i] = decay(this.averages[i], power(EXPONENTS[i], periods), count);
    this.nextSample += periods * this.period;
  }
}
