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
});
