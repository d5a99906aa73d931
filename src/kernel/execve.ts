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
import type { Inode } from './fs.js';
import { E2BIG, EACCES, EFAULT, ELOOP, ENOEXEC, ENOMEM, ENOSYS, ETXTBSY } from './errno.js';
import { SCRIPT_HEAD_BYTES, interpreterArgs, scriptLine } from './binfmt-script.js';
import { ExecError, STACK_TOP, initialStack, loadExecutable, type ExecArgs, type ExecImage } from './exec.js';
import { lookupFrom, userPathBytes, userStringBytes } from './files.js';
import { closeFiles } from './fdtable.js';
import { SIGSEGV } from './signals.js';
import { PAGE_SIZE } from './vm/pagetable.js';
import { stackLimit } from './rlimits.js';

/** AT_RANDOM's bytes do not change the initial stack's size. */
const NO_RANDOM = new Uint8Array(16);

/** What this module uses of the kernel. */
type Kernel = Pick<KernelServices, 'block' | 'copyinPrefix' | 'copyout' | 'copyoutPrefix' | 'fs' | 'kill' | 'machine' | 'memory' | 'physical' | 'procs' | 'readStdin' | 'releaseAddressSpace' | 'startImage' | 'wakeup'>;

/**
 * Linux's limits on what execve copies (fs/exec.c): a string may be 32 pages with its NUL
 * (MAX_ARG_STRLEN); all of them and their pointers, a quarter of the stack's limit, but at least
 * 128 KiB (ARG_MAX) and at most 6 MiB (three quarters of _STK_LIM) (bprm_stack_limits).
 */
const MAX_ARG_STRLEN = 32 * 4096;

/** How many `#!` interpreters one execve follows (Linux's exec_binprm: ELOOP past 5). */
const MAX_INTERPRETERS = 5;
const ARG_MAX = 128 * 1024;
const STK_LIM = 8 * 1024 * 1024;

/**
 * The string pointers of a NULL-terminated array at `va` (0: none), read a page at a time;
 * -EFAULT if it cannot be read, -E2BIG past `max` of them (their bytes alone would pass the
 * limit: Linux counts on to the end, vmlab stops there and keeps the host's memory).
 */
function userPointers(k: Kernel, p: Process, va: number, max: number): number[] | number {
  const pointers: number[] = [];
  if (va === 0) return pointers;
  for (let at = va; ;) {
    const chunk = k.copyinPrefix(p, at, Math.max(4, PAGE_SIZE - (at % PAGE_SIZE)));
    if (chunk.length < 4) return -EFAULT;
    const words = new DataView(chunk.buffer, chunk.byteOffset, chunk.length);
    for (let i = 0; i + 4 <= chunk.length; i += 4) {
      const pointer = words.getUint32(i, true);
      if (pointer === 0) return pointers;
      if (pointers.length === max) return -E2BIG;
      pointers.push(pointer);
    }
    at += chunk.length - (chunk.length % 4);
  }
}

/** The strings at `pointers`, each taken from `budget.left` with its NUL; a negative errno on failure. */
function userStrings(k: Kernel, p: Process, pointers: readonly number[], budget: { left: number }): Uint8Array[] | number {
  const strings: Uint8Array[] = [];
  for (const pointer of pointers) {
    const s = userStringBytes(k, p, pointer, MAX_ARG_STRLEN, E2BIG);
    if (typeof s === 'number') return s;
    budget.left -= s.length + 1;
    if (budget.left < 0) return -E2BIG;
    strings.push(s);
  }
  return strings;
}

/**
 * argv and envp of an execve, copied as Linux's do_execveat_common does: both arrays counted
 * first (-EFAULT), then, within the limits above, the file name, the environment and the
 * arguments (-E2BIG, -EFAULT).
 */
function copyArguments(k: Kernel, p: Process, path: Uint8Array, argvVa: number, envpVa: number): ExecArgs | number {
  const limit = Math.max(ARG_MAX, Math.min(STK_LIM / 4 * 3, Math.floor(stackLimit(p) / 4)));
  const argvPointers = userPointers(k, p, argvVa, Math.floor(limit / 4));
  if (typeof argvPointers === 'number') return argvPointers;
  const envpPointers = userPointers(k, p, envpVa, Math.floor(limit / 4));
  if (typeof envpPointers === 'number') return envpPointers;
  const pointerBytes = (Math.max(argvPointers.length, 1) + envpPointers.length) * 4;
  const budget = { left: limit - pointerBytes - (path.length + 1) };
  if (budget.left < 0) return -E2BIG;
  const envp = userStrings(k, p, envpPointers, budget);
  if (typeof envp === 'number') return envp;
  const argv = userStrings(k, p, argvPointers, budget);
  if (typeof argv === 'number') return argv;
  // A NULL or empty argv gives the program one empty argument, as Linux since 5.18 (its NUL counted too).
  if (argv.length === 0) {
    if (--budget.left < 0) return -E2BIG;
    argv.push(new Uint8Array(0));
  }
  return { argv, envp, execfn: path };
}

/** Whether a live address space has an area of `inode` mapped from a descriptor open for writing (VmaFile.openedForWriting). */
function mappedForWriting(k: Pick<KernelServices, 'procs'>, inode: Inode): boolean {
  for (const q of k.procs.values()) if (q.root >= 0 && q.vmas.some((v) => v.file?.inode === inode && v.file.openedForWriting)) return true;
  return false;
}

/**
 * execve(path, argv, envp) for `p`: a negative errno if it fails before the point of no return;
 * else SYSCALL_NEW_IMAGE (the CPU is at the new entry), or `p` was killed if the new image did
 * not fit. A `#!` script runs its interpreter (binfmt-script.ts).
 */
export function sysExecve(k: Kernel, p: Process, pathVa: number, argvVa: number, envpVa: number): number {
  if (p.root < 0) return -ENOSYS; // the MMU is off: one physical image, nothing to replace it in
  const pathBytes = userPathBytes(k, p, pathVa);
  if (typeof pathBytes === 'number') return pathBytes;
  const path = Buffer.from(pathBytes).toString('utf8');
  const inode = lookupFrom(k, p, path);
  if (typeof inode === 'number') return inode;
  if (inode.isDir || (inode.mode & 0o111) === 0) return -EACCES; // a directory, or no execute permission
  // Open for writing somewhere, by a descriptor or an area mapped from one (Linux's deny_write_access).
  if (inode.writers > 0 || mappedForWriting(k, inode)) return -ETXTBSY;
  let args = copyArguments(k, p, pathBytes, argvVa, envpVa);
  if (typeof args === 'number') return args;
  // A `#!` script runs its interpreter, which may be one too, up to Linux's 5 levels (ELOOP past them).
  let file = inode, filePath = pathBytes;
  for (let depth = 0; ; depth++) {
    // The kernel reads the file's start through the page cache (from the disk the first time),
    // and sees what was written to it, written back or not.
    if (file.size > 0 && !k.memory.pageCache.page(file, 0)) return -ENOMEM;
    const line = scriptLine(k.memory.pageCache.contents(file).subarray(0, SCRIPT_HEAD_BYTES));
    if (line === null) break;
    if (line === 'noexec') return -ENOEXEC;
    args = interpreterArgs(args, line, filePath);
    const interpreter = lookupFrom(k, p, Buffer.from(line.interpreter).toString('utf8'));
    if (typeof interpreter === 'number') return interpreter;
    if (interpreter.isDir || (interpreter.mode & 0o111) === 0) return -EACCES;
    if (interpreter.writers > 0 || mappedForWriting(k, interpreter)) return -ETXTBSY;
    // Opened, the interpreter is not read past the 5th (exec_binprm's ELOOP comes before it is).
    if (depth >= MAX_INTERPRETERS) return -ELOOP;
    file = interpreter;
    filePath = line.interpreter;
  }
  let image: ExecImage;
  try {
    image = loadExecutable(k.memory.pageCache.contents(file), file);
  } catch (e) {
    if (e instanceof ExecError) return -ENOEXEC;
    throw e;
  }
  // The new stack's pages must hold the arguments and environment within RLIMIT_STACK (Linux finds
  // it growing the new stack as it copies them in: E2BIG, before the point of no return). With the
  // MMU off the stack is RAM's top: no limit.
  if (!k.physical && Math.ceil(initialStack(STACK_TOP, args, image, NO_RANDOM).bytes.length / PAGE_SIZE) * PAGE_SIZE > stackLimit(p)) return -E2BIG;
  // The point of no return.
  closeFiles(k, p, (fd) => p.cloexec.has(fd));
  k.releaseAddressSpace(p);
  p.name = path.slice(path.lastIndexOf('/') + 1) || path;
  p.execed = true;
  p.signals.resetOnExec();
  if (p.parent) k.wakeup(p.parent); // a parent waiting in vfork
  try {
    k.startImage(p, image, args);
  } catch (e) {
    if (!(e instanceof ExecError)) throw e;
    // Past the point of no return there is no caller to fail to: SIGSEGV, as Linux's bprm_execve forces.
    k.kill(p, SIGSEGV, `execve ${path}: ${e.message}`);
  }
  return SYSCALL_NEW_IMAGE;
}
