/** The run's random bytes (getrandom, sysinfo.ts): xorshift32 from the machine's seed. */
export class Entropy {
  private state: number;

  constructor(seed: number) {
    // Mixed with a constant of its own, so that it is not the stream of the seed's other uses.
    this.state = ((seed ^ 0x9e3779b9) >>> 0) || 1;
  }

  /** The next `length` bytes. */
  next(length: number): Uint8Array {
    const bytes = new Uint8Array(length);
    let x = this.state;
    for (let i = 0; i < length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      bytes[i] = x & 255;
    }
    this.state = x >>> 0;
    return bytes;
  }
}
