/**
 * Progress of a sweep on stderr: on a terminal, one line redrawn in place (a bar, points done,
 * running, time left); otherwise a plain line per point as it ends.
 */
import { describePoint, type Point } from './points.js';
import type { PointResult } from './run-point.js';

export class Progress {
  private done = 0;
  private running = 0;
  private readonly started = Date.now();

  /**
   * `total` points in this run, of which `skipped` were already done; `out` is stderr (or a
   * stand-in), drawn as a bar when `tty`.
   */
  constructor(private readonly total: number, private readonly skipped: number, private readonly out: NodeJS.WritableStream,
    private readonly tty: boolean, private readonly name: string) {
    if (skipped > 0) this.out.write(`vmlab: sweep ${name}: ${skipped} of ${total} points already done\n`);
  }

  /** A point starts. */
  start(): void {
    this.running++;
    this.draw();
  }

  /** A point ended with `result`. */
  end(point: Point, result: PointResult): void {
    this.running--;
    this.done++;
    if (this.tty) {
      if (result.status === 'failed') this.out.write(`\r\x1b[K${this.pointLine(point, result)}\n`);
      this.draw();
    } else {
      this.out.write(`${this.pointLine(point, result)}\n`);
    }
  }

  /** The run is over: leave the terminal line clean. */
  finish(): void {
    if (this.tty) this.out.write('\r\x1b[K');
  }

  private pointLine(point: Point, result: PointResult): string {
    const at = describePoint(point);
    const status = result.status === 'ok' ? 'ok' : `failed: ${result.reason}`;
    return `vmlab: sweep ${this.name}: ${this.skipped + this.done}/${this.total} [${point.index}] ${at}${at ? ': ' : ''}${status}`;
  }

  private draw(): void {
    if (!this.tty) return;
    const finished = this.skipped + this.done;
    const width = 30;
    const filled = Math.round((width * finished) / Math.max(1, this.total));
    const elapsed = (Date.now() - this.started) / 1000;
    const left = this.done > 0 ? (elapsed / this.done) * (this.total - finished) : null;
    const eta = left === null ? '' : `, ${clock(left)} left`;
    this.out.write(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${finished}/${this.total} done, ${this.running} running${eta}`);
  }
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
