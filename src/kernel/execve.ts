/**
 * execve 221: replace the calling process's program. The path is looked up in the guest's file
 * tree and the file validated, and argv and envp are copied in, before anything is changed: any
 * failure up to there returns the Linux error (ENOENT, EACCES, ENOEXEC, E2BIG, EFAULT...) to a
 * caller that keeps running (EACCES also for a file without an execute bit). Then the old image is released, the close-on-exec descriptors are
 * closed, and the new image starts; its pages come from the page cache, so every process running
 * the same file shares its text frames.
 */
import { SYSCALL_NEW_IMAGE, type KernelServices } from './services.js';
import type { Process } from './proc.js';
import { E2BIG, EACCES, EFAULT, ENOEXEC, ENOMEM, ENOSYS, ETXTBSY } from './errno.js';
import { ExecError, loadExecutable, type ExecImage } from './exec.js';
import { lookupFrom, userPath, userString } from './files.js';
import { closeFiles } from './fdtable.js';
import { SIGKILL } from './signals.js';


/** What this module uses of the kernel. */
type Kernel = Pick<KernelServices, 'block' | 'copyinPrefix' | 'copyout' | 'copyoutPrefix' | 'fs' | 'kill' | 'machine' | 'memory' | 'readStdin' | 'releaseAddressSpace' | 'startImage' | 'wakeup'>;

/** The most bytes argv and envp may hold together (strings and pointers), and one string. */
export const ARG_MAX = 128 * 1024;
const MAX_ARG_STRLEN = ARG_MAX;

/** The strings of a NULL-terminated array of string pointers at `va` (0: none); a negative errno on failure. */
function userStrings(k: Kernel, p: Process, va: number, budget: { left: number }): string[] | number {
  const strings: string[] = [];
  if (va === 0) return strings;
  for (let at = va; ; at += 4) {
    const word = k.copyinPrefix(p, at, 4);
    if (word.length < 4) return -EFAULT;
    const pointer = new DataView(word.buffer, word.byteOffset).getUint32(0, true);
    if (pointer === 0) return strings;
    const s = userString(k, p, pointer, MAX_ARG_STRLEN, E2BIG);
    if (typeof s === 'number') return s;
    budget.left -= Buffer.byteLength(s) + 1 + 4;
    if (budget.left < 0) return -E2BIG;
    strings.push(s);
  }
}

/**
 * execve(path, argv, envp) for `p`: a negative errno if it fails before the point of no return;
 * else SYSCALL_NEW_IMAGE (the CPU is at the new entry), or `p` was killed if the new image did
 * not fit.
 */
export function sysExecve(k: Kernel, p: Process, pathVa: number, argvVa: number, envpVa: number): number {
  if (p.root < 0) return -ENOSYS; // the MMU is off: one physical image, nothing to replace it in
  const path = userPath(k, p, pathVa);
  if (typeof path === 'number') return path;
  const inode = lookupFrom(k, p, path);
  if (typeof inode === 'number') return inode;
  if (inode.isDir || (inode.mode & 0o111) === 0) return -EACCES; // a directory, or no execute permission
  if (inode.writers > 0) return -ETXTBSY; // open for writing somewhere (Linux's deny_write_access)
  const budget = { left: ARG_MAX };
  const argv = userStrings(k, p, argvVa, budget);
  if (typeof argv === 'number') return argv;
  // A NULL or empty argv gives the program one empty argument, as Linux since 5.18.
  if (argv.length === 0) argv.push('');
  const envp = userStrings(k, p, envpVa, budget);
  if (typeof envp === 'number') return envp;
  // The kernel reads the ELF header through the page cache (from the disk the first time), and
  // sees what was written to the file, written back or not.
  if (inode.size > 0 && !k.memory.pageCache.page(inode, 0)) return -ENOMEM;
  let image: ExecImage;
  try {
    image = loadExecutable(k.memory.pageCache.contents(inode), inode);
  } catch (e) {
    if (e instanceof ExecError) return -ENOEXEC;
    throw e;
  }
  // The point of no return.
  closeFiles(k, p, (fd) => p.cloexec.has(fd));
  k.releaseAddressSpace(p);
  p.name = path.slice(path.lastIndexOf('/') + 1) || path;
  p.execed = true;
  try {
    k.startImage(p, image, argv, envp);
  } catch (e) {
    if (!(e instanceof ExecError)) throw e;
    k.kill(p, SIGKILL, `execve ${path}: ${e.message}`);
  }
  return SYSCALL_NEW_IMAGE;
}
