/**
 * A process's signal state (sigaction.ts uses it): its dispositions, blocked and pending sets,
 * and alternate stack, with Linux's numbers and sigset_t bits.
 */

export const SIG_DFL = 0, SIG_IGN = 1;
export const NSIG = 64;

/** Whether the default action of `sig` is to ignore it: SIGCHLD, SIGURG, SIGWINCH, and SIGCONT (nothing is ever stopped). */
export function defaultIgnores(sig: number): boolean {
  return sig === 17 || sig === 23 || sig === 28 || sig === 18;
}

/** The set bit of signal `sig` (1 to 64) in a sigset_t. */
export function bit(sig: number): bigint {
  return 1n << BigInt(sig - 1);
}

/** A disposition: SIG_DFL, SIG_IGN or a handler's address, with its sa_flags and sa_mask. */
export interface SigAction { handler: number; flags: number; mask: bigint }

/** A pending signal's siginfo fields (the rest of the 128 bytes are zero). */
export interface SigInfo { signo: number; code: number; pid?: number; status?: number; addr?: number }

/** The fault signals, taken before any other pending: SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGSEGV, SIGSYS. */
const SYNCHRONOUS = bit(4) | bit(5) | bit(7) | bit(8) | bit(11) | bit(31);

/** A process's signal state: dispositions (index 1 to 64), blocked and pending sets, the alternate stack. */
export class SignalState {
  actions: SigAction[] = Array.from({ length: NSIG + 1 }, () => ({ handler: SIG_DFL, flags: 0, mask: 0n }));
  blocked = 0n;
  pending = 0n;
  readonly info = new Map<number, SigInfo>();
  /** sigaltstack's: its base and size, whether it is off, and SS_AUTODISARM (off while a handler runs on it). */
  altStack = { sp: 0, size: 0, disabled: true, autodisarm: false };
  /** Where the sigreturn trampoline is mapped (0: not yet). */
  trampoline = 0;
  /** The mask rt_sigsuspend replaced, which the handler's frame saves (null: not in rt_sigsuspend). */
  suspendSaved: bigint | null = null;

  /** A fork's copy: the same dispositions, mask and alternate stack; nothing pending. */
  forkCopy(): SignalState {
    const copy = new SignalState();
    copy.actions = this.actions.map((a) => ({ ...a }));
    copy.blocked = this.blocked;
    copy.altStack = { ...this.altStack };
    copy.trampoline = this.trampoline;
    return copy;
  }

  /** After execve: handlers back to SIG_DFL (ignored signals stay ignored), no alternate stack; the mask and pending set stay. */
  resetOnExec(): void {
    for (const a of this.actions) {
      if (a.handler !== SIG_IGN) a.handler = SIG_DFL;
      a.flags = 0;
      a.mask = 0n;
    }
    this.altStack = { sp: 0, size: 0, disabled: true, autodisarm: false };
    this.trampoline = 0;
  }

  /** Whether `sp` is on the alternate stack, as Linux's on_sig_stack (never with SS_AUTODISARM). */
  onAltStack(sp: number): boolean {
    const { sp: base, size, disabled, autodisarm } = this.altStack;
    return !disabled && !autodisarm && sp >>> 0 > base && (sp >>> 0) - base <= size;
  }

  /** The pending signal to take next, none blocked: a fault's first (Linux's SYNCHRONOUS_MASK), then the lowest; 0 for none. */
  deliverable(): number {
    const ready = this.pending & ~this.blocked;
    if (ready === 0n) return 0;
    const first = (ready & SYNCHRONOUS) !== 0n ? ready & SYNCHRONOUS : ready;
    for (let sig = 1; sig <= NSIG; sig++) if (first & bit(sig)) return sig;
    return 0;
  }

  hasHandler(sig: number): boolean {
    return this.actions[sig].handler > SIG_IGN;
  }

  /** Whether the signal deliverable now would end a wait: one with a handler, or one whose default action ends the process. */
  interruptsWait(): boolean {
    const sig = this.deliverable();
    if (sig === 0) return false;
    const handler = this.actions[sig].handler;
    return handler > SIG_IGN || (handler === SIG_DFL && !defaultIgnores(sig));
  }
}
