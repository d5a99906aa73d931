/**
 * Open files as descriptors refer to them: a terminal stream, a file of the guest's tree with its
 * offset, or one end of a pipe; the open(2) flags; the descriptors a process starts with.
 */
import type { Inode } from './fs.js';
import type { Pipe } from './pipebuf.js';

/**
 * An end of a pipe (pipe.ts); `packet`: O_DIRECT, packet mode (pipe2 sets it on the write end;
 * F_SETFL on either); `kept`: the other status flags F_SETFL set (O_NOATIME, O_ASYNC).
 */
export interface PipeEnd { kind: 'pipe'; pipe: Pipe; end: 'read' | 'write'; nonblock: boolean; packet: boolean; kept: number }

export type OpenFile =
  | { kind: 'tty'; fd: number }
  | { kind: 'file'; inode: Inode; offset: number; readable: boolean; writable: boolean; append: boolean; nonblock: boolean; kept: number }
  | PipeEnd;

export const O_ACCMODE = 3, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0o100, O_EXCL = 0o200, O_TRUNC = 0o1000;
export const O_APPEND = 0o2000, O_NONBLOCK = 0o4000, O_DIRECT = 0o40000, O_DIRECTORY = 0o200000, O_NOFOLLOW = 0o400000, O_CLOEXEC = 0o2000000;
export const O_DSYNC = 0o10000, O_ASYNC = 0o20000, O_NOATIME = 0o1000000, O_SYNC = 0o4010000;
/**
 * The status flags an open file keeps from open(2) beyond its access mode, O_APPEND and
 * O_NONBLOCK, as Linux's f_flags keeps them (F_GETFL shows them; vmlab's files are in memory,
 * so none changes what a read or write does): a file's `kept`.
 */
const O_KEPT = O_DSYNC | O_SYNC | O_ASYNC | O_DIRECT | O_NOATIME | O_DIRECTORY | O_NOFOLLOW;

/** The flags of open(2)'s `flags` that a file keeps (see O_KEPT): O_SYNC's own bit brings O_DSYNC, as in Linux. */
export function keptFlags(flags: number): number {
  const kept = flags & O_KEPT;
  return kept & (O_SYNC & ~O_DSYNC) ? kept | O_DSYNC : kept;
}
export const AT_FDCWD = -100, AT_EMPTY_PATH = 0x1000, AT_REMOVEDIR = 0x200;

/** The standard descriptors a process starts with. */
export function standardFiles(): (OpenFile | null)[] {
  return [{ kind: 'tty', fd: 0 }, { kind: 'tty', fd: 1 }, { kind: 'tty', fd: 2 }];
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
