import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../src/machine/events.js';

describe('the event queue', () => {
  it('runs events in time order, and equal times in the order they were scheduled', () => {
    const q = new EventQueue();
    const log: string[] = [];
    q.schedule(30, () => log.push('c'));
    q.schedule(10, () => log.push('a'));
    q.schedule(30, () => log.push('d'));
    q.schedule(20, () => log.push('b'));
    expect(q.next).toBe(10);
    q.runUntil(25);
    expect(log).toEqual(['a', 'b']);
    q.runUntil(100);
    expect(log).toEqual(['a', 'b', 'c', 'd']);
    expect([q.pending, q.next]).toEqual([0, Infinity]);
  });

  it('cancels a pending event by its handle, the first one too, and ignores one that has run', () => {
    const q = new EventQueue();
    const log: string[] = [];
    const first = q.schedule(10, () => log.push('a'));
    const second = q.schedule(10, () => log.push('b'));
    const third = q.schedule(20, () => log.push('c'));
    q.schedule(20, () => log.push('d'));
    expect(first).toBe(0);
    q.cancel(first);
    q.cancel(third);
    expect([q.pending, q.next]).toEqual([2, 10]);
    q.runUntil(10);
    q.cancel(second); // has run: nothing to forget
    expect([q.pending, q.next]).toEqual([1, 20]);
    q.runUntil(20);
    expect(log).toEqual(['b', 'd']);
  });
});
