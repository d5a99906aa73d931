/**
 * /proc/PID/maps (src/kernel/procfs.ts): a process's areas as Linux's procfs writes them, made
 * when the file is opened; read only, not mappable, and nothing else under /proc.
 */
import { describe, expect, it } from 'vitest';
import { EXIT, runAsm } from './harness.js';

/** openat(AT_FDCWD, `label`, flags) into s0. */
const open = (label: string, flags: number): string => `li a0, -100\n  la a1, ${label}\n  li a2, ${flags}\n  li a3, 0\n  li a7, 56\n  ecall\n  mv s0, a0\n`;
/** Store a0 as word i of `words`. */
const save = (i: number): string => `la t0, words\n  sw a0, ${4 * i}(t0)\n`;

describe('/proc/PID/maps', () => {
  it('lists the areas as Linux does: the program file, anonymous memory unnamed, shared anonymous as /dev/zero, the heap and the stack', () => {
    const r = runAsm(`
      li a0, 0\n  li a1, 8192\n  li a2, 3\n  li a3, 0x22\n  li a4, -1\n  li a5, 0\n  li a7, 222\n  ecall   # private anonymous
      li a0, 0\n  li a1, 4096\n  li a2, 3\n  li a3, 0x21\n  li a4, -1\n  li a5, 0\n  li a7, 222\n  ecall   # shared anonymous
      li a0, 0\n  li a7, 214\n  ecall\n  li t0, 4096\n  add a0, a0, t0\n  li a7, 214\n  ecall            # a heap page
      ${open('self', 0)}
      mv a0, s0\n  la a1, buf\n  li a2, 4096\n  li a7, 63\n  ecall\n  mv s1, a0                         # read it all
      li a0, 1\n  la a1, buf\n  mv a2, s1\n  li a7, 64\n  ecall
      li a0, 0${EXIT}
      .data\nself: .asciz "/proc/self/maps"\n.bss\nbuf: .space 4096`);
    expect(r.result.status).toBe(0);
    expect(r.stdout).toBe([
      '00400000-00401000 r-xp 00001000 00:00 1000000    /t',
      '00401000-00403000 rw-p 00002000 00:00 1000000    /t',
      '00403000-00404000 rw-p 00000000 00:00 0          [heap]',
      '7f7fb000-7f7fc000 rw-s 00000000 00:00 1000001    /dev/zero (deleted)',
      '7f7fc000-7f7fe000 rw-p 00000000 00:00 0 ',
      '7fffe000-7ffff000 rw-p 00000000 00:00 0          [stack]',
      '',
    ].join('\n'));
  });

  it('refuses to write, to map and to name anything else: EACCES, ENODEV, ENOENT; /proc/PID/maps is another live process\'s', () => {
    const r = runAsm(`
      ${open('self', 1)}  mv a0, s0\n  ${save(0)}
      ${open('other', 0)}  mv a0, s0\n  ${save(1)}
      ${open('status', 0)}  mv a0, s0\n  ${save(2)}
      ${open('pid1', 0)}  mv a0, s0\n  ${save(3)}
      ${open('self', 0)}
      li a0, 0\n  li a1, 4096\n  li a2, 1\n  li a3, 2\n  mv a4, s0\n  li a5, 0\n  li a7, 222\n  ecall\n  ${save(4)}
      li a0, 1\n  la a1, words\n  li a2, 20\n  li a7, 64\n  ecall
      li a0, 0${EXIT}
      .data\nself: .asciz "/proc/self/maps"\nother: .asciz "/proc/2/maps"\nstatus: .asciz "/proc/self/status"\npid1: .asciz "/proc/1/../1/maps"
      .balign 4\nwords: .space 20`);
    expect(Array.from({ length: 5 }, (_, i) => r.stdoutBytes.readInt32LE(4 * i))).toEqual([-13, -2, -2, 3, -19]);
  });
});
