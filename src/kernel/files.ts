/**
 * Open files and the file system calls (Linux rv32 numbers and semantics, as qemu-riscv32 shows
 * them): openat, close, read, write, readv, writev, pread64, pwrite64, llseek, fstat (a convenience: rv32 Linux has no fstat; this
 * one fills the generic `struct stat64`), statx, unlinkat, fsync. File data goes through the page
 * cache. Descriptors 0, 1 and 2 are vmlab's stdin, stdout and stderr. dup 23 and dup3 24 copy a
 * descriptor (both then share one open file and its offset, as after fork); O_CLOEXEC marks a
 * descriptor for closing by execve.
 */
import type { KernelServices } from './services.js';
import { inUserSpace } from './exec.js';
import type { Process } from './proc.js';
import { FsError, MAX_FILE_SIZE, MAX_OFFSET, endsInSlash, withoutTrailingSlash, type GuestFs, type Inode } from './fs.js';
import { PAGE_SIZE } from './vm/pagetable.js';
import { EACCES, EBADF, EEXIST, EFAULT, EFBIG, EINVAL, EISDIR, ELOOP, EMFILE, ENAMETOOLONG, ENOENT, ENOMEM, ENOTDIR, ENXIO, EOPNOTSUPP, EPIPE, ESPIPE, ETXTBSY } from './errno.js';
import { pipeRead, pipeWrite } from './pipe.js';
import { SIGPIPE, SIGXFSZ, sendSignal } from './signals.js';
import { SI_USER } from './sigaction.js';
import { iovecCallResult, userIovecs, userRange, type UserBuffer } from './uio.js';
import { AT_EMPTY_PATH, AT_FDCWD, AT_REMOVEDIR, O_ACCMODE, O_APPEND, O_CLOEXEC, O_CREAT, O_DIRECT, O_DIRECTORY, O_EXCL, O_NOFOLLOW, O_NONBLOCK, O_PATH, O_PATH_FLAGS, O_RDWR, O_TRUNC, O_WRONLY, keptFlags, retainFile, type OpenFile } from './openfile.js';
import { closeFile, fileFor, fileOf, hasFreeFile, installFile, ioFileOf } from './fdtable.js';
import { fileLimit, fileSizeLimit } from './rlimits.js';
import { unmapPastEnd } from './mman.js';
import { mapsOwner, mapsText } from './procfs.js';

/** What this module uses of the kernel. */
type Kernel = Pick<KernelServices, 'block' | 'copyinPrefix' | 'copyout' | 'copyoutPrefix' | 'fs' | 'kill' | 'machine' | 'memory' | 'output' | 'readStdin' | 'wakeup'>;

const PATH_MAX = 4096;
const S_IFMT = 0o170000, S_IFREG = 0o100000, S_IFDIR = 0o040000, S_IFIFO = 0o010000, S_IFLNK = 0o120000, S_IFBLK = 0o060000;

/** The inode at guest `path`, or a negative errno (ENOENT, ENOTDIR, EACCES...). */
export function lookupPath(k: Pick<KernelServices, 'fs'>, path: string): Inode | number {
  let inode: Inode | undefined;
  const status = fsCall(() => {
    inode = fsOf(k).lookup(path);
    return 0;
  });
  return status < 0 ? status : inode!;
}

/** The inode of the NUL-terminated path at user address `pathVa` (relative to p's working directory), or a negative errno. */
export function userPathInode(k: Pick<KernelServices, 'copyinPrefix' | 'fs'>, p: Process, pathVa: number): Inode | number {
  const raw = userPath(k, p, pathVa);
  return typeof raw === 'number' ? raw : lookupFrom(k, p, raw);
}

/** The inode at guest `path` (relative to p's working directory), or a negative errno. */
export function lookupFrom(k: Pick<KernelServices, 'fs'>, p: Process, path: string): Inode | number {
  const resolved = resolveAt(p, AT_FDCWD, path);
  return typeof resolved === 'number' ? resolved : lookupPath(k, resolved);
}

/** The guest's file tree; throws FsError(ENOENT) when the run has none. */
export function fsOf(k: Pick<KernelServices, 'fs'>): GuestFs {
  if (!k.fs) throw new FsError(ENOENT);
  return k.fs;
}

/**
 * Read a NUL-terminated string of at most `max` bytes from user memory, a page at a time; a
 * negative errno on failure (-EFAULT, or `tooLong` negated).
 */
export function userString(k: Pick<KernelServices, 'copyinPrefix'>, p: Process, va: number, max: number, tooLong: number): string | number {
  const bytes = userStringBytes(k, p, va, max, tooLong);
  return typeof bytes === 'number' ? bytes : Buffer.from(bytes).toString('utf8');
}

/** userString() as the bytes the process wrote, without the NUL (execve passes them on as they are). */
export function userStringBytes(k: Pick<KernelServices, 'copyinPrefix'>, p: Process, va: number, max: number, tooLong: number): Uint8Array | number {
  const parts: Uint8Array[] = [];
  let length = 0;
  for (let at = va; length < max;) {
    const chunk = k.copyinPrefix(p, at, Math.min(PAGE_SIZE - (at % PAGE_SIZE), max - length));
    const end = chunk.indexOf(0);
    if (end >= 0) {
      parts.push(chunk.subarray(0, end));
      return Buffer.concat(parts);
    }
    if (chunk.length === 0) return -EFAULT;
    parts.push(chunk);
    length += chunk.length;
    at += chunk.length;
  }
  return -tooLong;
}

/**
 * Read a NUL-terminated path from user memory; a negative errno on failure. The empty path
 * names nothing (-ENOENT) unless `allowEmpty` (the caller handles AT_EMPTY_PATH).
 */
export function userPath(k: Pick<KernelServices, 'copyinPrefix'>, p: Process, va: number, allowEmpty = false): string | number {
  const bytes = userPathBytes(k, p, va, allowEmpty);
  return typeof bytes === 'number' ? bytes : Buffer.from(bytes).toString('utf8');
}

/** userPath() as the bytes the process wrote (execve passes them on as AT_EXECFN). */
export function userPathBytes(k: Pick<KernelServices, 'copyinPrefix'>, p: Process, va: number, allowEmpty = false): Uint8Array | number {
  const path = userStringBytes(k, p, va, PATH_MAX, ENAMETOOLONG);
  return typeof path !== 'number' && path.length === 0 && !allowEmpty ? -ENOENT : path;
}

/** The guest path `path` names relative to `dirfd` (AT_FDCWD: p's working directory), or a negative errno. */
export function resolveAt(p: Process, dirfd: number, path: string): string | number {
  if (path.startsWith('/')) return path;
  if (dirfd === AT_FDCWD) {
    const cwd = workingDirectory(p);
    return typeof cwd === 'number' ? cwd : cwd === '/' ? `/${path}` : `${cwd}/${path}`;
  }
  const dir = p.files[dirfd];
  if (!dir) return -EBADF;
  if (dir.kind !== 'file' || !dir.inode.isDir) return -ENOTDIR;
  if (dir.inode.nlink === 0) return -ENOENT; // removed: nothing is in it, or will be
  return `${dir.inode.path}/${path}`;
}

/**
 * `p`'s working directory as a guest path (where the directory chdir chose is now), or -ENOENT
 * once it is removed (vmlab resolves by path: the names in a removed directory are none, and
 * ".", ".." there are ENOENT too, where Linux still finds the directory and its parent).
 */
export function workingDirectory(p: Process): string | number {
  const dir = p.cwdDir;
  if (dir === null) return p.cwd;
  return dir.nlink === 0 ? -ENOENT : dir.path;
}

/** The guest path the string at user address `va` names relative to `dirfd`, or a negative errno (userPath's, resolveAt's). */
export function userPathAt(k: Pick<KernelServices, 'copyinPrefix'>, p: Process, dirfd: number, va: number): string | number {
  const raw = userPath(k, p, va);
  return typeof raw === 'number' ? raw : resolveAt(p, dirfd, raw);
}

/** Run `f`, turning a path-resolution FsError into its negative errno. */
export function fsCall<T>(f: () => T): T | number {
  try {
    return f();
  } catch (e) {
    if (e instanceof FsError) return -e.errno;
    throw e;
  }
}

/** O_TMPFILE's own bit (O_TMPFILE is it with O_DIRECTORY). */
const O_TMPFILE_BIT = 0o20000000;


/**
 * openat: the new descriptor, or a negative errno. O_TRUNC (with any access mode, as Linux) of a
 * file with data first takes its pages out of every mapping of it (mman.ts unmapPastEnd). O_PATH
 * drops every flag but O_PATH_FLAGS first, access mode included: the file is only named.
 */
export function sysOpenat(k: Kernel & Pick<KernelServices, 'procs' | 'detachedInodes'>, p: Process, dirfd: number, pathVa: number, flagsGiven: number, mode: number): number {
  const flags = flagsGiven & O_PATH ? flagsGiven & O_PATH_FLAGS : flagsGiven;
  // Linux (since 6.4) refuses O_CREAT | O_DIRECTORY before it reads the path.
  if ((flags & O_CREAT) && (flags & O_DIRECTORY)) return -EINVAL;
  // O_TMPFILE (an unnamed file): Linux's EINVAL without O_DIRECTORY or write access, then (after
  // the path and a free descriptor) the answer of a file system that cannot make one, EOPNOTSUPP.
  const access = flags & O_ACCMODE;
  if ((flags & O_TMPFILE_BIT) && (!(flags & O_DIRECTORY) || (access !== O_WRONLY && access !== O_RDWR))) return -EINVAL;
  const raw = userPath(k, p, pathVa);
  if (typeof raw === 'number') return raw;
  // As Linux, a free descriptor is taken before the path is looked up: with none, nothing is created or truncated.
  if (!hasFreeFile(p)) return -EMFILE;
  const path = resolveAt(p, dirfd, raw);
  if (typeof path === 'number') return path;
  const mapsOf = mapsOwner(path, p, k.procs);
  if (mapsOf !== null) return openMaps(k, p, mapsOf, flags);
  if (flags & O_TMPFILE_BIT) {
    // The directory it would be made in is looked up first (ENOENT, ENOTDIR), as Linux.
    const dir = lookupPath(k, path);
    return typeof dir === 'number' ? dir : dir.isDir ? -EOPNOTSUPP : -ENOTDIR;
  }
  return fsCall(() => {
    const fs = fsOf(k);
    // Access mode 3 (O_ACCMODE) opens a descriptor that can neither read nor write, as Linux.
    // As Linux, O_CREAT of a name written with a trailing slash is EISDIR, whether or not it
    // exists, once the directories before it are found (the name itself is not followed).
    if ((flags & O_CREAT) && endsInSlash(path)) {
      fs.walk(withoutTrailingSlash(path), false);
      return -EISDIR;
    }
    // A symlink as the last name: O_CREAT | O_EXCL is EEXIST (whether or not it leads anywhere),
    // O_NOFOLLOW ELOOP (ENOTDIR with O_DIRECTORY, which Linux checks first), as Linux.
    const exclusive = (flags & O_CREAT) !== 0 && (flags & O_EXCL) !== 0;
    if ((exclusive || (flags & O_NOFOLLOW)) && fs.symlinkAt(path)) return exclusive ? -EEXIST : flags & O_DIRECTORY ? -ENOTDIR : -ELOOP;
    // Followed, a link whose target ends in a slash is the same (walk's trailingSlash).
    if ((flags & O_CREAT) && fs.walk(path).trailingSlash) return -EISDIR;
    let inode: Inode;
    try {
      inode = fs.lookup(path);
      if (exclusive) return -EEXIST;
    } catch (e) {
      if (!(e instanceof FsError && e.errno === ENOENT && (flags & O_CREAT))) throw e;
      inode = fs.create(path, mode & 0o7777 & ~p.umask);
      fs.persist(inode); // with write-through, the new file is on the host even if nothing is written to it
    }
    const writable = access === O_WRONLY || access === O_RDWR;
    const readable = (access === 0 && !(flags & O_PATH)) || access === O_RDWR;
    // O_TRUNC asks for write access to the file whatever the access mode (Linux's may_open): a
    // directory is EISDIR, a regular file is truncated even when opened O_RDONLY.
    if (inode.isDir && (writable || access === O_ACCMODE || (flags & (O_CREAT | O_TRUNC)))) return -EISDIR;
    if (!inode.isDir && (flags & O_DIRECTORY)) return -ENOTDIR;
    // A program some process runs may not be written (Linux's ETXTBSY, also for O_TRUNC).
    if (inode.runners > 0 && (writable || (flags & O_TRUNC))) return -ETXTBSY;
    if (inode.isDir && (flags & O_DIRECT)) return -EINVAL; // no direct I/O for a directory (Linux's FMODE_CAN_ODIRECT)
    if ((flags & O_TRUNC) && inode.size > 0) {
      unmapPastEnd(k, inode, 0);
      inode.truncate(0);
      k.memory.pageCache?.truncate(inode, 0);
      fs.persist(inode);
    }
    const file: OpenFile = { kind: 'file', inode, offset: 0, readable, writable, append: (flags & O_APPEND) !== 0, nonblock: (flags & O_NONBLOCK) !== 0,
      kept: keptFlags(flags) };
    const fd = installFile(p, file, (flags & O_CLOEXEC) !== 0);
    return fd < 0 ? -EMFILE : fd;
  });
}

/**
 * Open /proc/PID/maps of process `of` (undefined: no such process, ENOENT): its text as now, read
 * only. Linux's answers: O_CREAT | O_EXCL EEXIST, O_DIRECTORY ENOTDIR; and vmlab's: any write
 * access EACCES (the file has no write bits; Linux lets root open it and refuses the write).
 */
function openMaps(k: Pick<KernelServices, 'detachedInodes'>, p: Process, of: Process | undefined, flags: number): number {
  if (of === undefined) return -ENOENT;
  if ((flags & O_CREAT) && (flags & O_EXCL)) return -EEXIST;
  if (flags & O_DIRECTORY) return -ENOTDIR;
  const access = flags & O_ACCMODE;
  if (access !== 0 || (flags & (O_TRUNC | O_TMPFILE_BIT))) return -EACCES;
  const inode = k.detachedInodes.generated(`/proc/${of.pid}/maps`, Buffer.from(mapsText(of)));
  const file: OpenFile = { kind: 'file', inode, offset: 0, readable: !(flags & O_PATH), writable: false, append: false,
    nonblock: (flags & O_NONBLOCK) !== 0, kept: keptFlags(flags) };
  const fd = installFile(p, file, (flags & O_CLOEXEC) !== 0);
  return fd < 0 ? -EMFILE : fd;
}

export function sysClose(k: Kernel, p: Process, fd: number): number {
  if (!fileOf(p, fd)) return -EBADF;
  closeFile(k, p, fd);
  return 0;
}

/** dup(oldfd): the lowest free descriptor, sharing oldfd's open file. */
export function sysDup(_k: Kernel, p: Process, oldfd: number): number {
  const f = fileOf(p, oldfd);
  if (!f) return -EBADF;
  const fd = installFile(p, f, false);
  return fd < 0 ? -EMFILE : fd;
}

/** dup3(oldfd, newfd, flags): newfd (closed first if open) shares oldfd's open file; flags: O_CLOEXEC. */
export function sysDup3(k: Kernel, p: Process, oldfd: number, newfd: number, flags: number): number {
  // Linux's order: the flags, then oldfd == newfd (EINVAL even when closed), then newfd's range, then oldfd.
  if (flags & ~O_CLOEXEC) return -EINVAL;
  if (oldfd === newfd) return -EINVAL;
  const f = fileOf(p, oldfd);
  if (!f || newfd < 0 || newfd >= fileLimit(p)) return -EBADF;
  closeFile(k, p, newfd);
  while (p.files.length <= newfd) p.files.push(null);
  p.files[newfd] = retainFile(f);
  if (flags & O_CLOEXEC) p.cloexec.add(newfd);
  else p.cloexec.delete(newfd);
  return newfd;
}

export function sysRead(k: Kernel, p: Process, fd: number, buf: number, count: number): number {
  const f = fileFor(p, fd, 'read');
  if (!f) return -EBADF;
  if (!inUserSpace(buf, count)) return -EFAULT;
  return readInto(k, p, f, userRange(k, p, buf, count));
}

/** readv (65): read() into the buffers of an iovec array, in order, as one read. */
export function sysReadv(k: Kernel, p: Process, fd: number, iovVa: number, count: number): number {
  const f = fileFor(p, fd, 'read');
  if (!f) return -EBADF;
  const into = userIovecs(k, p, iovVa, count);
  if (typeof into === 'number') return into;
  // As Linux: nothing to read is 0 before anything about the file (a directory's EISDIR).
  return into.length === 0 ? 0 : iovecCallResult(p, into, readInto(k, p, f, into));
}

/**
 * pread64 (67): read() from file offset `offset`, the descriptor's own offset unmoved. Linux's
 * errors in its order: a negative offset -EINVAL, a closed descriptor -EBADF, a pipe or a
 * standard stream -ESPIPE, one not open for reading -EBADF, a bad buffer -EFAULT.
 */
export function sysPread(k: Kernel, p: Process, fd: number, buf: number, count: number, offset: bigint): number {
  const f = positional(p, fd, buf, count, offset, 'read');
  if (typeof f === 'number') return f;
  if (f.inode.isDir) return -EISDIR;
  return fileRead(k, f.inode, userRange(k, p, buf, count), Number(offset));
}

/** The largest file offset (loff_t), exactly: a 64-bit offset does not fit a double. */
const LOFF_MAX = 2n ** 63n - 1n;

/**
 * The file open as `fd` for pread64 or pwrite64 of `count` bytes at `buf` and file `offset`
 * (`mode`: the access), or a negative errno in Linux's order: a negative offset, the descriptor,
 * the buffer, then an end past the largest loff_t (rw_verify_area).
 */
function positional(p: Process, fd: number, buf: number, count: number, offset: bigint, mode: 'read' | 'write'): (OpenFile & { kind: 'file' }) | number {
  if (offset < 0n) return -EINVAL;
  const any = ioFileOf(p, fd);
  if (!any) return -EBADF;
  if (any.kind !== 'file') return -ESPIPE;
  if (fileFor(p, fd, mode) === null) return -EBADF;
  if (!inUserSpace(buf, count)) return -EFAULT;
  return offset + BigInt(count) > LOFF_MAX ? -EINVAL : any;
}

/** read() of open file `f` into `into`, at f's offset (moved by what was read). */
function readInto(k: Kernel, p: Process, f: OpenFile, into: UserBuffer): number {
  if (f.kind === 'pipe') return pipeRead(k, p, f, into);
  if (f.kind === 'stdio') {
    const input = k.readStdin(Math.min(into.length, 65536));
    if (typeof input === 'number') return input; // the host's read failed: its errno
    if (input.length && into.copyout(0, input) < input.length) return -EFAULT;
    return input.length;
  }
  if (f.inode.isDir) return -EISDIR;
  const done = fileRead(k, f.inode, into, f.offset);
  if (done > 0) f.offset += done;
  return done;
}

/**
 * Read `inode` from offset `at` into `into`, through the page cache. As Linux: a read that cannot
 * go on (no memory, a page of the buffer not writable) returns what it has copied, up to the
 * first byte it could not; an error only if that is nothing.
 */
function fileRead(k: Kernel, inode: Inode, into: UserBuffer, at: number): number {
  const cache = k.memory.pageCache!;
  const end = Math.min(inode.size, at + into.length);
  let done = 0;
  while (at < end) {
    const page = cache.page(inode, Math.floor(at / PAGE_SIZE));
    if (!page) {
      if (done === 0) return -ENOMEM;
      break;
    }
    const n = Math.min(end - at, PAGE_SIZE - (at % PAGE_SIZE));
    const from = page.frame * PAGE_SIZE + (at % PAGE_SIZE);
    // copyout may fault a user page in and reclaim memory: the cache page must stay meanwhile
    const copied = k.memory.pinned(page.frame, () => into.copyout(done, k.machine.ram.bytes.subarray(from, from + n)));
    done += copied;
    at += copied;
    if (copied < n) {
      if (done === 0) return -EFAULT;
      break;
    }
  }
  return done;
}

/** write() (64): to a file, a pipe, or the terminal (descriptors 1 and 2 as vmlab's own). */
export function sysWrite(k: Kernel, p: Process, fd: number, buf: number, count: number): number {
  const f = fileFor(p, fd, 'write');
  if (!f) return -EBADF;
  if (!inUserSpace(buf, count)) return -EFAULT;
  return writeFrom(k, p, f, userRange(k, p, buf, count));
}

/** writev (66): write() of the buffers of an iovec array, in order, as one write. */
export function sysWritev(k: Kernel, p: Process, fd: number, iovVa: number, count: number): number {
  const f = fileFor(p, fd, 'write');
  if (!f) return -EBADF;
  const from = userIovecs(k, p, iovVa, count);
  if (typeof from === 'number') return from;
  return from.length === 0 ? 0 : iovecCallResult(p, from, writeFrom(k, p, f, from));
}

/**
 * pwrite64 (68): write() at file offset `offset`, the descriptor's own offset unmoved (with
 * O_APPEND at the end of the file all the same, as Linux); errors as pread64's.
 */
export function sysPwrite(k: Kernel, p: Process, fd: number, buf: number, count: number, offset: bigint): number {
  const f = positional(p, fd, buf, count, offset, 'write');
  if (typeof f === 'number') return f;
  return fileWrite(k, p, f, userRange(k, p, buf, count), f.append && count > 0 ? f.inode.size : Number(offset));
}

/** write() copies user memory to vmlab's standard output or error in pieces of this size, so a huge count never needs a huge buffer. */
const WRITE_CHUNK = 64 * 1024;

/** write() of `from` to open file `f`, at its offset (moved by what was written). */
function writeFrom(k: Kernel, p: Process, f: OpenFile, from: UserBuffer): number {
  if (f.kind === 'file') {
    // As Linux, a write of nothing returns before O_APPEND moves the offset.
    if (f.append && from.length > 0) f.offset = f.inode.size;
    const done = fileWrite(k, p, f, from, f.offset);
    if (done > 0) f.offset += done;
    return done;
  }
  if (f.kind === 'pipe') return pipeWrite(k, p, f, from);
  // In chunks, as Linux does: a bad page part-way gives a short count (-EFAULT if the first).
  // A reader gone away (vmlab run prog | head) is a pipe's: SIGPIPE, and -EPIPE if nothing was written.
  let done = 0;
  while (done < from.length) {
    const want = Math.min(WRITE_CHUNK, from.length - done);
    const bytes = from.copyin(done, want);
    const failed = bytes.length > 0 ? k.output(f.fd, bytes) : 0;
    if (failed === -EPIPE) sendSignal(k, p, SIGPIPE, { signo: SIGPIPE, code: SI_USER, pid: p.pid }, 'write to a standard output with no reader');
    if (failed < 0) return done > 0 ? done : failed;
    done += bytes.length;
    if (bytes.length < want) return done > 0 ? done : -EFAULT;
  }
  return done;
}

/**
 * Write `from` into file `f` at offset `at` through the page cache for `p`; returns the bytes
 * written. As Linux's generic_write_checks: nothing at or past `p`'s RLIMIT_FSIZE (SIGXFSZ, and
 * -EFBIG), nor at or past MAX_FILE_SIZE (-EFBIG), a short write up to either; a page of the
 * buffer that cannot be read ends the write there (-EFAULT if it is the first).
 */
function fileWrite(k: Kernel, p: Process, f: OpenFile & { kind: 'file' }, from: UserBuffer, at: number): number {
  const cache = k.memory.pageCache!;
  let count = from.length;
  const limit = fileSizeLimit(p);
  if (count > 0 && at >= limit) return fileTooBig(k, p);
  count = Math.min(count, limit - at);
  if (count > 0 && at >= MAX_FILE_SIZE) return -EFBIG;
  count = Math.min(count, MAX_FILE_SIZE - at);
  if (count > 0) cache.zeroGap(f.inode, f.inode.size, at);
  let done = 0;
  while (done < count) {
    const where = at + done;
    const n = Math.min(count - done, PAGE_SIZE - (where % PAGE_SIZE));
    const bytes = from.copyin(done, n);
    const page = bytes.length > 0 ? cache.page(f.inode, Math.floor(where / PAGE_SIZE)) : null;
    if (page) {
      k.machine.ram.writeBytes(page.frame * PAGE_SIZE + (where % PAGE_SIZE), bytes);
      page.dirty = true;
      done += bytes.length;
      f.inode.size = Math.max(f.inode.size, where + bytes.length);
    }
    if (!page || bytes.length < n) {
      if (done === 0) return page === null && bytes.length > 0 ? -ENOMEM : -EFAULT;
      break;
    }
  }
  return done;
}

/**
 * ftruncate64 (46): cut or extend the file open as `fd` to `length` bytes (see resize). Linux's
 * errors in its order: a negative length -EINVAL, a closed descriptor -EBADF, one that is not a
 * regular file open for writing -EINVAL.
 */
export function sysFtruncate(k: Kernel & Pick<KernelServices, 'procs'>, p: Process, fd: number, length: number): number {
  if (length < 0) return -EINVAL;
  const f = ioFileOf(p, fd);
  if (!f) return -EBADF;
  if (f.kind !== 'file' || f.inode.isDir || !f.writable) return -EINVAL;
  return resize(k, p, f.inode, length);
}

/** truncate64 (45): ftruncate64 of the file at `path` (a negative length -EINVAL, a directory -EISDIR, the path's errors). */
export function sysTruncate(k: Kernel & Pick<KernelServices, 'procs'>, p: Process, pathVa: number, length: number): number {
  if (length < 0) return -EINVAL;
  const inode = userPathInode(k, p, pathVa);
  if (typeof inode === 'number') return inode;
  if (inode.isDir) return -EISDIR;
  return inode.runners > 0 ? -ETXTBSY : resize(k, p, inode, length);
}

/**
 * Make `inode` `length` bytes long for `p`, as Linux's truncate: a cut takes the pages past the
 * new end out of every mapping and the page cache; a growth reads zeros (the cached page holding
 * the old end too). A growth past `p`'s RLIMIT_FSIZE is SIGXFSZ and -EFBIG; past MAX_FILE_SIZE
 * -EFBIG. With write-through the host file follows at once.
 */
function resize(k: Kernel & Pick<KernelServices, 'procs'>, p: Process, inode: Inode, length: number): number {
  if (length > inode.size && length > fileSizeLimit(p)) return fileTooBig(k, p);
  if (length > MAX_FILE_SIZE) return -EFBIG;
  const cache = k.memory.pageCache!;
  if (length < inode.size) {
    unmapPastEnd(k, inode, length);
    inode.truncate(length);
    cache.truncate(inode, length);
  } else if (length > inode.size) {
    cache.zeroGap(inode, inode.size, length);
    inode.truncate(length);
  }
  k.fs?.persist(inode);
  return 0;
}

/** `p` writes past its RLIMIT_FSIZE: SIGXFSZ (whose default ends it), and -EFBIG if it lives on. */
function fileTooBig(k: Kernel, p: Process): number {
  sendSignal(k, p, SIGXFSZ, { signo: SIGXFSZ, code: SI_USER, pid: p.pid }, 'file size limit exceeded (RLIMIT_FSIZE)');
  return -EFBIG;
}

const SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2, SEEK_DATA = 3, SEEK_HOLE = 4;
/** SEEK_HOLE, the largest whence Linux knows: a larger one is EINVAL whatever the file. */
const SEEK_MAX = SEEK_HOLE;

export function sysLlseek(k: Kernel, p: Process, fd: number, high: number, low: number, resultVa: number, whence: number): number {
  const f = ioFileOf(p, fd);
  if (!f) return -EBADF;
  if (whence >>> 0 > SEEK_MAX) return -EINVAL; // before the pipe's ESPIPE, as Linux
  if (f.kind !== 'file') return -ESPIPE;
  // A directory's position counts entries (dirs.ts): only SEEK_SET and SEEK_CUR, as tmpfs has it.
  if (f.inode.isDir && whence !== SEEK_SET && whence !== SEEK_CUR) return -EINVAL;
  const offset = (high | 0) * 2 ** 32 + (low >>> 0);
  // SEEK_DATA and SEEK_HOLE as Linux for a file system that keeps no holes (generic_file_llseek):
  // the whole file is data, with a hole at its end; an offset at or past the end (a negative one
  // too, compared unsigned) is ENXIO.
  const size = f.inode.size;
  if ((whence === SEEK_DATA || whence === SEEK_HOLE) && (offset < 0 || offset >= size)) return -ENXIO;
  const target = whence === SEEK_SET || whence === SEEK_DATA ? offset : whence === SEEK_CUR ? f.offset + offset
    : whence === SEEK_END ? size + offset : size;
  // Past the largest offset (32-bit Linux's MAX_LFS_FILESIZE) is EINVAL.
  if (target < 0 || target > MAX_OFFSET) return -EINVAL;
  // As Linux, the offset moves even when the result cannot be stored (EFAULT).
  f.offset = target;
  const out = new DataView(new ArrayBuffer(8));
  out.setBigInt64(0, BigInt(target), true);
  return k.copyout(p, resultVa, new Uint8Array(out.buffer)) ? 0 : -EFAULT;
}

/** What stat tells of a file; `blocks`: 512-byte units allocated. */
interface StatFields { ino: number; mode: number; size: number; nlink: number; blocks: number }

/**
 * A file's fields: a regular file's data in whole 4 KiB blocks (the file system keeps no holes), a
 * directory's size and links the host's (its entries are the host directory's).
 */
function statOfInode(i: Inode): StatFields {
  const size = i.isDir ? i.directorySize : i.size;
  return { ino: i.ino, mode: (i.isDir ? S_IFDIR : S_IFREG) | i.mode, size, nlink: i.nlink, blocks: Math.ceil(size / PAGE_SIZE) * (PAGE_SIZE / 512) };
}

/** Any open file's fields; a standard stream's type and permissions are the host's, its size 0 (vmlab reads no further into the host's file than the guest does). */
function statOf(f: OpenFile): StatFields {
  if (f.kind === 'pipe') return { ino: f.pipe.ino, mode: S_IFIFO | 0o600, size: 0, nlink: 1, blocks: 0 };
  return f.kind === 'stdio' ? { ino: 1 + f.fd, mode: f.stream.mode, size: 0, nlink: 1, blocks: 0 } : statOfInode(f.inode);
}

/** fstat (80): the generic 32-bit `struct stat64` (104 bytes). */
export function sysFstat(k: Kernel, p: Process, fd: number, bufVa: number): number {
  const f = fileOf(p, fd);
  if (!f) return -EBADF;
  const s = statOf(f);
  const v = new DataView(new ArrayBuffer(104));
  v.setBigUint64(8, BigInt(s.ino), true);
  v.setUint32(16, s.mode, true);
  v.setUint32(20, s.nlink, true);
  v.setBigInt64(48, BigInt(s.size), true);
  v.setInt32(56, PAGE_SIZE, true);
  v.setBigInt64(64, BigInt(s.blocks), true);
  return k.copyout(p, bufVa, new Uint8Array(v.buffer)) ? 0 : -EFAULT;
}

/**
 * readlinkat 78: the target of the symlink at `path` (relative to `dirfd`), not followed, its
 * first `size` bytes at `buf` (no NUL): their count. Linux's errors in its order: a size of 0 or
 * less -EINVAL, the path's errors, -EINVAL for what is no symlink, -EFAULT for the buffer.
 */
export function sysReadlinkat(k: Kernel, p: Process, dirfd: number, pathVa: number, buf: number, size: number): number {
  if (size <= 0) return -EINVAL;
  const raw = userPath(k, p, pathVa, true);
  if (typeof raw === 'number') return raw;
  // The empty path is the descriptor's own file (which vmlab never opens as a link: -ENOENT), as Linux.
  if (raw === '') return dirfd !== AT_FDCWD && !fileOf(p, dirfd) ? -EBADF : -ENOENT;
  const path = resolveAt(p, dirfd, raw);
  if (typeof path === 'number') return path;
  const target = fsCall(() => fsOf(k).readlink(path));
  if (typeof target === 'number') return target;
  const bytes = target.subarray(0, size);
  return k.copyout(p, buf, bytes) ? bytes.length : -EFAULT;
}

/** faccessat2's flags: the effective ids (the same here), the link itself, the descriptor itself. */
const AT_EACCESS = 0x200;
const X_OK = 1;

/**
 * faccessat 48 and faccessat2 439: may the caller access the file at `path` (relative to
 * `dirfd`; with AT_EMPTY_PATH and "" the descriptor's own file) with `mode`, F_OK (0) or R_OK 4,
 * W_OK 2, X_OK 1? The caller is root: reading and writing are granted, executing if the file has
 * an execute bit or is a directory, as Linux's CAP_DAC_OVERRIDE grants them. Linux's checks in
 * its order: a mode beyond 7, then an unknown flag, -EINVAL; then the path's errors.
 */
export function sysFaccessat(k: Kernel, p: Process, dirfd: number, pathVa: number, mode: number, flags: number): number {
  if (mode & ~7) return -EINVAL;
  if (flags & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) return -EINVAL;
  const raw = userPath(k, p, pathVa, (flags & AT_EMPTY_PATH) !== 0);
  if (typeof raw === 'number') return raw;
  let bits: number;
  if (raw === '' && dirfd !== AT_FDCWD) {
    const f = fileOf(p, dirfd);
    if (!f) return -EBADF;
    bits = statOf(f).mode;
  } else {
    const path = resolveAt(p, dirfd, raw === '' ? '.' : raw);
    if (typeof path === 'number') return path;
    const link = flags & AT_SYMLINK_NOFOLLOW ? fsCall(() => fsOf(k).symlinkAt(path)) : null;
    if (typeof link === 'number') return link;
    if (link) bits = S_IFLNK | 0o777;
    else {
      const inode = lookupPath(k, path);
      if (typeof inode === 'number') return inode;
      bits = statOfInode(inode).mode;
    }
  }
  const executable = (bits & 0o170000) === S_IFDIR || (bits & 0o111) !== 0;
  return mode & X_OK && !executable ? -EACCES : 0;
}

/**
 * What statx fills: STATX_BASIC_STATS (0x7ff) but the times (STATX_ATIME 0x20, STATX_MTIME 0x40,
 * STATX_CTIME 0x80), which vmlab does not keep: a caller that checks the mask knows they are not there.
 */
const STATX_FILLED = 0x7ff & ~0xe0;
const AT_SYMLINK_NOFOLLOW = 0x100, AT_NO_AUTOMOUNT = 0x800, AT_STATX_SYNC_TYPE = 0x6000, STATX__RESERVED = 0x80000000;

/**
 * statx (291): `struct statx` (256 bytes) with the basic fields. Linux's checks, in its order: a
 * mask with STATX__RESERVED or flags with both sync types are EINVAL; an empty path with
 * AT_EMPTY_PATH and a descriptor (not AT_FDCWD) stats the descriptor, other flags unchecked;
 * otherwise an unknown flag is EINVAL, before the path is read.
 */
export function sysStatx(k: Kernel, p: Process, dirfd: number, pathVa: number, flags: number, mask: number, bufVa: number): number {
  if ((mask & STATX__RESERVED) || (flags & AT_STATX_SYNC_TYPE) === AT_STATX_SYNC_TYPE) return -EINVAL;
  let s: StatFields;
  if ((flags & AT_EMPTY_PATH) && dirfd >= 0 && userPath(k, p, pathVa, true) === '') {
    const f = fileOf(p, dirfd);
    if (!f) return -EBADF;
    s = statOf(f);
  } else {
    if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH | AT_STATX_SYNC_TYPE)) return -EINVAL;
    const raw = userPath(k, p, pathVa, true);
    if (typeof raw === 'number') return raw;
    if (raw === '' && !(flags & AT_EMPTY_PATH)) return -ENOENT;
    if (raw === '' && dirfd !== AT_FDCWD) return -EBADF; // a negative descriptor
    const path = resolveAt(p, dirfd, raw === '' ? '.' : raw); // "" with AT_FDCWD: the working directory
    if (typeof path === 'number') return path;
    const link = flags & AT_SYMLINK_NOFOLLOW ? fsCall(() => fsOf(k).symlinkAt(path)) : null;
    if (typeof link === 'number') return link;
    if (link) {
      s = { ino: link.ino, mode: S_IFLNK | 0o777, size: link.size, nlink: 1, blocks: 0 };
    } else {
      const inode = lookupPath(k, path);
      if (typeof inode === 'number') return inode;
      s = statOfInode(inode);
    }
  }
  const v = new DataView(new ArrayBuffer(256));
  v.setUint32(0, STATX_FILLED, true);
  v.setUint32(4, PAGE_SIZE, true);
  v.setUint32(16, s.nlink, true);
  v.setUint16(28, s.mode, true);
  v.setBigUint64(32, BigInt(s.ino), true);
  v.setBigUint64(40, BigInt(s.size), true);
  v.setBigUint64(48, BigInt(s.blocks), true);
  return k.copyout(p, bufVa, new Uint8Array(v.buffer)) ? 0 : -EFAULT;
}

/** unlinkat 35: remove the name `path` (relative to `dirfd`), a file's; with AT_REMOVEDIR an empty directory's (GuestFs.rmdir). */
export function sysUnlinkat(k: Kernel, p: Process, dirfd: number, pathVa: number, flags: number): number {
  if (flags & ~AT_REMOVEDIR) return -EINVAL;
  const path = userPathAt(k, p, dirfd, pathVa);
  if (typeof path === 'number') return path;
  return fsCall(() => {
    if (flags & AT_REMOVEDIR) fsOf(k).rmdir(path);
    else fsOf(k).unlink(path);
    return 0;
  });
}

/** fsync 82: a file's dirty pages written back; a pipe, or a standard stream on a terminal, device, pipe or socket, has nothing to sync (EINVAL, as Linux). */
export function sysFsync(k: Kernel, p: Process, fd: number): number {
  const f = ioFileOf(p, fd);
  if (!f) return -EBADF;
  if (f.kind === 'pipe') return -EINVAL;
  if (f.kind === 'stdio') return [S_IFREG, S_IFBLK].includes(f.stream.mode & S_IFMT) ? 0 : -EINVAL;
  if (f.kind === 'file') k.memory.pageCache?.writeBack(f.inode);
  return 0;
}

