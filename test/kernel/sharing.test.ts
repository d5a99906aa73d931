/**
 * CS:APP's "sharing" slides as programs: a shared object in two processes (shared-two.s), a
 * private copy-on-write object (cow-object.s), fork's copy-on-write (fork-cow.s), one program run
 * by two processes (exec-twice.s), and isolation (isolation.s). The numbers are exact: each
 * comment says why it is what it is.
 *
 * Frame counts below use these facts about the kernel: a process has a root page table and one
 * level-0 table per 4 MiB region it maps (0x00400000 for the program, 0x7f400000 for mmap's
 * first addresses, 0x7fc00000 for the stack); a read-only segment maps whole file pages, so a
 * program's text page is the page cache's frame itself (one frame however many processes run it).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemble } from '../../asm/assembler.js';
import { readElf } from '../../src/elf/reader.js';
import { DEFAULT_CONFIG, Machine } from '../../src/machine/machine.js';
import { Kernel } from '../../src/kernel/kernel.js';
import { GuestFs } from '../../src/kernel/fs.js';
import type { Process, ProcessRecord } from '../../src/kernel/proc.js';
import { PAGE_SIZE, lookup } from '../../src/kernel/vm/pagetable.js';
import { FLAG_V } from '../../src/machine/tlb.js';
import { live, type Run, type RunIo } from './harness.js';

const poem = 'test/fixtures/files/poem.txt';
const cwd = (root = '.'): RunIo => ({ fs: new GuestFs(root, false) });

/** What a process's address space looked like as it exited: each present page's frame, and the frames in use. */
interface ExitSnapshot {
  pid: number;
  frames: Map<number, number>;
  framesUsed: number;
}

interface WatchedRun extends Run {
  exits: ExitSnapshot[];
  /** The program's symbols (label → address). */
  symbols: Map<string, number>;
}

/**
 * Run programs/`name` as the harness's runProgram does (invariant checker on), and photograph
 * each process's page table as it exits, before the kernel frees it.
 */
function runWatched(name: string, args: string[], io: RunIo): WatchedRun {
  const path = `programs/${name}`;
  const elf = assemble([{ path, text: readFileSync(path, 'utf8') }]).elf;
  const machine = new Machine({ ...DEFAULT_CONFIG });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const kernel = new Kernel(machine, {
    stdout: (b) => out.push(Buffer.from(b)), stderr: (b) => err.push(Buffer.from(b)), check: true, ...io,
  });
  const exits: ExitSnapshot[] = [];
  const exit = kernel.exit.bind(kernel);
  kernel.exit = (p: Process, status: number): void => {
    if (!p.exited) {
      const frames = new Map<number, number>();
      for (const v of p.vmas) {
        for (let va = v.start; va < v.end; va += PAGE_SIZE) {
          const { pte } = lookup(kernel.pageTables, p.root, va);
          if (pte & FLAG_V) frames.set(va, pte >>> 10);
        }
      }
      exits.push({ pid: p.pid, frames, framesUsed: kernel.frames.used });
    }
    exit(p, status);
  };
  kernel.exec(elf, [path, ...args], []);
  const result = kernel.run(100_000_000);
  const symbols = new Map(readElf(elf).symbols.map((s) => [s.name, s.value]));
  const stdoutBytes = Buffer.concat(out);
  return { machine, kernel, result, stdout: stdoutBytes.toString(), stdoutBytes, stderr: Buffer.concat(err).toString(), exits, symbols };
}

/** The snapshot of `pid`'s exit. */
function exitOf(r: WatchedRun, pid: number): ExitSnapshot {
  const found = r.exits.find((e) => e.pid === pid);
  if (!found) throw new Error(`pid ${pid} did not exit`);
  return found;
}

/** The file page the page cache holds in `frame` ("path:index"), or null if it is not a page-cache frame. */
function cached(r: Run, frame: number | undefined): string | null {
  const o = frame === undefined ? undefined : r.kernel.pageCache.owner(frame);
  return o ? `${o.inode.path}:${o.index}` : null;
}

/** The file pages in the page cache at the end, "path:index", sorted. */
function cachePages(r: Run): string[] {
  return [...r.kernel.pageCache.cachedFrames()].map((f) => cached(r, f)!).sort();
}

const noFaults = { minor: 0, major: 0, protection: 0, invalid: 0, cow: 0 };
const faults = (f: Partial<typeof noFaults>): typeof noFaults => ({ ...noFaults, ...f });

// Where the kernel puts the first mmap without MAP_FIXED (below the stack's 8 MiB reserve and a
// guard page), and the second one, just below it.
const MMAP_FIRST = 0x7f7fd000;
const MMAP_SECOND = 0x7f7fc000;

describe('shared-two: one shared object, two processes, two addresses', () => {
  const r = runWatched('shared-two.s', [poem], cwd());

  it('prints what each process sees, in the order waitid gives', () => {
    expect(r.stdout).toBe([
      'parent: my mapping at 0x7f7fd000 reads "The page"',
      'child: I mapped the page again and wrote "CHILD" through the new mapping',
      'child: my new mapping at 0x7f7fc000 reads "CHILDage"',
      'child: my inherited mapping at 0x7f7fd000 reads "CHILDage"',
      'parent: child 2 exited with status 0',
      'parent: my mapping at 0x7f7fd000 reads "CHILDage"',
      '',
    ].join('\n'));
    expect(r.result).toEqual({ status: 0, end: 'exit', report: null });
    expect(r.stderr).toBe('');
  });

  it('maps both virtual pages (and the inherited one) to the page cache\'s one frame for the file page', () => {
    const child = exitOf(r, 2);
    const parent = exitOf(r, 1);
    const frame = parent.frames.get(MMAP_FIRST);
    expect(cached(r, frame)).toBe(`/${poem}:0`);
    expect(child.frames.get(MMAP_FIRST)).toBe(frame);
    expect(child.frames.get(MMAP_SECOND)).toBe(frame);
  });

  it('reads the file page from the disk once and copies nothing', () => {
    // Two pages read: the program's text page and page 0 of the poem; one write-back: the
    // child's write (its PTE's dirty bit), when it exits.
    expect(r.kernel.pageCache.stats).toEqual({ reads: 2, writeBacks: 1 });
    expect(cachePages(r)).toEqual([`/${poem}:0`, 'programs/shared-two.s:1']);
    // The parent: its stack at exec and the siginfo page (zero-filled) minor; its text page and
    // the poem's page major. The child: its one fault maps the cached page at its new address
    // (minor); its store needs no copy in a shared mapping.
    expect(r.kernel.history.map((p) => [p.pid, p.faults, p.cowCopies])).toEqual([
      [1, faults({ minor: 2, major: 2 }), 0],
      [2, faults({ minor: 1 }), 0],
    ]);
  });

  it('uses no frame for the second mapping', () => {
    // Before the fork the parent has 7: a root table, level-0 tables for 0x00400000,
    // 0x7f400000 and 0x7fc00000, its text page (the page cache's frame itself: a read-only
    // segment maps whole file pages), its stack page, the poem's page. The child adds its root
    // and three level-0 tables: 11. Its second mapping is in a region it has a table for, and
    // maps the frame that is there.
    expect(exitOf(r, 2).framesUsed).toBe(11);
    expect(r.kernel.frames.peakUsed).toBe(11);
  });
});

describe('cow-object: a private copy-on-write object shared by two processes', () => {
  const read = runWatched('cow-object.s', [poem], cwd());
  const write = runWatched('cow-object.s', [poem, 'write'], cwd());

  it('both read the original until one writes; only the writer\'s view changes', () => {
    expect(read.stdout).toBe([
      'parent: my view reads "The page"',
      'child:  my view reads "The page"',
      'parent: child 2 exited with status 0',
      'parent: my view reads "The page"',
      '',
    ].join('\n'));
    expect(write.stdout).toBe([
      'parent: my view reads "The page"',
      'child:  my view reads "The page"',
      'child:  wrote "CHILD" into my view',
      'child:  my view reads "CHILDage"',
      'parent: child 2 exited with status 0',
      'parent: my view reads "The page"',
      '',
    ].join('\n'));
    expect([read.result, write.result]).toEqual([{ status: 0, end: 'exit', report: null }, { status: 0, end: 'exit', report: null }]);
  });

  it('the write costs exactly one frame and one copy, the writer\'s', () => {
    // Read: the parent's 7 frames before the fork (as shared-two's) and the child's root and
    // three level-0 tables. Write: one more, the child's copy of the page.
    expect([read.kernel.frames.peakUsed, write.kernel.frames.peakUsed]).toEqual([11, 12]);
    expect(write.kernel.frames.peakUsed - read.kernel.frames.peakUsed).toBe(1);
    // The parent's faults: its stack and siginfo pages (minor), its text page and the poem's
    // (major). The reading child has the page in its page table from the fork: no fault. The
    // writing child: one fault, the copy-on-write (counted as minor too).
    expect(read.kernel.history.map((p) => [p.pid, p.faults, p.cowCopies])).toEqual([
      [1, faults({ minor: 2, major: 2 }), 0],
      [2, noFaults, 0],
    ]);
    expect(write.kernel.history.map((p) => [p.pid, p.faults, p.cowCopies])).toEqual([
      [1, faults({ minor: 2, major: 2 }), 0],
      [2, faults({ minor: 1, cow: 1 }), 1],
    ]);
  });

  it('maps the page cache\'s frame in both until the write; then the writer has a frame of its own', () => {
    const frame = exitOf(read, 1).frames.get(MMAP_FIRST);
    expect(cached(read, frame)).toBe(`/${poem}:0`);
    expect(exitOf(read, 2).frames.get(MMAP_FIRST)).toBe(frame);
    const parentFrame = exitOf(write, 1).frames.get(MMAP_FIRST);
    const childFrame = exitOf(write, 2).frames.get(MMAP_FIRST);
    expect(cached(write, parentFrame)).toBe(`/${poem}:0`);
    expect(childFrame).not.toBe(parentFrame);
    expect(cached(write, childFrame)).toBe(null);
    // A private write never reaches the file.
    expect([read.kernel.pageCache.stats, write.kernel.pageCache.stats]).toEqual([{ reads: 2, writeBacks: 0 }, { reads: 2, writeBacks: 0 }]);
  });

  it('refuses a second argument other than "write"', () => {
    const bad = runWatched('cow-object.s', [poem, 'read'], cwd());
    expect(bad.result.status).toBe(2);
    expect(bad.stdout).toBe('');
  });
});

describe('fork-cow: the child copies exactly the pages it writes', () => {
  it.each([0, 1, 16, 256])('N = %i', (n) => {
    const r = runWatched('fork-cow.s', [String(n)], cwd());
    expect(r.stdout).toBe('child: wrote its pages\nparent: child exited with status 0, my array is intact\n');
    expect(r.result).toEqual({ status: 0, end: 'exit', report: null });
    // The parent: 256 array pages, its stack page and (after the fork) its siginfo page minor;
    // its text page major. The child runs on the parent's pages (its text and stack included)
    // and faults only to copy each page it writes.
    expect(r.kernel.history.map((p) => [p.pid, p.faults, p.cowCopies])).toEqual([
      [1, faults({ minor: 258, major: 1 }), 0],
      [2, faults({ minor: n, cow: n }), n],
    ]);
    // Before the fork the parent has 261 frames: a root table and level-0 tables for
    // 0x00400000 and 0x7fc00000, its text page (the page cache's frame), its stack page and the
    // 256 array pages. The child adds its root and two level-0 tables, and one frame per page
    // it copies.
    expect(r.kernel.frames.peakUsed).toBe(264 + n);
    expect(exitOf(r, 2).framesUsed).toBe(264 + n);
    // The pages the child wrote are its own frames; the rest are still the parent's.
    const parent = exitOf(r, 1).frames;
    const child = exitOf(r, 2).frames;
    const array = r.symbols.get('array')!;
    const own = [...Array(256).keys()].filter((i) => child.get(array + i * PAGE_SIZE) !== parent.get(array + i * PAGE_SIZE));
    expect(own).toEqual([...Array(n).keys()]);
  });
});

describe('exec-twice: two processes run one program; its pages come from the disk once', () => {
  // PROG in a --root of its own: hello.s as it is (one page: .text and .rodata, 0x36 bytes at
  // file offset 0x1000, in file page 1), and hello.s with its .rodata padded to a page boundary
  // (.rodata then starts a page of its own: a segment of two whole pages, file pages 1 and 2).
  const root = mkdtempSync(join(tmpdir(), 'vmlab-exec-twice-'));
  const hello = readFileSync('programs/hello.s', 'utf8');
  writeFileSync(join(root, 'hello'), assemble([{ path: 'hello.s', text: hello }]).elf, { mode: 0o755 });
  writeFileSync(join(root, 'hello2'), assemble([{ path: 'hello2.s', text: `${hello}\n        .section .rodata\n        .balign 4096\n` }]).elf, { mode: 0o755 });

  it.each([
    ['hello', 1],
    ['hello2', 2],
  ])('%s: pages read once (header and %i), the second process\'s faults on them minor', (prog, pages) => {
    const r = runWatched('exec-twice.s', [prog], cwd(root));
    expect(r.stdout).toBe(`Hello from vmlab!\nexec-twice: child 2 exited with status 0; now pid 1 runs ${prog}\nHello from vmlab!\n`);
    expect(r.result).toEqual({ status: 0, end: 'exit', report: null });
    const progPages = [...Array(pages).keys()].map((i) => `/${prog}:${i + 1}`);
    // The page cache read exec-twice's text page, PROG's first page (its ELF header, which the
    // child's execve reads) and PROG's pages, each once.
    expect(cachePages(r)).toEqual([`/${prog}:0`, ...progPages, 'programs/exec-twice.s:1'].sort());
    expect(r.kernel.pageCache.stats.reads).toBe(2 + pages);
    expect(r.machine.disk.stats.reads).toBe(2 + pages);
    // Both processes now run PROG: their areas are PROG's. The child touched PROG's pages first:
    // major faults; the parent found them cached: minor. Each built its stack at execve: minor.
    const [parent, child] = r.kernel.history;
    const areaFaults = (p: Process | ProcessRecord): [string, object][] => p.vmas.map((v) => [v.name, v.faults]);
    expect(areaFaults(child)).toEqual([
      ['.text+.rodata', { minor: 0, major: pages, protection: 0, evictions: 0 }],
      ['[stack]', { minor: 1, major: 0, protection: 0, evictions: 0 }],
    ]);
    expect(areaFaults(parent)).toEqual([
      ['.text+.rodata', { minor: pages, major: 0, protection: 0, evictions: 0 }],
      ['[stack]', { minor: 1, major: 0, protection: 0, evictions: 0 }],
    ]);
    // Before execve the parent had faulted in exec-twice's text (major), its stack and its
    // siginfo page (minor); the child, running on the parent's pages, nothing.
    expect(r.kernel.history.map((p) => [p.pid, p.name, p.faults, p.cowCopies])).toEqual([
      [1, prog, faults({ minor: 3 + pages, major: 1 }), 0],
      [2, prog, faults({ minor: 1, major: pages }), 0],
    ]);
  });

  it.each([
    ['hello', [0x400000]],
    ['hello2', [0x400000, 0x401000]],
  ])('%s: both processes\' text pages are the page cache\'s frames themselves', (prog, pages) => {
    const r = runWatched('exec-twice.s', [prog as string], cwd(root));
    const child = exitOf(r, 2).frames;
    const parent = exitOf(r, 1).frames;
    expect((pages as number[]).map((va) => cached(r, child.get(va)))).toEqual((pages as number[]).map((_, i) => `/${prog}:${i + 1}`));
    expect((pages as number[]).map((va) => parent.get(va))).toEqual((pages as number[]).map((va) => child.get(va)));
  });
});

describe('isolation: no address reaches another process\'s memory', () => {
  const r = runWatched('isolation.s', [], cwd());
  const at = (label: string): string => `0x${r.symbols.get(label)!.toString(16).padStart(8, '0')}`;

  it('prints what each process sees and what waitid says of each child', () => {
    expect(r.stdout).toBe([
      'parent: stored 1 at 0x00401000',
      'child:  stored 2 at 0x00401000 reads 2',
      'parent: waitid: si_pid 2, si_code 1 (CLD_EXITED), si_status 0',
      'parent: 0x00401000 reads 1',
      'parent: mapped a page at 0x60000000 after the fork, stored 42 there',
      'child:  loading from 0x60000000',
      'parent: waitid: si_pid 3, si_code 2 (CLD_KILLED), si_status 11',
      'child:  loading from 0xc0000000 (the kernel\'s map of physical RAM)',
      'parent: waitid: si_pid 4, si_code 2 (CLD_KILLED), si_status 11',
      'child:  storing to 0xc0000000',
      'parent: waitid: si_pid 5, si_code 2 (CLD_KILLED), si_status 11',
      '',
    ].join('\n'));
    expect(r.result).toEqual({ status: 0, end: 'exit', report: null });
    expect(r.stderr).toBe('');
  });

  it('kills the children that reach out with SIGSEGV, saying why', () => {
    expect(r.kernel.history.map((p) => [p.pid, p.ppid, p.exitStatus, p.signal, p.report])).toEqual([
      [1, 0, 0, null, null],
      [2, 1, 0, null, null],
      [3, 1, 139, 'SIGSEGV', `SIGSEGV: load at 0x60000000: no mapping (pc ${at('load_mine')})`],
      [4, 1, 139, 'SIGSEGV', `SIGSEGV: load at 0xc0000000: kernel space (supervisor-only) (pc ${at('load_kernel')})`],
      [5, 1, 139, 'SIGSEGV', `SIGSEGV: store at 0xc0000000: kernel space (supervisor-only) (pc ${at('store_kernel')})`],
    ]);
  });

  it('counts each child\'s faults: a copy for its store (and for the pipe read), an invalid access, protection faults', () => {
    // The parent: its text page and its .data page (`value`, from the file) major; its stack,
    // its .bss page (siginfo, the pipe) and the page at 0x60000000 minor, and three
    // copy-on-write faults that copied nothing (also minor): after each of the last three
    // children had ended, the .bss page was the parent's alone again when waitid wrote to it.
    // Child 2 copied the .data page (its store to `value`); child 3 the .bss page (its read()
    // from the pipe), then its load found no area; children 4 and 5 faulted once on kernel space.
    expect(r.kernel.history.map((p) => [p.pid, p.faults, p.cowCopies])).toEqual([
      [1, faults({ minor: 6, major: 2, cow: 3 }), 0],
      [2, faults({ minor: 1, cow: 1 }), 1],
      [3, faults({ minor: 1, cow: 1, invalid: 1 }), 1],
      [4, faults({ protection: 1 }), 0],
      [5, faults({ protection: 1 }), 0],
    ]);
    // The same address, two frames: child 2's copy of the .data page and the parent's.
    const value = r.symbols.get('value')!;
    expect(exitOf(r, 2).frames.get(value)).not.toBe(exitOf(r, 1).frames.get(value));
    // 0x60000000: mapped in the parent, so in the children forked after (4 and 5, on the
    // parent's frame), never in those forked before (2 and 3).
    const page = exitOf(r, 1).frames.get(0x60000000);
    expect(page).toBeDefined();
    expect([2, 3, 4, 5].map((pid) => exitOf(r, pid).frames.get(0x60000000))).toEqual([undefined, undefined, page, page]);
  });
});
