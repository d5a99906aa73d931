/**
 * The file tree the guest sees: rooted at a host directory (--root), kept in memory. Files are
 * read from the host on first use; the guest's changes (writes, new files, unlinks) stay in
 * vmlab's memory unless write-through is on. A guest path is resolved inside the root a component
 * at a time, as Linux (each name followed by more of the path must be an existing directory): ".."
 * stops at the root, a host symlink inside the root is followed where it stands, and one leading
 * outside the root is refused.
 *
 * An Inode's `data` is what is "on disk": the page cache (vm/pagecache.ts) holds pages of it in
 * frames, and writes back dirty pages into it.
 */
import {
  closeSync, constants, existsSync, fstatSync, ftruncateSync, lstatSync, openSync, readFileSync, readlinkSync, realpathSync, statSync,
  unlinkSync, writeSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { EACCES, EEXIST, EINVAL, EISDIR, ELOOP, ENAMETOOLONG, ENOENT, ENOTDIR, EOVERFLOW } from './errno.js';

/** The longest name of one path component, in bytes (Linux's NAME_MAX). */
export const NAME_MAX = 255;

/** The most symlinks one path resolution follows (Linux's MAXSYMLINKS): more is ELOOP. */
const MAX_SYMLINKS = 40;

/**
 * The largest file offset (lseek past it: EINVAL): 32-bit Linux's MAX_LFS_FILESIZE, ULONG_MAX
 * pages (2^44 - 4096). rv32 has only _llseek, which takes 64-bit offsets whatever O_LARGEFILE
 * says; a write there is still EFBIG (MAX_FILE_SIZE).
 */
export const MAX_OFFSET = (2 ** 32 - 1) * 4096;

/**
 * The largest file the guest can write (256 MiB). Files live in vmlab's memory, whole, so this
 * bounds what one costs the host; a write past it fails with EFBIG, as under a file-size rlimit.
 */
export const MAX_FILE_SIZE = 256 * 1024 * 1024;

export class Inode {
  /** Bytes on disk (only the first `size` count); loaded from the host lazily. */
  private bytes: Uint8Array | null;
  size: number;
  nlink = 1;
  /** Permission bits (execve needs an execute bit): the host file's, or what openat created it with. */
  mode = 0o644;
  /**
   * Shared anonymous memory (MAP_SHARED | MAP_ANONYMOUS): no file behind it. Its pages start
   * zero-filled without a read; a dirty page is written to disk only when reclaim evicts it, and
   * `stored` says which pages are on disk.
   */
  swapBacked = false;
  readonly stored = new Set<number>();
  /**
   * Which host file this is (device and inode numbers), once vmlab has found or created it inside
   * the root: reads and writes go to that file only, so a name swapped for a symlink (or a parent
   * directory for one leading out of the root) after the lookup does not redirect them.
   */
  hostFile: { dev: number; ino: number } | null = null;

  /** A directory's size as stat gives it: the host's (its entries are the host's). */
  directorySize = 0;

  /**
   * Linux's i_writecount, as two counts: descriptors open for writing it (execve of it is then
   * ETXTBSY), and processes running it (opening it for writing or truncating it is then ETXTBSY).
   */
  writers = 0;
  runners = 0;

  /** Its names in the guest's tree, as vmlab has found them: several for a host file with hard links. */
  readonly names = new Set<string>();

  /** `path`: its name (for messages and write-backs), another of its names once that one is removed. */
  constructor(readonly ino: number, public path: string, readonly isDir: boolean, private readonly hostPath: string | null,
    size: number) {
    this.bytes = hostPath === null ? new Uint8Array(0) : null;
    this.size = size;
  }

  /** A file that is not in the tree, numbered `ino`, holding `bytes` (see DetachedInodes). */
  static detached(ino: number, name: string, bytes: Uint8Array): Inode {
    const inode = new Inode(ino, name, false, null, bytes.length);
    inode.bytes = bytes;
    inode.nlink = 0;
    inode.mode = 0o755;
    return inode;
  }

  /** The on-disk contents (reading the host file the first time). */
  get data(): Uint8Array {
    if (this.bytes === null) this.bytes = this.hostPath ? readHostFile(this.hostPath, this.hostFile) : new Uint8Array(0);
    return this.bytes;
  }

  /** Write `chunk` at `offset` on disk, growing the file if needed. */
  writeData(offset: number, chunk: Uint8Array): void {
    if (chunk.length === 0) return; // nothing to store, even past the end (a page wholly past end of file)
    const end = offset + chunk.length;
    let bytes = this.data;
    if (end > bytes.length) {
      const grown = new Uint8Array(Math.max(end, Math.min(bytes.length * 2, MAX_FILE_SIZE)));
      grown.set(bytes);
      bytes = grown;
      this.bytes = grown;
    }
    bytes.set(chunk, offset);
  }

  /**
   * Cut or extend the file to `size` bytes (new bytes are zero). A cut reads the host file first
   * if it was not read yet: its bytes past the cut must not come back when the file grows again.
   */
  truncate(size: number): void {
    if (size < this.size) {
      const bytes = this.data;
      bytes.fill(0, Math.min(size, bytes.length), Math.min(this.size, bytes.length));
    }
    this.size = size;
  }
}

/** The first number DetachedInodes gives: far above the tree's, which count up from 2. */
const FIRST_DETACHED_INO = 1_000_000;

/**
 * Inodes outside the guest's tree (an executable assembled in memory, shared anonymous memory),
 * numbered in order of creation by one counter per kernel: the disk places a file's pages by
 * its inode number, so a run's disk times do not depend on the runs before it in the process.
 */
export class DetachedInodes {
  private next = FIRST_DETACHED_INO;

  /** A file that is not in the tree, holding `bytes`. */
  file(name: string, bytes: Uint8Array): Inode {
    return Inode.detached(this.next++, name, bytes);
  }

  /** Shared anonymous memory of `size` bytes. */
  anonymous(size: number): Inode {
    const inode = this.file('[anon shared]', new Uint8Array(0));
    inode.size = size;
    inode.swapBacked = true;
    return inode;
  }
}

/** A path resolution that failed: the errno to return. */
export class FsError extends Error {
  constructor(readonly errno: number) {
    super(`errno ${errno}`);
  }
}

export class GuestFs {
  private readonly inodes = new Map<string, Inode | 'deleted'>();
  /** With write-through: each change that could not be made on the host, as a one-line message. */
  readonly hostFailures: string[] = [];
  private nextIno = 2;
  /** The inodes of host files found, by device and inode number: a hard link finds the same one. */
  private readonly byHostFile = new Map<string, Inode>();
  /** The inode numbers given to host symlinks (symlinkAt), by guest path. */
  private readonly linkInos = new Map<string, number>();
  private readonly realRoot: string;

  constructor(readonly root: string, readonly writeThrough: boolean) {
    this.realRoot = realpathSync(root);
  }

  /** The inode of host file `hostPath` if it lies inside the root, else undefined. */
  inodeOfHostFile(hostPath: string): Inode | undefined {
    if (!existsSync(hostPath) || !this.inside(hostPath)) return undefined;
    const inside = relative(this.realRoot, realpathSync(hostPath));
    try {
      return this.lookup(inside);
    } catch {
      return undefined;
    }
  }

  private hostPath(guestPath: string): string {
    return guestPath === '/' ? this.realRoot : join(this.realRoot, guestPath);
  }

  /** Whether host `path` (existing) lies inside the root once symlinks are followed. */
  private inside(path: string): boolean {
    const real = realpathSync(path);
    const prefix = this.realRoot.endsWith(sep) ? this.realRoot : this.realRoot + sep;
    return real === this.realRoot || real.startsWith(prefix);
  }

  /**
   * The inode at guest `path`, or throws FsError: ENOENT, ENAMETOOLONG, EACCES for an escaping
   * symlink or a host file that is neither regular nor a directory, ELOOP, EOVERFLOW for one over
   * MAX_FILE_SIZE.
   */
  lookup(path: string): Inode {
    const { guest, trailingSlash } = this.walk(path);
    const inode = this.lookupGuest(guest);
    if (trailingSlash && !inode.isDir) throw new FsError(ENOTDIR);
    return inode;
  }

  /**
   * Resolve `path` a component at a time, as Linux: each name followed by more of the path ("x/y",
   * "x/.", "x/..") must be an existing directory (ENOENT, ENOTDIR), so "missing/.." and
   * "file.txt/." fail rather than being simplified away. A host symlink inside the root is
   * followed where it stands (its target read relative to its directory), so "link/.." is the
   * parent of the link's target, and every name of a file is the one inode; the last name is
   * followed only if `followLast` (unlink removes the link). A target leading out of the root
   * (an absolute one elsewhere on the host, or ".." above the root) is EACCES; more than
   * MAX_SYMLINKS links is ELOOP; a name over 255 bytes, ENAMETOOLONG when the walk comes to it.
   * Returns the normalized guest path, and whether its last name had
   * a trailing slash (then it must be a directory: ENOTDIR for a file, EISDIR for a file O_CREAT
   * would make).
   */
  walk(path: string, followLast = true): { guest: string; trailingSlash: boolean } {
    const parts = path.split('/');
    let last = parts.length - 1;
    while (last >= 0 && parts[last] === '') last--;
    const lastPart = last >= 0 ? parts[last] : '';
    const trailingSlash = last < parts.length - 1 && lastPart !== '.' && lastPart !== '..' && last >= 0;
    // The names still to resolve, in order; those a link's target put there may not climb out.
    const rest = parts.slice(0, last + 1).map((name) => ({ name, fromLink: false }));
    const names: string[] = [];
    let links = 0;
    for (let i = 0; i < rest.length; i++) {
      const { name, fromLink } = rest[i];
      if (name === '' || name === '.') continue;
      if (name === '..') {
        if (names.length === 0 && fromLink) throw new FsError(EACCES);
        names.pop();
        continue;
      }
      // A name too long is found when the walk comes to it, as Linux's lookup finds it: a missing
      // directory or a file before it in the path fails first (ENOENT, ENOTDIR).
      if (Buffer.byteLength(name) > NAME_MAX) throw new FsError(ENAMETOOLONG);
      names.push(name);
      const more = i < rest.length - 1;
      const target = more || trailingSlash || followLast ? this.symlinkTarget('/' + names.join('/')) : null;
      if (target !== null) {
        if (++links > MAX_SYMLINKS) throw new FsError(ELOOP);
        names.pop();
        const inRoot = this.targetInRoot(target);
        if (inRoot.absolute) names.length = 0;
        rest.splice(0, i + 1, ...inRoot.parts.map((part) => ({ name: part, fromLink: true })));
        i = -1;
        continue;
      }
      if (more && !this.lookupGuest('/' + names.join('/')).isDir) throw new FsError(ENOTDIR);
    }
    return { guest: '/' + names.join('/'), trailingSlash };
  }

  /**
   * If the last name of `path` is a host symlink (not followed; a trailing slash follows it): its
   * inode number (one per link, given at first sight) and size (its target's length in bytes), as
   * lstat reports a link; else null.
   */
  symlinkAt(path: string): { ino: number; size: number } | null {
    const { guest, trailingSlash } = this.walk(path, false);
    const target = trailingSlash ? null : this.guestTarget(guest);
    if (target === null) return null;
    let ino = this.linkInos.get(guest);
    if (ino === undefined) this.linkInos.set(guest, ino = this.nextIno++);
    return { ino, size: target.length };
  }

  /**
   * What readlink reads of the symlink that is the last name of `path` (not followed): its
   * target, one inside the root as the guest's absolute path. Throws FsError: EINVAL if it is no
   * symlink, or the path's errors.
   */
  readlink(path: string): Uint8Array {
    const { guest, trailingSlash } = this.walk(path, false);
    // With a trailing slash the link is followed: a directory is no link, a file ENOTDIR.
    const target = trailingSlash ? null : this.guestTarget(guest);
    if (target === null) {
      this.lookup(path); // a name that does not exist is ENOENT first
      throw new FsError(EINVAL);
    }
    return target;
  }

  /**
   * The target of the host symlink at guest path `guest` as the guest reads it, byte for byte:
   * one inside the root as the guest's absolute path, any other as written; null if it is no link.
   */
  private guestTarget(guest: string): Uint8Array | null {
    if (this.symlinkTarget(guest) === null) return null;
    const raw = readlinkSync(this.hostPath(guest), { encoding: 'buffer' });
    if (raw[0] !== 0x2f /* / */) return raw;
    try {
      return Buffer.from('/' + this.targetInRoot(raw.toString()).parts.join('/'));
    } catch {
      return raw; // a host path outside the root: read as it is written
    }
  }

  /** The target of the host symlink at guest path `guest`, or null if it is not one (or is known). */
  private symlinkTarget(guest: string): string | null {
    if (this.inodes.has(guest)) return null;
    const host = this.hostPath(guest);
    try {
      return lstatSync(host).isSymbolicLink() ? readlinkSync(host) : null;
    } catch {
      return null;
    }
  }

  /**
   * A symlink's `target` as names to resolve: relative to the link's directory, or from the root
   * for a host absolute path inside it (EACCES for one elsewhere).
   */
  private targetInRoot(target: string): { absolute: boolean; parts: string[] } {
    if (!target.startsWith('/')) return { absolute: false, parts: target.split('/') };
    for (const root of [this.realRoot, resolve(this.root)]) {
      if (target === root) return { absolute: true, parts: [] };
      const prefix = root.endsWith(sep) ? root : root + sep;
      if (target.startsWith(prefix)) return { absolute: true, parts: target.slice(prefix.length).split('/') };
    }
    throw new FsError(EACCES);
  }

  /** The inode at normalized guest path `guest` (see lookup). */
  private lookupGuest(guest: string): Inode {
    const known = this.inodes.get(guest);
    if (known === 'deleted') throw new FsError(ENOENT);
    if (known) return known;
    this.requireParentDir(guest);
    const host = this.hostPath(guest);
    if (!existsSync(host)) {
      if (lstatSafe(host)) throw new FsError(EACCES); // a dangling symlink
      throw new FsError(ENOENT);
    }
    if (!this.inside(host)) throw new FsError(EACCES);
    const st = statSync(host);
    // Only regular files and directories: a device or a FIFO (/dev/zero) could never be read whole.
    if (!st.isFile() && !st.isDirectory()) throw new FsError(EACCES);
    if (st.size > MAX_FILE_SIZE) throw new FsError(EOVERFLOW);
    // A hard link of a file already found is that file.
    const identity = `${st.dev}:${st.ino}`;
    const linked = st.isDirectory() ? undefined : this.byHostFile.get(identity);
    if (linked && linked.nlink > 0) {
      linked.names.add(guest);
      this.inodes.set(guest, linked);
      return linked;
    }
    const inode = new Inode(this.nextIno++, guest, st.isDirectory(), st.isDirectory() ? null : host, st.isDirectory() ? 0 : st.size);
    inode.mode = st.mode & 0o7777;
    inode.hostFile = { dev: st.dev, ino: st.ino };
    inode.nlink = st.nlink;
    if (st.isDirectory()) inode.directorySize = st.size;
    else this.byHostFile.set(identity, inode);
    inode.names.add(guest);
    this.inodes.set(guest, inode);
    return inode;
  }

  /** Create an empty file at `path` with permissions `mode` (its directory must exist); EEXIST if there is one. */
  create(path: string, mode = 0o644): Inode {
    const { guest, trailingSlash } = this.walk(path);
    if (trailingSlash) throw new FsError(EISDIR);
    if (this.exists(guest)) throw new FsError(EEXIST);
    if (guest === '/') throw new FsError(EISDIR);
    this.requireParentDir(guest);
    const inode = new Inode(this.nextIno++, guest, false, null, 0);
    inode.mode = mode;
    inode.names.add(guest);
    this.inodes.set(guest, inode);
    return inode;
  }

  private exists(guest: string): boolean {
    try {
      this.lookup(guest);
      return true;
    } catch (e) {
      if (e instanceof FsError && e.errno === ENOENT) return false;
      throw e;
    }
  }

  private requireParentDir(guest: string): void {
    const parent = guest.slice(0, guest.lastIndexOf('/')) || '/';
    if (parent === guest) return;
    const dir = this.lookupGuest(parent);
    if (!dir.isDir) throw new FsError(ENOTDIR);
  }

  /** Remove the name `path` (a file): the inode lives on while open or mapped. */
  unlink(path: string): void {
    if (this.unlinkSymlink(path)) return;
    const inode = this.lookup(path);
    if (inode.isDir) throw new FsError(EISDIR);
    const name = this.walk(path).guest;
    inode.nlink = Math.max(0, inode.nlink - 1);
    inode.names.delete(name);
    if (inode.path === name && inode.names.size > 0) inode.path = inode.names.values().next().value!;
    this.inodes.set(name, 'deleted');
    if (this.writeThrough) {
      void inode.data; // the inode lives on while open or mapped: read its bytes before the host file goes
      const host = this.hostPath(name);
      this.onHost(name, 'remove', () => { if (isHostFile(lstatSafe(host) ? lstatSync(host) : null, inode.hostFile)) unlinkSync(host); });
    }
  }

  /**
   * If the last name of `path` is a host symlink, remove the link (the guest sees it no more; with
   * write-through the host's goes too, if it is still that link) and return true. A link leading
   * out of the root is EACCES, as for every other call; a dangling one or a loop is removed. A
   * link named with a trailing slash is ENOTDIR, as Linux (the link itself is no directory).
   */
  private unlinkSymlink(path: string): boolean {
    const { guest, trailingSlash } = this.walk(path, false);
    if (trailingSlash) {
      if (this.symlinkTarget(this.walk(path.replace(/\/+$/, ''), false).guest) !== null) throw new FsError(ENOTDIR);
      return false;
    }
    if (this.symlinkTarget(guest) === null) return false;
    try {
      this.lookup(path);
    } catch (e) {
      if (e instanceof FsError && e.errno === EACCES) throw e;
    }
    this.inodes.set(guest, 'deleted');
    if (this.writeThrough) {
      const host = this.hostPath(guest);
      const link = lstatSync(host);
      this.onHost(guest, 'remove', () => { if (lstatSafe(host) && isHostFile(lstatSync(host), link)) unlinkSync(host); });
    }
    return true;
  }

  /**
   * With write-through, store a file's on-disk contents on the host. A host failure (no space,
   * no permission) does not stop the guest, whose file stays in memory: it is recorded in
   * `hostFailures`.
   */
  persist(inode: Inode): void {
    if (!this.writeThrough || inode.nlink === 0 || inode.isDir) return;
    this.onHost(inode.path, 'write', () => {
      const fd = this.openForPersist(inode);
      if (fd === null) return;
      try {
        // The bytes held, then the length (bytes past what is held, after a growth, read as zeros).
        const data = inode.data.subarray(0, inode.size);
        for (let done = 0; done < data.length;) done += writeSync(fd, data, done, data.length - done, done);
        ftruncateSync(fd, inode.size);
      } finally {
        closeSync(fd);
      }
    });
  }

  /** Run `change` on the host; a failure is recorded in hostFailures (the guest's file stays in memory). */
  private onHost(path: string, what: string, change: () => void): void {
    try {
      change();
    } catch (e) {
      this.hostFailures.push(`cannot ${what} ${path} on the host: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }

  /**
   * The host file behind `inode`, opened for writing without following a symlink: the one found at
   * lookup (null if the name now leads elsewhere), or, for a file the guest created, a new file in
   * a directory inside the root (null if something is already there or the directory leads out).
   */
  private openForPersist(inode: Inode): number | null {
    const host = this.hostPath(inode.path);
    const flags = constants.O_WRONLY | constants.O_NOFOLLOW;
    if (inode.hostFile === null) {
      if (!existsSync(dirname(host)) || !this.inside(dirname(host))) return null;
      let fd: number;
      try {
        fd = openSync(host, flags | constants.O_CREAT | constants.O_EXCL, inode.mode);
      } catch {
        return null;
      }
      const st = fstatSync(fd);
      inode.hostFile = { dev: st.dev, ino: st.ino };
      return fd;
    }
    let fd: number;
    try {
      fd = openSync(host, flags);
    } catch {
      return null;
    }
    if (isHostFile(fstatSync(fd), inode.hostFile)) return fd;
    closeSync(fd);
    return null;
  }
}

/** Whether `st` is the host file `id` (null: no host file is known, so none is). */
function isHostFile(st: { dev: number; ino: number } | null, id: { dev: number; ino: number } | null): boolean {
  return st !== null && id !== null && st.dev === id.dev && st.ino === id.ino;
}

/**
 * The contents of host file `path`, which must still be the file `id` found at lookup: opened
 * without following a symlink and checked, so that a swap after the lookup reads nothing from
 * elsewhere (the guest then sees an empty file).
 */
function readHostFile(path: string, id: { dev: number; ino: number } | null): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return new Uint8Array(0);
  }
  try {
    return isHostFile(fstatSync(fd), id) ? new Uint8Array(readFileSync(fd)) : new Uint8Array(0);
  } finally {
    closeSync(fd);
  }
}

function lstatSafe(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
