/**
 * The kernel's access to user memory (copyinPrefix/copyout), through the process's page table: a page
 * of a valid buffer that is not yet present is faulted in on the kernel's behalf, as if the user
 * had touched it; an address no area allows gives null (the syscall returns -EFAULT). With the
 * MMU off, user addresses are physical.
 */
import { FLAG_A, FLAG_D, FLAG_R, FLAG_U, FLAG_V, FLAG_W } from '../../machine/tlb.js';
import { ACCESS_LOAD, ACCESS_STORE } from '../../machine/mmu.js';
import { PAGE_SIZE, peek, type PageTableContext } from './pagetable.js';

export interface UserMemory {
  ctx: PageTableContext;
  /** Root page table frame, or -1 for physical addressing (MMU off). */
  root: number;
  /** Fault the page at `va` in for `access` on the kernel's behalf; false if it cannot be. */
  faultIn: (va: number, access: number) => boolean;
}

/** Physical address of user `va` for `access`, faulting the page in if needed; -1 if invalid. */
function userAddress(m: UserMemory, va: number, access: number): number {
  if (m.root < 0) return va >= 0 && va < m.ctx.ram.size ? va : -1;
  for (let attempt = 0; attempt < 3; attempt++) {
    const { pte, address, frame } = peek(m.ctx, m.root, va); // a megapage stays whole
    // As the user's own access: a load needs R (a PROT_NONE or execute-only page is -EFAULT), a store W.
    const usable = (pte & FLAG_V) !== 0 && (pte & FLAG_U) !== 0 && (pte & (access === ACCESS_STORE ? FLAG_W : FLAG_R)) !== 0;
    if (usable) {
      // A write by the kernel dirties the page (or megapage) as a user store would.
      if (access === ACCESS_STORE && (pte & FLAG_D) === 0) m.ctx.ram.write32(address, pte | FLAG_A | FLAG_D);
      return frame * PAGE_SIZE + (va & (PAGE_SIZE - 1));
    }
    // One fault; for a store, a second if the first brought the page in read-only (a plug-in
    // handler may map a page swapped in shared so, for its next fault to copy), as a user store faults twice.
    const again = attempt === 0 || (attempt === 1 && access === ACCESS_STORE && (pte & FLAG_V) !== 0);
    if (!again || !m.faultIn(va, access)) return -1;
  }
  return -1;
}

/**
 * Copy up to `length` bytes from user `va`: the longest readable prefix (shorter than `length` if
 * a page on the way is not readable; empty if the first is not).
 */
export function copyinPrefix(m: UserMemory, va: number, length: number): Uint8Array {
  const end = Math.min(va + length, 0x100000000);
  const chunks: Uint8Array[] = [];
  let at = va;
  while (at < end) {
    const pa = userAddress(m, at, ACCESS_LOAD);
    if (pa < 0) break;
    const n = Math.min(end - at, PAGE_SIZE - (at % PAGE_SIZE));
    chunks.push(m.ctx.ram.bytes.slice(pa, pa + n));
    at += n;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

/** Copy `data` to user `va`; false if any byte is not writable (the bytes before it are copied). */
export function copyout(m: UserMemory, va: number, data: Uint8Array): boolean {
  if (va < 0 || va + data.length > 0x100000000) return false;
  return copyoutPrefix(m, va, data) === data.length;
}

/** Copy `data` to user `va` up to its first page that is not writable: the bytes copied. */
export function copyoutPrefix(m: UserMemory, va: number, data: Uint8Array): number {
  const length = Math.min(data.length, 0x100000000 - va);
  let done = 0;
  while (done < length) {
    const at = va + done;
    const pa = userAddress(m, at, ACCESS_STORE);
    if (pa < 0) break;
    const n = Math.min(length - done, PAGE_SIZE - (at % PAGE_SIZE));
    m.ctx.ram.writeBytes(pa, data.subarray(done, done + n));
    done += n;
  }
  return done;
}
