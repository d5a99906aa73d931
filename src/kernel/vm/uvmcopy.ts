/**
 * fork's copy of an address space (xv6's uvmcopy, made copy-on-write): the page tables are
 * copied, not the pages. A present page of a private area is shared: its frame's reference count
 * rises, and if it was writable both PTEs lose W, so that the first write by either faults and
 * copies it (Kernel.breakCopyOnWrite). A page of a shared file area is shared as it is. A
 * swapped-out page's PTE is copied and its swap slot gains a reference.
 */
import type { KernelServices } from '../services.js';
import type { Process } from '../proc.js';
import { FLAG_V, FLAG_W } from '../../machine/tlb.js';
import { PAGE_SIZE, walk } from './pagetable.js';
import { isSwapEntry, swapSlotOf } from './swap.js';

/** What this module uses of the kernel. */
type Kernel = Pick<KernelServices, 'machine' | 'memory' | 'clock'>;

const TABLE_SPAN = 1 << 22;

/**
 * Copy the user mappings of `parent` into `child`, whose root table exists and whose areas are
 * already a copy of the parent's. Charges a memory read and write per PTE copied and a
 * zero-fill per level-0 page table made (fork charges the root's). Returns the PTEs copied, or
 * -1 if a page table could not be had (the child's tables are then partly filled: the caller
 * frees them).
 */
export function copyAddressSpace(k: Kernel, parent: Process, child: Process): number {
  const ctx = k.memory.pageTables;
  const ram = ctx.ram;
  const { rmap, swap } = k.memory.reclaimer;
  let copied = 0;
  for (const v of parent.vmas) {
    const shared = v.file?.shared ?? false;
    for (let va = v.start; va < v.end;) {
      const from = walk(ctx, parent.root, va, false);
      if (from < 0) {
        va = (Math.floor(va / TABLE_SPAN) + 1) * TABLE_SPAN; // no level-0 table: nothing mapped up to the next
        continue;
      }
      if (ram.read32(from) !== 0) {
        // The child's table first: making it may reclaim, which may change the parent's PTE.
        const hadTable = walk(ctx, child.root, va, false) >= 0;
        const to = walk(ctx, child.root, va, true);
        if (to < 0) return -1;
        if (!hadTable) k.clock.charge('zeroPage');
        let pte = ram.read32(from);
        if (pte & FLAG_V) {
          if (!shared && (pte & FLAG_W)) {
            pte &= ~FLAG_W;
            ram.write32(from, pte);
          }
          k.memory.frames.refcount[pte >>> 10]++;
          rmap.add(pte >>> 10, child.root, va, k.memory.nextTick());
        } else if (isSwapEntry(pte)) {
          swap.retain(swapSlotOf(pte));
        }
        if (pte !== 0) {
          ram.write32(to, pte);
          copied++;
          k.clock.charge('memory', 2);
        }
      }
      va += PAGE_SIZE;
    }
  }
  return copied;
}
