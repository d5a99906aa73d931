/**
 * Open files as descriptors refer to them: one of the host's standard streams, a file of the
 * guest's tree with its offset, or one end of a pipe; the open(2) flags; the descriptors a process
 * starts with.
 */
import type { DirEntry, Inode } from './fs.js';
import type { Pipe } from './pipebuf.js';

/**
 * An end of a pipe (pipe.ts); `packet`: O_DIRECT, packet mode (pipe2 sets it on the write end;
 * F_SETFL on either); `kept`: the other status flags F_SETFL set (O_NOATIME, O_ASYNC).
 */
export interface PipeEnd { kind: 'pipe'; pipe: Pipe; end: 'read' | 'write'; nonblock: boolean; packet: boolean; kept: number }

/**
 * What one of vmlab's standard streams is on the host, as the guest's fstat and terminal ioctls
 * show it (qemu-user shows the host's): `mode`, the st_mode, its type and permissions;
 * `window`, for a terminal (null: not one), its size in rows and columns. Whether it is a terminal
 * is a C library's isatty, and so whether its stdio buffers output by line or by block.
 */
export interface StdioStream { readonly mode: number; readonly window: { readonly rows: number; readonly columns: number } | null }

/**
 * What host standard stream `fd` (`stream`) was opened for, as vmlab guesses it: a terminal, a
 * character device or a socket for reading and writing; a file or a pipe as a shell opens one,
 * 0 for reading, 1 and 2 for writing.
 */
export function stdioAccess(fd: number, stream: StdioStream): { readable: boolean; writable: boolean } {
  const type = stream.mode & 0o170000;
  const both = stream.window !== null || type === 0o140000 || type === 0o020000;
  return { readable: both || fd === 0, writable: both || fd !== 0 };
}

/** A terminal as Linux shows a pseudo-terminal, /dev/pts/N (a character device, rw--w----), of 24 rows by 80 columns. */
export const TERMINAL: StdioStream = { mode: 0o020620, window: { rows: 24, columns: 80 } };

export type OpenFile =
  /** Host standard stream `fd` (0 input, 1 output, 2 error), whatever descriptor refers to it. */
  | { kind: 'stdio'; fd: number; stream: StdioStream }
  /** A file or directory of the tree; a directory's `listing` is what getdents64 reads from (dirs.ts). */
  | { kind: 'file'; inode: Inode; offset: number; readable: boolean; writable: boolean; append: boolean; nonblock: boolean; kept: number;
    listing?: DirEntry[] }
  | PipeEnd;

export const O_ACCMODE = 3, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0o100, O_EXCL = 0o200, O_TRUNC = 0o1000;
export const O_APPEND = 0o2000, O_NONBLOCK = 0o4000, O_DIRECT = 0o40000, O_DIRECTORY = 0o200000, O_NOFOLLOW = 0o400000, O_CLOEXEC = 0o2000000;
export const O_DSYNC = 0o10000, O_ASYNC = 0o20000, O_NOATIME = 0o1000000, O_SYNC = 0o4010000;
/**
 * O_PATH: a descriptor that only names a file (for fstat, fchdir, the *at calls, dup, close and
 * fcntl's descriptor commands); every other flag but O_PATH_FLAGS is dropped, as Linux does.
 */
export const O_PATH = 0o10000000;
export const O_PATH_FLAGS = O_DIRECTORY | O_NOFOLLOW | O_PATH | O_CLOEXEC;
/**
 * The status flags an open file keeps from open(2) beyond its access mode, O_APPEND and
 * O_NONBLOCK, as Linux's f_flags keeps them (F_GETFL shows them; vmlab's files are in memory,
 * so none changes what a read or write does): a file's `kept`.
 */
const O_KEPT = O_DSYNC | O_SYNC | O_ASYNC | O_DIRECT | O_NOATIME | O_DIRECTORY | O_NOFOLLOW;

/** The flags of open(2)'s `flags` that a file keeps (see O_KEPT, and O_PATH): O_SYNC's own bit brings O_DSYNC, as in Linux. */
export function keptFlags(flags: number): number {
  const kept = flags & (O_KEPT | O_PATH);
  return kept & (O_SYNC & ~O_DSYNC) ? kept | O_DSYNC : kept;
}
export const AT_FDCWD = -100, AT_EMPTY_PATH = 0x1000, AT_REMOVEDIR = 0x200;

/** The descriptors pid 1 starts with: the host's standard streams 0, 1 and 2, as `streams` describes them. */
export function standardFiles(streams: readonly StdioStream[]): OpenFile[] {
  return streams.map((stream, fd) => ({ kind: 'stdio', fd, stream }));
}

/** A descriptor now refers to `f` (open, fork, dup): count it on its pipe end, or as a writer of its file. Returns `f`. */
export function retainFile(f: OpenFile): OpenFile {
  if (f.kind === 'pipe') {
    if (f.end === 'read') f.pipe.readers++;
    else f.pipe.writers++;
  } else if (f.kind === 'file' && f.writable) {
    f.inode.writers++;
  }
  return f;
}
