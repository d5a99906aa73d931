/**
 * The futexes processes wait on (futex.ts): a queue of waiters per futex key, and a number for
 * each shared object a key names. Kept apart from futex.ts so that the kernel's services can
 * hold one without importing the system call.
 */
import type { FutexWait } from './proc.js';
import type { Inode } from './fs.js';

/** The futexes processes wait on, by key (futexKey), each with its waiters in the order they came. */
export class FutexTable {
  private readonly queues = new Map<string, FutexWait[]>();
  private readonly objects = new WeakMap<Inode, number>();
  private nextObject = 1;

  /** A number for the shared object `inode` (its key's first part). */
  objectNumber(inode: Inode): number {
    let n = this.objects.get(inode);
    if (n === undefined) this.objects.set(inode, (n = this.nextObject++));
    return n;
  }

  enqueue(w: FutexWait): void {
    const queue = this.queues.get(w.key);
    if (queue) queue.push(w);
    else this.queues.set(w.key, [w]);
  }

  remove(w: FutexWait): void {
    const queue = this.queues.get(w.key);
    if (!queue) return;
    const i = queue.indexOf(w);
    if (i >= 0) queue.splice(i, 1);
    if (queue.length === 0) this.queues.delete(w.key);
  }

  /**
   * The waiters on `key` still waiting, in order: a process that has ended, or whose wait a
   * signal ended, leaves its queue here.
   */
  waiting(key: string): FutexWait[] {
    const queue = (this.queues.get(key) ?? []).filter((w) => !w.p.exited && w.p.sleep?.futex === w);
    if (queue.length === 0) this.queues.delete(key);
    else this.queues.set(key, queue);
    return queue;
  }
}
