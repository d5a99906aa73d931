/**
 * Open files as descriptors refer to them: a terminal stream, a file of the guest's tree with its
 * offset, or one end of a pipe; the open(2) flags; the descriptors a process starts with.
 */
import type { Inode } from './fs.js';
import type { Pipe } from './pipebuf.js';

/** An end of a pipe (pipe.ts); `packet`: O_DIRECT, packet mode (pipe2 sets it on the write end; F_SETFL on either). */
export interface PipeEnd { kind: 'pipe'; pipe: Pipe; end: 'read' | 'write'; nonblock: boolean; packet: boolean }

export type OpenFile =
  | { kind: 'tty'; fd: number }
  | { kind: 'file'; inode: Inode; offset: number; readable: boolean; writable: boolean; append: boolean; nonblock: boolean }
  | PipeEnd;

export const O_ACCMODE = 3, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0o100, O_EXCL = 0o200, O_TRUNC = 0o1000;
export const O_APPEND = 0o2000, O_NONBLOCK = 0o4000, O_DIRECT = 0o40000, O_DIRECTORY = 0o200000, O_NOFOLLOW = 0o400000, O_CLOEXEC = 0o2000000;
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
