/**
 * Signal handlers, as Linux on RISC-V runs them: each process's dispositions (rt_sigaction 134),
 * its blocked and pending sets (rt_sigprocmask 135, rt_sigpending 136, rt_sigsuspend 133), its
 * alternate stack (sigaltstack 132), and the delivery of a pending signal to a handler: the
 * registers and mask saved in an rt_sigframe on the user stack (siginfo, then a ucontext whose
 * sigcontext holds pc and x1..x31), a0..a2 the signal, &info and &ucontext, ra the
 * trampoline `li a7, 139; ecall` (the vDSO's __vdso_rt_sigreturn, here a page of its own, mapped
 * at the first handler installed), and rt_sigreturn 139 restoring them.
 *
 * A signal with no handler takes its default action where it is sent (signals.ts): vmlab keeps
 * one pending instance of each signal (real-time ones do not queue). A blocking system call a
 * handler interrupts returns -EINTR, or starts again after the handler with SA_RESTART (not
 * clock_nanosleep nor rt_sigsuspend, as Linux); a write that moved bytes returns their count.
 * With the MMU off there is nowhere to map the trampoline: a handler is -ENOSYS.
 */
import type { KernelServices } from './services.js';
import { SYSCALL_NEW_IMAGE } from './services.js';
import type { Process } from './proc.js';
import { EFAULT, EINTR, EINVAL, ENOMEM, ENOSYS, EPERM } from './errno.js';
import { PAGE_SIZE } from './vm/pagetable.js';
import { PROT_EXEC, PROT_READ, findVma, hex32, insertVma, newVma, overlapsAny } from './vm/vma.js';
import { STACK_TOP } from './exec.js';
import { NSIG, SIG_DFL, SIG_IGN, bit, defaultIgnores, type SigAction, type SigInfo, type SignalState } from './sigstate.js';
import { findFree } from './mman.js';
import { sleepInterrupted } from './clocks.js';

/** What this module uses of the kernel. */
type Kernel = Pick<KernelServices, 'machine' | 'copyinPrefix' | 'copyout' | 'block' | 'wakeup' | 'kill' | 'physical' | 'detachedInodes' | 'sched' | 'clock' | 'stackLimit'>;

/** The sa_flags vmlab acts on (SA_SIGINFO changes nothing: a handler always gets a0..a2, as on Linux's riscv). */
const SA_ONSTACK = 0x08000000, SA_RESTART = 0x10000000, SA_NODEFER = 0x40000000, SA_RESETHAND = 0x80000000;
export const SA_NOCLDWAIT = 2;
/**
 * The flags riscv's Linux keeps (UAPI_SA_FLAGS): those, SA_NOCLDSTOP, SA_SIGINFO and
 * SA_EXPOSE_TAGBITS (which changes nothing here: a fault address has no tag bits); others are
 * dropped, which is how a program asks which flags the kernel knows.
 */
const KNOWN_SA_FLAGS = 1 | SA_NOCLDWAIT | 4 | 0x800 | SA_ONSTACK | SA_RESTART | SA_NODEFER | SA_RESETHAND;
/** si_code of a signal the kernel raised itself (a frame it could not write). */
export const SI_KERNEL = 0x80;
const SIGKILL = 9, SIGSTOP = 19, SIGSEGV = 11, SIGALRM = 14;
/** Signals no mask holds: SIGKILL and SIGSTOP. */
const UNBLOCKABLE = bit(SIGKILL) | bit(SIGSTOP);

/** si_code values: sent by kill, by tkill/tgkill; a child's end; fault causes. */
export const SI_USER = 0, SI_TKILL = -6, CLD_EXITED = 1, CLD_KILLED = 2;
export const SEGV_MAPERR = 1, SEGV_ACCERR = 2, BUS_ADRALN = 1, BUS_ADRERR = 2, ILL_ILLOPC = 1, TRAP_BRKPT = 1;

/** Where the sigreturn trampoline is mapped if that is free: the page above the stack, below the end of user space. */
const TRAMPOLINE = STACK_TOP;
/** `li a7, 139` and `ecall`: rt_sigreturn. */
const TRAMPOLINE_CODE = Uint8Array.from([0x93, 0x08, 0xb0, 0x08, 0x73, 0x00, 0x00, 0x00]);

/** Sizes of struct siginfo, of the ucontext up to uc_mcontext (aligned to 16), of a sigcontext (32 registers, the F/D/Q state); the frame. */
const SIGINFO_SIZE = 128, MCONTEXT_AT = 160, SIGCONTEXT_SIZE = 128 + 528;
const FRAME_SIZE = SIGINFO_SIZE + MCONTEXT_AT + SIGCONTEXT_SIZE;
/** riscv's MINSIGSTKSZ, and sigaltstack's flags. */
const MINSIGSTKSZ = 2048, SS_ONSTACK = 1, SS_DISABLE = 2, SS_AUTODISARM = 0x80000000;

const readSet = (bytes: Uint8Array): bigint => new DataView(bytes.buffer, bytes.byteOffset).getBigUint64(0, true);
function setBytes(set: bigint): Uint8Array {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, set, true);
  return bytes;
}

/** rt_sigaction(sig, act, oact, sigsetsize): Linux's checks in its order (the set's size, act, the signal), then oact. */
export function sysRtSigaction(k: Kernel, p: Process, sig: number, actVa: number, oldVa: number, setSize: number): number {
  if (setSize !== 8) return -EINVAL;
  let given: SigAction | null = null;
  if (actVa !== 0) {
    const bytes = k.copyinPrefix(p, actVa, 16);
    if (bytes.length < 16) return -EFAULT;
    const v = new DataView(bytes.buffer, bytes.byteOffset);
    given = { handler: v.getUint32(0, true), flags: v.getUint32(4, true) & KNOWN_SA_FLAGS, mask: readSet(bytes.subarray(8)) & ~UNBLOCKABLE };
  }
  if (sig < 1 || sig > NSIG || (given && (sig === SIGKILL || sig === SIGSTOP))) return -EINVAL;
  const old = p.signals.actions[sig];
  if (given) {
    if (given.handler > SIG_IGN && k.physical) return -ENOSYS;
    if (given.handler > SIG_IGN && !mapTrampoline(k, p)) return -ENOMEM;
    p.signals.actions[sig] = given;
    // Ignoring a pending signal discards it (POSIX), as does a default action of ignoring.
    if (given.handler === SIG_IGN || (given.handler === SIG_DFL && defaultIgnores(sig))) discard(p, sig);
  }
  if (oldVa !== 0) {
    const out = new Uint8Array(16);
    const v = new DataView(out.buffer);
    v.setUint32(0, old.handler, true);
    v.setUint32(4, old.flags, true);
    v.setBigUint64(8, old.mask, true);
    if (!k.copyout(p, oldVa, out)) return -EFAULT;
  }
  return 0;
}

/** Drop `sig` from `p`'s pending set. */
export function discard(p: Process, sig: number): void {
  p.signals.pending &= ~bit(sig);
  p.signals.info.delete(sig);
}

/**
 * Map the sigreturn trampoline's page into `p`, once (until execve): a private, read-only,
 * executable file page, at TRAMPOLINE if nothing is mapped there, else where mmap would put it.
 * False if no page is free. Unmapped or overwritten later, a handler's return faults, as on Linux.
 */
function mapTrampoline(k: Kernel, p: Process): boolean {
  const s = p.signals;
  if (s.trampoline !== 0) return true;
  const taken = overlapsAny(p.vmas, TRAMPOLINE, TRAMPOLINE + PAGE_SIZE);
  const at = taken ? findFree(k, p, PAGE_SIZE) : TRAMPOLINE;
  if (at < 0) return false;
  const page = new Uint8Array(PAGE_SIZE);
  page.set(TRAMPOLINE_CODE);
  const inode = k.detachedInodes.file('[vdso]', page);
  inode.kernelResident = true; // in memory from the start: its first fault reads no disk
  insertVma(p.vmas, newVma('[vdso]', at, at + PAGE_SIZE, PROT_READ | PROT_EXEC, { inode, offset: 0, size: PAGE_SIZE, shared: false }));
  s.trampoline = at;
  return true;
}

const SIG_BLOCK = 0, SIG_UNBLOCK = 1, SIG_SETMASK = 2;

/** rt_sigprocmask(how, set, oldset, sigsetsize): SIGKILL and SIGSTOP are never blocked. */
export function sysRtSigprocmask(k: Kernel, p: Process, how: number, setVa: number, oldVa: number, setSize: number): number {
  if (setSize !== 8) return -EINVAL;
  const old = p.signals.blocked;
  if (setVa !== 0) {
    const bytes = k.copyinPrefix(p, setVa, 8);
    if (bytes.length < 8) return -EFAULT;
    const set = readSet(bytes) & ~UNBLOCKABLE;
    if (how === SIG_BLOCK) p.signals.blocked |= set;
    else if (how === SIG_UNBLOCK) p.signals.blocked &= ~set;
    else if (how === SIG_SETMASK) p.signals.blocked = set;
    else return -EINVAL;
  }
  if (oldVa !== 0 && !k.copyout(p, oldVa, setBytes(old))) return -EFAULT;
  return 0;
}

/** rt_sigpending(set, sigsetsize): the pending signals that are blocked. */
export function sysRtSigpending(k: Kernel, p: Process, setVa: number, setSize: number): number {
  if (setSize > 8) return -EINVAL;
  const bytes = setBytes(p.signals.pending & p.signals.blocked).subarray(0, setSize);
  return k.copyout(p, setVa, bytes) ? 0 : -EFAULT;
}

/**
 * Block the 8-byte signal set at `maskVa` while a call waits (rt_sigsuspend, ppoll, pselect6),
 * keeping the mask it replaces: a handler's frame saves that one, and restoreMask puts it back.
 * -EINVAL for another set size, -EFAULT if the set cannot be read; 0 done.
 */
export function setWaitMask(k: Pick<KernelServices, 'copyinPrefix'>, p: Process, maskVa: number, setSize: number): number {
  if (setSize !== 8) return -EINVAL;
  const bytes = k.copyinPrefix(p, maskVa, 8);
  if (bytes.length < 8) return -EFAULT;
  p.signals.suspendSaved = p.signals.blocked;
  p.signals.blocked = readSet(bytes) & ~UNBLOCKABLE;
  return 0;
}

/** Put back the mask setWaitMask replaced, if a handler has not taken it to its frame. */
export function restoreMask(p: Process): void {
  const s = p.signals;
  if (s.suspendSaved === null) return;
  s.blocked = s.suspendSaved;
  s.suspendSaved = null;
}

/** rt_sigsuspend(mask, sigsetsize): wait with `mask` blocked until a handler runs; -EINTR then (the handler's frame saves the old mask). */
export function sysRtSigsuspend(k: Kernel, p: Process, maskVa: number, setSize: number): number {
  if (p.signals.suspendSaved === null) {
    const error = setWaitMask(k, p, maskVa, setSize);
    if (error !== 0) return error;
  }
  return k.block(p, p.signals, 'rt_sigsuspend');
}

/** sigaltstack(ss, old_ss): Linux's checks in its order (ss unreadable, on the stack now, flags, size), then old_ss. */
export function sysSigaltstack(k: Kernel, p: Process, ssVa: number, oldVa: number): number {
  const s = p.signals;
  const before = stackBytes(s.altStack, s.onAltStack(k.machine.cpu.x[2]));
  if (ssVa !== 0) {
    const bytes = k.copyinPrefix(p, ssVa, 12);
    if (bytes.length < 12) return -EFAULT;
    const v = new DataView(bytes.buffer, bytes.byteOffset);
    const error = setAltStack(p, k.machine.cpu.x[2], v.getUint32(0, true), v.getUint32(4, true), v.getUint32(8, true));
    if (error) return error;
  }
  if (oldVa !== 0 && !k.copyout(p, oldVa, before)) return -EFAULT;
  return 0;
}

/** sigaltstack's change to (base, flags, size), `sp` the caller's: 0, or Linux's -EPERM (on it now), -EINVAL (flags), -ENOMEM (too small). */
function setAltStack(p: Process, sp: number, base: number, flags: number, size: number): number {
  const s = p.signals;
  if (s.onAltStack(sp)) return -EPERM;
  const mode = flags & ~SS_AUTODISARM;
  if (mode !== SS_DISABLE && mode !== SS_ONSTACK && mode !== 0) return -EINVAL;
  // A disabled stack keeps SS_AUTODISARM as given, for the read-back, as Linux keeps the flags.
  if (mode === SS_DISABLE) s.altStack = { sp: 0, size: 0, disabled: true, autodisarm: (flags & SS_AUTODISARM) !== 0 };
  else if (size < MINSIGSTKSZ) return -ENOMEM;
  else s.altStack = { sp: base, size, disabled: false, autodisarm: (flags & SS_AUTODISARM) !== 0 };
  return 0;
}

/** A stack_t (ss_sp, ss_flags, ss_size) for `alt`: SS_DISABLE, or SS_ONSTACK if `on` it, and SS_AUTODISARM. */
function stackBytes(alt: SignalState['altStack'], on: boolean): Uint8Array {
  const bytes = new Uint8Array(12);
  const v = new DataView(bytes.buffer);
  v.setUint32(0, alt.sp, true);
  v.setUint32(4, (alt.disabled ? SS_DISABLE : on ? SS_ONSTACK : 0) | (alt.autodisarm ? SS_AUTODISARM : 0), true);
  v.setUint32(8, alt.size, true);
  return bytes;
}

/**
 * Send `sig` to `target` to be handled (it has a handler, or the signal is blocked): pending
 * with `info` (a signal pending already keeps its first info); a target blocked in a system
 * call is woken to take it.
 */
export function post(k: Pick<KernelServices, 'wakeup'>, target: Process, sig: number, info: SigInfo): void {
  const s = target.signals;
  if (!(s.pending & bit(sig))) s.info.set(sig, info);
  s.pending |= bit(sig);
  if (target.blockedSyscall && target.channel && !(s.blocked & bit(sig))) k.wakeup(target.channel);
}

/** System calls a handler interrupts with -EINTR whatever SA_RESTART says (Linux's ERESTARTNOHAND, ERESTART_RESTARTBLOCK). */
const NEVER_RESTARTED = new Set(['clock_nanosleep', 'rt_sigsuspend', 'ppoll', 'pselect6', 'futex (timed)']);

/**
 * Run `p`'s lowest deliverable pending signal (before `p` returns to user mode): its default
 * action, or its handler's frame. A system call `p` is blocked in is interrupted first. Returns
 * whether something was delivered.
 */
export function deliverSignal(k: Kernel, p: Process): boolean {
  const s = p.signals;
  const sig = s.deliverable();
  // A vfork's parent waits for its child whatever comes (Linux's killable, not interruptible, wait);
  // a call waiting for the disk is not asleep yet: the signal waits for it to sleep or return.
  if (sig === 0 || (p.blockedSyscall && (p.blockedIn === 'vfork' || p.state !== 'blocked'))) return false;
  const info = s.info.get(sig) ?? { signo: sig, code: SI_USER };
  discard(p, sig);
  if (sig === SIGALRM) p.realTimer?.reload(); // a periodic ITIMER_REAL starts again once its signal is taken
  const action = s.actions[sig];
  if (action.handler === SIG_IGN) return true;
  if (action.handler === SIG_DFL) {
    // Posted while blocked, its handler gone since: the default action now.
    if (!defaultIgnores(sig)) k.kill(p, sig, info.pid !== undefined ? `sent by pid ${info.pid}` : 'unblocked');
    return true;
  }
  const cpu = k.machine.cpu;
  if (p.blockedSyscall) interrupt(k, p, action);
  const saved = s.suspendSaved ?? s.blocked;
  s.suspendSaved = null;
  // Linux's get_sigframe: to the alternate stack with SA_ONSTACK, unless on it already; a frame
  // that would run off the bottom of the alternate stack is not written.
  const sp = cpu.x[2] >>> 0;
  const onAlt = s.onAltStack(sp);
  const toAlt = (action.flags & SA_ONSTACK) !== 0 && !s.altStack.disabled && !onAlt;
  const top = toAlt ? s.altStack.sp + s.altStack.size : sp;
  const frame = ((top - FRAME_SIZE) & ~15) >>> 0;
  if ((onAlt && !s.onAltStack(sp - FRAME_SIZE)) || !k.copyout(p, frame, frameBytes(p, cpu.pc, cpu.x, info, saved))) {
    frameFailed(k, p, sig, frame);
    return true;
  }
  if (s.altStack.autodisarm) s.altStack = { sp: 0, size: 0, disabled: true, autodisarm: false }; // saved in the frame; rt_sigreturn restores it
  cpu.x[1] = s.trampoline;
  cpu.x[2] = frame;
  cpu.x[10] = sig;
  cpu.x[11] = frame;
  cpu.x[12] = frame + SIGINFO_SIZE;
  cpu.pc = resumeAt(action.handler);
  s.blocked |= action.mask | (action.flags & SA_NODEFER ? 0n : bit(sig));
  s.blocked &= ~UNBLOCKABLE;
  if (action.flags & SA_RESETHAND) s.actions[sig] = { ...action, handler: SIG_DFL }; // the handler only, as Linux
  return true;
}

/**
 * The frame for `sig`'s handler could not be written (at `frame`): SIGSEGV, as Linux's
 * force_sigsegv, to its own handler if there is one and `sig` is another (which then runs on
 * the stack it can), else the end of the process.
 */
function frameFailed(k: Kernel, p: Process, sig: number, frame: number): void {
  const report = `cannot write the frame for the handler of signal ${sig} at ${hex32(frame)}`;
  if (sig === SIGSEGV) k.kill(p, SIGSEGV, report);
  else forceFault(k, p, SIGSEGV, { signo: SIGSEGV, code: SI_KERNEL }, report);
}

/** End the system call `p` is blocked in, for a handler: -EINTR (or the bytes a write moved), or with SA_RESTART its ecall again after the handler. */
function interrupt(k: Kernel, p: Process, action: SigAction): void {
  const cpu = k.machine.cpu;
  p.blockedSyscall = false;
  p.channel = null;
  k.sched.setState(p, 'running', k.clock.now());
  const sleep = p.sleep;
  if (sleep) {
    if (sleep.wake !== null) k.machine.events.cancel(sleep.wake);
    p.sleep = null;
  }
  if (p.written > 0) {
    cpu.x[10] = p.written;
    cpu.pc = (cpu.pc + 4) | 0;
  } else if (!(action.flags & SA_RESTART) || NEVER_RESTARTED.has(p.blockedIn)) {
    cpu.x[10] = sleep?.interrupted ? sleep.interrupted() : sleep ? sleepInterrupted(k, p, sleep.remain) : -EINTR;
    cpu.pc = (cpu.pc + 4) | 0;
  }
  p.written = 0;
  p.waitGroup = -1;
}

/** The rt_sigframe: siginfo, then the ucontext (flags, link, the alternate stack, the saved mask, the sigcontext: pc, x1..x31, no FP state). */
function frameBytes(p: Process, pc: number, x: Int32Array, info: SigInfo, mask: bigint): Uint8Array {
  const bytes = new Uint8Array(FRAME_SIZE);
  const v = new DataView(bytes.buffer);
  v.setInt32(0, info.signo, true);
  v.setInt32(8, info.code, true);
  if (info.addr !== undefined) v.setUint32(12, info.addr, true);
  if (info.pid !== undefined) v.setInt32(12, info.pid, true);
  if (info.status !== undefined) v.setInt32(20, info.status, true);
  const uc = SIGINFO_SIZE;
  const alt = p.signals.altStack;
  v.setUint32(uc + 8, alt.sp, true);
  v.setUint32(uc + 12, (alt.disabled ? SS_DISABLE : 0) | (alt.autodisarm ? SS_AUTODISARM : 0), true);
  v.setUint32(uc + 16, alt.size, true);
  v.setBigUint64(uc + 20, mask, true);
  const regs = uc + MCONTEXT_AT;
  v.setUint32(regs, pc >>> 0, true);
  for (let i = 1; i < 32; i++) v.setInt32(regs + 4 * i, x[i], true);
  return bytes;
}

/**
 * Where the return to user mode resumes for a pc the kernel was given (a handler's address, a
 * frame's saved pc): Linux puts it in sepc and srets, and sepc's two low bits are held at zero on
 * a machine without the C extension (the privileged spec's WARL sepc, IALIGN 32), so a pc 1 to 3
 * past a word resumes at the word, where a jump there would have trapped.
 */
function resumeAt(pc: number): number {
  return pc & ~3;
}

/** rt_sigreturn 139: the registers and mask the frame at sp saved (a frame that cannot be read raises SIGSEGV). */
export function sysRtSigreturn(k: Kernel, p: Process): number {
  const cpu = k.machine.cpu;
  const frame = cpu.x[2] >>> 0;
  const bytes = k.copyinPrefix(p, frame, FRAME_SIZE);
  if (bytes.length < FRAME_SIZE) {
    // Linux's badframe: SIGSEGV (to its handler, if it has one and it is not blocked), and the call returns 0.
    forceFault(k, p, SIGSEGV, { signo: SIGSEGV, code: SI_KERNEL }, `rt_sigreturn: no signal frame at ${hex32(frame)}`);
    return 0;
  }
  const v = new DataView(bytes.buffer, bytes.byteOffset);
  p.signals.blocked = v.getBigUint64(SIGINFO_SIZE + 20, true) & ~UNBLOCKABLE;
  // The alternate stack as the frame saved it, as Linux's restore_altstack (its refusals ignored: on it now, say).
  setAltStack(p, frame, v.getUint32(SIGINFO_SIZE + 8, true), v.getUint32(SIGINFO_SIZE + 12, true), v.getUint32(SIGINFO_SIZE + 16, true));
  const regs = SIGINFO_SIZE + MCONTEXT_AT;
  cpu.pc = resumeAt(v.getInt32(regs, true));
  for (let i = 1; i < 32; i++) cpu.x[i] = v.getInt32(regs + 4 * i, true);
  return SYSCALL_NEW_IMAGE;
}

/**
 * A fault signal (SIGSEGV, SIGBUS, SIGILL, SIGTRAP) for the instruction at pc: to its handler if
 * there is one and it is not blocked; otherwise the process ends with `report`, as Linux's
 * force_sig_info makes a blocked or ignored fault signal kill.
 */
export function forceFault(k: Kernel, p: Process, sig: number, info: SigInfo, report: string): void {
  const s = p.signals;
  if (!s.hasHandler(sig) || (s.blocked & bit(sig))) {
    k.kill(p, sig, report);
    return;
  }
  post(k, p, sig, info);
}

/** The si_code of a SIGSEGV for `va`: no area holds it (SEGV_MAPERR), or its rights forbid the access (SEGV_ACCERR). */
export function segvCode(p: Process, va: number): number {
  return findVma(p.vmas, va) ? SEGV_ACCERR : SEGV_MAPERR;
}

