/** Page-replacement policies on reference strings: the textbook numbers, Belady's anomaly. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { makePolicy, type PolicyName } from '../../src/kernel/policies/policy.js';
import { replay } from '../../src/kernel/policies/replay.js';
import { vmlab } from '../cli/vmlab.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BELADY = [1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5];
const TEXTBOOK = [7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2, 1, 2, 0, 1, 7, 0, 1];
const misses = (refs: number[], frames: number, name: PolicyName, seed = 1): number =>
  replay(refs, frames, makePolicy(name, refs, seed)).misses;

describe('replacement policies', () => {
  it("show Belady's anomaly under FIFO: 9 faults with 3 frames, 10 with 4", () => {
    expect([misses(BELADY, 3, 'fifo'), misses(BELADY, 4, 'fifo')]).toEqual([9, 10]);
  });

  it('give the textbook counts on 7,0,1,2,0,3,0,4,2,3,0,3,2,1,2,0,1,7,0,1 with 3 frames', () => {
    expect([misses(TEXTBOOK, 3, 'fifo'), misses(TEXTBOOK, 3, 'lru'), misses(TEXTBOOK, 3, 'opt')]).toEqual([15, 12, 9]);
  });

  it('never beat OPT, and LRU and OPT never get worse with more frames (stack algorithms)', () => {
    for (let frames = 1; frames <= 6; frames++) {
      for (const name of ['fifo', 'lru', 'clock', 'random'] as const) {
        expect(misses(TEXTBOOK, frames, name)).toBeGreaterThanOrEqual(misses(TEXTBOOK, frames, 'opt'));
      }
      if (frames > 1) {
        expect(misses(TEXTBOOK, frames, 'lru')).toBeLessThanOrEqual(misses(TEXTBOOK, frames - 1, 'lru'));
        expect(misses(TEXTBOOK, frames, 'opt')).toBeLessThanOrEqual(misses(TEXTBOOK, frames - 1, 'opt'));
      }
    }
  });

  it("OPT evicts as OSTEP's Figure 22.1 and paging-policy.py do: of pages never used again, the one loaded last", () => {
    // Figure 22.1: at the 10th reference (2) the frames hold 0, 1 and 3, none used again but 1; it evicts 3.
    const figure = replay([0, 1, 2, 0, 1, 3, 0, 3, 1, 2, 1], 3, makePolicy('opt', [0, 1, 2, 0, 1, 3, 0, 3, 1, 2, 1], 1));
    expect(figure.steps.map((s) => s.evicted)).toEqual([null, null, null, null, null, 2, null, null, null, 3, null]);
    // paging-policy.py's OPT: memory in load order; the last page with the farthest next use.
    const ostep = (refs: number[], frames: number): (number | null)[] => {
      const memory: number[] = [];
      return refs.map((page, i) => {
        if (memory.includes(page)) return null;
        let victim: number | null = null;
        if (memory.length === frames) {
          let farthest = -1, at = -1;
          memory.forEach((m, j) => {
            const found = refs.indexOf(m, i + 1);
            const when = found < 0 ? refs.length : found;
            if (when >= farthest) [farthest, at] = [when, j];
          });
          victim = memory.splice(at, 1)[0];
        }
        memory.push(page);
        return victim;
      });
    };
    let state = 777;
    const rand = (n: number): number => {
      state = (state * 1103515245 + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    for (let trial = 0; trial < 60; trial++) {
      const refs = Array.from({ length: 5 + rand(40) }, () => rand(2 + rand(9)));
      const frames = 1 + rand(5);
      expect(replay(refs, frames, makePolicy('opt', refs, 1)).steps.map((s) => s.evicted)).toEqual(ostep(refs, frames));
    }
  });

  it('clock gives a second chance: a page referenced since the hand passed survives', () => {
    // 1,2,3 fill the frames (all referenced); 4 clears every bit and evicts 1; 2 is referenced
    // again; 5 then passes over 2 and evicts 3.
    const r = replay([1, 2, 3, 4, 2, 5], 3, makePolicy('clock', [], 1));
    expect(r.steps.map((s) => s.evicted)).toEqual([null, null, null, 1, null, 3]);
  });

  it('random is reproducible from its seed', () => {
    const evicted = (seed: number): (number | null)[] => replay(TEXTBOOK, 3, makePolicy('random', [], seed)).steps.map((s) => s.evicted);
    expect(evicted(5)).toEqual(evicted(5));
    expect(evicted(5)).not.toEqual(evicted(6));
  });

  it('chooses the same victims in the event form as in the teaching form, step by step', () => {
    // Random strings (a seeded generator) over few pages and over many, each policy with the
    // event form (replay's fast path) against the same policy given only chooseVictim.
    let state = 12345;
    const rand = (n: number): number => {
      state = (state * 1103515245 + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    for (const pages of [5, 40, 300]) {
      const refs = Array.from({ length: 3000 }, () => (rand(4) === 0 ? rand(3) : rand(pages)));
      for (const name of ['fifo', 'lru', 'clock', 'random', 'opt'] as const) {
        for (const frames of [1, 2, 3, 7, 16, 64]) {
          const policy = makePolicy(name, refs, 9);
          expect(policy.pickVictim).toBeDefined();
          const teaching = makePolicy(name, refs, 9);
          const events = replay(refs, frames, policy);
          const chosen = replay(refs, frames, { name: teaching.name, chooseVictim: teaching.chooseVictim });
          expect(events.steps).toEqual(chosen.steps);
        }
      }
    }
  });

  it('gives each step to a function as it is taken, or keeps none, with the same counts', () => {
    const refs = Array.from({ length: 1000 }, (_, i) => ((i * 7919) % 97) + (i % 13));
    for (const name of ['fifo', 'lru', 'clock', 'random', 'opt'] as const) {
      for (const frames of [1, 3, 10, 50, 200]) {
        const kept = replay(refs, frames, makePolicy(name, refs, 3));
        const given: unknown[] = [];
        const streamed = replay(refs, frames, makePolicy(name, refs, 3), (step, i) => given.push([i, step]));
        const none = replay(refs, frames, makePolicy(name, refs, 3), false);
        expect(given).toEqual(kept.steps.map((step, i) => [i, step]));
        expect([streamed.hits, streamed.steps, none.hits, none.steps]).toEqual([kept.hits, [], kept.hits, []]);
      }
    }
  });

  it('records every step', () => {
    const r = replay([1, 2, 1, 3], 2, makePolicy('lru', [], 1));
    expect(r.steps).toEqual([
      { page: 1, hit: false, evicted: null, frames: [1, null] },
      { page: 2, hit: false, evicted: null, frames: [1, 2] },
      { page: 1, hit: true, evicted: null, frames: [1, 2] },
      { page: 3, hit: false, evicted: 2, frames: [1, 3] },
    ]);
  });
});

describe('vmlab replay', () => {
  it('prints hits, misses and hit rate per policy', () => {
    expect(vmlab('replay', '--refs', BELADY.join(','), '--frames', '3', '--policy', 'fifo,lru,opt')).toEqual({
      stdout: '12 references to 5 distinct pages, 3 frames\n\npolicy       hits   misses   hit rate\n' +
        'fifo           3        9     25.00%\nlru            2       10     16.67%\nopt            5        7     41.67%\n',
      stderr: '', status: 0,
    });
  });

  it('prints each step with --verbose', () => {
    const r = vmlab('replay', '--refs', '1,2,1,3', '--frames', '2', '--policy', 'lru', '--verbose');
    expect(r.stdout).toContain('\nlru:\n  step  page  result             frames\n     1     1  miss               [1 -]\n');
    expect(r.stdout).toContain('     4     3  miss, evicts 2     [1 3]\n');
  });

  it('widens --verbose columns to the longest page number', () => {
    const r = vmlab('replay', '--refs', '1000000,2,3', '--frames', '2', '--policy', 'fifo', '--verbose');
    expect(r.stdout.slice(r.stdout.indexOf('fifo:'))).toBe('fifo:\n' +
      '  step     page  result                frames\n' +
      '     1  1000000  miss                  [1000000 -]\n' +
      '     2        2  miss                  [1000000 2]\n' +
      '     3        3  miss, evicts 1000000  [3 2]\n');
  });

  it('reads a reference string from a file: one page a line, hex or decimal, # comments', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vmlab-refs-')), 'refs.txt');
    writeFileSync(file, '# pages touched\n0x400\n1025\n0x400\n\n1026\n');
    expect(vmlab('replay', '--refs-file', file, '--frames', '2', '--policy', 'fifo').stdout)
      .toBe('4 references to 3 distinct pages, 2 frames\n\npolicy       hits   misses   hit rate\nfifo           1        3     25.00%\n');
  });

  it('reads a reference string from the standard input with --refs-file -, and says 1 page, 1 frame', () => {
    const r = spawnSync(process.execPath, ['bin/vmlab.js', 'replay', '--refs-file', '-', '--frames', '1', '--policy', 'fifo'], { input: '7,7,7\n', encoding: 'utf8' });
    expect([r.status, r.stdout]).toEqual([0, '3 references to 1 distinct page, 1 frame\n\npolicy       hits   misses   hit rate\nfifo           2        1     66.67%\n']);
  });

  it('keeps no step without --verbose: 3000 references with 1000000 frames', () => {
    // was: JavaScript heap out of memory (each step held a copy of every frame: 3000 x 1000000)
    const refs = Array.from({ length: 3000 }, (_, i) => i + 1).join(',');
    expect(vmlab('replay', '--refs', refs, '--frames', '1000000', '--policy', 'fifo,lru')).toEqual({
      stdout: '3000 references to 3000 distinct pages, 1000000 frames\n\npolicy       hits   misses   hit rate\n' +
        'fifo           0     3000      0.00%\nlru            0     3000      0.00%\n',
      stderr: '', status: 0,
    });
  });

  it.each([
    [['--refs', '1,x', '--frames', '2'], "vmlab: bad page number 'x' in --refs\n"],
    [['--refs', '1,\x1b[31mRED\x07', '--frames', '2'], "vmlab: bad page number '?[31mRED?' in --refs\n"],
    [['--refs', '1,2', '--frames', '0'], "vmlab: bad --frames '0': expected a whole number from 1 to 1000000\n"],
    [['--refs', '1,2', '--frames', '0x10'], "vmlab: bad --frames '0x10': expected a whole number from 1 to 1000000\n"],
    [['--refs', '1,2', '--frames', '1e3'], "vmlab: bad --frames '1e3': expected a whole number from 1 to 1000000\n"],
    [['--refs', '1,2', '--frames', ' 3'], "vmlab: bad --frames ' 3': expected a whole number from 1 to 1000000\n"],
    [['--refs', '1,2', '--frames', '2', '--policy', 'mru'], "vmlab: unknown policy 'mru' (known: fifo, lru, clock, random, opt)\n"],
    [['--frames', '2'], 'vmlab: give exactly one of --refs and --refs-file\n'],
  ])('rejects %j in one line', (args, stderr) => {
    expect(vmlab('replay', ...args)).toEqual({ stdout: '', stderr, status: 1 });
  });
});
