/**
 * Directories in the guest's tree (GuestFs.mkdir, rmdir, entries, rename; dirs.ts's calls) where
 * vmlab's tree is not the host's: without write-through, after a host directory is removed, and
 * vmlab's own limits. test/c/dirs.c checks the calls against qemu-riscv32.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DT_DIR, DT_FIFO, DT_LNK, DT_REG, FsError, GuestFs } from '../../src/kernel/fs.js';
import { EXIT, runAsm } from './harness.js';
import { ENOENT, ENOTDIR } from '../../src/kernel/errno.js';

/** A fresh root: hello.txt, dir/big.bin, a symlink and a FIFO. */
function makeRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'vmlab-dirs-'));
  mkdirSync(join(root, 'dir'));
  writeFileSync(join(root, 'hello.txt'), 'hello\n');
  writeFileSync(join(root, 'dir', 'big.bin'), 'big');
  symlinkSync('hello.txt', join(root, 'alias'));
  execFileSync('mkfifo', [join(root, 'fifo')]);
  return root;
}

/** The errno GuestFs throws from `f`, or 0. */
function errnoOf(f: () => unknown): number {
  try {
    f();
    return 0;
  } catch (e) {
    if (e instanceof FsError) return e.errno;
    throw e;
  }
}

const names = (fs: GuestFs, path: string): [string, number][] => fs.entries(fs.lookup(path)).map((e) => [e.name, e.type]);

describe('directories', () => {
  it('lists the host directory\'s names with their types, then the guest\'s, less those it removed', () => {
    const fs = new GuestFs(makeRoot(), false);
    expect(names(fs, '/')).toEqual([['alias', DT_LNK], ['dir', DT_DIR], ['fifo', DT_FIFO], ['hello.txt', DT_REG]]);
    fs.create('/new.txt');
    fs.unlink('/hello.txt');
    fs.mkdir('/made', 0o755);
    expect(names(fs, '/')).toEqual([['alias', DT_LNK], ['dir', DT_DIR], ['fifo', DT_FIFO], ['new.txt', DT_REG], ['made', DT_DIR]]);
    // An entry's number is its inode's, and stays the same from listing to listing.
    const first = fs.entries(fs.lookup('/')), again = fs.entries(fs.lookup('/'));
    expect(first.map((e) => e.ino)).toEqual(again.map((e) => e.ino));
    expect(first.find((e) => e.name === 'dir')!.ino).toBe(fs.lookup('/dir').ino);
  });

  it('without write-through, makes, renames and removes in memory only', () => {
    const root = makeRoot();
    const fs = new GuestFs(root, false);
    fs.mkdir('/made', 0o755);
    fs.create('/made/f');
    fs.rename('/hello.txt', '/made/moved', false, false);
    expect(Buffer.from(fs.lookup('/made/moved').data).toString()).toBe('hello\n');
    expect(errnoOf(() => fs.lookup('/hello.txt'))).toBe(2);
    expect(names(fs, '/made')).toEqual([['f', DT_REG], ['moved', DT_REG]]);
    fs.unlink('/dir/big.bin');
    fs.rmdir('/dir');
    expect(readdirSync(root).sort()).toEqual(['alias', 'dir', 'fifo', 'hello.txt']);
    expect(readdirSync(join(root, 'dir'))).toEqual(['big.bin']);
  });

  it('a directory made where the guest removed a host one holds none of the host\'s names, even new ones', () => {
    const root = makeRoot();
    const fs = new GuestFs(root, false);
    fs.unlink('/dir/big.bin');
    fs.rmdir('/dir');
    fs.mkdir('/dir', 0o755);
    writeFileSync(join(root, 'dir', 'later'), 'the host\'s');
    symlinkSync('later', join(root, 'dir', 'link'));
    expect(names(fs, '/dir')).toEqual([]);
    expect([errnoOf(() => fs.lookup('/dir/big.bin')), errnoOf(() => fs.lookup('/dir/later')), errnoOf(() => fs.lookup('/dir/link'))]).toEqual([2, 2, 2]);
  });

  it('links: a new directory has 2, and adds one to its parent; rmdir takes it back', () => {
    const fs = new GuestFs(makeRoot(), false);
    const made = fs.mkdir('/made', 0o700);
    fs.mkdir('/made/sub', 0o700);
    expect([made.nlink, made.mode, made.isDir]).toEqual([3, 0o700, true]);
    fs.rename('/made/sub', '/sub', false, false);
    expect(made.nlink).toBe(2);
    fs.rmdir('/sub');
    expect(errnoOf(() => fs.lookup('/sub'))).toBe(2);
  });

  it('cannot move a directory that holds names, or a symlink: EXDEV, as across file systems', () => {
    const fs = new GuestFs(makeRoot(), true);
    expect(errnoOf(() => fs.rename('/dir', '/elsewhere', false, false))).toBe(18);
    expect(errnoOf(() => fs.rename('/alias', '/alias2', false, false))).toBe(18);
    expect(errnoOf(() => fs.rename('/hello.txt', '/dir', false, true))).toBe(18); // an exchange with it too
    expect(names(fs, '/dir')).toEqual([['big.bin', DT_REG]]);
  });

  it('with write-through, an exchange swaps the host\'s files through a name nothing holds', () => {
    const root = makeRoot();
    writeFileSync(join(root, 'b'), 'b');
    writeFileSync(join(root, 'b.vmlab-exchange'), 'keep');
    const fs = new GuestFs(root, true);
    fs.rename('/hello.txt', '/b', false, true);
    expect([readFileSync(join(root, 'b'), 'utf8'), readFileSync(join(root, 'hello.txt'), 'utf8')]).toEqual(['hello\n', 'b']);
    expect(readdirSync(root).sort()).toEqual(['alias', 'b', 'b.vmlab-exchange', 'dir', 'fifo', 'hello.txt']);
    expect(readFileSync(join(root, 'b.vmlab-exchange'), 'utf8')).toBe('keep');
    // Files not read before they moved keep their bytes: the one moved, and the one it replaced.
    const replaced = fs.lookup('/dir/big.bin');
    fs.rename('/hello.txt', '/dir/big.bin', false, false);
    expect([Buffer.from(fs.lookup('/dir/big.bin').data).toString(), Buffer.from(replaced.data).toString()]).toEqual(['b', 'big']);
    fs.mkdir('/made', 0o755);
    fs.rmdir('/made');
    expect(existsSync(join(root, 'made'))).toBe(false);
    expect(fs.hostFailures).toEqual([]);
  });

  it('renameat2 with RENAME_WHITEOUT is EINVAL (the tree keeps no whiteouts), as is an unknown flag', () => {
    const call = (flags: number): number => runAsm(`li a0, -100
  la a1, from
  li a2, -100
  la a3, to
  li a4, ${flags}
  li a7, 276
  ecall
  neg a0, a0${EXIT}
  .data
from: .asciz "hello.txt"
to: .asciz "x"`, {}, ['t'], 1_000_000, { fs: new GuestFs(makeRoot(), false) }).result.status;
    expect([call(4), call(16), call(0)]).toEqual([22, 22, 0]);
  });
});

describe('directories, as Linux has them where qemu-riscv32 cannot show it', () => {
  it('lists the names the guest made in the order it made them, a name made again last', () => {
    const fs = new GuestFs(makeRoot(), false);
    fs.mkdir('/m', 0o755);
    for (const name of ['a', 'b']) fs.create(`/m/${name}`);
    fs.unlink('/m/a');
    fs.create('/m/a');
    expect(names(fs, '/m').map(([name]) => name)).toEqual(['b', 'a']);
  });

  it('mkdir of a host FIFO\'s name is EEXIST; one in a set-group-ID directory is set-group-ID too', () => {
    const root = makeRoot();
    mkdirSync(join(root, 'sg'), { mode: 0o2755 });
    execFileSync('chmod', ['2755', join(root, 'sg')]);
    const fs = new GuestFs(root, false);
    expect(errnoOf(() => fs.mkdir('/fifo', 0o755))).toBe(17);
    expect(fs.mkdir('/sg/sub', 0o755).mode).toBe(0o2755);
    expect(fs.mkdir('/plain', 0o755).mode).toBe(0o755);
  });

  /** getdents64 of the root into a buffer whose end is `room` bytes before an unmapped page; words: [result, result again]. */
  const getdents = (body: string): number[] => {
    const r = runAsm(`li a0, -100\n  la a1, dot\n  li a2, 0x10000\n  li a7, 56\n  ecall\n  mv s0, a0
      li a0, 0\n  li a1, 8192\n  li a2, 3\n  li a3, 0x22\n  li a4, -1\n  li a5, 0\n  li a7, 222\n  ecall\n  mv s1, a0
      li t0, 4096\n  add a0, s1, t0\n  li a1, 4096\n  li a7, 215\n  ecall
      ${body}
      li a0, 1\n  la a1, out\n  li a2, 8\n  li a7, 64\n  ecall\n  li a0, 0${EXIT}
      .data\ndot: .asciz "."\n.balign 8\nres: .space 8\nout: .space 8`, {}, ['t'], 1_000_000, { fs: new GuestFs(makeRoot(), false) });
    return [r.stdoutBytes.readInt32LE(0), r.stdoutBytes.readInt32LE(4)];
  };

  it('getdents64 into a buffer that runs into an unmapped page returns the whole records before it, and goes on from there', () => {
    // The root's records: "." and ".." (24 bytes each), then alias (32), dir, fifo (24 each) and
    // hello.txt (32). The buffer starts 60 bytes before the unmapped page: two records fit, the
    // third faults; the next call reads the four left.
    expect(getdents(`mv a0, s0\n  li t0, 4096 - 60\n  add a1, s1, t0\n  li a2, 4096\n  li a7, 61\n  ecall\n  la t0, out\n  sw a0, 0(t0)
      mv a0, s0\n  mv a1, s1\n  li a2, 4096\n  li a7, 61\n  ecall\n  la t0, out\n  sw a0, 4(t0)`)).toEqual([48, 32 + 24 + 24 + 32]);
  });

  it('getdents64 with a count of 2 GiB or more is EINVAL (native Linux; qemu-riscv32 says ENOMEM)', () => {
    expect(getdents(`mv a0, s0\n  mv a1, s1\n  li a2, 0x80000000\n  li a7, 61\n  ecall\n  la t0, out\n  sw a0, 0(t0)
      mv a0, s0\n  mv a1, s1\n  li a2, 0x7fffffff\n  li a7, 61\n  ecall\n  la t0, out\n  sw a0, 4(t0)`)).toEqual([-22, 24 * 4 + 32 * 2]);
  });

  it('lseek of a directory takes SEEK_SET and SEEK_CUR; SEEK_END is EINVAL, as tmpfs has it', () => {
    const seek = (whence: number): string => `mv a0, s0\n  li a1, 0\n  li a2, 0\n  la a3, res\n  li a4, ${whence}\n  li a7, 62\n  ecall\n`;
    expect(getdents(`${seek(2)}  la t0, out\n  sw a0, 0(t0)\n  ${seek(1)}  la t0, out\n  sw a0, 4(t0)`)).toEqual([-22, 0]);
  });
});

describe('hard links and permissions (test/c/links.c has the calls against qemu-riscv32)', () => {
  it('with write-through, a link and a chmod reach the host; without, the host is untouched', () => {
    for (const writeThrough of [true, false]) {
      const root = makeRoot();
      const fs = new GuestFs(root, writeThrough);
      fs.link('/hello.txt', '/again', false);
      fs.chmod(fs.lookup('/again'), 0o600);
      expect([fs.lookup('/again') === fs.lookup('/hello.txt'), fs.lookup('/hello.txt').nlink]).toEqual([true, 2]);
      expect([existsSync(join(root, 'again')), (statSync(join(root, 'hello.txt')).mode & 0o777).toString(8)])
        .toEqual(writeThrough ? [true, '600'] : [false, '644']);
    }
  });

  it('a symlink itself cannot be linked (EXDEV, vmlab\'s limit); followed, its target is', () => {
    const fs = new GuestFs(makeRoot(), false);
    expect(errnoOf(() => fs.link('/alias', '/x', false))).toBe(18);
    fs.link('/alias', '/x', true);
    expect(fs.lookup('/x')).toBe(fs.lookup('/hello.txt'));
  });
});

describe('symlinks the guest makes (test/c/symlinks.c has the calls against qemu-riscv32)', () => {
  it('without write-through are in memory only, and are followed, listed and removed there', () => {
    const root = makeRoot();
    const fs = new GuestFs(root, false);
    fs.mkdir('/made', 0o755);
    fs.symlink('../hello.txt', '/made/up');
    fs.symlink('/made', '/abs');
    expect(fs.lookup('/made/up')).toBe(fs.lookup('/hello.txt'));
    expect(fs.lookup('/abs/up')).toBe(fs.lookup('/hello.txt')); // an absolute target is the guest's root's
    expect(Buffer.from(fs.readlink('/made/up')).toString()).toBe('../hello.txt');
    expect(names(fs, '/made')).toEqual([['up', DT_LNK]]);
    expect(readdirSync(root).sort()).toEqual(['alias', 'dir', 'fifo', 'hello.txt']);
    fs.unlink('/made/up');
    expect(names(fs, '/made')).toEqual([]);
    expect(fs.lookup('/hello.txt').nlink).toBe(1);
  });

  it('a guest\'s link climbing above the root stops there, as Linux\'s ..; with write-through the host gets the same text', () => {
    const root = makeRoot();
    const fs = new GuestFs(root, true);
    fs.symlink('../../hello.txt', '/up');
    expect(fs.lookup('/up')).toBe(fs.lookup('/hello.txt'));
    expect(readFileSync(join(root, 'hello.txt'), 'utf8')).toBe('hello\n');
    expect(execFileSync('readlink', [join(root, 'up')], { encoding: 'utf8' })).toBe('../../hello.txt\n');
    fs.unlink('/up');
    expect(readdirSync(root).includes('up')).toBe(false);
    expect(fs.hostFailures).toEqual([]);
  });

  it('with write-through, gives the host the guest\'s modes, its umask taken, and not the host\'s umask on top', () => {
    const root = mkdtempSync(join(tmpdir(), 'vmlab-modes-'));
    const run = runAsm(`
      li a0, 0                    # umask(0)
      li a7, 166
      ecall
      li a0, -100                 # openat(AT_FDCWD, "f", O_WRONLY | O_CREAT, 0777)
      la a1, file
      li a2, 0101
      li a3, 0777
      li a7, 56
      ecall
      li a0, -100                 # mkdirat(AT_FDCWD, "d", 0777)
      la a1, dir
      li a2, 0777
      li a7, 34
      ecall
      li a0, 0${EXIT}
      .data\nfile: .asciz "f"\ndir: .asciz "d"\n`, {}, ['t'], 10_000_000, { fs: new GuestFs(root, true) });
    expect(run.result.status).toBe(0);
    expect([statSync(join(root, 'f')).mode & 0o7777, statSync(join(root, 'd')).mode & 0o7777]).toEqual([0o777, 0o777]);
  });
});

describe('walks through directories walked before (GuestFs.searchedDirs)', () => {
  it('resolve a path 3,000 directories deep, and its names, as a walk from the root does', () => {
    const fs = new GuestFs(makeRoot(), false);
    let path = '';
    for (let i = 0; i < 3000; i++) {
      path += '/d';
      fs.mkdir(path, 0o755);
      expect(fs.lookup(path).isDir).toBe(true);
    }
    fs.create(`${path}/f`);
    expect(fs.lookup(`${path}/f`).path).toBe(`${path}/f`);
    expect(fs.lookup(`${path}/../d/./f`).path).toBe(`${path}/f`);
    expect(errnoOf(() => fs.lookup(`${path}/f/`))).toBe(ENOTDIR);
    expect(errnoOf(() => fs.lookup(`${path}/f/x`))).toBe(ENOTDIR);
    expect(errnoOf(() => fs.lookup(`${path}/g`))).toBe(ENOENT);
  });

  it('forget a directory once it is removed or renamed: a link put in its place is followed', () => {
    const fs = new GuestFs(makeRoot(), false);
    fs.mkdir('/t', 0o755);
    fs.create('/t/x');
    for (const remove of [(): void => fs.rmdir('/a/b'), (): void => fs.rename('/a/b', '/a/c', false, false)]) {
      fs.mkdir('/a', 0o755);
      fs.mkdir('/a/b', 0o755);
      fs.create('/a/b/x');
      expect(fs.lookup('/a/b/x').path).toBe('/a/b/x');
      expect(fs.lookup('/a/b').isDir).toBe(true);
      fs.unlink('/a/b/x');
      remove();
      fs.symlink('/t', '/a/b');
      expect(fs.lookup('/a/b/x').path).toBe('/t/x');
      fs.unlink('/a/b');
      if (errnoOf(() => fs.lookup('/a/c')) === 0) fs.rmdir('/a/c');
      fs.rmdir('/a');
    }
  });
});

describe('walks through directories walked before, against walks from the root', () => {
  it('give the same answers through 3,000 random calls over directories, files, links, renames and removals', () => {
    /** A tree that remembers no directory: every walk from the root, as before searchedDirs. */
    const forgetful = (fs: GuestFs): GuestFs => {
      Object.defineProperty(fs, 'searchedDirs', { value: { has: () => false, add: () => undefined, clear: () => undefined, size: 0 } });
      return fs;
    };
    const root = makeRoot();
    const trees = [new GuestFs(root, false), forgetful(new GuestFs(root, false))];
    let seed = 11;
    const pick = <T>(xs: readonly T[]): T => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return xs[seed % xs.length];
    };
    const names = ['a', 'b', 'l', '.', '..', 'dir', 'hello.txt', 'alias'];
    const path = (): string => {
      let p = pick(['/', '', '/a/', '/a/b/', '/l/']);
      for (let n = pick([1, 2, 3, 4]); n > 0; n--) p += pick(names) + (n > 1 ? '/' : '');
      return p + pick(['', '', '', '/']);
    };
    const calls: ((fs: GuestFs, a: string, b: string) => unknown)[] = [
      (fs, a) => fs.lookup(a).path, (fs, a) => fs.mkdir(a, 0o755).path, (fs, a) => fs.rmdir(a), (fs, a) => fs.create(a).path,
      (fs, a) => fs.unlink(a), (fs, a, b) => fs.symlink(b, a), (fs, a, b) => fs.rename(a, b, false, false),
      (fs, a) => fs.walk(a, false), (fs, a) => fs.symlinkAt(a)?.size ?? null, (fs, a, b) => fs.link(a, b, true),
    ];
    for (let i = 0; i < 3000; i++) {
      const call = pick(calls), a = path(), b = pick([path(), 'a', '../a', '/a/b', 'b/']);
      const [mine, plain] = trees.map((fs) => {
        try {
          return JSON.stringify(call(fs, a, b) ?? 'ok');
        } catch (e) {
          if (e instanceof FsError) return `errno ${e.errno}`;
          throw e;
        }
      });
      expect(`${i}: ${mine}`).toBe(`${i}: ${plain}`);
    }
  });
});
