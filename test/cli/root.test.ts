/**
 * `--root` holds: a guest that tries to reach files outside its root (with `..`, absolute paths,
 * symlinks inside the root leading out, symlinks swapped in after a lookup, long names, NUL bytes)
 * gets the Linux errno vmlab documents, and nothing outside the root is read or changed. Every
 * attempt runs with --write-through, the mode in which the guest may change the host.
 */
import { describe, expect, it } from 'vitest';
import {
  mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync,
  existsSync, lstatSync, linkSync, readlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GuestFs } from '../../src/kernel/fs.js';
import { runAsm } from '../kernel/harness.js';
import { vmlab } from './vmlab.js';

const ENOENT = 2, EACCES = 13, EEXIST = 17, ENAMETOOLONG = 36, ELOOP = 40;
const O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0o100, O_TRUNC = 0o1000;

/** A base directory holding the root and, outside it, a secret file and a directory. */
function makeBase(): { base: string; root: string } {
  const base = mkdtempSync(join(tmpdir(), 'vmlab-root-'));
  const root = join(base, 'root');
  mkdirSync(join(root, 'd'), { recursive: true });
  mkdirSync(join(base, 'outside'));
  writeFileSync(join(base, 'secret.txt'), 'secret\n');
  writeFileSync(join(base, 'outside', 'victim'), 'outside victim\n');
  writeFileSync(join(root, 'hello.txt'), 'hello\n');
  writeFileSync(join(root, 'victim'), 'inside victim\n');
  writeFileSync(join(root, 'd', 'victim'), 'inside d victim\n');
  symlinkSync('../secret.txt', join(root, 'escape')); // relative, leading out
  symlinkSync(join(base, 'secret.txt'), join(root, 'abs')); // absolute, leading out
  symlinkSync('..', join(root, 'up')); // a directory outside
  symlinkSync('../planted.txt', join(root, 'dangle')); // leads out, to nothing yet
  symlinkSync('c2', join(root, 'c1')); // a chain whose end leads out
  symlinkSync('../secret.txt', join(root, 'c2'));
  return { base, root };
}

/** Everything outside the root, as kind, size and contents (symlink targets for links). */
function outside(base: string): Record<string, string> {
  const seen: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (path === join(base, 'root')) continue;
      const st = lstatSync(path);
      if (st.isDirectory()) {
        seen[path] = 'dir';
        walk(path);
      } else {
        seen[path] = st.isSymbolicLink() ? `link ${readlinkSync(path)}` : `file ${st.mode.toString(8)} ${readFileSync(path, 'utf8')}`;
      }
    }
  };
  walk(base);
  return seen;
}

/** Guest strings in .data (NULs kept), and a buffer. */
const data = (strings: Record<string, string>): string => '\n.data\n' +
  Object.entries(strings).map(([label, s]) => `${label}: .byte ${[...Buffer.from(s + '\0')].join(', ')}`).join('\n') +
  '\n.bss\nbuf: .space 4096\n';

/** Exit with 0 if a0 >= 0, else with the errno (-a0). */
const EXIT_ERRNO = '\n  bgez a0, 1f\n  neg a0, a0\n  j 2f\n1: li a0, 0\n2: li a7, 93\n  ecall\n';

const openat = (label: string, flags: number): string =>
  `li a0, -100\n  la a1, ${label}\n  li a2, ${flags}\n  li a3, 0x1a4\n  li a7, 56\n  ecall\n  mv s0, a0\n`;
const readInto = (fd: string): string => `mv a0, ${fd}\n  la a1, buf\n  li a2, 4096\n  li a7, 63\n  ecall\n`;
const writeOut = `mv a2, a0\n  li a0, 1\n  la a1, buf\n  li a7, 64\n  ecall\n`;
const writeTo = (fd: string, label: string, length: number): string => `mv a0, ${fd}\n  la a1, ${label}\n  li a2, ${length}\n  li a7, 64\n  ecall\n`;
const readStdin = 'li a0, 0\n  la a1, buf\n  li a2, 1\n  li a7, 63\n  ecall\n';

/** Run `body` (then exit with its a0's errno) in `root` with write-through; `stdin` is called on each read of fd 0. */
function attempt(root: string, body: string, strings: Record<string, string>, stdin?: () => void): { errno: number; stdout: string } {
  const io = { fs: new GuestFs(root, true), stdin: (): Uint8Array => { stdin?.(); return new Uint8Array([10]); } };
  const r = runAsm(body + EXIT_ERRNO + data(strings), {}, ['t'], 10_000_000, io);
  expect(r.result.end).toBe('exit');
  return { errno: r.result.status, stdout: r.stdout };
}

describe('--root: paths that climb or are absolute stay inside', () => {
  it('".." stops at the root: reading ../secret.txt finds none, creating it creates it inside', () => {
    const { base, root } = makeBase();
    const before = outside(base);
    expect(attempt(root, openat('p', 0), { p: '../secret.txt' }).errno).toBe(ENOENT);
    expect(attempt(root, openat('p', 0), { p: '/../../../../secret.txt' }).errno).toBe(ENOENT);
    expect(attempt(root, openat('p', O_CREAT | O_WRONLY) + writeTo('s0', 'x', 3), { p: '../../secret.txt', x: 'new' }).errno).toBe(0);
    expect(readFileSync(join(root, 'secret.txt'), 'utf8')).toBe('new');
    expect(outside(base)).toEqual(before);
  });

  it('a host absolute path is a path inside the root', () => {
    const { base, root } = makeBase();
    const before = outside(base);
    expect(attempt(root, openat('p', 0), { p: join(base, 'secret.txt') }).errno).toBe(ENOENT);
    expect(attempt(root, openat('p', O_CREAT | O_WRONLY), { p: join(base, 'planted.txt') }).errno).toBe(ENOENT); // no such directory inside
    expect(outside(base)).toEqual(before);
  });
});

describe('--root: symlinks that stay inside the root are followed where they stand, as Linux', () => {
  /** makeBase's tree with links inside: to a directory (relative and absolute), to a file, and a loop. */
  const makeLinks = (): { base: string; root: string } => {
    const made = makeBase();
    mkdirSync(join(made.root, 'd', 'inner'));
    symlinkSync('d/inner', join(made.root, 'inner')); // a directory one level down
    symlinkSync(join(made.root, 'd'), join(made.root, 'absd')); // absolute, inside
    symlinkSync('victim', join(made.root, 'alias')); // a file
    symlinkSync('loop2', join(made.root, 'loop1'));
    symlinkSync('loop1', join(made.root, 'loop2'));
    return made;
  };
  const cat = (label: string): string => openat(label, 0) + 'bltz s0, 3f\n  ' + readInto('s0') + writeOut + '3: mv a0, s0';

  it('"link/.." is the parent of the link\'s target, not the link\'s own directory', () => {
    const { root } = makeLinks();
    expect(attempt(root, cat('p'), { p: 'inner/../victim' })).toEqual({ errno: 0, stdout: 'inside d victim\n' });
    expect(attempt(root, cat('p'), { p: 'absd/inner/../victim' })).toEqual({ errno: 0, stdout: 'inside d victim\n' });
    expect(attempt(root, cat('p'), { p: 'absd/../victim' })).toEqual({ errno: 0, stdout: 'inside victim\n' });
  });

  it('a file and a link to it are one file: a write through the link is read through the name', () => {
    const { root } = makeLinks();
    const r = attempt(root, openat('l', O_WRONLY | O_TRUNC) + writeTo('s0', 'x', 3) + cat('v'), { l: 'alias', v: 'victim', x: 'new' });
    expect(r).toEqual({ errno: 0, stdout: 'new' });
    expect(readFileSync(join(root, 'victim'), 'utf8')).toBe('new');
  });

  it('O_NOFOLLOW on a link is ELOOP, O_CREAT | O_EXCL EEXIST; statx with AT_SYMLINK_NOFOLLOW describes the link', () => {
    const { root } = makeLinks();
    const O_EXCL = 0o200, O_NOFOLLOW = 0o400000, S_IFLNK = 0o120000, S_IFREG = 0o100000;
    expect(attempt(root, openat('p', O_NOFOLLOW), { p: 'alias' }).errno).toBe(ELOOP);
    expect(attempt(root, openat('p', O_NOFOLLOW), { p: 'victim' }).errno).toBe(0);
    expect(attempt(root, openat('p', O_NOFOLLOW), { p: 'inner/../victim' }).errno).toBe(0); // only the last name
    expect(attempt(root, openat('p', O_CREAT | O_EXCL | O_WRONLY), { p: 'alias' }).errno).toBe(EEXIST);
    // statx(AT_FDCWD, p, flags, STATX_BASIC_STATS, buf), then `field` read into a0, negated: the
    // exit status is the field (EXIT_ERRNO).
    const statx = (flags: number, field: string): string => `li a0, -100\n  la a1, p\n  li a2, ${flags}\n  li a3, 0x7ff\n  la a4, buf\n  li a7, 291\n  ecall\n  bltz a0, 4f\n  la t0, buf\n  ${field}\n  neg a0, a0\n4:`;
    const mode = 'lbu a0, 29(t0)\n  srli a0, a0, 4'; // stx_mode >> 12 (buf may be unaligned: bytes)
    expect(attempt(root, statx(0x100, mode), { p: 'alias' }).errno).toBe(S_IFLNK >> 12);
    expect(attempt(root, statx(0, mode), { p: 'alias' }).errno).toBe(S_IFREG >> 12);
    expect(attempt(root, statx(0x100, 'lbu a0, 40(t0)'), { p: 'alias' }).errno).toBe('victim'.length);
    expect(attempt(root, statx(0, 'lbu a0, 40(t0)'), { p: 'alias' }).errno).toBe('inside victim\n'.length);
  });

  it('a link leading to nothing inside the root: open is ENOENT, O_CREAT makes its target, unlinkat removes it', () => {
    const { root } = makeLinks();
    symlinkSync('d/later', join(root, 'dangle-in'));
    expect(attempt(root, openat('p', 0), { p: 'dangle-in' }).errno).toBe(ENOENT);
    expect(attempt(root, openat('p', O_CREAT | O_WRONLY) + writeTo('s0', 'x', 2), { p: 'dangle-in', x: 'hi' }).errno).toBe(0);
    expect(readFileSync(join(root, 'd', 'later'), 'utf8')).toBe('hi');
    symlinkSync('d/nothing', join(root, 'dangle-2'));
    const unlink = `li a0, -100\n  la a1, p\n  li a2, 0\n  li a7, 35\n  ecall\n`;
    expect(attempt(root, unlink, { p: 'dangle-2' }).errno).toBe(0);
    expect(() => lstatSync(join(root, 'dangle-2'))).toThrow();
  });

  it('a hard link is the same file: one inode, nlink 2, a write through one name read through the other; unlinkat removes one name', () => {
    const { root } = makeLinks();
    linkSync(join(root, 'victim'), join(root, 'hard'));
    const statx = (field: string): string => `li a0, -100\n  la a1, p\n  li a2, 0\n  li a3, 0x7ff\n  la a4, buf\n  li a7, 291\n  ecall\n  bltz a0, 4f\n  la t0, buf\n  ${field}\n  neg a0, a0\n4:`;
    const nlink = 'lbu a0, 16(t0)';
    expect(attempt(root, statx(nlink), { p: 'hard' }).errno).toBe(2);
    const r = attempt(root, openat('v', O_WRONLY | O_TRUNC) + writeTo('s0', 'x', 3) + cat('h'), { v: 'victim', h: 'hard', x: 'new' });
    expect(r).toEqual({ errno: 0, stdout: 'new' });
    const unlink = `li a0, -100\n  la a1, v\n  li a2, 0\n  li a7, 35\n  ecall\n`;
    expect(attempt(root, unlink + statx(nlink), { v: 'victim', p: 'hard' }).errno).toBe(1);
    expect(readFileSync(join(root, 'hard'), 'utf8')).toBe('new');
  });

  it('a loop of links is ELOOP; unlinkat removes a link, not what it leads to', () => {
    const { root } = makeLinks();
    expect(attempt(root, cat('p'), { p: 'loop1' }).errno).toBe(ELOOP);
    const unlink = (label: string): string => `li a0, -100\n  la a1, ${label}\n  li a2, 0\n  li a7, 35\n  ecall\n`;
    expect(attempt(root, unlink('l') + cat('l'), { l: 'alias' }).errno).toBe(ENOENT);
    expect(() => lstatSync(join(root, 'alias'))).toThrow();
    expect(readFileSync(join(root, 'victim'), 'utf8')).toBe('inside victim\n');
  });
});

describe('--root: symlinks inside the root that lead out', () => {
  const calls: [string, (label: string) => string][] = [
    ['open to read', (l) => openat(l, 0) + 'bltz s0, 3f\n  ' + readInto('s0') + writeOut + '3: mv a0, s0'],
    ['open to write and truncate', (l) => openat(l, O_WRONLY | O_TRUNC)],
    ['create', (l) => openat(l, O_CREAT | O_WRONLY)],
    ['unlinkat', (l) => `li a0, -100\n  la a1, ${l}\n  li a2, 0\n  li a7, 35\n  ecall\n`],
    ['statx', (l) => `li a0, -100\n  la a1, ${l}\n  li a2, 0\n  li a3, 0x7ff\n  la a4, buf\n  li a7, 291\n  ecall\n`],
    ['execve', (l) => `la a0, ${l}\n  li a1, 0\n  li a2, 0\n  li a7, 221\n  ecall\n`],
  ];
  const links = ['escape', 'abs', 'up/secret.txt', 'up/outside/victim', 'dangle', 'c1'];

  it.each(calls)('%s through each gives EACCES and reads or changes nothing outside', (_, call) => {
    const { base, root } = makeBase();
    const before = outside(base);
    for (const link of links) {
      const r = attempt(root, call('p'), { p: link });
      expect([link, r.errno]).toEqual([link, EACCES]);
      expect(r.stdout).toBe('');
    }
    expect(outside(base)).toEqual(before);
    expect(readlinkSync(join(root, 'escape'))).toBe('../secret.txt'); // the links stay too
  });

  it('creating a file in a directory symlink leading out (up/planted.txt) gives EACCES', () => {
    const { base, root } = makeBase();
    const before = outside(base);
    expect(attempt(root, openat('p', O_CREAT | O_WRONLY), { p: 'up/planted.txt' }).errno).toBe(EACCES);
    expect(outside(base)).toEqual(before);
  });
});

describe('--root: names swapped for symlinks after the guest opened them (races)', () => {
  it('a file opened, then replaced by a symlink leading out: its reads get nothing from outside', () => {
    const { base, root } = makeBase();
    const before = outside(base);
    const swap = (): void => { unlinkSync(join(root, 'victim')); symlinkSync('../secret.txt', join(root, 'victim')); };
    const r = attempt(root, openat('p', 0) + readStdin + readInto('s0') + writeOut + 'mv a0, s0', { p: 'victim' }, swap);
    expect(r.stdout).not.toContain('secret');
    expect(outside(base)).toEqual(before);
  });

  it('a file opened for writing, then replaced by a symlink leading out: the write-back does not follow it', () => {
    const { base, root } = makeBase();
    const before = outside(base);
    const swap = (): void => { unlinkSync(join(root, 'victim')); symlinkSync('../secret.txt', join(root, 'victim')); };
    expect(attempt(root, openat('p', O_RDWR) + readStdin + writeTo('s0', 'x', 5) + 'mv a0, s0', { p: 'victim', x: 'PWNED' }, swap).errno).toBe(0);
    expect(outside(base)).toEqual(before);
    expect(lstatSync(join(root, 'victim')).isSymbolicLink()).toBe(true);
  });

  it('a file opened in a directory that is then replaced by a symlink leading out: nothing outside is written', () => {
    const { base, root } = makeBase();
    const before = outside(base);
    const swap = (): void => { renameSync(join(root, 'd'), join(root, 'd.old')); symlinkSync(join(base, 'outside'), join(root, 'd')); };
    expect(attempt(root, openat('p', O_RDWR) + readStdin + writeTo('s0', 'x', 5) + 'mv a0, s0', { p: 'd/victim', x: 'PWNED' }, swap).errno).toBe(0);
    expect(outside(base)).toEqual(before);
  });

  it('a file created in a directory that is then replaced by a symlink leading out: it is not created outside', () => {
    const { base, root } = makeBase();
    const before = outside(base);
    const swap = (): void => { rmSync(join(root, 'd'), { recursive: true }); symlinkSync(join(base, 'outside'), join(root, 'd')); };
    expect(attempt(root, openat('p', O_CREAT | O_WRONLY) + readStdin + writeTo('s0', 'x', 5) + 'mv a0, s0', { p: 'd/new.txt', x: 'PWNED' }, swap).errno).toBe(0);
    expect(outside(base)).toEqual(before);
  });

  it('a file created where a symlink leading out is then planted: the write-back does not follow it', () => {
    const { base, root } = makeBase();
    const before = outside(base);
    // openat has made the empty file on the host already: it is swapped for the link.
    const plant = (): void => { unlinkSync(join(root, 'new.txt')); symlinkSync('../planted.txt', join(root, 'new.txt')); };
    expect(attempt(root, openat('p', O_CREAT | O_WRONLY) + readStdin + writeTo('s0', 'x', 5) + 'mv a0, s0', { p: 'new.txt', x: 'PWNED' }, plant).errno).toBe(0);
    expect(outside(base)).toEqual(before);
  });
});

describe('--root: O_DIRECTORY and trailing slashes on a symlink to a directory, as Linux 6.4 and later', () => {
  const O_DIRECTORY = 0o200000, O_NOFOLLOW = 0o400000, EINVAL = 22, ENOTDIR = 20;
  const unlinkat = (label: string): string => `li a0, -100\n  la a1, ${label}\n  li a2, 0\n  li a7, 35\n  ecall\n`;

  it('O_CREAT | O_DIRECTORY is EINVAL and creates nothing', () => {
    const { root } = makeBase();
    expect(attempt(root, openat('p', O_CREAT | O_DIRECTORY), { p: 'new.txt' }).errno).toBe(EINVAL);
    expect(existsSync(join(root, 'new.txt'))).toBe(false);
  });

  it('O_NOFOLLOW on a symlink to a directory is ELOOP, ENOTDIR with O_DIRECTORY; unlink of "link/" is ENOTDIR and keeps it', () => {
    const { root } = makeBase();
    symlinkSync('d', join(root, 'dlink'));
    expect(attempt(root, openat('p', O_NOFOLLOW), { p: 'dlink' }).errno).toBe(ELOOP);
    expect(attempt(root, openat('p', O_NOFOLLOW | O_DIRECTORY), { p: 'dlink' }).errno).toBe(ENOTDIR);
    expect(attempt(root, unlinkat('p'), { p: 'dlink/' }).errno).toBe(ENOTDIR);
    expect(lstatSync(join(root, 'dlink')).isSymbolicLink()).toBe(true);
    expect(attempt(root, unlinkat('p'), { p: 'dlink' }).errno).toBe(0);
    expect(existsSync(join(root, 'dlink'))).toBe(false);
  });
});

describe('--root: long names and NUL bytes', () => {
  it('a name of 256 bytes gives ENAMETOOLONG, one of 255 is created; a path of 4,096 bytes gives ENAMETOOLONG', () => {
    const { base, root } = makeBase();
    const before = outside(base);
    expect(attempt(root, openat('p', O_CREAT | O_WRONLY), { p: 'n'.repeat(256) }).errno).toBe(ENAMETOOLONG);
    expect(attempt(root, openat('p', 0), { p: `d/${'é'.repeat(128)}` }).errno).toBe(ENAMETOOLONG); // 256 bytes of UTF-8
    expect(attempt(root, openat('p', O_CREAT | O_WRONLY) + writeTo('s0', 'x', 1), { p: 'n'.repeat(255), x: 'x' }).errno).toBe(0);
    expect(statSync(join(root, 'n'.repeat(255))).isFile()).toBe(true);
    expect(attempt(root, openat('p', 0), { p: 'd/'.repeat(2048) }).errno).toBe(ENAMETOOLONG);
    expect(attempt(root, openat('p', 0), { p: `${'../'.repeat(1300)}secret.txt` }).errno).toBe(ENOENT); // 3,910 bytes: inside
    expect(outside(base)).toEqual(before);
  });

  it('a NUL byte ends the path: what follows it is never looked at', () => {
    const { base, root } = makeBase();
    const before = outside(base);
    const r = attempt(root, openat('p', 0) + readInto('s0') + writeOut + 'mv a0, s0', { p: 'hello.txt\0/../../secret.txt' });
    expect([r.errno, r.stdout]).toEqual([0, 'hello\n']);
    expect(outside(base)).toEqual(before);
  });
});

describe('vmlab run --root', () => {
  it('runs programs/mmapcopy.s on a symlink leading out: the guest gets EACCES, nothing is printed', () => {
    const { base, root } = makeBase();
    const before = outside(base);
    const r = vmlab('run', 'programs/mmapcopy.s', 'escape', '--root', root, '--write-through');
    expect(r.stdout).toBe('');
    expect(r.status).not.toBe(0);
    expect(outside(base)).toEqual(before);
  }, 60_000);
});
