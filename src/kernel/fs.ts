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
  closeSync, constants, existsSync, fstatSync, ftruncateSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, readlinkSync, realpathSync,
  chmodSync, fchmodSync, linkSync, renameSync, rmdirSync, statSync, symlinkSync, unlinkSync, writeSync, type Dirent,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { EACCES, EBUSY, EEXIST, EINVAL, EISDIR, ELOOP, ENAMETOOLONG, ENOENT, ENOTDIR, ENOTEMPTY, EOVERFLOW, EPERM, EXDEV } from './errno.js';

/** The longest name of one path component, in bytes (Linux's NAME_MAX). */
export const NAME_MAX = 255;

/** How many directories `searchedDirs` keeps before it starts again. */
const SEARCHED_DIRS_KEPT = 4096;
/** How many of a path's directories, from its last, a walk looks for in `searchedDirs`. */
const SEARCHED_DIR_TRIES = 8;

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
   * The kernel's own bytes, always in memory (the sigreturn trampoline's `[vdso]`, as Linux's
   * vDSO is part of the kernel image): a page comes in with no disk read, a minor fault.
   */
  kernelResident = false;
  /** Made by the kernel when opened (/proc/PID/maps): read only, and no mmap of it (ENODEV), as procfs. */
  generated = false;
  /**
   * Which host file this is (device and inode numbers), once vmlab has found or created it inside
   * the root: reads and writes go to that file only, so a name swapped for a symlink (or a parent
   * directory for one leading out of the root) after the lookup does not redirect them.
   */
  hostFile: { dev: number; ino: number } | null = null;

  /** A directory's size as stat gives it: the host's, or a block for one the guest made. */
  directorySize = 0;

  /**
   * A directory found on the host: that host directory, whose entries it holds (less those the
   * guest removed, with those it made). Null for a directory the guest made, or renamed: all its
   * entries are the guest's, and no name in it is looked for on the host.
   */
  hostDir: string | null = null;

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
/** The first pipe's inode number: above the detached inodes'. */
const FIRST_PIPE_INO = 2_000_000;
/** The first inode number of a file the kernel makes when it is opened (/proc): above the pipes'. */
const FIRST_GENERATED_INO = 3_000_000;

/**
 * Inodes outside the guest's tree (an executable assembled in memory, shared anonymous memory),
 * numbered in order of creation by one counter per kernel: the disk places a file's pages by
 * its inode number, so a run's disk times do not depend on the runs before it in the process.
 */
export class DetachedInodes {
  private next = FIRST_DETACHED_INO;
  private nextPipe = FIRST_PIPE_INO;
  private nextGenerated = FIRST_GENERATED_INO;

  /** The inode number of a new pipe (Linux's pipefs gives each its own), from a counter of their own. */
  pipeIno(): number {
    return this.nextPipe++;
  }

  /**
   * A read-only file the kernel made for one open (/proc/PID/maps), holding `bytes`: in memory
   * (its pages need no disk read), numbered from a counter of its own so that the files made
   * after it keep their numbers, and with them their places on the disk.
   */
  generated(name: string, bytes: Uint8Array): Inode {
    const inode = Inode.detached(this.nextGenerated++, name, bytes);
    inode.mode = 0o444;
    inode.nlink = 1;
    inode.kernelResident = true;
    inode.generated = true;
    return inode;
  }

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
  /**
   * Per directory (guest path), the names in it the map holds an inode for, in the order they
   * got one (a name removed and made again goes last): entries() reads a directory's own, not the
   * whole map.
   */
  private readonly known = new Map<string, Set<string>>();
  /** The symlinks the guest made (symlink), by guest path: their targets as written. */
  private readonly madeLinks = new Map<string, string>();
  /**
   * Guest paths of directories that walks went through: every name in each a directory, none a
   * symlink, as a walk from the root finds them. A walk of a path in one (a name in the working
   * directory, in a deep tree) resolves only its last name, so that its cost does not grow with
   * the depth squared. Forgotten whenever a name is removed or replaced.
   */
  private readonly searchedDirs = new Set<string>();
  /** The inode numbers given to host names that are not files or directories (unopenedIno), by guest path. */
  private readonly unopenedInos = new Map<string, number>();
  private readonly realRoot: string;

  constructor(readonly root: string, readonly writeThrough: boolean) {
    this.realRoot = realpathSync(root);
  }

  /** What guest path `guest` names now: an inode, or 'deleted' (the host's name is gone), keeping the directory index. */
  private setName(guest: string, value: Inode | 'deleted'): void {
    const before = this.inodes.get(guest);
    if (before !== undefined && before !== value) this.searchedDirs.clear(); // a name removed or replaced
    this.inodes.set(guest, value);
    this.madeLinks.delete(guest);
    this.listName(guest, value !== 'deleted' && guest !== '/');
  }

  /** Keep `guest` in its directory's index (`known`) as its newest name if `listed`, else out of it. */
  private listName(guest: string, listed: boolean): void {
    const dir = parentOf(guest);
    let names = this.known.get(dir);
    if (names === undefined) this.known.set(dir, names = new Set());
    names.delete(guest);
    if (listed) names.add(guest);
  }

  /**
   * Make a symlink at `path` holding `target` as written (symlinkat): EEXIST if the name exists
   * (a symlink too), ENOENT for a trailing slash or a missing directory on the way. An absolute
   * target is read from the guest's root. With write-through the host gets the link too, with
   * the same text.
   */
  symlink(target: string, path: string): void {
    const guest = this.walk(withoutTrailingSlash(path), false).guest;
    if (guest === '/' || this.symlinkTarget(guest) !== null || this.anythingAt(guest)) throw new FsError(EEXIST);
    if (path !== withoutTrailingSlash(path)) throw new FsError(ENOENT); // a new name with a trailing slash would be a directory
    this.requireParentDir(guest);
    this.madeLinks.set(guest, target);
    this.listName(guest, true);
    if (this.writeThrough) this.onHost(guest, 'link', () => symlinkSync(target, this.hostPath(guest)));
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
    if (inode.isDir && guest !== '/') this.searched(guest); // its last name followed: a directory, no link
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
    let trailingSlash = endsInSlash(path);
    // The guest path of the names resolved so far ('' for the root), and where the rest of `path` starts.
    let current = '';
    let from = 0;
    // A directory walked through before, among the last few on the way: only what follows it is left.
    if (path.startsWith('/')) {
      let cut = path.length;
      while (cut > 0 && path[cut - 1] === '/') cut--;
      for (let tries = 0; tries < SEARCHED_DIR_TRIES; tries++) {
        cut = path.lastIndexOf('/', cut - 1);
        if (cut <= 0) break;
        if (this.searchedDirs.has(path.slice(0, cut))) {
          current = path.slice(0, cut);
          from = cut + 1;
          break;
        }
      }
    }
    const parts = path.slice(from).split('/');
    let last = parts.length - 1;
    while (last >= 0 && parts[last] === '') last--;
    // The names still to resolve, in order; those a link's target put there may not climb out.
    const rest = parts.slice(0, last + 1).map((name) => ({ name, fromLink: false }));
    let links = 0;
    for (let i = 0; i < rest.length; i++) {
      const { name, fromLink } = rest[i];
      if (name === '' || name === '.') continue;
      if (name === '..') {
        if (current === '' && fromLink) throw new FsError(EACCES);
        current = current.slice(0, Math.max(0, current.lastIndexOf('/')));
        continue;
      }
      // A name too long is found when the walk comes to it, as Linux's lookup finds it: a missing
      // directory or a file before it in the path fails first (ENOENT, ENOTDIR).
      if (Buffer.byteLength(name) > NAME_MAX) throw new FsError(ENAMETOOLONG);
      const above = current;
      current += '/' + name;
      const more = i < rest.length - 1;
      const inRoot = more || trailingSlash || followLast ? this.linkParts(current) : null;
      if (inRoot !== null) {
        if (++links > MAX_SYMLINKS) throw new FsError(ELOOP);
        current = inRoot.absolute ? '' : above;
        // A host link's names may not climb out of the root (EACCES); a guest's `..` stops there.
        // A target ending in a slash, as the last name's, makes the name that ends it need to be
        // a directory (and O_CREAT through it EISDIR), as a trailing slash written there would.
        const { parts: targetParts } = inRoot;
        let end = targetParts.length;
        while (end > 1 && targetParts[end - 1] === '') end--;
        if (i === rest.length - 1 && end < targetParts.length && endsInSlash(targetParts.join('/'))) trailingSlash = true;
        rest.splice(0, i + 1, ...targetParts.slice(0, end).map((part) => ({ name: part, fromLink: inRoot.host })));
        i = -1;
        continue;
      }
      if (more && !this.lookupGuest(current).isDir) throw new FsError(ENOTDIR);
    }
    // Every name but the last was found a directory, not a link, on the way (or came from here).
    const parentEnd = current.lastIndexOf('/');
    if (parentEnd > 0) this.searched(current.slice(0, parentEnd));
    return { guest: current || '/', trailingSlash };
  }


  /** Keep `dir` in `searchedDirs` (a normalized guest path of a directory, every name on the way a directory, none a link). */
  private searched(dir: string): void {
    if (this.searchedDirs.size >= SEARCHED_DIRS_KEPT) this.searchedDirs.clear();
    this.searchedDirs.add(dir);
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
    return { ino: this.unopenedIno(guest), size: target.length };
  }

  /** The inode number of a host name vmlab opens no inode for (a symlink, a FIFO, a device): given at first sight. */
  private unopenedIno(guest: string): number {
    let ino = this.unopenedInos.get(guest);
    if (ino === undefined) this.unopenedInos.set(guest, ino = this.nextIno++);
    return ino;
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
    const made = this.madeLinks.get(guest);
    if (made !== undefined) return Buffer.from(made);
    if (this.symlinkTarget(guest) === null) return null;
    const raw = readlinkSync(this.hostPath(guest), { encoding: 'buffer' });
    if (raw[0] !== 0x2f /* / */) return raw;
    try {
      return Buffer.from('/' + this.targetInRoot(raw.toString()).parts.join('/'));
    } catch {
      return raw; // a host path outside the root: read as it is written
    }
  }

  /**
   * The symlink at guest path `guest`, as names to resolve (targetInRoot; a link the guest made
   * takes an absolute target from the guest's root), or null if it is none.
   */
  private linkParts(guest: string): { absolute: boolean; parts: string[]; host: boolean } | null {
    const made = this.madeLinks.get(guest);
    if (made !== undefined) return { absolute: made.startsWith('/'), parts: made.split('/'), host: false };
    const target = this.symlinkTarget(guest);
    return target === null ? null : { ...this.targetInRoot(target), host: true };
  }

  /** The target of the symlink at guest path `guest` (one the guest made, or the host's), or null if it is not one. */
  private symlinkTarget(guest: string): string | null {
    const made = this.madeLinks.get(guest);
    if (made !== undefined) return made;
    if (this.inodes.has(guest)) return null;
    const parent = this.inodes.get(parentOf(guest));
    if (parent !== undefined && parent !== 'deleted' && parent.hostDir === null) return null; // a directory the guest made
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
    // A name in a directory the guest made is the guest's, or nothing.
    if (this.requireParentDir(guest)?.hostDir === null) throw new FsError(ENOENT);
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
      this.setName(guest, linked);
      return linked;
    }
    const inode = new Inode(this.nextIno++, guest, st.isDirectory(), st.isDirectory() ? null : host, st.isDirectory() ? 0 : st.size);
    inode.mode = st.mode & 0o7777;
    inode.hostFile = { dev: st.dev, ino: st.ino };
    inode.nlink = st.nlink;
    if (st.isDirectory()) {
      inode.directorySize = st.size;
      inode.hostDir = host;
    } else {
      this.byHostFile.set(identity, inode);
    }
    inode.names.add(guest);
    this.setName(guest, inode);
    return inode;
  }

  /**
   * Give the file at `from` the new name `to` as well (a hard link; `follow`: a symlink as the
   * last name of `from` is followed). Linux's errors: EEXIST if `to` exists (a symlink too), EPERM
   * for a directory, the paths' errors. vmlab's limit: a symlink itself cannot be linked (EXDEV).
   * With write-through the host gets the link too.
   */
  link(from: string, to: string, follow: boolean): void {
    const source = this.walk(from, follow).guest;
    if (!follow && this.symlinkTarget(source) !== null) {
      this.lookupGuest(parentOf(source));
      throw new FsError(EXDEV);
    }
    this.addLink(this.lookup(from), to);
  }

  /**
   * `to` becomes another name of `inode` (linkat's work once the file is found; AT_EMPTY_PATH's
   * with a descriptor's file): EEXIST if the name exists, ENOENT with a trailing slash or for a
   * file no name holds any more, EPERM for a directory.
   */
  addLink(inode: Inode, to: string): void {
    const target = this.walk(withoutTrailingSlash(to), false).guest;
    if (this.symlinkTarget(target) !== null || this.anythingAt(target)) throw new FsError(EEXIST);
    if (to !== withoutTrailingSlash(to)) throw new FsError(ENOENT); // a new name with a trailing slash would be a directory
    if (inode.isDir) throw new FsError(EPERM);
    if (inode.nlink === 0) throw new FsError(ENOENT);
    const source = inode.path;
    inode.nlink++;
    inode.names.add(target);
    this.setName(target, inode);
    if (this.writeThrough) {
      void inode.data; // read before the host's names change under it
      this.onHost(target, 'link', () => linkSync(this.hostPath(source), this.hostPath(target)));
    }
  }

  /** Set the permission bits of `inode` to `mode` (chmod); with write-through the host file's too, if it has one. */
  chmod(inode: Inode, mode: number): void {
    inode.mode = mode & 0o7777;
    if (this.writeThrough && (inode.hostFile !== null || inode.isDir) && inode.nlink > 0) {
      this.onHost(inode.path, 'chmod', () => chmodSync(this.hostPath(inode.path), inode.mode));
    }
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
    this.setName(guest, inode);
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

  /** The directory holding normalized guest path `guest` (null for the root): ENOENT, ENOTDIR if there is none. */
  private requireParentDir(guest: string): Inode | null {
    const parent = parentOf(guest);
    if (parent === guest) return null;
    const dir = this.lookupGuest(parent);
    if (!dir.isDir) throw new FsError(ENOTDIR);
    return dir;
  }

  /** Remove the name `path` (a file): the inode lives on while open or mapped. */
  unlink(path: string): void {
    if (this.unlinkSymlink(path)) return;
    const inode = this.lookup(path);
    if (inode.isDir) throw new FsError(EISDIR);
    const name = this.walk(path).guest;
    this.dropName(inode, name);
    this.setName(name, 'deleted');
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
    if (endsInSlash(path)) {
      // The link itself is no directory: ENOTDIR before following it (a loop would be ELOOP).
      if (this.symlinkTarget(this.walk(withoutTrailingSlash(path), false).guest) !== null) throw new FsError(ENOTDIR);
      return false;
    }
    const { guest } = this.walk(path, false);
    if (this.symlinkTarget(guest) === null) return false;
    try {
      this.lookup(path);
    } catch (e) {
      if (e instanceof FsError && e.errno === EACCES) throw e;
    }
    this.setName(guest, 'deleted');
    const host = this.hostPath(guest);
    if (this.writeThrough && lstatSafe(host)) {
      const link = lstatSync(host);
      this.onHost(guest, 'remove', () => { if (lstatSafe(host) && isHostFile(lstatSync(host), link)) unlinkSync(host); });
    }
    return true;
  }

  /**
   * Make the directory `path` with permissions `mode` (its last name is not followed: a trailing
   * slash is allowed). Throws FsError: EEXIST if the name exists (a symlink too, even a dangling
   * one), the path's errors. With write-through it is made on the host too.
   */
  mkdir(path: string, mode: number): Inode {
    const { guest } = this.walk(withoutTrailingSlash(path), false); // the last name is never followed
    if (guest === '/' || this.symlinkTarget(guest) !== null || this.anythingAt(guest)) throw new FsError(EEXIST);
    const parent = this.requireParentDir(guest)!;
    const inode = new Inode(this.nextIno++, guest, true, null, 0);
    // A set-group-ID directory's new directory is one too, as Linux makes it.
    inode.mode = mode | (parent.mode & S_ISGID);
    inode.nlink = 2;
    inode.directorySize = PAGE_BYTES;
    inode.names.add(guest);
    this.setName(guest, inode);
    parent.nlink++;
    if (this.writeThrough) {
      // The guest's mode, its umask taken already: not the host's umask as well.
      this.onHost(guest, 'make', () => {
        mkdirSync(this.hostPath(guest), mode);
        chmodSync(this.hostPath(guest), mode);
      });
    }
    return inode;
  }

  /**
   * Remove the empty directory `path`, as Linux's rmdir: EINVAL for a last name ".", ENOTEMPTY
   * for "..", ENOTDIR for a file or a symlink, EBUSY for the root, ENOTEMPTY if it holds a name.
   */
  rmdir(path: string): void {
    // The directories on the way first (ENOENT, ENOTDIR), then the last name, never followed.
    const { guest } = this.walk(withoutTrailingSlash(path), false);
    const last = lastName(path);
    if (last === '.') throw new FsError(EINVAL);
    if (last === '..') throw new FsError(ENOTEMPTY);
    if (this.symlinkTarget(guest) !== null) throw new FsError(ENOTDIR);
    const inode = this.lookupGuest(guest);
    if (!inode.isDir) throw new FsError(ENOTDIR);
    if (guest === '/') throw new FsError(EBUSY);
    if (this.entries(inode).length > 0) throw new FsError(ENOTEMPTY);
    this.setName(guest, 'deleted');
    inode.nlink = 0;
    this.requireParentDir(guest)!.nlink--;
    if (this.writeThrough) this.onHost(guest, 'remove', () => rmdirSync(this.hostPath(guest)));
  }

  /**
   * The names in directory `dir` (without "." and ".."), each with its inode number and type
   * (DT_*): the host directory's that the guest has not removed, in name order, then those the
   * guest made, in the order it made them.
   */
  entries(dir: Inode): DirEntry[] {
    const list: DirEntry[] = [];
    const seen = new Set<string>();
    for (const d of dir.hostDir !== null ? hostEntries(dir.hostDir) : []) {
      const guest = childOf(dir.path, d.name);
      const known = this.inodes.get(guest);
      if (known === 'deleted') continue;
      seen.add(guest);
      if (known !== undefined) list.push({ name: d.name, ino: known.ino, type: known.isDir ? DT_DIR : DT_REG });
      else if (d.isFile() || d.isDirectory()) list.push(this.hostEntry(guest, d));
      else list.push({ name: d.name, ino: this.unopenedIno(guest), type: direntType(d) });
    }
    for (const guest of this.known.get(dir.path) ?? []) {
      if (seen.has(guest)) continue;
      if (this.madeLinks.has(guest)) {
        list.push({ name: guest.slice(guest.lastIndexOf('/') + 1), ino: this.unopenedIno(guest), type: DT_LNK });
        continue;
      }
      const inode = this.inodes.get(guest);
      if (inode === undefined || inode === 'deleted') continue;
      list.push({ name: guest.slice(guest.lastIndexOf('/') + 1), ino: inode.ino, type: inode.isDir ? DT_DIR : DT_REG });
    }
    return list;
  }

  /** The entry of host file or directory `d` at `guest`: its inode's number (one vmlab cannot open, a file too big, gets one of its own). */
  private hostEntry(guest: string, d: Dirent): DirEntry {
    const type = d.isDirectory() ? DT_DIR : DT_REG;
    try {
      return { name: d.name, ino: this.lookupGuest(guest).ino, type };
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      return { name: d.name, ino: this.unopenedIno(guest), type };
    }
  }

  /**
   * Give the file or directory at `from` the name `to` (renameat2): replacing what is there (a
   * file by a file, an empty directory by a directory), unless `noReplace` (EEXIST); or, with
   * `exchange`, swapping the two (ENOENT if `to` does not exist). Linux's errors: EISDIR for a
   * file over a directory, ENOTDIR for a directory over a file, ENOTEMPTY over a directory that
   * holds names, EINVAL for a directory into itself, EBUSY for the root. vmlab's limit: a symlink,
   * or a directory that holds names, cannot be moved (EXDEV, as across file systems).
   */
  rename(from: string, to: string, noReplace: boolean, exchange: boolean): void {
    // Neither last name is followed, a trailing slash or not (a link named so is ENOTDIR, below).
    const walkedFrom = { ...this.walk(withoutTrailingSlash(from), false), trailingSlash: from !== withoutTrailingSlash(from) };
    const walkedTo = { ...this.walk(withoutTrailingSlash(to), false), trailingSlash: to !== withoutTrailingSlash(to) };
    const source = walkedFrom.guest, target = walkedTo.guest;
    // A last name that is no name ("/", ".", ".."): EBUSY, or for the new one EEXIST with noReplace.
    if (!namesEntry(from) || source === '/') throw new FsError(EBUSY);
    if (!namesEntry(to) || target === '/') throw new FsError(noReplace ? EEXIST : EBUSY);
    if (this.symlinkTarget(source) !== null) {
      this.lookupGuest(parentOf(source));
      if (walkedFrom.trailingSlash) throw new FsError(ENOTDIR);
      if (source === target && !walkedTo.trailingSlash) { // a link renamed onto itself: nothing moves
        if (noReplace) throw new FsError(EEXIST);
        return;
      }
      throw new FsError(EXDEV);
    }
    const moved = this.lookupGuest(source);
    this.requireParentDir(target);
    const replacedLink = this.symlinkTarget(target) !== null;
    if (replacedLink && (walkedTo.trailingSlash || (moved.isDir && !exchange))) throw new FsError(noReplace ? EEXIST : ENOTDIR);
    const replaced = replacedLink ? null : this.existing(target);
    if (noReplace && (replaced !== null || replacedLink)) throw new FsError(EEXIST);
    if (exchange && replaced === null) throw new FsError(replacedLink ? EXDEV : ENOENT);
    if (exchange && walkedTo.trailingSlash && !replaced!.isDir) throw new FsError(ENOTDIR);
    if (!moved.isDir && (walkedFrom.trailingSlash || (!exchange && walkedTo.trailingSlash))) throw new FsError(ENOTDIR);
    if (source === target || moved === replaced) return; // the same name, or two names of one file: nothing to do
    // Linux's checks against the names' common ancestor: the source above the target, the target above the source.
    if (moved.isDir && (target.startsWith(source + '/'))) throw new FsError(EINVAL);
    if (replaced !== null && source.startsWith(target + '/')) throw new FsError(exchange ? EINVAL : ENOTEMPTY);
    if (replaced !== null && !exchange) {
      if (moved.isDir && !replaced.isDir) throw new FsError(ENOTDIR);
      if (!moved.isDir && replaced.isDir) throw new FsError(EISDIR);
      if (replaced.isDir && this.entries(replaced).length > 0) throw new FsError(ENOTEMPTY);
    }
    for (const dir of exchange ? [moved, replaced!] : [moved]) if (dir.isDir && this.entries(dir).length > 0) throw new FsError(EXDEV);
    if (this.writeThrough) {
      // A host file not read yet is read now: its host name is about to change, or go.
      for (const inode of [moved, replaced]) if (inode !== null && !inode.isDir) void inode.data;
      this.renameOnHost(source, target, exchange);
    }
    if (exchange) {
      this.rename1(replaced!, target, source);
    } else if (replaced !== null) {
      this.dropName(replaced, target);
      if (replaced.isDir) this.requireParentDir(target)!.nlink--;
    }
    this.rename1(moved, source, target);
    if (!exchange) this.setName(source, 'deleted');
  }

  /**
   * Whether anything has the name `guest`: an inode the tree knows, or on the host in a host
   * directory (a FIFO or a device too, which vmlab opens none of).
   */
  private anythingAt(guest: string): boolean {
    try {
      this.lookupGuest(guest);
      return true;
    } catch (e) {
      // Something vmlab will not open (EACCES: a FIFO, a device; EOVERFLOW: a file too big) is there too.
      if (e instanceof FsError && (e.errno === EACCES || e.errno === EOVERFLOW)) return true;
      if (e instanceof FsError && e.errno === ENOENT) return false;
      throw e;
    }
  }

  /** The inode at `guest`, or null if there is none (ENOENT); other errors thrown. */
  private existing(guest: string): Inode | null {
    try {
      return this.lookupGuest(guest);
    } catch (e) {
      if (e instanceof FsError && e.errno === ENOENT) return null;
      throw e;
    }
  }

  /** `inode`'s name `from` becomes `to` (a directory's entries are then all the guest's: it holds none). */
  private rename1(inode: Inode, from: string, to: string): void {
    inode.names.delete(from);
    inode.names.add(to);
    if (inode.path === from) inode.path = to;
    this.setName(to, inode);
    if (inode.isDir) {
      inode.hostDir = null;
      this.requireParentDir(from)!.nlink--;
      this.requireParentDir(to)!.nlink++;
    }
  }

  /** `inode` loses its name `name` (unlink, or a rename over it): it lives on while open or mapped. */
  private dropName(inode: Inode, name: string): void {
    inode.nlink = inode.isDir ? 0 : Math.max(0, inode.nlink - 1);
    inode.names.delete(name);
    if (inode.path === name && inode.names.size > 0) inode.path = inode.names.values().next().value!;
  }

  /** With write-through, the rename on the host (an exchange through a third name). */
  private renameOnHost(source: string, target: string, exchange: boolean): void {
    const from = this.hostPath(source), to = this.hostPath(target);
    this.onHost(source, 'rename', () => {
      if (!exchange) {
        renameSync(from, to);
        return;
      }
      let aside = `${to}.vmlab-exchange`;
      for (let n = 1; lstatSafe(aside); n++) aside = `${to}.vmlab-exchange-${n}`;
      renameSync(to, aside);
      renameSync(from, to);
      renameSync(aside, from);
    });
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
      fchmodSync(fd, inode.mode); // the guest's mode, its umask taken already: not the host's umask as well
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

/** A directory entry as getdents64 gives it: name, inode number, type (DT_*). */
export interface DirEntry { name: string; ino: number; type: number }

/** Linux's d_type values. */
export const DT_UNKNOWN = 0, DT_FIFO = 1, DT_CHR = 2, DT_DIR = 4, DT_BLK = 6, DT_REG = 8, DT_LNK = 10, DT_SOCK = 12;

/** The type of a host directory entry that is neither a file nor a directory. */
function direntType(d: Dirent): number {
  return d.isSymbolicLink() ? DT_LNK : d.isFIFO() ? DT_FIFO : d.isCharacterDevice() ? DT_CHR : d.isBlockDevice() ? DT_BLK : d.isSocket() ? DT_SOCK : DT_UNKNOWN;
}

/** Host directory `path`'s entries in name order (none if it is gone). */
function hostEntries(path: string): Dirent[] {
  try {
    return readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

/** Whether `path`'s last name is written with a slash after it ("x/", but not "x/." or "/"): it must then be a directory. */
export function endsInSlash(path: string): boolean {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  if (end === 0 || end === path.length) return false;
  const last = path.slice(path.lastIndexOf('/', end - 1) + 1, end);
  return last !== '.' && last !== '..';
}

/** `path` without the slashes that end it ("/" stays). */
export function withoutTrailingSlash(path: string): string {
  return path.replace(/(.)\/+$/, '$1');
}

/** The set-group-ID bit of a mode. */
const S_ISGID = 0o2000;

/** The last name of `path` as written, its trailing slashes left out ("" for "/"). */
function lastName(path: string): string {
  return path.replace(/\/+$/, '').split('/').pop()!;
}

/** Whether `path`'s last name names an entry: not "/", "." or "..". */
function namesEntry(path: string): boolean {
  const last = lastName(path);
  return last !== '' && last !== '.' && last !== '..';
}

/** The directory holding normalized guest path `guest` (the root holds itself). */
function parentOf(guest: string): string {
  return guest.slice(0, guest.lastIndexOf('/')) || '/';
}

/** The guest path of name `name` in directory `dir`. */
function childOf(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

/** The size a directory the guest makes shows (ext4's first block). */
const PAGE_BYTES = 4096;

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
