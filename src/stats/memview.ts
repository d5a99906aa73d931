/**
 * A narrow, read-only view of the kernel's memory, for the dumps (dumps.ts) and `vmlab translate
 * --run`: the processes alive, their page tables in RAM, and what the kernel knows of each frame.
 * The dumps read the kernel only through it.
 */
import type { Ram } from '../machine/ram.js';
import type { Kernel } from '../kernel/kernel.js';
import type { Vma } from '../kernel/vm/vma.js';
import { USER_TOP } from '../kernel/exec.js';

export interface ProcessView {
  pid: number;
  name: string;
  /** Frame of the root page table (-1 with the MMU off). */
  root: number;
  asid: number;
  vmas: readonly Vma[];
}

export interface MemoryView {
  ram: Pick<Ram, 'read32' | 'frames'>;
  /** The processes that have not exited, by pid. */
  processes: readonly ProcessView[];
  /** Where user space ends: the root entries from here on are the kernel's. */
  userTop: number;
  /** The frame's reference count (0: free). */
  refcount(frame: number): number;
  /** The file page a page-cache frame holds. */
  cachedPage(frame: number): { path: string; index: number } | undefined;
  /** The swap slot that still holds a copy of the frame's page (the swap cache). */
  swapSlot(frame: number): number | undefined;
  /** The shared zero frame (-1: not made yet). */
  zeroFrame: number;
}

/** The view of `k`'s memory as it is now (the processes are listed now; frames are read when asked). */
export function memoryView(k: Kernel): MemoryView {
  const memory = k.memory;
  return {
    ram: k.machine.ram,
    processes: [...k.procs.values()].filter((p) => !p.exited).sort((a, b) => a.pid - b.pid)
      .map((p) => ({ pid: p.pid, name: p.name, root: p.root, asid: p.asid, vmas: p.vmas })),
    userTop: USER_TOP,
    refcount: (frame) => memory.frames.refcount[frame],
    cachedPage: (frame) => {
      const owner = memory.pageCache.owner(frame);
      return owner ? { path: owner.inode.swapBacked ? '[shared anonymous]' : owner.inode.path, index: owner.index } : undefined;
    },
    swapSlot: (frame) => memory.reclaimer.cachedSlot(frame),
    zeroFrame: memory.zeroFrame,
  };
}
