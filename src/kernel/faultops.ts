/**
 * The kernel primitives of the page-fault contract (faultapi.ts), for one faulting process at a
 * time: each a few lines over the kernel's memory (frames, page tables, page cache, swap). The
 * kernel checks a handler's requests here: a page outside the area or user space, or rights
 * beyond the area's, stops the run with a PluginError naming the handler.
 */
import type { Machine } from '../machine/machine.js';
import { FLAG_A, FLAG_D, FLAG_R, FLAG_V, FLAG_W, FLAG_X } from '../machine/tlb.js';
import type { KernelClock } from './clock.js';
import type { Process } from './proc.js';
import type { Memory } from './vm/memory.js';
import { MEGAPAGE_SIZE, PAGES_PER_MEGAPAGE, PAGE_SIZE, lookup, peek, uvmunmap } from './vm/pagetable.js';
import { PROT_EXEC, PROT_READ, PROT_WRITE, describeVma, findVma, hex32, overlapsAny, pteFlags, type Vma } from './vm/vma.js';
import { isSwapEntry, swapSlotOf } from './vm/swap.js';
import { STACK_TOP, USER_TOP } from './exec.js';
import { PluginError } from './policies/plugin.js';
import type { AccessKind, AreaInfo, Fault, FaultCount, FaultPrimitives, FaultResult, FilePage, PteInfo, SwappedIn } from './faultapi.js';
import { FAULT_COUNTS, KILLED, pageRights } from './faultapi.js';
import { handlePageFault } from './fault.js';
import { mayExpand, stackLimit } from './rlimits.js';

/**
 * How far below the stack's limit a fault still counts as an overflow (the rest: no mapping).
 * Only the message: any fault above the limit grows the stack, wherever sp is, as on RISC-V Linux
 * (which has no "access below sp" check; x86 dropped its 64 KiB + 32 words one in Linux 4.20).
 */
const OVERFLOW_SLACK = 65536 + 32 * 4;

/**
 * The area as a handler sees it. `label` is made only when read (a message); as JSON (what a
 * plug-in gets) it is a plain object with the label. A class, not a literal with a getter: one
 * object shape for every fault, and no closure made per fault.
 *
 * The latest one made is kept (`kept.latest`). V8 keeps an object's shape only while some object
 * has it, and an AreaView lives for one fault: after a collection between two machines' runs the
 * shape was made anew at the next fault, and the fault path's optimized code that had seen the
 * old one (pageFault, the handler, fault.ts's helpers) was thrown away and compiled again, for
 * every machine (src/machine/unpinned.ts says more). It holds no reference to its area, so
 * keeping it keeps no process.
 */
class AreaView implements AreaInfo {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly prot: number;
  readonly rights: number;
  readonly shared: boolean;
  readonly fileBytes: number;
  readonly fileEnd: number;

  constructor(vma: Vma) {
    this.name = vma.name;
    this.start = vma.start;
    this.end = vma.end;
    this.prot = vma.prot;
    this.rights = pageRights(vma.prot);
    this.shared = vma.file?.shared ?? false;
    this.fileBytes = vma.file?.size ?? 0;
    this.fileEnd = vma.file ? Math.max(0, Math.min(this.fileBytes, vma.file.inode.size - vma.file.offset)) : 0;
    kept.latest = this;
  }

  get label(): string {
    return describeVma(this);
  }

  toJSON(): AreaInfo {
    return { name: this.name, start: this.start, end: this.end, prot: this.prot, rights: this.rights, shared: this.shared, fileBytes: this.fileBytes,
      fileEnd: this.fileEnd, label: this.label };
  }
}

/** The AreaView made last, kept for its shape (see AreaView). */
const kept: { latest: AreaView | null } = { latest: null };

/** The PROT_* rights of a PTE's permission bits. */
function pteProt(pte: number): number {
  return (pte & FLAG_R ? PROT_READ : 0) | (pte & FLAG_W ? PROT_WRITE : 0) | (pte & FLAG_X ? PROT_EXEC : 0);
}

export class KernelFaultPrimitives implements FaultPrimitives {
  /** The faulting process, set by fault() before each call of the handler. */
  p!: Process;
  /** What the handler has counted for the current fault, in order (the kernel empties it before each). */
  readonly counted: FaultCount[] = [];
  /** The fault being handled: its address, access and pc. */
  private current = { va: 0, access: 'load' as AccessKind, pc: 0 };
  /** The frame allocFrame last gave, while it is still all zeros (-1: none); the same for allocMegapage. */
  private zeroed = -1;
  private zeroedMegapage = -1;
  /**
   * Per frame, the references the handler holds (from allocFrame, sharedZeroFrame, holdFrame,
   * filePage, swapIn, shareCopyOnWrite) and has not handed over (map, remap) or dropped
   * (releaseFrame). A handler may only hand over or drop a frame it holds, and write only into
   * one whose every reference it holds: so a plug-in cannot free a frame others use, map one
   * without a reference, or change data others see.
   */
  private readonly held: Uint32Array;

  constructor(
    private readonly machine: Machine,
    private readonly memory: Memory,
    private readonly clock: KernelClock,
    /** Kill `p` with SIGKILL and `reason`. */
    private readonly killProcess: (p: Process, reason: string) => void,
    /** Who the handler is, for the message when it asks for something the kernel refuses. */
    readonly handlerName: string,
  ) {
    this.held = new Uint32Array(machine.ram.frames);
  }

  /** The fault of `p` at `va` for `access` at `pc`, as the handler receives it; the primitives then act for `p`. */
  fault(p: Process, va: number, access: AccessKind, pc: number): Fault {
    this.p = p;
    this.current = { va, access, pc };
    // A frame allocated in an earlier fault may have been written since (mapped, the guest ran).
    this.zeroed = this.zeroedMegapage = -1;
    const page = va - (va % PAGE_SIZE), vma = findVma(p.vmas, va);
    return { pid: p.pid, va, page, access, pc, area: vma ? new AreaView(vma) : null, pte: va < USER_TOP ? this.pte(page) : { kind: 'none' } };
  }

  builtIn(): FaultResult {
    const { va, access, pc } = this.current;
    return handlePageFault(this.fault(this.p, va, access, pc), this);
  }

  findArea(va: number): AreaInfo | null {
    const v = findVma(this.p.vmas, va >>> 0);
    return v ? new AreaView(v) : null;
  }

  growStack(va: number): AreaInfo | string {
    const p = this.p, addr = va >>> 0;
    const stack = p.vmas.find((v) => v.name === '[stack]');
    const limit = stackLimit(p), floor = STACK_TOP - limit;
    if (!stack || addr >= stack.start || addr < floor - OVERFLOW_SLACK) return 'no mapping';
    // Another area between the address and the stack: the area above the address is not the stack.
    const page = addr - (addr % PAGE_SIZE);
    if (overlapsAny(p.vmas, page, stack.start)) return 'no mapping (the stack would run into another area)';
    // As Linux's acct_stack_growth: the stack's size down to the new page's start.
    if (STACK_TOP - page > limit) return `stack overflow: the stack would grow past its limit of ${sizeText(limit)}`;
    if (!mayExpand(p, false, (stack.start - page) / PAGE_SIZE)) return 'stack overflow: the address space would grow past its limit (RLIMIT_AS)';
    stack.start = page;
    return new AreaView(stack);
  }

  pte(page: number): PteInfo {
    const { pte: raw, frame, mega } = peek(this.memory.pageTables, this.p.root, this.userPage(page));
    if (raw & FLAG_V) return { kind: 'present', frame, prot: pteProt(raw), references: this.memory.frames.refcount[frame], raw, megapage: mega };
    if (isSwapEntry(raw)) return { kind: 'swapped', slot: swapSlotOf(raw), raw };
    return { kind: 'none' };
  }

  allocFrame(): number {
    this.zeroed = this.memory.allocFrame();
    if (this.zeroed >= 0) this.held[this.zeroed]++;
    return this.zeroed;
  }

  sharedZeroFrame(): number {
    const frame = this.memory.sharedZeroFrame();
    if (frame >= 0) this.held[frame]++;
    return frame;
  }

  holdFrame(frame: number): void {
    if (!this.memory.holdsUserData(this.usedFrame(frame))) this.refuse(`holdFrame of frame ${frame}, which holds no user page (a page table?)`);
    this.memory.frames.refcount[frame]++;
    this.held[frame]++;
  }

  releaseFrame(frame: number): void {
    this.memory.dropFrameReference(this.handOver(frame, 'releaseFrame'));
  }

  zeroFrame(frame: number): void {
    this.ownFrame(frame, 'zeroFrame');
    // allocFrame's frames come zeroed: the host work is done again only for another frame.
    if (frame !== this.zeroed) this.machine.ram.zero(frame * PAGE_SIZE, PAGE_SIZE);
    this.zeroed = -1;
    this.clock.charge('zeroPage');
  }

  copyFrame(from: number, to: number, count?: number | null): void {
    if (to === this.zeroed) this.zeroed = -1;
    // A plug-in's undefined arrives from the sandbox as null: both mean the whole page.
    const bytes = count ?? PAGE_SIZE;
    const ram = this.machine.ram, at = this.usedFrame(from) * PAGE_SIZE;
    if (!(Number.isInteger(bytes) && bytes >= 0 && bytes <= PAGE_SIZE)) this.refuse(`copyFrame of ${String(bytes).slice(0, 40)} bytes`);
    ram.writeBytes(this.ownFrame(to, 'copyFrame') * PAGE_SIZE, ram.bytes.subarray(at, at + bytes));
    this.clock.charge('copyPage');
  }

  filePage(page: number): FilePage | null {
    const v = this.areaOf(page);
    const file = v.file;
    if (!file || file.size <= page - v.start) this.refuse(`filePage of ${hex32(page)}, which has no file data`);
    const index = (file.offset + (page - v.start)) / PAGE_SIZE;
    if (index * PAGE_SIZE >= file.inode.size) this.refuse(`filePage of ${hex32(page)}, which is past the end of the file (fileEnd)`);
    const cache = this.memory.pageCache;
    const major = cache.needsRead(file.inode, index);
    const cached = cache.page(file.inode, index);
    if (!cached) return null;
    this.memory.frames.refcount[cached.frame]++; // the handler's reference
    this.held[cached.frame]++;
    const bytes = Math.min(PAGE_SIZE, file.size - (page - v.start));
    const fileBytes = Math.max(0, Math.min(PAGE_SIZE, file.inode.size - index * PAGE_SIZE));
    return { frame: cached.frame, major, bytes, wholePage: bytes >= fileBytes };
  }

  swapIn(page: number): SwappedIn | null {
    const entry = this.pte(page);
    if (entry.kind !== 'swapped') this.refuse(`swapIn of ${hex32(page)}, which is not swapped out`);
    const reclaimer = this.memory.reclaimer;
    const shared = reclaimer.cleanFrameOf(entry.slot);
    if (shared !== undefined) {
      // Another process that shares the slot (they forked) has brought it back and not written it.
      // This PTE keeps its slot reference until map() replaces it.
      this.shareCopyOnWrite(shared);
      return { frame: shared, major: false, shared: true };
    }
    const frame = this.memory.allocFrame(false); // the slot's page overwrites all of it: no zeroing first
    if (frame < 0) return null;
    this.memory.swapTransfer(entry.slot, false);
    this.machine.ram.writeBytes(frame * PAGE_SIZE, reclaimer.swap.load(entry.slot));
    reclaimer.cache(frame, entry.slot); // the slot keeps its copy while the page stays clean
    this.held[frame]++;
    return { frame, major: true, shared: false };
  }

  shareCopyOnWrite(frame: number): void {
    const { pageTables, reclaimer } = this.memory;
    for (const m of reclaimer.rmap.mappings(this.usedFrame(frame))) {
      const { pte, address } = lookup(pageTables, m.root, m.va);
      if (pte & FLAG_W) {
        this.machine.ram.write32(address, pte & ~FLAG_W);
        this.machine.mmu.flushPage(m.va);
      }
    }
    this.memory.frames.refcount[frame]++;
    this.held[frame]++;
  }

  map(page: number, frame: number, prot: number): boolean {
    const before = this.pte(page);
    if (before.kind === 'present') this.refuse(`map of ${hex32(page)}, which is already present`);
    this.checkRights(page, prot);
    this.handOver(frame, 'map');
    if (this.memory.mapUser(this.p.root, page, frame, pteFlags(prot, true))) {
      // The swap entry's slot reference: the swap cache's now if this is the frame swapIn brought
      // back for it, mapped once; else dropped with the entry.
      const reclaimer = this.memory.reclaimer;
      if (before.kind === 'swapped' && !(reclaimer.cachedSlot(frame) === before.slot && reclaimer.rmap.count(frame) === 1)) {
        reclaimer.swap.release(before.slot);
      }
      return true;
    }
    this.memory.dropFrameReference(frame); // the swap entry stays, with its slot reference
    this.killProcess(this.p, 'out of memory: no free frame for a page table');
    return false;
  }

  remap(page: number, frame: number, prot: number): void {
    const { pte, address } = this.present(page);
    this.checkRights(page, prot);
    this.handOver(frame, 'remap');
    const old = pte >>> 10, root = this.p.root;
    this.memory.forgetMapping(root, page, pte);
    this.memory.frames.kfree(old);
    this.machine.ram.write32(address, (frame << 10) | (pte & 0x3ff & ~(FLAG_A | FLAG_D | FLAG_R | FLAG_W | FLAG_X)) | pteFlags(prot, true));
    this.memory.reclaimer.rmap.add(frame, root, page, this.memory.nextTick());
    this.machine.mmu.flushPage(page);
  }

  protect(page: number, prot: number): void {
    const { pte, address } = this.present(page);
    this.checkRights(page, prot);
    this.machine.ram.write32(address, (pte & ~(FLAG_R | FLAG_W | FLAG_X)) | pteFlags(prot, true));
    this.machine.mmu.flushPage(page);
  }

  unmap(page: number): void {
    uvmunmap(this.memory.pageTables, this.p.root, this.userPage(page), page + PAGE_SIZE);
  }

  flush(page: number): void {
    this.machine.mmu.flushPage(this.userPage(page));
  }

  markFresh(page: number): void {
    this.areaOf(page);
    this.memory.keepFresh(this.p, page);
  }

  count(kind: FaultCount, page: number): void {
    if (!FAULT_COUNTS.includes(kind)) this.refuse(`count of '${String(kind).replace(/[^\x20-\x7e]/g, '?').slice(0, 40)}' (known: ${FAULT_COUNTS.join(', ')})`);
    const p = this.p;
    this.counted.push(kind);
    switch (kind) {
      case 'cowCopy': p.cowCopies++; return;
      case 'faultAround': p.faultAround++; return;
      case 'invalid': case 'cow': p.faults[kind]++; return;
      default: {
        p.faults[kind]++;
        const v = findVma(p.vmas, page >>> 0);
        if (v) v.faults[kind]++;
      }
    }
  }

  faultAround(page: number, major: boolean): number[] {
    const v = this.areaOf(page);
    if (typeof major !== 'boolean') this.refuse(`faultAround with major ${typeof major === 'string' ? 'a string' : String(major).slice(0, 40)}, not a boolean`);
    const policy = this.memory.reclaimer.policy;
    if (!policy.faultAround) return [];
    return policy.faultAround.call(policy, { va: page, major, vma: { name: v.name, start: v.start, end: v.end } });
  }

  outOfMemory(page: number): FaultResult {
    const swap = this.memory.reclaimer.swap;
    const why = swap.used >= swap.slots ? 'RAM and swap are full'
      : `RAM is full of page tables${this.memory.reclaimer.unevictableCount > 0 ? ', locked pages (mlock)' : ''} and pages just faulted in, none of which can be evicted`;
    const v = findVma(this.p.vmas, page >>> 0);
    return this.kill(`out of memory: ${why} (no frame for ${hex32(page)}${v ? ` in ${describeVma(v)}` : ''})`);
  }

  kill(reason: string): FaultResult {
    this.killProcess(this.p, String(reason));
    return KILLED;
  }

  megapageFree(va: number): boolean {
    return this.memory.megapageFree(this.p.root, this.megapageAddress(va));
  }

  allocMegapage(): number {
    this.zeroedMegapage = this.memory.allocMegapage();
    return this.zeroedMegapage;
  }

  zeroMegapage(frame: number): void {
    // allocMegapage's frames come zeroed: the host work is done again only for other frames.
    if (frame !== this.zeroedMegapage) this.machine.ram.zero(this.megapageFrames(frame) * PAGE_SIZE, MEGAPAGE_SIZE);
    this.zeroedMegapage = -1;
    this.clock.charge('zeroPage', PAGES_PER_MEGAPAGE);
  }

  mapMegapage(va: number, frame: number, prot: number): boolean {
    const at = this.megapageAddress(va), v = this.areaOf(at);
    if (v.end < at + MEGAPAGE_SIZE || v.file?.shared || (v.file?.size ?? 0) > at - v.start) this.refuse(`a megapage at ${hex32(at)}: the 4 MiB are not all in one anonymous private area (${describeVma(v)})`);
    this.checkRights(at, prot);
    if (!this.memory.megapageFree(this.p.root, at)) this.refuse(`a megapage at ${hex32(at)}, where pages are mapped`);
    const first = this.megapageFrames(frame);
    if (frame === this.zeroedMegapage) this.zeroedMegapage = -1;
    if (this.memory.mapMegapage(this.p.root, at, first, pteFlags(prot, true))) return true;
    for (let f = first; f < first + PAGES_PER_MEGAPAGE; f++) this.memory.frames.kfree(f);
    return false;
  }

  /** `va` if it is a user address at a multiple of 4 MiB; refused otherwise. */
  private megapageAddress(va: number): number {
    if (this.userPage(va) % MEGAPAGE_SIZE !== 0) this.refuse(`${hex32(va)} as a megapage address (not a multiple of 4 MiB)`);
    return va;
  }

  /** `frame` if it starts 1,024 frames in use at a multiple of 1,024; refused otherwise. */
  private megapageFrames(frame: number): number {
    if (!Number.isInteger(frame) || frame % PAGES_PER_MEGAPAGE !== 0) this.refuse(`${String(frame)} as a megapage's first frame (not a multiple of 1,024)`);
    for (let f = frame; f < frame + PAGES_PER_MEGAPAGE; f++) this.usedFrame(f);
    return frame;
  }

  /** The area holding `page`; refused if there is none. */
  private areaOf(page: number): Vma {
    const v = findVma(this.p.vmas, this.userPage(page));
    if (!v) this.refuse(`a request for ${hex32(page)}, which no area holds`);
    return v;
  }

  /** `page` if it is a page-aligned user address; refused otherwise. */
  private userPage(page: number): number {
    if (!Number.isInteger(page) || page < 0 || page >= USER_TOP || page % PAGE_SIZE !== 0) this.refuse(`${String(page)} is not a user page address`);
    return page;
  }

  /** `frame` if it is a frame in use; refused otherwise. */
  private usedFrame(frame: number): number {
    if (!Number.isInteger(frame) || frame < 0 || frame >= this.machine.ram.frames || this.memory.frames.refcount[frame] === 0) {
      this.refuse(`${String(frame)} is not a frame in use`);
    }
    return frame;
  }

  /** `frame` if the handler holds a reference to it (see `held`); refused otherwise. */
  private heldFrame(frame: number, what: string): number {
    if (this.held[this.usedFrame(frame)] === 0) this.refuse(`${what} of frame ${frame}, to which the handler holds no reference`);
    return frame;
  }

  /**
   * `frame`, to be written: every reference to it must be the handler's (a frame it allocated).
   * One others also hold (the page cache's, another process's, the shared zero frame) is refused:
   * writing it would change their data.
   */
  private ownFrame(frame: number, what: string): number {
    this.heldFrame(frame, what);
    if (this.memory.frames.refcount[frame] > this.held[frame]) this.refuse(`${what} of frame ${frame}, which others hold too`);
    return frame;
  }

  /**
   * `frame`, one of whose references the handler hands over or drops now; refused if it holds
   * none. Once handed over it is no longer known to be all zeros: mapped, it may be written;
   * released, it may come back from swapIn or filePage full.
   */
  private handOver(frame: number, what: string): number {
    this.held[this.heldFrame(frame, what)]--;
    if (frame === this.zeroed) this.zeroed = -1;
    if (frame === this.zeroedMegapage) this.zeroedMegapage = -1;
    return frame;
  }

  /** `prot` may be given to `page`: within its area's rights (read included where it has write: pageRights). */
  private checkRights(page: number, prot: number): void {
    const v = this.areaOf(page);
    if (!Number.isInteger(prot) || (prot & ~pageRights(v.prot)) !== 0 || (prot & (PROT_READ | PROT_WRITE | PROT_EXEC)) === 0) {
      this.refuse(`rights ${String(prot)} for ${hex32(page)} in ${describeVma(v)}`);
    }
  }

  /** The PTE of the present `page`; refused if it is not present. */
  private present(page: number): { pte: number; address: number } {
    const entry = lookup(this.memory.pageTables, this.p.root, this.userPage(page));
    if ((entry.pte & FLAG_V) === 0) this.refuse(`${hex32(page)} is not present`);
    return entry;
  }

  private refuse(what: string): never {
    throw new PluginError(`fault handler ${this.handlerName}: the kernel refused ${what}`);
  }
}

/** "8 MiB", "64 KiB": a size for messages. */
function sizeText(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : `${bytes / 1024} KiB`;
}
