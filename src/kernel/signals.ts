/** The signals the kernel delivers (each ends the process), with Linux numbers. */
export const SIGILL = 4, SIGTRAP = 5, SIGBUS = 7, SIGKILL = 9, SIGSEGV = 11;

export const SIGNAL_NAMES: Record<number, string> = {
  [SIGILL]: 'SIGILL', [SIGTRAP]: 'SIGTRAP', [SIGBUS]: 'SIGBUS', [SIGKILL]: 'SIGKILL', [SIGSEGV]: 'SIGSEGV',
};

/** The exit status a shell shows for a process killed by `signal`. */
export const signalStatus = (signal: number): number => 128 + signal;
