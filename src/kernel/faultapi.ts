/**
 * The page-fault handler's contract: what a fault is, what a handler may ask the kernel to do,
 * and what it answers. The built-in handler (fault.ts) is written against exactly this
 * interface, and so is a `--fault-handler` plug-in. Everything crossing it is plain data:
 * numbers, strings, booleans and plain objects.
 *
 * Frames are physical page numbers. A frame reference is a count the kernel keeps per frame: a
 * frame returns to the free list when its last reference is dropped. allocFrame, filePage and
 * swapIn give the handler one reference each; map and remap hand that reference to the page
 * table; releaseFrame drops one. With --check the kernel verifies the counts after every fault.
 */

/** What the access was. */
export type AccessKind = 'fetch' | 'load' | 'store';

/** PROT_* bits of an area or a mapping: read 1, write 2, execute 4 (as mmap's). */
export const PROT_READ_BIT = 1, PROT_WRITE_BIT = 2, PROT_EXEC_BIT = 4;

/**
 * The rights an area's pages may have: its own, with read where it has write (Sv32 has no
 * write-only page; Linux's riscv fault path reads them). The kernel's PTEs, its checker and the
 * rights a handler may map a page with all follow it.
 */
export function pageRights(prot: number): number {
  return prot & PROT_WRITE_BIT ? prot | PROT_READ_BIT : prot;
}

/** An area of the address space (a VMA), as the handler sees it. */
export interface AreaInfo {
  name: string;
  start: number;
  end: number;
  /** PROT_* bits the area allows. */
  prot: number;
  /**
   * The rights its pages may have and its accesses need: prot with read where it has write
   * (pageRights). A load from a PROT_WRITE area is allowed, as in Linux.
   */
  rights: number;
  /** A MAP_SHARED area: its pages are the file's (or the shared memory's) own frames. */
  shared: boolean;
  /**
   * How many bytes from the area's start come from a file (0: anonymous memory, zero-filled).
   * An mmap of a file maps the file over the whole area, whatever its size: all of it.
   */
  fileBytes: number;
  /**
   * How many bytes from the area's start the file holds now: its size past the area's offset,
   * from 0 to fileBytes (it changes as the file grows or is truncated). A page of the file part
   * at or past it lies wholly past the end of the file: an access to it gets SIGBUS, as in Linux
   * (the bytes past the end in the file's last page read as zeros).
   */
  fileEnd: number;
  /** "name [start-end rwx]", for messages. */
  label: string;
}

/** What the page table holds for a page. */
export type PteInfo =
  | { kind: 'none' }
  /** Swapped out: the page is in swap slot `slot`. */
  | { kind: 'swapped'; slot: number; raw: number }
  /**
   * Present in `frame`; `references` counts every mapping and cache holding the frame. In a
   * megapage (`megapage`), `raw` is the megapage's level-1 PTE and `frame` this page's frame in it.
   */
  | { kind: 'present'; frame: number; prot: number; references: number; raw: number; megapage: boolean };

/** One page fault. */
export interface Fault {
  pid: number;
  /** The faulting virtual address, and its page. */
  va: number;
  page: number;
  access: AccessKind;
  pc: number;
  /** The area containing va, if any. */
  area: AreaInfo | null;
  pte: PteInfo;
}

/**
 * The handler's answer: run the access again, deliver SIGSEGV (no access there) or SIGBUS (a page
 * past the end of its file) with a reason, or the process was killed. For the kernel's own access
 * to user memory (a system call's buffer), segv and sigbus make the call fail with EFAULT.
 */
export type FaultResult = { kind: 'retry' } | { kind: 'segv'; reason: string } | { kind: 'sigbus'; reason: string } | { kind: 'killed' };

/** The statistics a handler counts. minor/major/protection also count in the area holding the page. */
/** What a handler may count (FaultPrimitives.count). */
export const FAULT_COUNTS = ['minor', 'major', 'protection', 'invalid', 'cow', 'cowCopy', 'faultAround'] as const;
export type FaultCount = typeof FAULT_COUNTS[number];

/** A page from the page cache: its frame (a reference for the handler) and what it holds. */
export interface FilePage {
  frame: number;
  /** The cache had to read it from the disk. */
  major: boolean;
  /** Bytes of the page the area shows from the file (the rest of a private copy is zeros). */
  bytes: number;
  /** The area shows every file byte of the page (an ELF segment's last page may hold other sections past it). */
  wholePage: boolean;
}

/** A page back from swap: its frame (a reference for the handler). */
export interface SwappedIn {
  frame: number;
  /** Read from the disk (else another process had already brought it back). */
  major: boolean;
  /** The frame is shared copy-on-write with that other process: map it read-only. */
  shared: boolean;
}

/**
 * The kernel primitives a handler calls, for the faulting process. A primitive that reads the
 * disk makes the process wait: the kernel's clock runs on along its timeline, and when the fault
 * ends the process sleeps until the read completed while others run. A call the kernel refuses
 * (a page outside the area or user space, rights beyond the area's) stops the run with a
 * one-line error naming the handler.
 */
export interface FaultPrimitives {
  /** The area containing `va`, or null. */
  findArea(va: number): AreaInfo | null;
  /** Grow the stack area down to `va` if it is below it and within the limit (wherever sp is): the area, or why not. */
  growStack(va: number): AreaInfo | string;
  /** What the page table holds for `page`. */
  pte(page: number): PteInfo;
  /** A frame (may evict a page to make one), or -1 if none can be had. */
  allocFrame(): number;
  /** The kernel's shared zero frame (a reference for the handler): map it read-only, a store copies it. -1 if none can be had. */
  sharedZeroFrame(): number;
  /** Take one more reference to `frame` (keep it while allocating), or drop one. */
  holdFrame(frame: number): void;
  releaseFrame(frame: number): void;
  /** Zero `frame`, or copy `bytes` (default a page) of `from` into `to`: charged zeroPage / copyPage. */
  zeroFrame(frame: number): void;
  copyFrame(from: number, to: number, bytes?: number): void;
  /**
   * The page-cache frame holding the file data of `page` (reading it from disk if needed); null:
   * no frame. Refused for a page with no file data: outside the area's file part, or wholly past
   * the end of the file (fileEnd).
   */
  filePage(page: number): FilePage | null;
  /** Bring the swapped-out `page` back; null: no frame. */
  swapIn(page: number): SwappedIn | null;
  /** Write-protect every mapping of `frame` and take a reference to it: share it copy-on-write. */
  shareCopyOnWrite(frame: number): void;
  /**
   * Map `page` (not present) to `frame` with `prot` (within the area's), handing over a reference.
   * False if a page table could not be had: the process was killed and the reference dropped.
   */
  map(page: number, frame: number, prot: number): boolean;
  /** Point the present `page` at `frame` instead (handing over a reference; the old frame's mapping reference is dropped), with `prot`. */
  remap(page: number, frame: number, prot: number): void;
  /** Change the rights of the present `page` to `prot` (within the area's). */
  protect(page: number, prot: number): void;
  /** Remove the mapping of `page`. */
  unmap(page: number): void;
  /** Drop a stale TLB entry for `page`. */
  flush(page: number): void;
  /** Keep `page`'s frame resident until the process has retired an instruction (the access will restart). */
  markFresh(page: number): void;
  /** Count a fault statistic for `page`. */
  count(kind: FaultCount, page: number): void;
  /** The pages the replacement policy wants mapped around a fault on `page` (usually none). */
  faultAround(page: number, major: boolean): number[];
  /** Kill the process with SIGKILL: out of memory, no frame for `page`. */
  outOfMemory(page: number): FaultResult;
  /** Kill the process with SIGKILL and `reason`. */
  kill(reason: string): FaultResult;
  /** Handle this fault as the built-in handler does (fault.ts), as it is now: for a handler that changes only some cases. */
  builtIn(): FaultResult;
  /**
   * Megapages (4 MiB Sv32 level-1 leaves). megapageFree: whether nothing is mapped (present or
   * swapped out) in the 4 MiB at `va` (a multiple of 4 MiB).
   */
  megapageFree(va: number): boolean;
  /**
   * 1,024 contiguous frames starting at a multiple of 1,024 (a reference to each for the handler),
   * or -1: none free, and none could be made free by evicting pages. releaseFrame each to give them back.
   */
  allocMegapage(): number;
  /** Zero the 1,024 frames from `frame`: charged 1,024 zeroPage. */
  zeroMegapage(frame: number): void;
  /**
   * Map the 4 MiB at `va` to the 1,024 frames from `frame` with `prot`, handing over their
   * references. Refused unless va is a multiple of 4 MiB, the whole 4 MiB lies in one anonymous
   * private area allowing `prot`, in user space, with nothing mapped there. False if no frame
   * could be had for the page table kept to split it (the frames are released): map 4 KiB pages.
   */
  mapMegapage(va: number, frame: number, prot: number): boolean;
}

/** A page-fault handler: the built-in one or a plug-in's. */
export type FaultHandler = (fault: Fault, kernel: FaultPrimitives) => FaultResult;

export const RETRY: FaultResult = { kind: 'retry' };
export const KILLED: FaultResult = { kind: 'killed' };
