/**
 * The swap area: slots of one page on the disk, allocated lowest first. Their contents are kept
 * by vmlab in memory, sparsely: only a slot in use holds a page, so a large area (--swap, at most
 * 2 GiB) costs nothing until pages are swapped out to it. A non-present PTE that remembers a swapped-out page holds its slot in the PPN
 * bits and PTE_SWAP in a bit reserved for software (RSW). A slot is counted like a frame: one
 * reference per PTE holding it (processes that forked share it) plus one while a clean frame in
 * RAM still has its copy (the swap cache); it is free when the last goes.
 */
import { PAGE_SIZE } from './pagetable.js';

/** RSW bit 8 of a PTE with V = 0: the page is in the swap slot held in bits 31:10. */
export const PTE_SWAP = 1 << 8;

export const isSwapEntry = (pte: number): boolean => (pte & 1) === 0 && (pte & PTE_SWAP) !== 0;
export const swapSlotOf = (pte: number): number => pte >>> 10;
export const swapEntry = (slot: number): number => (slot << 10) | PTE_SWAP;

export class SwapArea {
  private readonly data = new Map<number, Uint8Array>();
  private readonly refs = new Map<number, number>();
  private readonly freeSlots: number[] = [];
  /** Page buffers of freed slots, reused by the next stores (no allocation per swap-out). */
  private readonly spare: Uint8Array[] = [];
  private next = 0;
  swapIns = 0;
  swapOuts = 0;

  constructor(readonly slots: number) {}

  get used(): number {
    return this.data.size;
  }

  /** Store a page with `refs` references; returns its slot, or -1 if the area is full. */
  store(page: Uint8Array, refs = 1): number {
    const slot = this.freeSlots.length ? this.freeSlots.pop()! : this.next < this.slots ? this.next++ : -1;
    if (slot < 0) return -1;
    const copy = this.spare.pop() ?? new Uint8Array(PAGE_SIZE);
    copy.set(page.subarray(0, PAGE_SIZE));
    this.data.set(slot, copy);
    this.refs.set(slot, refs);
    this.swapOuts++;
    return slot;
  }

  /**
   * Read a page back. The slot keeps its copy (the swap cache): while the page in RAM stays clean
   * it can be evicted again without a write. The caller releases the slot when the copy is stale.
   */
  load(slot: number): Uint8Array {
    const page = this.data.get(slot);
    if (!page) throw new Error(`swap slot ${slot} is empty`);
    this.swapIns++;
    return page;
  }

  /** One more reference to `slot` (a PTE holding it was copied by fork). */
  retain(slot: number): void {
    const n = this.refs.get(slot);
    if (n === undefined) throw new Error(`swap slot ${slot} is empty`);
    this.refs.set(slot, n + 1);
  }

  /** Drop one reference to `slot`; the slot is free when none is left. */
  release(slot: number): void {
    const n = this.refs.get(slot);
    if (n === undefined) return;
    if (n > 1) {
      this.refs.set(slot, n - 1);
      return;
    }
    this.refs.delete(slot);
    this.spare.push(this.data.get(slot)!);
    this.data.delete(slot);
    this.freeSlots.push(slot);
  }

  /** References to `slot` (0 if free). */
  references(slot: number): number {
    return this.refs.get(slot) ?? 0;
  }

  /** The slots in use. */
  usedSlots(): IterableIterator<number> {
    return this.refs.keys();
  }
}
