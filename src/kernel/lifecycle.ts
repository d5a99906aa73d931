/**
 * Process lifecycle: a new image (exec's), fork, exit and kill. A process is created by the
 * process table, given an address space here, and freed here when it ends; its parent reaps the
 * zombie (wait.ts).
 */
import { ExecError, STACK_TOP, USER_TOP, initialStack, type ExecArgs, type ExecImage } from './exec.js';
import type { Process } from './proc.js';
import type { KernelServices } from './services.js';
import { closeFiles } from './fdtable.js';
import { retainFile } from './openfile.js';
import { SIGCHLD, SIGNAL_NAMES, childNotice, signalStatus } from './signals.js';
import { keepResidentPeak } from './rusage.js';
import { setRealTimer } from './itimers.js';
import { mayExpand, stackLimit } from './rlimits.js';
import { EAGAIN, EINVAL, ENOMEM, ENOSYS } from './errno.js';
import { PAGE_SIZE, freewalk } from './vm/pagetable.js';
import { forgetFreeArea } from './mman.js';
import { PROT_READ, PROT_WRITE, describeVma, hex32, newVma, type Vma } from './vm/vma.js';
import { copyAddressSpace } from './vm/uvmcopy.js';
import type { Inode } from './fs.js';

type Kernel = KernelServices;

/**
 * Give `p` the address space of `image` with its initial stack, and load the CPU with its entry
 * state (p is the process on the CPU, or about to be). Throws ExecError if there is no room for
 * the page table or the stack.
 */
export function startImage(k: Kernel, p: Process, image: ExecImage, args: ExecArgs): void {
  const { cpu, ram, mmu } = k.machine;
  p.exe = image.file;
  image.file.runners++;
  p.brkStart = p.brk = image.brk;
  p.dataBytes = image.dataBytes;
  p.lockFuture = undefined; // a new address space: no MCL_FUTURE, nothing locked
  forgetFreeArea(p);
  p.everLocked = false;
  if (k.physical) {
    // The program's memory is RAM from its lowest segment up; the page cache gets the frames below.
    k.memory.frames.reserveFrom(Math.min(...image.vmas.map((v) => v.start)) >>> 12);
    loadPhysical(k, image.vmas);
    p.vmas = image.vmas;
  } else {
    const root = k.memory.allocFrame();
    if (root < 0) throw new ExecError('out of memory: no frame for the page table');
    k.table.setRoot(p, root);
    k.memory.mapKernel(root);
    p.vmas = [...image.vmas, { ...newVma('[stack]', STACK_TOP - PAGE_SIZE, STACK_TOP, PROT_READ | PROT_WRITE), growsDown: true }];
    // Mapping the image is held to RLIMIT_AS and RLIMIT_DATA, as Linux's loader maps it (vm_mmap).
    if (!mayExpand(p, false, 0)) throw new ExecError('its areas pass the address space\'s limit (RLIMIT_AS)');
    if (!mayExpand(p, true, 0)) throw new ExecError('its data passes the data\'s limit (RLIMIT_DATA)');
    mmu.setSatp(true, p.asid, p.root);
    flushAddressSpace(k, p);
  }
  const top = k.physical ? ram.size : STACK_TOP;
  const random = Uint8Array.from({ length: 16 }, (_, i) => (k.machine.config.seed * 31 + i * 97) & 255);
  const stack = initialStack(top, args, image, random);
  if (k.physical && stack.sp < Math.max(...image.vmas.map((v) => v.end))) {
    throw new ExecError(`the arguments and environment (${Math.ceil(stack.bytes.length / 1024)} KiB below the top of RAM) would overwrite the program`);
  }
  if (!k.physical && stack.bytes.length > stackLimit(p)) {
    throw new ExecError(`the arguments and environment need ${Math.ceil(stack.bytes.length / 1024)} KiB of stack, more than its limit ` +
      `of ${stackLimit(p) / 1024} KiB (--stack-limit)`);
  }
  if (!k.copyout(p, stack.sp, stack.bytes)) {
    if (p.exited) return; // killed while its stack was written (a fault handler's kill, out of memory): its report says why
    throw new ExecError('the initial stack could not be written (no frame for it, or the fault handler refused its page)');
  }
  cpu.x.fill(0);
  cpu.x[2] = stack.sp;
  cpu.pc = image.entry;
  cpu.user = true;
}

/** MMU off: copy each segment to RAM at its own address (the seed's physical addressing). */
function loadPhysical(k: Kernel, vmas: readonly Vma[]): void {
  const ram = k.machine.ram;
  for (const v of vmas) {
    if (v.end > ram.size) throw new ExecError(`${describeVma(v)} does not fit in ${ram.size / 1024 / 1024} MiB of physical RAM`);
    if (v.file) ram.writeBytes(v.start, v.file.inode.data.subarray(v.file.offset, v.file.offset + v.file.size));
  }
}

/** A new process joins the process table and the ready queue. */
export function admit(k: Kernel, p: Process): void {
  k.table.admit(p);
  p.stateSince = k.clock.now();
  k.sched.setState(p, 'ready', k.clock.now());
}

/** Drop the TLB entries of `p`'s address space: its ASID's, or (without ASIDs) all if it is on the CPU. */
function flushAddressSpace(k: Kernel, p: Process): void {
  const mmu = k.machine.mmu;
  if (k.machine.config.asid) mmu.flushAsid(p.asid);
  else if (k.sched.onCpu === p || k.sched.onCpu === null) mmu.flushAll();
}

/**
 * fork: a child of `p` with a copy of its address space made by copy-on-write (vm/uvmcopy.ts),
 * its open files (shared), and its registers, returning 0 in the child. Returns the child's pid,
 * or -EAGAIN past --max-procs (or with no ASID left), -ENOMEM if its page tables do not fit,
 * -ENOSYS with the MMU off (no address spaces to copy).
 */
export function fork(k: Kernel, p: Process): number {
  if (k.physical) return -ENOSYS;
  const cpu = k.machine.cpu;
  const child = k.table.create(p.name);
  if (!child) return -EAGAIN;
  const root = k.memory.allocFrame();
  if (root < 0) {
    k.table.discard(child);
    return -ENOMEM;
  }
  k.table.setRoot(child, root);
  k.memory.mapKernel(root);
  k.clock.charge('zeroPage'); // the new root table, as each level-0 one
  // Locks are not inherited, as Linux's dup_mmap clears VM_LOCKED (and a new process has no MCL_FUTURE).
  child.vmas = p.vmas.map((v) => ({ ...v, locked: undefined, file: v.file ? { ...v.file } : null, faults: { minor: 0, major: 0, protection: 0, evictions: 0 } }));
  const copied = copyAddressSpace(k, p, child);
  flushAddressSpace(k, p); // its writable pages became read-only
  if (copied < 0) {
    freewalk(k.memory.pageTables, child.root, USER_TOP);
    k.memory.reclaimer.rmap.residentByRoot.release(child.root);
    k.table.setRoot(child, -1);
    k.table.discard(child);
    return -ENOMEM;
  }
  child.brkStart = p.brkStart;
  child.brk = p.brk;
  child.dataBytes = p.dataBytes;
  child.files = p.files.map((f) => (f ? retainFile(f) : null));
  // The child's table ends at its last open descriptor, as Linux's dup_fd sizes it (select's count is clamped to it: poll.ts).
  while (child.files.length > 0 && child.files[child.files.length - 1] === null) child.files.pop();
  child.cloexec = new Set(p.cloexec);
  child.cwd = p.cwd;
  child.cwdDir = p.cwdDir;
  child.limits = p.limits.map((limit) => ({ ...limit }));
  child.umask = p.umask;
  child.exe = p.exe;
  if (child.exe) child.exe.runners++;
  child.regs.set(cpu.x);
  child.regs[10] = 0;
  child.pc = (cpu.pc + 4) | 0;
  child.pgid = p.pgid;
  child.sid = p.sid;
  child.signals = p.signals.forkCopy();
  child.parent = p;
  p.children.push(child);
  admit(k, child);
  return child.pid;
}

export const CLONE_PARENT_SETTID = 0x00100000, CLONE_CHILD_CLEARTID = 0x00200000, CLONE_CHILD_SETTID = 0x01000000;
const CLONE_TID_FLAGS = CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID | CLONE_CHILD_SETTID;
/** The parent waits until the child runs a program or ends; and two flags Linux ignores (its I/O context, a flag of old). */
const CLONE_VFORK = 0x4000, CLONE_IO = 0x80000000, CLONE_DETACHED = 0x00400000;
const CSIGNAL = 0xff;

/**
 * clone(flags, newsp, ptid, tls, ctid) as fork: the exit signal must be SIGCHLD, and the only
 * other flags taken are the tid ones glibc's fork passes, CLONE_VFORK (the caller sleeps until
 * the child runs a program or ends, then returns its pid; its memory is the child's own copy),
 * and CLONE_IO and CLONE_DETACHED, which change nothing (any other, CLONE_VM, CLONE_THREAD...:
 * -EINVAL, there are no threads). As Linux: CLONE_CHILD_SETTID stores the child's tid (its pid)
 * at `ctid` in the child's address space, CLONE_PARENT_SETTID at `ptid` in the parent's, and a
 * bad pointer is ignored (the clone succeeds, nothing is stored). CLONE_CHILD_CLEARTID stores
 * nothing: Linux clears the tid at exit only when the address space has other users (threads),
 * never for a child with an address space of its own. A non-zero `newsp` is the child's sp.
 */
export function sysClone(k: Kernel, p: Process, flags: number, newsp: number, ptid: number, ctid: number): number {
  if (p.vforkChild !== 0) return vforkWait(k, p); // woken: run again to see whether the child is done
  if ((flags & CSIGNAL) !== SIGCHLD || (flags & ~(CSIGNAL | CLONE_TID_FLAGS | CLONE_VFORK | CLONE_IO | CLONE_DETACHED)) !== 0) return -EINVAL;
  const pid = fork(k, p);
  if (pid < 0) return pid;
  const child = k.procs.get(pid);
  if (!child) return pid;
  if (newsp !== 0) child.regs[2] = newsp | 0;
  const tid = new Uint8Array(4);
  new DataView(tid.buffer).setInt32(0, pid, true);
  if (flags & CLONE_CHILD_SETTID && !child.exited) k.copyout(child, ctid, tid);
  if (flags & CLONE_PARENT_SETTID && !p.exited) k.copyout(p, ptid, tid);
  if (flags & CLONE_VFORK) {
    p.vforkChild = pid;
    return vforkWait(k, p);
  }
  return pid;
}

/** A vfork's parent: sleep (woken with its children's news, exit and exec) until its child has run a program or ended; then the child's pid. */
function vforkWait(k: Kernel, p: Process): number {
  const child = k.procs.get(p.vforkChild);
  if (child && !child.exited && !child.execed) return k.block(p, p, 'vfork');
  const pid = p.vforkChild;
  p.vforkChild = 0;
  return pid;
}

/** End `p` with `signal`, recording the one-line report (`why`, and where `p` was). */
export function kill(k: Kernel, p: Process, signal: number, why: string): void {
  if (p.exited) return;
  p.termSignal = signal;
  p.signal = SIGNAL_NAMES[signal] ?? `signal ${signal}`;
  const pc = k.sched.onCpu === p ? k.machine.cpu.pc : p.pc;
  p.report = `${p.signal}: ${why} (pc ${hex32(pc)})`;
  k.exit(p, signalStatus(signal));
}

/**
 * End `p` with exit status `status`: write back the dirty file pages it mapped shared, free its
 * address space and close its files; it stays a zombie until its parent reaps it (wait.ts).
 * Its children go to pid 1 (or, if pid 1 has ended, are reaped by the kernel when they end).
 */
export function exit(k: Kernel, p: Process, status: number): void {
  if (p.exited) return;
  if (k.events.wants('exit')) k.events.emit({ type: 'exit', cycle: k.clock.cycles, pid: p.pid, status });
  p.exited = true;
  p.exitStatus = status;
  p.blockedSyscall = false;
  if (p.sleep && p.sleep.wake !== null) k.machine.events.cancel(p.sleep.wake); // no wake-up for it to hold the clock back
  setRealTimer(k, p, null); // nor an alarm
  p.sleep = null;
  closeFiles(k, p, () => true);
  releaseAddressSpace(k, p);
  k.table.exited(p);
  k.sched.remove(p);
  k.sched.setState(p, 'zombie', k.clock.now());
  // Each zombie handed to pid 1 is told of as Linux's reparent_leader does: SIGCHLD, and reaped at
  // once if pid 1 ignores it (or asked with SA_NOCLDWAIT); the others wait for its waitid.
  const { heir, zombies } = k.table.reparent(p);
  if (heir && zombies.length > 0) {
    for (const z of zombies) if (childNotice(k, heir, z)) k.table.reap(z);
    k.wakeup(heir);
  }
  const parent = p.parent;
  if (parent) {
    k.wakeup(parent);
    // Linux's do_notify_parent: SIGCHLD, and no zombie for a parent that ignores it (or asked with SA_NOCLDWAIT).
    if (childNotice(k, parent, p)) k.table.reap(p);
  } else {
    k.table.reap(p);
  }
}

/** Free `p`'s address space (writing back what its shared file mappings dirtied) and its TLB entries. */
export function releaseAddressSpace(k: Kernel, p: Process): void {
  if (p.exe) p.exe.runners--;
  p.exe = null;
  if (p.root >= 0) for (const v of p.vmas) k.memory.collectDirty(p, v, v.start, v.end);
  k.memory.pageCache.writeBack();
  if (p.root < 0) return;
  freewalk(k.memory.pageTables, p.root, USER_TOP);
  keepResidentPeak(k, p);
  k.table.setRoot(p, -1);
  flushAddressSpace(k, p);
  for (const v of p.vmas) if (v.file?.inode.swapBacked) releaseShared(k, v.file.inode);
}

/** Shared anonymous memory that no address space maps any more is freed. */
export function releaseShared(k: Kernel, inode: Inode): void {
  for (const q of k.procs.values()) if (q.root >= 0 && q.vmas.some((v) => v.file?.inode === inode)) return;
  k.memory.pageCache.truncate(inode, 0);
  inode.stored.clear();
}
