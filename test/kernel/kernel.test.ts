/** The kernel: demand paging, the fault handler's verdicts, restart after a fault, system calls. */
import { describe, expect, it } from 'vitest';
import { EXIT, runAsm, runProgram } from './harness.js';
import { collectStats, endingLine } from '../../src/stats/report.js';
import { Kernel } from '../../src/kernel/kernel.js';
import { DEFAULT_CONFIG, Machine } from '../../src/machine/machine.js';
import { assemble } from '../../asm/assembler.js';
import { COST_PRESETS, MAX_COST } from '../../src/machine/costs.js';
import { withThresholds } from '../../fuzz/targets/observe.js';

describe('demand paging', () => {
  it('maps nothing up front: each first touch faults, .text from the file (major), .bss zero (minor)', () => {
    const run = runProgram('bss-touch.s', ['10']);
    expect(run.result.status).toBe(0);
    const vmas = run.kernel.process.vmas.map((v) => [v.name, v.faults.minor, v.faults.major]);
    expect(vmas).toEqual([['.text+.rodata', 0, 1], ['.bss', 10, 0], ['[stack]', 1, 0]]);
  });

  it('zero-fills the part of a data page past the file bytes', () => {
    // .data holds one word; the rest of its page (and .bss on it) must read as zero.
    const run = runAsm('la a1, d\n  lw a0, 0(a1)\n  lw a2, 8(a1)\n  add a0, a0, a2' + EXIT + '.data\nd: .word 42\n.bss\n.space 16');
    expect(run.result.status).toBe(42);
    expect(run.kernel.process.faults).toEqual({ minor: 1, major: 2, protection: 0, invalid: 0, cow: 0 });
  });

  it('restarts the faulting instruction with every register as it was', () => {
    // The store faults (first touch of .bss), is restarted, and the loop goes on unchanged.
    const run = runAsm('li t0, 3\n  la t1, b\n  li t2, 4096\n1: sw t0, 0(t1)\n  add t1, t1, t2\n  addi t0, t0, -1\n' +
      '  bnez t0, 1b\n  sub t1, t1, t2\n  lw a0, 0(t1)' + EXIT + '.bss\nb: .space 3 * 4096');
    expect(run.result.status).toBe(1);
    expect(run.kernel.process.faults.minor).toBe(4); // three .bss pages and the stack
  });
});

describe('the fault handler kills with SIGSEGV (status 139) and one line', () => {
  it.each([
    ['write-text.s', 'SIGSEGV: store at 0x00400000: .text [0x00400000-0x00401000 r-x] is not writable (pc 0x0040000c)'],
    ['kernel-peek.s', 'SIGSEGV: load at 0xc0000000: kernel space (supervisor-only) (pc 0x00400004)'],
  ])('%s', (name, report) => {
    const run = runProgram(name);
    expect(run.result).toEqual({ status: 139, end: 'signal', report });
  });

  it('for a null dereference', () => {
    expect(runAsm('lw a0, 0(zero)').result.report).toBe('SIGSEGV: load at 0x00000000: no mapping (pc 0x00400000)');
  });

  it('for a jump into data', () => {
    expect(runAsm('la a0, d\n  jr a0\n.data\nd: .word 0x13').result.report)
      .toBe('SIGSEGV: fetch at 0x00401000: .data [0x00401000-0x00402000 rw-] is not executable (pc 0x00401000)');
  });

  it('and counts it', () => {
    const run = runProgram('write-text.s');
    expect(run.kernel.process.faults.protection).toBe(1);
    expect(run.kernel.process.vmas[0].faults.protection).toBe(1);
  });
});

describe('system calls', () => {
  it('write to stdout and stderr, from a buffer whose pages the kernel faults in', () => {
    const run = runAsm(`li a0, 1\n  la a1, m\n  li a2, 3\n  li a7, 64\n  ecall\n  mv s1, a0
      li a0, 2\n  la a1, m\n  li a2, 2\n  li a7, 64\n  ecall\n  add a0, a0, s1${EXIT}.data\nm: .ascii "abc"`);
    expect([run.stdout, run.stderr, run.result.status]).toEqual(['abc', 'ab', 5]);
  });

  it('returns -EFAULT for a bad buffer, -EBADF for a bad fd, -ENOSYS for an unknown call', () => {
    const call = (setup: string): number => runAsm(`${setup}\n  ecall\n  neg a0, a0${EXIT}`).result.status;
    expect(call('li a0, 1\n  li a1, 0x10\n  li a2, 4\n  li a7, 64')).toBe(14);
    expect(call('li a0, 1\n  li a1, 0xc0000000\n  li a2, 4\n  li a7, 64')).toBe(14);
    expect(call('li a0, 7\n  li a1, 0\n  li a2, 0\n  li a7, 64')).toBe(9);
    expect(call('li a7, 999')).toBe(38);
    // read and write check the whole buffer against user space first (Linux's access_ok).
    expect(call('li a0, 0\n  li a1, 0x1000\n  li a2, 0xf0000000\n  li a7, 63')).toBe(14);
    expect(call('li a0, 1\n  li a1, 0x7ffff000\n  li a2, 0x1001\n  li a7, 64')).toBe(14);
    expect(call('li a0, 1\n  li a1, 0x1000\n  li a2, 0\n  li a7, 63')).toBe(9); // stdout is not readable: EBADF first
  });

  it('riscv_flush_icache (259): 0 for flags 0 and 1 (SYS_RISCV_FLUSH_ICACHE_LOCAL), -EINVAL for any other bit, as Linux (qemu-riscv32 takes any)', () => {
    const call = (flags: number): number => runAsm(`li a0, 0x400000\n  li a1, 0x400010\n  li a2, ${flags}\n  li a7, 259\n  ecall\n  neg a0, a0${EXIT}`).result.status;
    expect([call(0), call(1), call(2), call(-1)]).toEqual([0, 0, 22, 22]);
  });

  it('reads a PROT_WRITE page, the process and the kernel alike: write implies read', () => {
    // A write-only mapping never touched: a load reads 0 (no SIGSEGV), write() sends it.
    const run = runAsm(`li a0, 0\n  li a1, 4096\n  li a2, 2\n  li a3, 0x22\n  li a4, -1\n  li a5, 0\n  li a7, 222\n  ecall\n  mv s1, a0
      lw s2, 0(s1)\n  li a0, 1\n  mv a1, s1\n  li a2, 3\n  li a7, 64\n  ecall\n  add a0, a0, s2${EXIT}`);
    expect([run.result.status, run.stdout]).toEqual([3, '\0\0\0']);
  });

  it('returns -EFAULT for a buffer on a page the process may not read (PROT_NONE), as its own load would fault', () => {
    // A page written, then made PROT_NONE: write() from it is EFAULT, and the process goes on.
    const run = runAsm(`li a0, 0\n  li a1, 4096\n  li a2, 3\n  li a3, 0x22\n  li a4, -1\n  li a5, 0\n  li a7, 222\n  ecall\n  mv s1, a0
      li t0, 65\n  sb t0, 0(s1)\n  mv a0, s1\n  li a1, 4096\n  li a2, 0\n  li a7, 226\n  ecall
      li a0, 1\n  mv a1, s1\n  li a2, 1\n  li a7, 64\n  ecall\n  neg a0, a0${EXIT}`);
    expect([run.result.status, run.stdout]).toEqual([14, '']);
  });

  it('write with a huge count writes what is readable and returns that count; past user space it is EFAULT', () => {
    // 4096 - 8 bytes of .data (zeros past the string) are readable; the next page is not mapped.
    const write = (count: number): ReturnType<typeof runAsm> =>
      runAsm(`li a0, 1\n  la a1, m\n  li a2, ${count}\n  li a7, 64\n  ecall\n  li t0, 4088\n  sub a0, a0, t0${EXIT}.data\n.space 8\nm: .ascii "hi"`);
    const run = write(0x10000000);
    expect(run.result.status).toBe(0);
    expect(run.stdout.length).toBe(4088);
    expect(run.stdout.startsWith('hi\0')).toBe(true);
    // A buffer that runs past 0x80000000 fails Linux's access_ok before anything is written.
    const past = write(0x7fffffff);
    expect([past.result.status, past.stdout]).toEqual([(-14 - 4088) & 0xff, '']);
  });

  it('frees every frame when the process ends, but the page cache\'s', () => {
    const run = runProgram('bss-touch.s', ['50']);
    expect(run.kernel.frames.peakUsed).toBeGreaterThan(50);
    expect(run.kernel.frames.used).toBe(run.kernel.pageCache.size);
    expect(run.kernel.pageCache.size).toBe(1); // the executable's one page of .text
  });

  describe('clock_gettime64 and clock_getres_time64: the clock of the machine', () => {
    // CLOCK_MONOTONIC, then CLOCK_PROCESS_CPUTIME_ID, into ts and ts+16, written to stdout; the
    // exit status is the two results or'ed.
    const TIMES = `li a0, 1\n  la a1, ts\n  li a7, 403\n  ecall\n  mv s1, a0
      li a0, 2\n  la a1, ts+16\n  li a7, 403\n  ecall\n  or s1, s1, a0
      li a0, 1\n  la a1, ts\n  li a2, 32\n  li a7, 64\n  ecall\n  mv a0, s1${EXIT}.data\nts: .space 32`;
    const times = (clockHz: number): { status: number; cycles: number; monotonic: bigint[]; cpu: bigint[] } => {
      // The harness gives stdout as text; the bytes are taken from the kernel's output hook instead.
      const out: Buffer[] = [];
      const machine = new Machine({ ...DEFAULT_CONFIG, clockHz, timerHz: 1 });
      const kernel = new Kernel(machine, { stdout: (b) => out.push(Buffer.from(b)), stderr: () => {}, check: true });
      kernel.exec(assemble([{ path: 't.s', text: `.globl _start\n_start:\n${TIMES}` }]).elf, ['t'], []);
      const run = { result: kernel.run(1_000_000), machine };
      const bytes = Buffer.concat(out);
      const pair = (at: number): bigint[] => [bytes.readBigInt64LE(at), bytes.readBigInt64LE(at + 8)];
      return { status: run.result.status, cycles: run.machine.cpu.cycles, monotonic: pair(0), cpu: pair(16) };
    };

    it('reads the cycles so far as seconds and nanoseconds, at the machine\'s clock rate', () => {
      const at1GHz = times(1_000_000_000);
      expect(at1GHz.status).toBe(0);
      const [seconds, nanoseconds] = at1GHz.monotonic;
      expect(seconds).toBe(0n);
      // At 1 GHz a nanosecond is a cycle: the clock was read before the run's last cycles.
      expect(nanoseconds > 0n && nanoseconds < BigInt(at1GHz.cycles)).toBe(true);
      // The process's CPU time is the cycles it has run, the kernel's work for it included: not
      // more than the machine's time, read earlier.
      expect(at1GHz.cpu[0]).toBe(0n);
      expect(at1GHz.cpu[1] > 0n && at1GHz.cpu[1] <= nanoseconds).toBe(true);
      // At 1 Hz a cycle is a second, and at 3 Hz a third of one.
      const at1Hz = times(1);
      expect(at1Hz.monotonic[0] > 0n && at1Hz.monotonic[1] === 0n).toBe(true);
      const at3Hz = times(3);
      expect([0n, 333_333_333n, 666_666_666n]).toContain(at3Hz.monotonic[1]);
    });

    it('answers -EINVAL for a clock it does not have, -EFAULT for a bad pointer, and gives one cycle as the resolution', () => {
      const call = (setup: string, config = {}): number => runAsm(`${setup}\n  ecall\n  neg a0, a0${EXIT}.data\nts: .space 16`, config).result.status;
      expect(call('li a0, 10\n  la a1, ts\n  li a7, 403')).toBe(22);
      expect(call('li a0, -1\n  la a1, ts\n  li a7, 403')).toBe(22);
      expect(call('li a0, 1\n  li a1, 0x10\n  li a7, 403')).toBe(14);
      expect(call('li a0, 0\n  li a1, 0\n  li a7, 406')).toBe(0); // no result wanted
      expect(call('li a0, 12\n  li a1, 0\n  li a7, 406')).toBe(22);
      // The resolution: 1 ns at 1 GHz, 4 ns (3.3 rounded up) at 300 MHz.
      const resolution = (clockHz: number): number =>
        runAsm(`li a0, 1\n  la a1, ts\n  li a7, 406\n  ecall\n  la a1, ts\n  lw a0, 8(a1)${EXIT}.data\nts: .space 16`,
          { clockHz, timerHz: 1000 }).result.status;
      expect([resolution(1_000_000_000), resolution(300_000_000)]).toEqual([1, 4]);
    });
  });

  describe('clock_nanosleep_time64: sleeping on the machine\'s clock', () => {
    // Brings in the data page (from the disk), reads CLOCK_MONOTONIC into `before`, sleeps on
    // clock a0 with flags a1 for the request at req, reads the clock into `after`, and writes both
    // (32 bytes) to stdout; the exit status is the sleep's result, negated. `sleep` is the CPU's
    // idle time beyond its waits for the disk (each of its reads found the CPU idle: one process).
    const sleepRun = (clock: number, flags: number, seconds: number, nanoseconds: number, config = {}) => {
      const run = runAsm(`la t2, before\n  sw zero, 0(t2)\n  li a0, 1\n  la a1, before\n  li a7, 403\n  ecall
        li a0, ${clock}\n  li a1, ${flags}\n  la a2, req\n  li a3, 0\n  li a7, 407\n  ecall\n  neg s1, a0
        li a0, 1\n  la a1, after\n  li a7, 403\n  ecall
        li a0, 1\n  la a1, before\n  li a2, 32\n  li a7, 64\n  ecall\n  mv a0, s1${EXIT}
        .data\nreq: .word ${seconds}, ${seconds < 0 ? -1 : 0}, ${nanoseconds}, 0\nbefore: .space 16\nafter: .space 16`, config);
      const bytes = run.stdoutBytes;
      const ns = (at: number): number => Number(bytes.readBigInt64LE(at)) * 1e9 + Number(bytes.readBigInt64LE(at + 8));
      const slept = bytes.length === 32 ? ns(16) - ns(0) : -1;
      return { status: run.result.status, slept, after: slept < 0 ? -1 : ns(16), sleep: run.kernel.idleCycles - run.machine.disk.stats.busyCycles, run };
    };

    it('sleeps for the interval asked, rounded up to whole cycles, the CPU idle meanwhile', () => {
      const oneMs = sleepRun(1, 0, 0, 1_000_000);
      expect([oneMs.status, oneMs.sleep]).toEqual([0, 1_000_000]);
      // Between the two readings: the sleep, and the system calls' own cycles around it.
      expect(oneMs.slept).toBeGreaterThan(1_000_000);
      expect(oneMs.slept).toBeLessThan(1_001_000);
      // Two seconds on CLOCK_REALTIME; at 3 Hz, 1 ns is a whole cycle (a third of a second).
      expect(sleepRun(0, 0, 2, 0).sleep).toBe(2e9);
      expect(sleepRun(1, 0, 0, 1, { clockHz: 3, timerHz: 1 }).sleep).toBe(1);
    });

    it('with TIMER_ABSTIME sleeps until the clock reads the time asked, and not at all for a time past', () => {
      const until5ms = sleepRun(1, 1, 0, 5_000_000);
      expect(until5ms.status).toBe(0);
      expect(until5ms.after).toBeGreaterThanOrEqual(5_000_000);
      expect(until5ms.after).toBeLessThan(5_001_000);
      expect([sleepRun(7, 1, 0, 1).status, sleepRun(7, 1, 0, 1).sleep]).toEqual([0, 0]);
      // A zero interval returns at once too.
      expect([sleepRun(1, 0, 0, 0).status, sleepRun(1, 0, 0, 0).sleep]).toEqual([0, 0]);
    });

    it('gives Linux\'s errors in Linux\'s order', () => {
      expect(sleepRun(10, 0, 0, 1).status).toBe(22); // no such clock
      // Negative ids: CPU clocks by pid (~pid << 3 | which, 4 for a thread's), 3 a clock descriptor.
      expect(sleepRun(-6, 1, 0, 1).status).toBe(0); // pid 0's (the caller's) CPU time, already past
      expect(sleepRun(-2, 1, 0, 1).status).toBe(22); // the caller's own thread clock
      expect(sleepRun((~999 << 3) | 2, 1, 0, 1).status).toBe(22); // no process 999
      expect(sleepRun(-5, 0, 0, 1).status).toBe(95); // a clock descriptor
      expect(sleepRun(4, 0, 0, 1).status).toBe(95); // CLOCK_MONOTONIC_RAW: EOPNOTSUPP
      expect(sleepRun(6, 0, 0, 1).status).toBe(95); // CLOCK_MONOTONIC_COARSE
      expect(sleepRun(1, 0, 0, 1_000_000_000).status).toBe(22);
      expect(sleepRun(1, 0, 0, -1).status).toBe(22);
      expect(sleepRun(1, 0, -1, 0).status).toBe(22);
      // The nanoseconds' high word is padding on rv32: 2^32 + 1 ns is 1 ns.
      expect(runAsm(`li a0, 1\n  li a1, 0\n  la a2, req\n  li a3, 0\n  li a7, 407\n  ecall${EXIT}.data\nreq: .word 0, 0, 1, 1`).result.status).toBe(0);
      expect(sleepRun(3, 0, 0, 1).status).toBe(95); // the thread's CPU clock
      // The alarm clocks take TIMER_ABSTIME alone; the others ignore other flags.
      expect([sleepRun(8, 2, 0, 1).status, sleepRun(9, 0, 0, 1).status, sleepRun(1, 2, 0, 1).status]).toEqual([22, 0, 0]);
      const badPointer = (clock: number): number =>
        runAsm(`li a0, ${clock}\n  li a1, 0\n  li a2, 0x10\n  li a3, 0\n  li a7, 407\n  ecall\n  neg a0, a0${EXIT}`).result.status;
      expect([badPointer(1), badPointer(2), badPointer(3), badPointer(4), badPointer(10)]).toEqual([14, 14, 95, 95, 22]);
      // A negative id is some clock for Linux: the request is read before the process is looked for.
      expect([badPointer((~999 << 3) | 2), badPointer(-5)]).toEqual([14, 95]);
    });

    it('stops the run at the last cycle vmlab counts exactly when a sleep would end past it', () => {
      const run = runAsm(`li a0, 1\n  li a1, 0\n  la a2, req\n  li a3, 0\n  li a7, 407\n  ecall${EXIT}.data\nreq: .word 0xffffffff, 0x7fffffff, 0, 0`);
      expect([run.result.end, run.machine.cpu.cycles]).toEqual(['cycles', 2 ** 52]);
    });

    it('never wakes on the process\'s own CPU clock, which stands still while it sleeps: a deadlock when alone', () => {
      const cpu = sleepRun(2, 0, 0, 1);
      expect(cpu.run.result.end).toBe('deadlock');
      expect(cpu.run.result.report).toBe('deadlock: every process is blocked (pid 1 in clock_nanosleep)');
      // A CPU time already reached returns at once.
      expect(sleepRun(2, 1, 0, 1).status).toBe(0);
    });

    it('reads another process\'s CPU clock (a sleep on it is EINVAL: not modelled)', () => {
      // The parent reads the child's CPU clock (~pid << 3 | 2), tries to sleep until the child has
      // run a second more (EINVAL, the exit status), and writes "p"; the child counts for about
      // 4 ms, then writes "c".
      // Once it has ended (waited for with WNOWAIT: a zombie, not reaped), the parent reads its clock
      // once more and writes the reading; a reaped process has no clock (EINVAL).
      const run = runAsm(`li a0, 17\n  li a1, 0\n  li a7, 220\n  ecall\n  beqz a0, child\n  mv s2, a0
        not s3, s2\n  slli s3, s3, 3\n  ori s3, s3, 2
        mv a0, s3\n  la a1, first\n  li a7, 403\n  ecall\n  mv s4, a0
        la t0, first\n  lw t1, 0(t0)\n  addi t1, t1, 1\n  lw t2, 8(t0)\n  la t0, req\n  sw t1, 0(t0)\n  sw t2, 8(t0)
        mv a0, s3\n  li a1, 1\n  la a2, req\n  li a3, 0\n  li a7, 407\n  ecall\n  neg s5, a0
        li a0, 1\n  la a1, p\n  li a2, 1\n  li a7, 64\n  ecall
        li a0, 1\n  mv a1, s2\n  la a2, info\n  li a3, 0x01000004\n  li a4, 0\n  li a7, 95\n  ecall
        mv a0, s3\n  la a1, last\n  li a7, 403\n  ecall\n  or s4, s4, a0
        li a0, 1\n  la a1, last\n  li a2, 16\n  li a7, 64\n  ecall\n  or a0, s4, s5\n  li a7, 93\n  ecall
      child:\n  li t0, 1000000\nloop:\n  addi t0, t0, -1\n  bnez t0, loop
        li a0, 1\n  la a1, c\n  li a2, 1\n  li a7, 64\n  ecall\n  li a0, 0${EXIT}
        .data\n.balign 8\nfirst: .space 16\nlast: .space 16\nreq: .word 0, 0, 0, 0\ninfo: .space 128\np: .ascii "p"\nc: .ascii "c"`);
      expect([run.result.status, run.stdoutBytes.subarray(0, 2).toString()]).toEqual([22, 'pc']);
      // At 1 GHz a nanosecond is a cycle: the reading after the child ended is its running time.
      const ns = Number(run.stdoutBytes.readBigInt64LE(2)) * 1e9 + Number(run.stdoutBytes.readBigInt64LE(10));
      expect(ns).toBe(run.kernel.history[1].cycles.run);
      expect(ns).toBeGreaterThan(2_000_000);
      const reaped = runAsm(`li a0, 17\n  li a1, 0\n  li a7, 220\n  ecall\n  beqz a0, child\n  mv s2, a0
        li a0, 1\n  mv a1, s2\n  la a2, info\n  li a3, 4\n  li a4, 0\n  li a7, 95\n  ecall
        not a0, s2\n  slli a0, a0, 3\n  ori a0, a0, 2\n  la a1, last\n  li a7, 403\n  ecall\n  neg a0, a0${EXIT}
      child:\n  li a0, 0${EXIT}.data\n.balign 8\nlast: .space 16\ninfo: .space 128`);
      expect(reaped.result.status).toBe(22);
    });

    it('lets the other processes run while one sleeps', () => {
      // The parent sleeps 1 ms and writes "p"; the child counts for about 2 ms, then writes "c".
      const run = runAsm(`li a0, 17\n  li a1, 0\n  li a7, 220\n  ecall\n  beqz a0, child
        li a0, 1\n  li a1, 0\n  la a2, req\n  li a3, 0\n  li a7, 407\n  ecall\n  mv s1, a0
        li a0, 1\n  la a1, p\n  li a2, 1\n  li a7, 64\n  ecall
        li a0, 0\n  li a1, 0\n  li a2, 0\n  li a3, 4\n  li a7, 95\n  ecall\n  mv a0, s1${EXIT}
      child:\n  li t0, 1000000\nloop:\n  addi t0, t0, -1\n  bnez t0, loop
        li a0, 1\n  la a1, c\n  li a2, 1\n  li a7, 64\n  ecall\n  li a0, 0${EXIT}
        .data\nreq: .word 0, 0, 1000000, 0\np: .ascii "p"\nc: .ascii "c"`);
      // The parent woke while the child was still counting, and the CPU idled only for the disk
      // (the program's pages), never for the sleep.
      expect([run.result.status, run.stdout]).toEqual([0, 'pc']);
      expect(run.kernel.idleCycles).toBeLessThanOrEqual(run.machine.disk.stats.busyCycles);
    });
  });

  it('gives the thread id as the pid (set_tid_address too) and root\'s user and group ids', () => {
    const call = (nr: number): number => runAsm(`la a0, w\n  li a7, ${nr}\n  ecall${EXIT}.data\nw: .word 0`).result.status;
    expect([178, 96, 174, 175, 176, 177].map(call)).toEqual([1, 1, 0, 0, 0, 0]);
  });

  it('uname names Linux on riscv32, with vmlab\'s node name, release and version', () => {
    const run = runAsm(`la a0, u\n  li a7, 160\n  ecall\n  mv s1, a0\n  li a0, 1\n  la a1, u\n  li a2, 390\n  li a7, 64\n  ecall
      mv a0, s1${EXIT}.data\nu: .space 390`);
    expect(run.result.status).toBe(0);
    const fields = Array.from({ length: 6 }, (_, i) => run.stdout.slice(i * 65, i * 65 + 65).replace(/\0+$/, ''));
    expect(fields).toEqual(['Linux', 'vmlab', '6.1.0-vmlab', '#1 vmlab', 'riscv32', '(none)']);
    expect(runAsm(`li a0, 0x10\n  li a7, 160\n  ecall\n  neg a0, a0${EXIT}`).result.status).toBe(14);
  });

  describe('getrandom: bytes from the run\'s seed', () => {
    // getrandom(at, count, flags), then r's 32 bytes to stdout, taken from the kernel's output
    // hook (the harness gives stdout as text); the result is the exit status.
    const random = (count: number, flags: number, seed = 1, at = 'r'): { status: number; bytes: Buffer } => {
      const out: Buffer[] = [];
      const machine = new Machine({ ...DEFAULT_CONFIG, seed });
      const kernel = new Kernel(machine, { stdout: (b) => out.push(Buffer.from(b)), stderr: () => {}, check: true });
      const text = `.globl _start\n_start:\n  la a0, ${at}\n  li a1, ${count}\n  li a2, ${flags}\n  li a7, 278\n  ecall\n  mv s1, a0
  li a0, 1\n  la a1, r\n  li a2, 32\n  li a7, 64\n  ecall\n  mv a0, s1\n  li a7, 93\n  ecall\n.data\nr: .space 32\n.balign 4096\nend: .word 0`;
      kernel.exec(assemble([{ path: 't.s', text }]).elf, ['t'], []);
      return { status: kernel.run(1_000_000).status, bytes: Buffer.concat(out) };
    };

    it('fills the buffer and returns the count; the same seed gives the same bytes, another seed others', () => {
      const first = random(16, 0);
      expect(first.status).toBe(16);
      expect(first.bytes.subarray(16)).toEqual(Buffer.alloc(16)); // nothing past the count
      expect(first.bytes.subarray(0, 16).equals(Buffer.alloc(16))).toBe(false);
      expect(random(16, 0).bytes).toEqual(first.bytes);
      expect(random(16, 0, 2).bytes.equals(first.bytes)).toBe(false);
      expect(random(0, 0).status).toBe(0);
      // GRND_NONBLOCK, GRND_RANDOM and GRND_INSECURE are taken (it never blocks)
      expect([random(8, 1).status, random(8, 2).status, random(8, 4).status, random(8, 5).status]).toEqual([8, 8, 8, 8]);
    });

    it('answers -EINVAL for unknown flags or GRND_RANDOM with GRND_INSECURE, -EFAULT for a bad buffer', () => {
      expect([random(8, 8).status, random(8, 6).status]).toEqual([256 - 22, 256 - 22]);
      expect(random(8, 0, 1, '0x10').status).toBe(256 - 14);
    });

    it('a buffer that runs into an unmapped page gets the bytes before it, and their count', () => {
      // end is the first word of .data's second page, the last one mapped: 4 bytes before the end
      // of the mapping, then nothing.
      expect(random(100, 0, 1, 'end + 4092').status).toBe(4);
    });
  });

  it('getpid is 1 for the first process', () => {
    expect(runAsm(`li a7, 172\n  ecall${EXIT}`).result.status).toBe(1);
  });

  it('brk: 0 gives the break; growing gives demand-zero memory; out of range keeps the old break', () => {
    const run = runAsm(`li a0, 0\n  li a7, 214\n  ecall\n  mv s1, a0          # the initial break
      li t0, 8192\n  add a0, s1, t0\n  li a7, 214\n  ecall\n  sub s2, a0, s1   # 8192
      li t3, 4096\n  add t3, s1, t3\n  lw t1, 0(t3)\n  sw s2, 0(t3)\n  lw t2, 0(t3)      # 0, then 8192
      li a0, 0x7ff00000\n  li a7, 214\n  ecall\n  sub s3, a0, s1   # refused: 8192
      add a0, s2, s3\n  add a0, a0, t1\n  srli a0, a0, 12\n  add a0, a0, t2\n  srli a0, a0, 10${EXIT}`);
    // ((8192 + 8192 + 0) >> 12) = 4; (4 + 8192) >> 10 = 8
    expect(run.result.status).toBe(8);
    expect(run.kernel.process.vmas.find((v) => v.name === '[heap]')).toMatchObject({ start: 0x401000, end: 0x403000 });
  });

  it('exit_group ends the process with the low 8 bits of a0', () => {
    expect(runAsm('li a0, 0x1234\n  li a7, 94\n  ecall').result).toEqual({ status: 0x34, end: 'exit', report: null });
  });
});

describe('the machine with the MMU off', () => {
  it('runs programs at their physical addresses: no TLB, no faults, same results', () => {
    const on = runProgram('rv32im-test.s');
    const off = runProgram('rv32im-test.s', [], { mmu: false });
    expect([off.stdout, off.result.status]).toEqual([on.stdout, 0]);
    expect(off.kernel.process.faults).toEqual({ minor: 0, major: 0, protection: 0, invalid: 0, cow: 0 });
    expect(off.machine.mmu.walks).toBe(0);
    expect(off.machine.cpu.instret).toBe(on.machine.cpu.instret);
  });

  it('lets a program write its own code (no protection)', () => {
    expect(runProgram('write-text.s', [], { mmu: false }).result.end).toBe('exit');
  });
});

describe('determinism', () => {
  it('gives identical statistics for the same program, config and seed', () => {
    // Random TLB replacement and random page replacement, both seeded: 24 pages in 64 KiB of RAM.
    const stats = (): unknown => {
      const run = runProgram('thrash.s', ['24', '4'], { dtlb: { entries: 16, ways: 4, policy: 'random' }, ramBytes: 64 * 1024, seed: 5 },
        { policy: 'random' });
      const s = collectStats('thrash', run.machine, run.kernel, run.result, 0);
      return { ...s, host: null };
    };
    const first = stats() as { faults: { major: number } };
    expect(first.faults.major).toBeGreaterThan(24);
    expect(stats()).toEqual(first);
  });
});

describe('the exact clock', () => {
  it('stops a run at Kernel.maxCycles (2^52), where cycles are still exact, at the same instruction on both engines', () => {
    expect(Kernel.maxCycles).toBe(2 ** 52);
    const saved = Kernel.maxCycles;
    Kernel.maxCycles = 5_000_000; // lowered, as the real limit takes days of guest time
    try {
      // An endless loop at the dearest costs: about 2 × 10^6 cycles an iteration.
      const ends = (['interp', 'jit'] as const).map((engine) => {
        // (The loop translated at its second start: it runs 3 rounds, not hot enough by default.)
        const run = withThresholds({ translateAfter: 1 },
          () => runAsm('la t0, w\n1: lw t1, 0(t0)\n  j 1b\n.data\nw: .word 1', { costs: { ...COST_PRESETS.flat, memory: MAX_COST }, engine }));
        expect(run.result).toEqual({ status: 1, end: 'cycles', report: null });
        expect(run.machine.cpu.cycles).toBeGreaterThanOrEqual(5_000_000);
        expect(endingLine(collectStats('t', run.machine, run.kernel, run.result, 0))).toBe(`stopped after ${run.machine.cpu.instret} instructions at 2^52 cycles, the most vmlab counts exactly`);
        return [run.machine.cpu.instret, run.machine.cpu.cycles];
      });
      expect(ends[1]).toEqual(ends[0]);
    } finally {
      Kernel.maxCycles = saved;
    }
  });
});
