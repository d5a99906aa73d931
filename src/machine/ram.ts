/**
 * Physical RAM: one ArrayBuffer with little-endian typed-array views, in frames of
 * FRAME_SIZE bytes. It also holds the CPU's decoded-instruction cache (one byte per word, 0 =
 * not decoded), which every write through this class invalidates; the CPU's own stores
 * invalidate it inline. `watcher`, if set, hears of every write through this class (the compiling
 * engine drops the code it translated from those bytes).
 */
export const FRAME_SHIFT = 12;
export const FRAME_SIZE = 1 << FRAME_SHIFT;

/** What hears of the writes through Ram (Ram.watcher). */
export interface RamWatcher {
  /** `length` bytes from physical address `pa` were written. */
  written(pa: number, length: number): void;
}

export class Ram {
  readonly bytes: Uint8Array;
  readonly i8: Int8Array;
  readonly u16: Uint16Array;
  readonly i16: Int16Array;
  readonly i32: Int32Array;
  readonly decoded: Uint8Array;
  readonly frames: number;
  /**
   * Told of every write through this class, after it. An object of a class, not a closure: one
   * call target for every machine, which V8 inlines (a closure per machine was a new target each).
   */
  watcher: RamWatcher | null = null;

  constructor(readonly size: number) {
    if (size % FRAME_SIZE !== 0 || size <= 0) throw new RangeError(`RAM size must be a positive multiple of ${FRAME_SIZE}`);
    const buffer = new ArrayBuffer(size);
    this.bytes = new Uint8Array(buffer);
    this.i8 = new Int8Array(buffer);
    this.u16 = new Uint16Array(buffer);
    this.i16 = new Int16Array(buffer);
    this.i32 = new Int32Array(buffer);
    this.decoded = new Uint8Array(size >>> 2);
    this.frames = size >>> FRAME_SHIFT;
  }

  /** The 32-bit word at physical address `pa` (4-byte aligned). */
  read32(pa: number): number {
    return this.i32[pa >>> 2];
  }

  write32(pa: number, value: number): void {
    this.i32[pa >>> 2] = value;
    this.decoded[pa >>> 2] = 0;
    if (this.watcher !== null) this.watcher.written(pa, 4);
  }

  /** Copy `data` to physical address `pa`. */
  writeBytes(pa: number, data: Uint8Array): void {
    this.bytes.set(data, pa);
    this.decoded.fill(0, pa >>> 2, (pa + data.length + 3) >>> 2);
    if (this.watcher !== null) this.watcher.written(pa, data.length);
  }

  /** Fill `length` bytes at `pa` with zero. */
  zero(pa: number, length: number): void {
    this.bytes.fill(0, pa, pa + length);
    this.decoded.fill(0, pa >>> 2, (pa + length + 3) >>> 2);
    if (this.watcher !== null) this.watcher.written(pa, length);
  }
}
