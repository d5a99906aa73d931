/**
 * Directories: mkdirat 34, getdents64 61 and renameat2 276 (rmdir is unlinkat's AT_REMOVEDIR,
 * files.ts). The tree's own work is GuestFs's (fs.ts); these read the guest's arguments and write
 * its buffers, as Linux's system calls do.
 */
import type { KernelServices } from './services.js';
import type { Process } from './proc.js';
import { EBADF, EFAULT, EINVAL, ENOENT, ENOTDIR } from './errno.js';
import { DT_DIR, type DirEntry } from './fs.js';
import { ioFileOf } from './fdtable.js';
import { fsCall, fsOf, userPathAt } from './files.js';

export const SYS_MKDIRAT = 34, SYS_GETDENTS64 = 61, SYS_RENAMEAT2 = 276;

type Kernel = Pick<KernelServices, 'copyinPrefix' | 'copyout' | 'copyoutPrefix' | 'fs'>;

/** The permission bits mkdir keeps of its mode (S_IRWXUGO | S_ISVTX). */
const MKDIR_MODE = 0o1777;

/** mkdirat(dirfd, path, mode): a new directory, its mode less the umask; EEXIST, ENOENT, ENOTDIR as Linux. */
export function sysMkdirat(k: Kernel, p: Process, dirfd: number, pathVa: number, mode: number): number {
  const path = userPathAt(k, p, dirfd, pathVa);
  if (typeof path === 'number') return path;
  return fsCall(() => {
    fsOf(k).mkdir(path, mode & MKDIR_MODE & ~p.umask);
    return 0;
  });
}

/** The bytes of a linux_dirent64 before its name: d_ino (8), d_off (8), d_reclen (2), d_type (1). */
const DIRENT_HEAD = 19;

/**
 * getdents64(fd, dirp, count): as many of the directory's entries as fit in `count` bytes at
 * `dirp`, from the descriptor's position on, as linux_dirent64 records (8-byte aligned); "." and
 * ".." first. Returns the bytes written, 0 at the end. The list is taken when the position is 0
 * (the first call, or after a rewind) and read on from there, as a directory's entries may
 * change while it is read. Errors as Linux: EBADF, ENOTDIR for what is no directory, ENOENT
 * once the directory is removed, EINVAL for a buffer too small for the next entry, EFAULT (if a
 * fault comes after whole records, those are returned).
 */
export function sysGetdents64(k: Kernel, p: Process, fd: number, dirp: number, count: number): number {
  const f = ioFileOf(p, fd);
  if (!f) return -EBADF;
  if (f.kind !== 'file' || !f.inode.isDir) return -ENOTDIR;
  if (count >= 2 ** 31) return -EINVAL; // Linux keeps the count in an int: negative, no record fits
  const dir = f.inode;
  if (dir.nlink === 0) return -ENOENT;
  if (f.offset === 0 || f.listing === undefined) {
    const listed = fsCall(() => {
      const fs = fsOf(k);
      const parent = dir.path === '/' ? dir : fs.lookup(dir.path.slice(0, dir.path.lastIndexOf('/')) || '/');
      f.listing = [{ name: '.', ino: dir.ino, type: DT_DIR }, { name: '..', ino: parent.ino, type: DT_DIR }, ...fs.entries(dir)];
      return 0;
    });
    if (listed < 0) return listed;
  }
  const records: Uint8Array[] = [];
  let used = 0, at = f.offset;
  const listing = f.listing!;
  for (; at < listing.length; at++) {
    const record = direntRecord(listing[at], at + 1);
    if (used + record.length > count) break;
    records.push(record);
    used += record.length;
  }
  if (records.length === 0) return at < listing.length ? -EINVAL : 0;
  const out = new Uint8Array(used);
  let o = 0;
  for (const r of records) {
    out.set(r, o);
    o += r.length;
  }
  // As Linux: the records wholly written before a fault count, and the position moves past them only.
  const written = k.copyoutPrefix(p, dirp, out);
  let kept = 0, bytes = 0;
  while (kept < records.length && bytes + records[kept].length <= written) bytes += records[kept++].length;
  if (kept === 0) return -EFAULT;
  f.offset += kept;
  return bytes;
}

/** Entry `e` as a linux_dirent64 whose d_off (the position of the entry after it) is `next`. */
function direntRecord(e: DirEntry, next: number): Uint8Array {
  const name = Buffer.from(e.name);
  const length = (DIRENT_HEAD + name.length + 1 + 7) & ~7;
  const record = new Uint8Array(length);
  const v = new DataView(record.buffer);
  v.setBigUint64(0, BigInt(e.ino), true);
  v.setBigInt64(8, BigInt(next), true);
  v.setUint16(16, length, true);
  v.setUint8(18, e.type);
  record.set(name, DIRENT_HEAD);
  return record;
}

const RENAME_NOREPLACE = 1, RENAME_EXCHANGE = 2, RENAME_WHITEOUT = 4;

/**
 * renameat2(olddirfd, oldpath, newdirfd, newpath, flags): GuestFs.rename, with RENAME_NOREPLACE
 * or RENAME_EXCHANGE. Unknown flags, both of those, or RENAME_WHITEOUT (the tree keeps no
 * whiteouts) are EINVAL.
 */
export function sysRenameat2(k: Kernel, p: Process, olddirfd: number, oldVa: number, newdirfd: number, newVa: number, flags: number): number {
  if ((flags & ~(RENAME_NOREPLACE | RENAME_EXCHANGE | RENAME_WHITEOUT)) !== 0) return -EINVAL;
  if ((flags & RENAME_NOREPLACE) && (flags & RENAME_EXCHANGE)) return -EINVAL;
  if (flags & RENAME_WHITEOUT) return -EINVAL;
  const from = userPathAt(k, p, olddirfd, oldVa);
  if (typeof from === 'number') return from;
  const to = userPathAt(k, p, newdirfd, newVa);
  if (typeof to === 'number') return to;
  return fsCall(() => {
    fsOf(k).rename(from, to, (flags & RENAME_NOREPLACE) !== 0, (flags & RENAME_EXCHANGE) !== 0);
    return 0;
  });
}
