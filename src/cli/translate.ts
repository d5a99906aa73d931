/**
 * `vmlab translate`: virtual addresses through a memory system, field by field.
 *  - `--machine csapp-9.6.4 ADDR...`: CS:APP's small memory system in the state of its Figure
 *    9.20 (src/machine/named.ts), each address from that state, answering what the book's
 *    practice problems ask (VPN, VPO, TLBI, TLBT, TLB hit, page fault, PPN, PA, CO, CI, CT,
 *    cache hit, byte);
 *  - `--run PROG ADDR...`: the Sv32 page tables of a process of a real run, walked level by level
 *    at one moment (--at exit or fault:N), with what the TLBs hold (src/stats/walk.ts).
 */
import { NAMED_MACHINES, translateOnFigure, type FigureTranslation, type NamedMachine } from '../machine/named.js';
import type { Kernel } from '../kernel/kernel.js';
import { memoryView } from '../stats/memview.js';
import { explainWalk, type NamedTlb } from '../stats/walk.js';
import { MomentWatch, parseMoment } from './moment.js';
import { UsageError } from './usage-error.js';
import { writeOut } from './stdout.js';

/** `vmlab translate`'s flags, as commander gives them. */
export interface TranslateFlags {
  machine?: string;
  run?: string;
  maxInstructions?: string;
  at?: string;
  pid?: string;
  arg: string[];
  tables?: boolean;
}

/** Run `vmlab translate ADDRESSES` with `flags`: prints the translations; returns the exit status. */
export async function translate(texts: string[], flags: TranslateFlags): Promise<number> {
  if ((flags.machine === undefined) === (flags.run === undefined)) {
    const which = flags.machine === undefined ? 'needs one of' : 'takes one of';
    throw new UsageError(`translate ${which} --machine NAME (${[...NAMED_MACHINES.keys()].join(', ')}) or --run PROGRAM${flags.machine === undefined ? '' : ', not both'}`);
  }
  if (flags.machine !== undefined) {
    if (flags.at !== undefined || flags.pid !== undefined || flags.arg.length > 0 || flags.maxInstructions !== undefined) {
      throw new UsageError('--at, --pid, --arg and --max-instructions go with --run, not --machine');
    }
    const m = NAMED_MACHINES.get(flags.machine);
    if (!m) throw new UsageError(`unknown machine '${flags.machine}' (known: ${[...NAMED_MACHINES.keys()].join(', ')})`);
    const vas = texts.map((t) => address(t, m.geometry.vaBits));
    if (vas.length === 0 && !flags.tables) throw new UsageError('translate needs at least one address (or --tables)');
    const parts = flags.tables ? [figureTables(m)] : [];
    writeOut([...parts, ...vas.map((va, i) => formatFigureTranslation(m, texts[i], translateOnFigure(m, va)))].join('\n'));
    return 0;
  }
  if (flags.tables) throw new UsageError('--tables goes with --machine');
  const vas = texts.map((t) => address(t, 32));
  if (vas.length === 0) throw new UsageError('translate needs at least one address');
  const pid = flags.pid === undefined ? 1 : wholePid(flags.pid);
  return translateInRun(flags.run!, flags.arg, vas, parseMoment(flags.at ?? 'exit', '--at'), pid, flags.maxInstructions);
}

/** A virtual address of at most `bits` bits, from hex (0x...) or decimal text; else a UsageError. */
function address(text: string, bits: number): number {
  const value = /^0x[0-9a-f]+$/i.test(text) ? parseInt(text.slice(2), 16) : /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isNaN(value)) throw new UsageError(`bad address '${text}': expected hex (0x03d4) or decimal`);
  if (value >= 2 ** bits) throw new UsageError(`bad address '${text}': it does not fit in ${bits} bits`);
  return value;
}

function wholePid(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 1_000_000) throw new UsageError(`bad --pid '${text}': expected a process id (1 or more)`);
  return Number(text);
}

/** Hex with `digits` digits, upper-case as the book prints fields (0x0F). */
const hx = (n: number, digits: number): string => `0x${n.toString(16).toUpperCase().padStart(digits, '0')}`;
const digitsFor = (bits: number): number => Math.max(1, Math.ceil(bits / 4));
/** `n` in binary with `bits` digits, in groups of 4 from the right (the book's bit diagrams). */
function bitString(n: number, bits: number): string {
  const b = n.toString(2).padStart(bits, '0');
  const groups: string[] = [];
  for (let end = b.length; end > 0; end -= 4) groups.unshift(b.slice(Math.max(0, end - 4), end));
  return groups.join(' ');
}

/** The answers to the practice problems' questions for one address, in the book's order. */
function formatFigureTranslation(m: NamedMachine, text: string, t: FigureTranslation): string {
  const g = m.geometry;
  const vpnBits = g.vaBits - g.pageShift;
  const setBits = Math.log2(m.tlbSets.length);
  const lines = [
    `${text}: virtual address ${bitString(t.va, g.vaBits)}`,
    `  VPN ${hx(t.vpn, digitsFor(vpnBits))}  VPO ${hx(t.vpo, digitsFor(g.pageShift))}  TLBI ${hx(t.tlbIndex, digitsFor(setBits))}  TLBT ${hx(t.tlbTag, digitsFor(vpnBits - setBits))}`,
  ];
  if (t.tlbHit) {
    lines.push(`  TLB hit: set ${t.tlbIndex} holds tag ${hx(t.tlbTag, 2)}, valid`);
  } else {
    lines.push(`  TLB miss: no valid entry of set ${t.tlbIndex} has tag ${hx(t.tlbTag, 2)}`);
    if (t.unknownPte) {
      lines.push(`  page table: PTE ${hx(t.vpn, 2)} is not in the figure (it gives the first ${m.pageTable.length}): page fault and PPN unknown`);
      return `${lines.join('\n')}\n`;
    }
    lines.push(`  page table: PTE ${hx(t.vpn, 2)} ${t.pageFault ? 'is not valid' : `is valid, PPN ${hx(t.ppn!, 2)}`}`);
  }
  if (t.pageFault) {
    lines.push('  page fault: yes (no PPN, no physical address)');
    return `${lines.join('\n')}\n`;
  }
  const c = t.cache!;
  const cache = m.cache;
  const line = cache.lines[c.index];
  lines.push('  page fault: no');
  lines.push(`  PPN ${hx(t.ppn!, 2)}  physical address ${hx(t.pa!, digitsFor(g.paBits))} = ${bitString(t.pa!, g.paBits)}`);
  lines.push(`  CO ${hx(c.offset, 1)}  CI ${hx(c.index, 1)}  CT ${hx(c.tag, 2)}  cache ${c.hit ? `hit: byte ${hx(c.byte!, 2)}`
    : `miss (line ${hx(c.index, 1)} ${line.valid ? `holds tag ${hx(line.tag, 2)}` : 'is not valid'})`}`);
  return `${lines.join('\n')}\n`;
}

/** The figure's TLB, page table and cache, as tables like the book's. */
function figureTables(m: NamedMachine): string {
  const ppn = (n: number | null): string => (n === null ? '--' : n.toString(16).toUpperCase().padStart(2, '0'));
  const h2 = (n: number): string => n.toString(16).toUpperCase().padStart(2, '0');
  const out = [`${m.name} (${m.source})`, `TLB: ${m.tlb.entries} entries, ${m.tlb.ways}-way set associative`, 'set  tag PPN V   tag PPN V   tag PPN V   tag PPN V'];
  m.tlbSets.forEach((ways, set) => out.push(`${String(set).padStart(3)}  ${ways.map((e) => `${h2(e.tag)}  ${ppn(e.ppn)}  ${e.valid ? 1 : 0}`).join('   ')}`));
  out.push(`page table: the first ${m.pageTable.length} PTEs`, 'VPN PPN V');
  for (const pte of m.pageTable) out.push(` ${h2(pte.vpn)}  ${ppn(pte.ppn)} ${pte.valid ? 1 : 0}`);
  out.push(`cache: ${m.cache.sets} sets, ${m.cache.blockBytes}-byte blocks, direct mapped`, 'idx tag V  B0 B1 B2 B3');
  for (const l of m.cache.lines) {
    out.push(`  ${l.index.toString(16).toUpperCase()}  ${h2(l.tag)} ${l.valid ? 1 : 0}  ${l.bytes ? l.bytes.map(h2).join(' ') : '-- -- -- --'}`);
  }
  return `${out.join('\n')}\n`;
}

/** Run `path` with `args` (quietly) and, at `moment`, walk `vas` in process `pid`'s page tables. Prints the walks; returns the status. */
async function translateInRun(path: string, args: string[], vas: number[], moment: ReturnType<typeof parseMoment>, pid: number,
  maxInstructions: string | undefined): Promise<number> {
  let kernel: Kernel | null = null;
  let text = '';
  let problem: string | null = null;
  const watch = new MomentWatch(moment, (label) => {
    const view = memoryView(kernel!);
    const p = view.processes.find((q) => q.pid === pid);
    if (!p) {
      problem = `pid ${pid} is not alive at ${label} (alive: ${view.processes.map((q) => q.pid).join(', ') || 'none'})`;
      return;
    }
    const { tlbs, why } = tlbsOf(kernel!, pid);
    text = `at ${label}\n${vas.map((va) => `${explainWalk(view, p, va, tlbs, why).join('\n')}\n`).join('')}`;
  });
  const { runProgram, STATUS_INTERRUPTED, STATUS_TERMINATED } = await import('./run-program.js'); // the machine and the kernel: loaded when a command runs
  const status = await runProgram(path, args, { maxInstructions }, {
    watch, quiet: true, attach: (k) => { kernel = k; },
    finished: () => { problem ??= watch.finish(); },
  });
  if (problem) throw new UsageError(`${path}: ${problem}`);
  writeOut(text);
  // Stopped by Ctrl-C or SIGTERM: the walk at that moment, and the run's status, as vmlab run's.
  return status === STATUS_INTERRUPTED || status === STATUS_TERMINATED ? status : 0;
}

/** The TLBs holding `pid`'s entries now, or null and why not. */
function tlbsOf(k: Kernel, pid: number): { tlbs: NamedTlb[] | null; why: string } {
  const { machine } = k;
  const onCpu = k.sched.onCpu;
  if (!machine.config.asid && onCpu?.pid !== pid) {
    return { tlbs: null, why: `they hold ${onCpu ? `pid ${onCpu.pid}'s` : 'no'} entries (pid ${onCpu?.pid ?? '-'} ran last; without --asid a switch flushes them)` };
  }
  const spec = (t: { entries: number; ways: number; policy: string }): string => `${t.entries}:${t.ways}:${t.policy}`;
  const c = machine.config;
  const tlbs: NamedTlb[] = c.unifiedTlb ? [{ name: 'tlb', spec: spec(c.dtlb), tlb: machine.dtlb }]
    : [{ name: 'itlb', spec: spec(c.itlb), tlb: machine.itlb }, { name: 'dtlb', spec: spec(c.dtlb), tlb: machine.dtlb }];
  if (machine.l2tlb && c.l2tlb) tlbs.push({ name: 'l2tlb', spec: spec(c.l2tlb), tlb: machine.l2tlb });
  return { tlbs, why: '' };
}
