/** The guest's files: the file calls, the page cache under them, the root and write-through. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DetachedInodes, GuestFs } from '../../src/kernel/fs.js';
import { EXIT, runAsm, type Run } from './harness.js';
import { build } from '../asm/helpers.js';
import { DEFAULT_CONFIG, Machine } from '../../src/machine/machine.js';
import { Kernel } from '../../src/kernel/kernel.js';

/** A fresh root with a few files, and a secret outside it. */
function makeRoot(): string {
  const base = mkdtempSync(join(tmpdir(), 'vmlab-fs-'));
  const root = join(base, 'root');
  mkdirSync(join(root, 'dir'), { recursive: true });
  writeFileSync(join(root, 'hello.txt'), 'hello, file\n');
  writeFileSync(join(root, 'dir', 'big.bin'), Buffer.alloc(10000, 7));
  writeFileSync(join(base, 'secret.txt'), 'secret\n');
  symlinkSync('../secret.txt', join(root, 'escape'));
  symlinkSync('hello.txt', join(root, 'alias'));
  return root;
}

/** Guest strings in .data, and a helper to call: `call(n, a0, a1...)` as assembly. */
const DATA = (strings: Record<string, string>): string =>
  '\n.data\n' + Object.entries(strings).map(([label, s]) => `${label}: .asciz ${JSON.stringify(s)}`).join('\n') +
  '\n.bss\nbuf: .space 16384\n';

function run(root: string, body: string, strings: Record<string, string>, writeThrough = false): Run {
  return runAsm(body + EXIT + DATA(strings), {}, ['t'], 10_000_000, { fs: new GuestFs(root, writeThrough) });
}

/** openat(AT_FDCWD, path, flags) into s0; then `rest`. */
const open = (label: string, flags: number): string => `li a0, -100\n  la a1, ${label}\n  li a2, ${flags}\n  li a7, 56\n  ecall\n  mv s0, a0\n`;

describe('file calls', () => {
  it('reads a PROT_WRITE private mapping of a file: the page comes in readable (write implies read)', () => {
    // mmap(0, 4096, PROT_WRITE, MAP_PRIVATE, fd, 0), a load from it, then write() from it.
    const r = run(makeRoot(), `${open('path', 0)}
      li a0, 0\n  li a1, 4096\n  li a2, 2\n  li a3, 2\n  mv a4, s0\n  li a5, 0\n  li a7, 222\n  ecall\n  mv s1, a0
      lbu s2, 0(s1)\n  li a0, 1\n  mv a1, s1\n  li a2, 5\n  li a7, 64\n  ecall\n  add a0, a0, s2`, { path: '/hello.txt' });
    expect([r.result.status, r.stdout]).toEqual([(5 + 104) & 0xff, 'hello']);
  });

  it('read into a buffer that stops being writable returns what it copied and moves the offset by that, as Linux', () => {
    // A read of 8,192 bytes 100 bytes before a read-only page: 100 bytes; then one into the
    // read-only page: EFAULT, the offset where it was. The results and offsets as words.
    const llseek = 'mv a0, s0\n  li a1, 0\n  li a2, 0\n  la a3, res\n  li a4, 1\n  li a7, 62\n  ecall\n  la t0, res\n  lw a0, 0(t0)\n';
    const save = (i: number): string => `la t0, words\n  sw a0, ${4 * i}(t0)\n`;
    const r = runAsm(`${open('path', 0)}
      li a0, 0\n  li a1, 8192\n  li a2, 3\n  li a3, 0x22\n  li a4, -1\n  li a5, 0\n  li a7, 222\n  ecall\n  mv s1, a0
      li t0, 4096\n  add a0, s1, t0\n  li a1, 4096\n  li a2, 1\n  li a7, 226\n  ecall
      mv a0, s0\n  li t0, 3996\n  add a1, s1, t0\n  li a2, 8192\n  li a7, 63\n  ecall\n  ${save(0)}  ${llseek}  ${save(1)}
      mv a0, s0\n  li t0, 4096\n  add a1, s1, t0\n  li a2, 10\n  li a7, 63\n  ecall\n  ${save(2)}  ${llseek}  ${save(3)}
      li a0, 1\n  la a1, words\n  li a2, 16\n  li a7, 64\n  ecall${EXIT}
      .data\npath: .asciz "/dir/big.bin"\n.balign 8\nres: .space 8\nwords: .space 16`, {}, ['t'], 10_000_000, { fs: new GuestFs(makeRoot(), false) });
    const words = Array.from({ length: 4 }, (_, i) => r.stdoutBytes.readInt32LE(4 * i));
    expect(words).toEqual([100, 100, -14, 100]);
  });

  it('open + read + write to stdout copies a file, reading it through the page cache', () => {
    const r = run(makeRoot(), open('path', 0) + `mv a0, s0\n  la a1, buf\n  li a2, 100\n  li a7, 63\n  ecall
      mv a2, a0\n  li a0, 1\n  la a1, buf\n  li a7, 64\n  ecall\n  li a0, 0`, { path: 'hello.txt' });
    expect([r.stdout, r.result.status]).toEqual(['hello, file\n', 0]);
    expect(r.kernel.pageCache.has(r.kernel.fs!.lookup('/hello.txt'), 0)).toBe(true);
  });

  it('returns the Linux errors', () => {
    const root = makeRoot();
    const errno = (body: string, strings: Record<string, string> = {}): number => run(root, `${body}\n  neg a0, a0`, strings).result.status;
    expect(errno(open('p', 0).replace('mv s0, a0\n', ''), { p: 'missing.txt' })).toBe(2); // ENOENT
    expect(errno(open('p', 1).replace('mv s0, a0\n', ''), { p: 'dir' })).toBe(21); // EISDIR
    expect(errno(open('p', 0o200000).replace('mv s0, a0\n', ''), { p: 'hello.txt' })).toBe(20); // ENOTDIR
    expect(errno(open('p', 0o300).replace('mv s0, a0\n', ''), { p: 'hello.txt' })).toBe(17); // O_CREAT|O_EXCL: EEXIST
    expect(errno(open('p', 0o100).replace('mv s0, a0\n', ''), { p: 'nodir/new.txt' })).toBe(2);
    expect(errno('li a0, 9\n  la a1, buf\n  li a2, 1\n  li a7, 63\n  ecall')).toBe(9); // EBADF
    expect(errno(open('p', 1) + 'mv a0, s0\n  la a1, buf\n  li a2, 1\n  li a7, 63\n  ecall', { p: 'hello.txt' })).toBe(9); // write-only
    expect(errno(open('p', 0) + 'mv a0, s0\n  la a1, buf\n  li a2, 1\n  li a7, 63\n  ecall', { p: 'dir' })).toBe(21);
    expect(errno('li a0, 1\n  li a1, 0\n  li a2, 0\n  li a3, 0\n  li a4, 0\n  li a7, 62\n  ecall')).toBe(29); // ESPIPE
    expect(errno(open('p', 0) + 'mv a0, s0\n  li a1, 0x10\n  li a2, 5\n  li a7, 63\n  ecall', { p: 'hello.txt' })).toBe(14); // EFAULT
  });

  it('_llseek moves the offset before storing the result, as Linux: a bad result pointer is EFAULT after the move', () => {
    // llseek(fd, 0, 5, 0x10, SEEK_SET) → -EFAULT; read then gets the 7 bytes from offset 5: 14 * 16 + 7.
    const r = run(makeRoot(), open('p', 0) + `mv a0, s0\n  li a1, 0\n  li a2, 5\n  li a3, 0x10\n  li a4, 0\n  li a7, 62\n  ecall\n  mv s1, a0
      mv a0, s0\n  la a1, buf\n  li a2, 100\n  li a7, 63\n  ecall
      neg t0, s1\n  slli t0, t0, 4\n  add a0, a0, t0`, { p: 'hello.txt' });
    expect(r.result.status).toBe(14 * 16 + 7);
  });

  it('_llseek with a whence past SEEK_HOLE is EINVAL, before a pipe\'s ESPIPE (after a bad descriptor\'s EBADF)', () => {
    const seek = (fd: string, whence: number): string => `${fd}\n  li a1, 0\n  li a2, 0\n  la a3, buf\n  li a4, ${whence}\n  li a7, 62\n  ecall\n  neg a0, a0`;
    const pipe = 'la a0, buf\n  li a1, 0\n  li a7, 59\n  ecall\n  lw a0, buf\n';
    const root = makeRoot();
    expect(run(root, pipe + seek('', 9), {}).result.status).toBe(22);
    expect(run(root, pipe + seek('', 5), {}).result.status).toBe(22);
    expect(run(root, pipe + seek('', 2), {}).result.status).toBe(29);
    expect(run(root, open('p', 0) + seek('mv a0, s0', 9), { p: 'hello.txt' }).result.status).toBe(22);
    expect(run(root, seek('li a0, 99', 9), {}).result.status).toBe(9);
  });

  it('dup3(77, 77, 0) with 77 closed is EINVAL (oldfd == newfd is checked before oldfd), as Linux', () => {
    const dup3 = (a: number, b: number, flags: number): string => `li a0, ${a}\n  li a1, ${b}\n  li a2, ${flags}\n  li a7, 24\n  ecall\n  neg a0, a0`;
    const root = makeRoot();
    expect(run(root, dup3(77, 77, 0), {}).result.status).toBe(22);
    expect(run(root, dup3(1, 1, 0), {}).result.status).toBe(22);
    expect(run(root, dup3(77, 78, 0), {}).result.status).toBe(9);
    expect(run(root, dup3(77, 77, 0x4000), {}).result.status).toBe(22);
    // descriptors 0 to 1023, Linux's default RLIMIT_NOFILE (qemu-riscv32: 1023 too)
    const to = (newfd: number): number => run(root, `li a0, 1\n  li a1, ${newfd}\n  li a2, 0\n  li a7, 24\n  ecall\n  srai a0, a0, 31\n  neg a0, a0`, {}).result.status;
    expect([to(300), to(1023), to(1024)]).toEqual([0, 0, 1]);
  });

  it('creates, appends, seeks and reads back; the host is not changed without --write-through', () => {
    const root = makeRoot();
    const r = run(root, open('p', 0o102 /* O_CREAT|O_RDWR */) +
      `mv a0, s0\n  la a1, msg\n  li a2, 5\n  li a7, 64\n  ecall        # "abcde"
      mv a0, s0\n  li a1, 0\n  li a2, 1\n  la a3, buf\n  li a4, 0\n  li a7, 62\n  ecall   # lseek(1, SEEK_SET)
      mv a0, s0\n  la a1, msg2\n  li a2, 2\n  li a7, 64\n  ecall       # "aXYde"
      mv a0, s0\n  li a1, 0\n  li a2, 0\n  la a3, buf\n  li a4, 0\n  li a7, 62\n  ecall
      mv a0, s0\n  la a1, buf\n  li a2, 100\n  li a7, 63\n  ecall
      mv a2, a0\n  li a0, 1\n  la a1, buf\n  li a7, 64\n  ecall\n  li a0, 0`, { p: 'new.txt', msg: 'abcde', msg2: 'XY' });
    expect(r.stdout).toBe('aXYde');
    expect(existsSync(join(root, 'new.txt'))).toBe(false);
    expect(Buffer.from(r.kernel.fs!.lookup('/new.txt').data.subarray(0, 5)).toString()).toBe('aXYde');
  });

  it('writes the dirty pages back to the host with write-through, and only then', () => {
    const root = makeRoot();
    run(root, open('p', 0o2001 /* O_APPEND|O_WRONLY */) + 'mv a0, s0\n  la a1, m\n  li a2, 4\n  li a7, 64\n  ecall\n  li a0, 0',
      { p: 'hello.txt', m: 'more' }, true);
    expect(readFileSync(join(root, 'hello.txt'), 'utf8')).toBe('hello, file\nmore');
  });

  it('truncates with O_TRUNC and unlinks', () => {
    const root = makeRoot();
    const r = run(root, open('p', 0o1001 /* O_TRUNC|O_WRONLY */) +
      `li a0, -100\n  la a1, q\n  li a2, 0\n  li a7, 35\n  ecall\n  mv s1, a0
      ${open('q', 0)}\n  add a0, s1, s0`, { p: 'hello.txt', q: 'dir/big.bin' });
    expect(r.result.status).toBe(-2 & 0xff); // unlink → 0; the reopen fails with ENOENT
    expect(r.kernel.fs!.lookup('/hello.txt').size).toBe(0);
    expect(existsSync(join(root, 'dir', 'big.bin'))).toBe(true);
  });

  it('O_RDONLY|O_TRUNC truncates a regular file, as Linux; on a directory it is EISDIR, with O_DIRECTORY on a file ENOTDIR', () => {
    const root = makeRoot();
    const r = run(root, open('p', 0o1000) + 'mv a0, s0\n  la a1, buf\n  li a2, 16\n  li a7, 63\n  ecall', { p: 'hello.txt' });
    expect(r.result.status).toBe(0); // read finds nothing
    expect(r.kernel.fs!.lookup('/hello.txt').size).toBe(0);
    expect(run(root, open('p', 0o1000) + 'neg a0, s0', { p: 'dir' }).result.status).toBe(21);
    const d = run(root, open('p', 0o201000) + 'neg a0, s0', { p: 'hello.txt' });
    expect([d.result.status, d.kernel.fs!.lookup('/hello.txt').size]).toEqual([20, 12]);
  });

  it('access mode 3 opens a descriptor that can neither read nor write (EBADF), as Linux; a directory is EISDIR', () => {
    const root = makeRoot();
    // fd 3; read → -EBADF; write → -EBADF: 3 + 9 + 9.
    const r = run(root, open('p', 3) + `mv a0, s0\n  la a1, buf\n  li a2, 4\n  li a7, 63\n  ecall\n  mv s1, a0
      mv a0, s0\n  la a1, buf\n  li a2, 4\n  li a7, 64\n  ecall
      sub a0, s0, a0\n  sub a0, a0, s1`, { p: 'hello.txt' });
    expect(r.result.status).toBe(3 + 9 + 9);
    expect(run(root, open('p', 3) + 'neg a0, s0', { p: 'dir' }).result.status).toBe(21);
    expect(run(root, open('p', 0o103) + 'mv a0, s0', { p: 'new.txt' }).result.status).toBe(3); // O_CREAT: created
  });

  describe('fcntl64', () => {
    const fcntl = (fd: string, cmd: number, arg: number): string => `mv a0, ${fd}\n  li a1, ${cmd}\n  li a2, ${arg}\n  li a7, 25\n  ecall\n`;

    it('shows the status flags of an open file, access mode 3 included, and F_SETFL changes O_APPEND and O_NONBLOCK for every descriptor of it', () => {
      const root = makeRoot();
      // O_RDWR|O_APPEND|O_NONBLOCK: F_GETFL shows all three; O_ACCMODE (3) shows as 3.
      expect(run(root, open('p', 0o6002) + fcntl('s0', 3, 0), { p: 'hello.txt' }).result.status).toBe(0o6002 & 255);
      expect(run(root, open('p', 0o6002) + fcntl('s0', 3, 0) + 'srli a0, a0, 8', { p: 'hello.txt' }).result.status).toBe(0o6002 >> 8);
      expect(run(root, open('p', 3) + fcntl('s0', 3, 0), { p: 'hello.txt' }).result.status).toBe(3);
      // dup, then F_SETFL O_APPEND on the copy: the original's flags show it (one open file).
      const shared = run(root, `${open('p', 1)}li a7, 23\n  mv a0, s0\n  ecall\n  mv s1, a0\n${fcntl('s1', 4, 0o2000)}${fcntl('s0', 3, 0)}srli a0, a0, 8`,
        { p: 'hello.txt' });
      expect(shared.result.status).toBe(0o2001 >> 8);
      // F_SETFL keeps the access mode whatever it is given.
      expect(run(root, `${open('p', 1)}${fcntl('s0', 4, 2)}${fcntl('s0', 3, 0)}`, { p: 'hello.txt' }).result.status).toBe(1);
    });

    it('answers as Linux: EBADF before an unknown command, EINVAL from RLIMIT_NOFILE (1,024) on, EMFILE when none is free', () => {
      const root = makeRoot();
      const errno = (body: string): number => run(root, `${body}  neg a0, a0`, { p: 'hello.txt' }).result.status;
      expect(errno('li s0, 99\n' + fcntl('s0', 999, 0))).toBe(9);
      expect(errno('li s0, 99\n' + fcntl('s0', 1, 0))).toBe(9);
      expect(errno(open('p', 0) + fcntl('s0', 999, 0))).toBe(22);
      expect(errno(open('p', 0) + fcntl('s0', 5, 0))).toBe(22); // F_GETLK: no record locks
      expect(errno(open('p', 0) + fcntl('s0', 0, 1024))).toBe(22);
      expect(run(root, open('p', 0) + fcntl('s0', 0, 1023), { p: 'hello.txt' }).result.status).toBe(1023 & 255);
      expect(errno(open('p', 0) + fcntl('s0', 0, 1023) + fcntl('s0', 0, 1023))).toBe(24);
    });
  });

  it('stats a file (statx by path, fstat by descriptor)', () => {
    const r = run(makeRoot(), `li a0, -100\n  la a1, p\n  li a2, 0\n  li a3, 0x7ff\n  la a4, buf\n  li a7, 291\n  ecall
      la t0, buf\n  lw s1, 40(t0)            # stx_size
      ${open('p', 0)}\n  mv a0, s0\n  la a1, buf\n  li a7, 80\n  ecall
      la t0, buf\n  lw s2, 48(t0)            # st_size
      lhu t1, 16(t0)\n  srli t1, t1, 12       # S_IFREG >> 12 = 8
      add a0, s1, s2\n  add a0, a0, t1`, { p: 'dir/big.bin' });
    expect(r.result.status).toBe((10000 + 10000 + 8) & 0xff);
  });
});

describe('readlinkat', () => {
  it('reads a target inside the root as the guest\'s path, one outside it as written (test/c/readlink.c has the rest)', () => {
    const root = makeRoot();
    symlinkSync(join(root, 'hello.txt'), join(root, 'absolute'));
    // readlinkat(AT_FDCWD, path, buf, 256), then write(1, buf, n) or exit(-n)
    const read = (path: string): string | number => {
      const r = run(root, `li a0, -100\n  la a1, path\n  la a2, buf\n  li a3, 256\n  li a7, 78\n  ecall\n  bltz a0, 1f\n` +
        `mv a2, a0\n  li a0, 1\n  la a1, buf\n  li a7, 64\n  ecall\n  li a0, 0\n  j 2f\n1:\n  neg a0, a0\n2:\n`, { path });
      return r.result.status === 0 ? r.stdout : -r.result.status;
    };
    expect([read('absolute'), read('escape'), read('alias'), read('hello.txt')]).toEqual(['/hello.txt', '../secret.txt', 'hello.txt', -22]);
  });

  // Found by a review: these were -EINVAL, re-encoded, and a size statx did not agree with.
  it('a trailing slash follows the link (a file: ENOTDIR); a target\'s bytes come back as they are; statx\'s size is what readlinkat reads', () => {
    const root = makeRoot();
    symlinkSync(join(root, 'hello.txt'), join(root, 'absolute'));
    symlinkSync(Buffer.from([0xff, 0xfe]) as unknown as string, join(root, 'raw'));
    const readlink = (path: string): string => {
      const r = run(root, `li a0, -100\n  la a1, path\n  la a2, buf\n  li a3, 256\n  li a7, 78\n  ecall\n  bltz a0, 1f\n` +
        `mv a2, a0\n  li a0, 1\n  la a1, buf\n  li a7, 64\n  ecall\n  li a0, 0\n  j 2f\n1:\n  neg a0, a0\n2:\n`, { path });
      return r.result.status === 0 ? Buffer.from(r.stdout, 'latin1').toString('hex') : `-${r.result.status}`;
    };
    expect([readlink('alias/'), readlink('dir/')]).toEqual(['-20', '-22']);
    // The raw target's count and second byte, as exit statuses (stdout here is decoded text)
    const raw = (what: string): number => run(root, `li a0, -100\n  la a1, path\n  la a2, buf\n  li a3, 256\n  li a7, 78\n  ecall\n${what}`, { path: 'raw' }).result.status;
    expect([raw(''), raw('la t0, buf\n  lbu a0, 1(t0)\n')]).toEqual([2, 0xfe]);
    // statx(AT_FDCWD, "absolute", AT_SYMLINK_NOFOLLOW, STATX_SIZE, buf): stx_size at 40
    const r = run(root, 'li a0, -100\n  la a1, path\n  li a2, 0x100\n  li a3, 0x200\n  la a4, buf\n  li a7, 291\n  ecall\n  la t0, buf\n  lbu a0, 40(t0)\n', { path: 'absolute' });
    expect(r.result).toEqual({ status: '/hello.txt'.length, end: 'exit', report: null });
  });
});

describe('the working directory (getcwd, chdir, fchdir)', () => {
  const getcwd = (size: number): string => `la a0, buf\n  li a1, ${size}\n  li a7, 17\n  ecall\n`;
  const chdir = (label: string): string => `la a0, ${label}\n  li a7, 49\n  ecall\n`;
  /** Save a0 as word i of `words`. */
  const save = (i: number): string => `la t0, words\n  sw a0, ${4 * i}(t0)\n`;
  const words = '\n.data\n.balign 4\nwords: .space 40';

  it('relative paths start there; getcwd gives it; .. and a file are as Linux has them', () => {
    const root = makeRoot();
    writeFileSync(join(root, 'dir', 'note.txt'), 'in dir\n');
    const r = runAsm(`${chdir('dirname')}  ${save(0)}
      ${open('note', 0)}  mv a0, s0\n  ${save(1)}
      ${getcwd(100)}  ${save(2)}
      li a0, 1\n  la a1, buf\n  li a2, 4\n  li a7, 64\n  ecall
      ${getcwd(4)}  ${save(3)}
      ${chdir('file')}  ${save(4)}
      ${chdir('missing')}  ${save(5)}
      ${chdir('up')}  ${save(6)}
      ${getcwd(100)}  ${save(7)}
      ${open('dirname', 0o200000)}  mv a0, s0\n  li a7, 50\n  ecall\n  ${save(8)}
      mv a0, s0\n  li a7, 50\n  ecall
      li a0, 3\n  li a7, 50\n  ecall\n  ${save(9)}
      li a0, 1\n  la a1, words\n  li a2, 40\n  li a7, 64\n  ecall
      li a0, 0\n  ${EXIT}${DATA({ dirname: 'dir', note: 'note.txt', file: '/hello.txt', missing: 'nowhere', up: '..' })}${words}`,
    {}, ['t'], 10_000_000, { fs: new GuestFs(root, false) });
    expect(r.stdoutBytes.subarray(0, 4).toString()).toBe('/dir');
    const w = Array.from({ length: 10 }, (_, i) => r.stdoutBytes.readInt32LE(4 + 4 * i));
    // chdir 0; open gives fd 3; getcwd "/dir\0" 5; ERANGE; ENOTDIR; ENOENT; 0; "/\0" 2; fchdir 0; fchdir of a file ENOTDIR
    expect(w).toEqual([0, 3, 5, -34, -20, -2, 0, 2, 0, -20]);
  });

  it('a child of fork starts in its parent\'s directory', () => {
    const root = makeRoot();
    writeFileSync(join(root, 'dir', 'note.txt'), 'in dir\n');
    // The child opens note.txt by its relative name and exits with the descriptor; the parent waits and exits with its status.
    const r = runAsm(`${chdir('dirname')}
      li a0, 17\n  li a1, 0\n  li a7, 220\n  ecall
      bnez a0, parent
      ${open('note', 0)}  mv a0, s0\n  ${EXIT}
    parent:
      li a0, 0\n  li a1, 0\n  la a2, words\n  li a3, 4\n  li a4, 0\n  li a7, 95\n  ecall
      la t0, words\n  lw a0, 20(t0)\n  ${EXIT}${DATA({ dirname: 'dir', note: 'note.txt' })}\n.data\n.balign 4\nwords: .space 128`,
    {}, ['t'], 10_000_000, { fs: new GuestFs(root, false) });
    expect(r.result.status).toBe(3);
  });
});

describe('what stat tells', () => {
  /** statx(AT_FDCWD, path) of each label, then stdout gets [mask, nlink, mode, size, blocks] of each as words. */
  const statxFields = (labels: string[]): string => labels.map((label) => `li a0, -100\n  la a1, ${label}\n  li a2, 0\n  li a3, 0x7ff\n  la a4, buf\n  li a7, 291\n  ecall
      la t0, buf\n  la t1, out\n  lw t2, 0(t0)\n  sw t2, 0(t1)\n  lw t2, 16(t0)\n  sw t2, 4(t1)\n  lhu t2, 28(t0)\n  sw t2, 8(t1)
      lw t2, 40(t0)\n  sw t2, 12(t1)\n  lw t2, 48(t0)\n  sw t2, 16(t1)\n  li a0, 1\n  la a1, out\n  li a2, 20\n  li a7, 64\n  ecall`).join('\n  ');

  it('a file\'s blocks are whole 4 KiB ones, a directory\'s size and links the host\'s; no times are claimed', () => {
    const root = makeRoot();
    mkdirSync(join(root, 'dir', 'sub'));
    const r = runAsm(statxFields(['f', 'd', 'e']) + EXIT + DATA({ f: 'hello.txt', d: 'dir', e: 'dir/big.bin' }) + '\n.data\n.balign 4\nout: .space 20',
      {}, ['t'], 10_000_000, { fs: new GuestFs(root, false) });
    expect([r.result.end, r.stdoutBytes.length]).toEqual(['exit', 60]);
    const words = Array.from({ length: 15 }, (_, i) => r.stdoutBytes.readInt32LE(4 * i));
    const dir = statSync(join(root, 'dir'));
    // STATX_BASIC_STATS without STATX_ATIME, _MTIME, _CTIME: 0x71f.
    expect(words).toEqual([0x71f, 1, 0o100644, 12, 8, 0x71f, dir.nlink, 0o40000 | (dir.mode & 0o7777), dir.size, Math.ceil(dir.size / 4096) * 8,
      0x71f, 1, 0o100644, 10000, 24]);
    expect(dir.nlink).toBe(3);
  });
});

describe('statx checks (as Linux 6.18 on the host; qemu-riscv32 reads the path first)', () => {
  /** statx(dirfd, path, flags, mask, buf), exiting with its -errno (0 if it worked). */
  const statx = (dirfd: string, path: string, flags: number, mask: number): string =>
    `${dirfd}\n  ${path}\n  li a2, ${flags}\n  li a3, ${mask}\n  la a4, buf\n  li a7, 291\n  ecall\n  neg a0, a0`;
  const cwd = 'li a0, -100';
  const cases: [string, string, string, number, number, number][] = [
    ['an unknown flag', cwd, 'la a1, p', 0x80000000, 0x7ff, 22],
    ['flag 1', cwd, 'la a1, p', 1, 0x7ff, 22],
    ['AT_REMOVEDIR', cwd, 'la a1, p', 0x200, 0x7ff, 22],
    ['both sync types', cwd, 'la a1, p', 0x6000, 0x7ff, 22],
    ['STATX__RESERVED in the mask', cwd, 'la a1, p', 0, 0x80000000, 22],
    ['known flags', cwd, 'la a1, p', 0x2900, 0x7ff, 0],
    ['an unknown flag and a missing file', cwd, 'la a1, m', 0x80000000, 0x7ff, 22],
    ['an unknown flag and a bad path pointer', cwd, 'li a1, 0x10', 0x80000000, 0x7ff, 22],
    ['a reserved mask bit and a bad path pointer', cwd, 'li a1, 0x10', 0, 0x80000000, 22],
    ['a bad path pointer', cwd, 'li a1, 0x10', 0, 0x7ff, 14],
    ['AT_EMPTY_PATH on closed fd 99, an unknown flag', 'li a0, 99', 'la a1, e', 0x80001000, 0x7ff, 9],
    ['AT_EMPTY_PATH on closed fd 99, a reserved mask bit', 'li a0, 99', 'la a1, e', 0x1000, 0x80000000, 22],
    ['AT_EMPTY_PATH on fd 1, an unknown flag (not checked)', 'li a0, 1', 'la a1, e', 0x80001000, 0x7ff, 0],
    ['AT_EMPTY_PATH on fd 1, both sync types', 'li a0, 1', 'la a1, e', 0x7000, 0x7ff, 22],
    ['AT_EMPTY_PATH on AT_FDCWD, an unknown flag', cwd, 'la a1, e', 0x80001000, 0x7ff, 22],
    ['AT_EMPTY_PATH on AT_FDCWD', cwd, 'la a1, e', 0x1000, 0x7ff, 0],
    ['AT_EMPTY_PATH on fd -5', 'li a0, -5', 'la a1, e', 0x1000, 0x7ff, 9],
  ];
  it.each(cases)('%s', (_what, dirfd, path, flags, mask, errno) => {
    expect(run(makeRoot(), statx(dirfd, path, flags, mask), { p: 'hello.txt', m: 'missing', e: '' }).result.status).toBe(errno);
  });
});

describe('the root', () => {
  it('keeps ".." at the root', () => {
    const r = run(makeRoot(), open('p', 0) + 'mv a0, s0', { p: '../../../../hello.txt' });
    expect(r.result.status).toBe(3);
  });

  it('refuses a symlink that leads outside it, follows one that stays inside', () => {
    const root = makeRoot();
    expect(run(root, open('p', 0) + 'neg a0, s0', { p: 'escape' }).result.status).toBe(13); // EACCES
    expect(run(root, open('p', 0) + 'mv a0, s0', { p: 'alias' }).result.status).toBe(3);
  });

  it('resolves a path a component at a time, as Linux: a trailing slash or x/.. needs a directory', () => {
    const root = makeRoot();
    const errno = (body: string, strings: Record<string, string>): number => run(root, `${body}\n  neg a0, a0`, strings).result.status;
    const openErr = (path: string, flags: number): number => errno(open('p', flags).replace('mv s0, a0\n', '') + '  li a3, 0644', { p: path });
    const cases: [string, number, number][] = [
      ['hello.txt/', 0, 20], ['hello.txt/.', 0, 20], ['hello.txt/..', 0, 20], ['hello.txt//', 0, 20],
      ['missing/..', 0, 2], ['missing/../hello.txt', 0, 2], ['hello.txt/../hello.txt', 0, 20],
      ['new.txt/', 0o101, 21], ['hello.txt/', 0o101, 21], ['dir/', 0o101, 21], ['nodir/new.txt/', 0o101, 2],
      ['hello.txt/x', 0o101, 20], ['new.txt/.', 0o101, 2], ['hello.txt/..', 0o101, 20], ['new.txt/', 0, 2],
      ['dir/../hello.txt', 0, -3], ['dir/./', 0, -3], ['dir//', 0, -3], ['./hello.txt', 0, -3], ['dir/big.bin', 0, -3],
    ];
    for (const [path, flags, want] of cases) expect([path, flags, openErr(path, flags)]).toEqual([path, flags, want & 0xff]);
    const statx = (path: string): number => errno('li a0, -100\n  la a1, p\n  li a2, 0\n  li a3, 0x7ff\n  la a4, buf\n  li a7, 291\n  ecall', { p: path });
    expect([statx('hello.txt/'), statx('missing/..'), statx('dir/'), statx('dir/big.bin/.')]).toEqual([20, 2, 0, 20]);
    const unlink = (path: string): number => errno('li a0, -100\n  la a1, p\n  li a2, 0\n  li a7, 35\n  ecall', { p: path });
    expect([unlink('hello.txt/'), unlink('missing/'), unlink('dir/'), unlink('hello.txt/.'), unlink('missing/..')]).toEqual([20, 2, 21, 20, 2]);
    const execve = (path: string): number => errno('la a0, p\n  li a1, 0\n  li a2, 0\n  li a7, 221\n  ecall', { p: path });
    expect(execve('hello.txt/')).toBe(20);
    expect(existsSync(join(root, 'hello.txt'))).toBe(true);
  });

  it('resolves ., .. and repeated slashes a component at a time, and .. stops at the root', () => {
    const root = makeRoot();
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    const fs = new GuestFs(root, false);
    expect(fs.walk('a/./b//../c')).toEqual({ guest: '/a/c', trailingSlash: false });
    expect(fs.walk('/../..')).toEqual({ guest: '/', trailingSlash: false });
    expect(fs.walk('a/b/')).toEqual({ guest: '/a/b', trailingSlash: true });
  });
});

describe('executables in the page cache', () => {
  it('a second run of the same file finds its .text in the page cache (a minor fault, no disk read)', () => {
    const root = makeRoot();
    const fs = new GuestFs(root, false);
    writeFileSync(join(root, 'prog'), build('li a0, 3\n  li a7, 93\n  ecall'));
    const machine = new Machine(DEFAULT_CONFIG);
    const kernel = new Kernel(machine, { stdout: () => {}, stderr: () => {}, fs });
    const inode = fs.inodeOfHostFile(join(root, 'prog'))!;
    const runOnce = (): number[] => {
      const p = kernel.exec(inode.data, ['prog'], [], inode);
      expect(kernel.run().status).toBe(3);
      const text = p.vmas.find((v) => v.name === '.text')!;
      return [text.faults.major, text.faults.minor];
    };
    expect(runOnce()).toEqual([1, 0]);
    expect(runOnce()).toEqual([0, 1]);
    expect(kernel.pageCache.stats.reads).toBe(1);
  });
});

describe('a file larger than RAM', () => {
  it('is written with write(): dirty page-cache pages nobody maps are written back and reclaimed, not the writer killed', () => {
    // 256 KiB of RAM, 512 KiB written a page at a time (page i filled with byte i + 1), written
    // through to the host; then each page's first byte read back (llseek, read) and summed.
    const root = makeRoot();
    const r = runAsm(`${open('p', 0o102)}
      li s1, 0
    1:  addi t0, s1, 1\n  la t1, buf\n  li t2, 4096
    2:  sb t0, 0(t1)\n  addi t1, t1, 1\n  addi t2, t2, -1\n  bnez t2, 2b
      mv a0, s0\n  la a1, buf\n  li a2, 4096\n  li a7, 64\n  ecall\n  li t0, 4096\n  bne a0, t0, fail
      addi s1, s1, 1\n  li t0, 128\n  blt s1, t0, 1b
      li s1, 0\n  li s2, 0
    3:  mv a0, s0\n  li a1, 0\n  slli a2, s1, 12\n  la a3, buf\n  li a4, 0\n  li a7, 62\n  ecall
      mv a0, s0\n  la a1, buf\n  li a2, 1\n  li a7, 63\n  ecall
      la t0, buf\n  lbu t0, 0(t0)\n  add s2, s2, t0\n  addi s1, s1, 1\n  li t0, 128\n  blt s1, t0, 3b
      andi a0, s2, 255${EXIT}
    fail:\n  li a0, 1${EXIT}${DATA({ p: '/big.bin' })}`, { ramBytes: 256 * 1024 }, ['t'], 50_000_000, { fs: new GuestFs(root, true) });
    expect(r.result).toMatchObject({ end: 'exit', status: ((128 * 129) / 2) & 255 });
    const host = readFileSync(join(root, 'big.bin'));
    expect([host.length, host[0], host[4096 * 127 + 4095]]).toEqual([128 * 4096, 1, 128]);
  });
});

describe('file limits', () => {
  /** llseek(s0, high, low, buf, SEEK_SET) then write(s0, buf, 16); exits with the write's errno (0 if it wrote). */
  const seekWrite = (high: number, low: number): string => open('p', 0o102) +
    `mv a0, s0\n  li a1, ${high}\n  li a2, ${low}\n  la a3, buf\n  li a4, 0\n  li a7, 62\n  ecall\n  mv s1, a0
    mv a0, s0\n  la a1, buf\n  li a2, 16\n  li a7, 64\n  ecall\n  mv s2, a0\n  neg a0, s1\n  bnez a0, 1f\n  neg a0, s2\n  1:`;

  it('lseek goes up to 32-bit Linux\'s largest offset (2^44 - 4096; past it EINVAL), a write there is EFBIG', () => {
    // 2 GiB, 4 GiB and the largest: the seek succeeds (qemu-riscv32 too), the write is past 256 MiB
    for (const [high, low] of [[0, -2147483648], [1, 0], [0xfff, -4096]]) {
      expect(run(makeRoot(), seekWrite(high, low), { p: 'new.bin' }).result.status).toBe(27);
    }
    for (const [high, low] of [[0x1000, 0], [0x7fffffff, -1]]) {
      expect(run(makeRoot(), seekWrite(high, low), { p: 'new.bin' }).result.status).toBe(22);
    }
  });

  it('a write at the largest file size (256 MiB) is EFBIG; one that crosses it is cut short', () => {
    const root = makeRoot();
    expect(run(root, seekWrite(0, 256 * 1024 * 1024), { p: 'new.bin' }).result.status).toBe(27); // EFBIG
    // 10 bytes below the limit: 10 of the 16 bytes are written.
    const r = run(root, seekWrite(0, 256 * 1024 * 1024 - 10).replace('neg a0, s1\n  bnez a0, 1f\n  neg a0, s2\n  1:', 'mv a0, s2'), { p: 'new.bin' });
    expect(r.result.status).toBe(10);
    expect(r.kernel.fs!.lookup('/new.bin').size).toBe(256 * 1024 * 1024);
  });

  it('a name longer than 255 bytes is ENAMETOOLONG, with or without write-through', () => {
    for (const writeThrough of [false, true]) {
      const root = makeRoot();
      const r = run(root, `${open('p', 0o102)}neg a0, s0`, { p: `dir/${'n'.repeat(256)}` }, writeThrough);
      expect(r.result.status).toBe(36);
      expect(run(root, `${open('p', 0o102)}neg a0, s0`, { p: `dir/${'n'.repeat(255)}` }, writeThrough).result.status).toBe(253); // fd 3
    }
  });

  it('answers O_TMPFILE as a file system without it does: EOPNOTSUPP, after Linux\'s EINVAL checks', () => {
    const status = (flags: number, p = 'dir'): number => run(makeRoot(), `${open('p', flags)}neg a0, s0`, { p }).result.status;
    // O_TMPFILE | O_RDWR; without O_DIRECTORY's bit (__O_TMPFILE | O_RDWR); O_TMPFILE read-only.
    expect([status(0o20200002), status(0o20000002), status(0o20200000)]).toEqual([95, 22, 22]);
    // The directory is looked up before (qemu-riscv32): missing ENOENT, a file ENOTDIR.
    expect([status(0o20200002, 'missing'), status(0o20200002, 'hello.txt')]).toEqual([2, 20]);
  });

  it('finds a name too long when the walk comes to it, as Linux: a missing directory or a file before it fails first', () => {
    // qemu-riscv32: nope/ + 256 a's is ENOENT, hello.txt/ + 256 a's ENOTDIR, dir/ + 256 a's ENAMETOOLONG.
    const status = (p: string): number => run(makeRoot(), `${open('p', 0)}neg a0, s0`, { p }).result.status;
    expect([status(`nope/${'a'.repeat(256)}`), status(`hello.txt/${'a'.repeat(256)}`), status(`dir/${'a'.repeat(256)}`)]).toEqual([2, 20, 36]);
  });

  it('a host FIFO or device in the root is EACCES: the guest never reads one forever', () => {
    const root = makeRoot();
    execFileSync('mkfifo', [join(root, 'fifo')]);
    expect(run(root, `${open('p', 0)}neg a0, s0`, { p: 'fifo' }).result.status).toBe(13);
    expect(runAsm(`${open('p', 0)}neg a0, s0${EXIT}${DATA({ p: '/dev/zero' })}`, {}, ['t'], 10_000_000,
      { fs: new GuestFs('/', false) }).result.status).toBe(13);
  });

  // Found by npm run fuzz -- --seed 7 --target kernel (case 672, seed 2104310773): an internal error.
  it('with write-through, a file unlinked while open (never read yet) can still be read', () => {
    const root = makeRoot();
    const r = run(root, open('p', 0) + `li a0, -100
  la a1, p
  li a2, 0
  li a7, 35
  ecall
      mv a0, s0
  la a1, buf
  li a2, 100
  li a7, 63
  ecall
      mv a2, a0
  li a0, 1
  la a1, buf
  li a7, 64
  ecall
  li a0, 0`, { p: 'hello.txt' }, true);
    expect([r.stdout, r.result.status, existsSync(join(root, 'hello.txt'))]).toEqual(['hello, file\n', 0, false]);
  });
});

// Found by an adversarial test, against qemu-riscv32 (the host's Linux).
describe('what Linux checks first', () => {
  it('openat with no free descriptor is EMFILE before anything is created or truncated', () => {
    const root = makeRoot();
    // Open hello.txt until EMFILE; then O_WRONLY|O_TRUNC of it, and O_CREAT of new.txt: EMFILE both.
    const r = run(root, `${open('path', 0)}
    1:
      ${open('path', 0).replace('mv s0, a0\n', '')}
      bgez a0, 1b
      ${open('path', 0o1001)}  neg s1, s0
      ${open('created', 0o101)}  neg s2, s0
      li t0, 24
      li a0, 1
      bne s1, t0, 2f
      bne s2, t0, 2f
      li a0, 0
    2:`, { path: 'hello.txt', created: 'new.txt' }, true);
    expect([r.result.status, readFileSync(join(root, 'hello.txt'), 'utf8'), existsSync(join(root, 'new.txt'))]).toEqual([0, 'hello, file\n', false]);
  });

  it('statx of "" with AT_EMPTY_PATH and AT_FDCWD is the working directory, not the root', () => {
    // chdir("dir"), then statx(AT_FDCWD, "", AT_EMPTY_PATH, STATX_INO, buf) and statx of "/dir": the same stx_ino (at 32).
    const statx = (label: string, at: number): string =>
      `li a0, -100\n  la a1, ${label}\n  li a2, 0x1000\n  li a3, 0x100\n  la a4, sx + ${at}\n  li a7, 291\n  ecall\n`;
    const r = run(makeRoot(), `la a0, dir\n  li a7, 49\n  ecall
      ${statx('empty', 0)}  ${statx('dir', 256)}  ${statx('root', 512)}
      la t0, sx
      lw t1, 32(t0)
      lw t2, 288(t0)
      lw t3, 544(t0)
      li a0, 1
      bne t1, t2, 1f
      beq t1, t3, 1f
      li a0, 0
    1:
      .data\n.balign 8\nsx: .space 768\n.text`, { dir: '/dir', empty: '', root: '/' });
    expect(r.result.status).toBe(0);
  });

  it('fsync of a standard stream is EINVAL on a terminal, a pipe or /dev/null, 0 on a file', () => {
    expect(run(makeRoot(), 'li a0, 1\n  li a7, 82\n  ecall\n  neg a0, a0', {}).result.status).toBe(22); // the default: a terminal
    const on = (mode: number): number => runAsm(`li a0, 1\n  li a7, 82\n  ecall\n  neg a0, a0${EXIT}`, {}, ['t'], 1_000_000,
      { stdio: [{ mode, window: null }, { mode, window: null }, { mode, window: null }] }).result.status;
    expect([on(0o010600), on(0o020666), on(0o100644)]).toEqual([22, 22, 0]);
  });

  it('readv and writev check every iovec\'s length (EINVAL) before any address (EFAULT), as Linux', () => {
    // writev(1, [{0xc0000000, 5}, {buf, 0x80000000}], 2)
    const r = run(makeRoot(), `li a0, 1\n  la a1, iov\n  li a2, 2\n  li a7, 66\n  ecall\n  neg a0, a0
      .data\n.balign 4\niov: .word 0xc0000000, 5, buf, 0x80000000\n.text`, {});
    expect(r.result.status).toBe(22);
  });
});

describe('Inode', () => {
  it('stores nothing, and does not grow, for an empty chunk past its end', () => {
    const inode = new DetachedInodes().file('f', Uint8Array.of(1, 2, 3));
    inode.writeData(2 ** 32, new Uint8Array(0));
    expect([...inode.data]).toEqual([1, 2, 3]);
  });
});
