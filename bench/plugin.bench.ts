/**
 * What the plug-in sandbox costs (npm run bench:plugin). One policy, "evict the oldest load",
 * three ways: the built-in fifo, the same code as an in-process ReplacementPolicy object (what
 * a plug-in cost before the sandbox), and that code as a sandboxed plug-in file. First the cost
 * of one chooseVictim call with 16, 256 and 4,096 resident pages, and of an empty faultAround
 * call; then whole runs of the swap round trips of bench:faults (programs/thrash.s 32 50 in
 * 128 KiB: every touch evicts), in faults per host second and per CPU second.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemble } from '../asm/assembler.js';
import { DEFAULT_CONFIG, Machine } from '../src/machine/machine.js';
import { Kernel, type KernelPolicy } from '../src/kernel/kernel.js';
import { loadPolicyPlugin } from '../src/kernel/policies/plugin.js';
import type { ReplacementPolicy, ResidentPage } from '../src/kernel/policies/policy.js';

function chooseOldest(pages: readonly ResidentPage[]): ResidentPage {
  let best = pages[0];
  for (const p of pages) if (p.loadedAt < best.loadedAt || (p.loadedAt === best.loadedAt && p.frame < best.frame)) best = p;
  return best;
}
const inProcess: ReplacementPolicy = { name: 'oldest', chooseVictim: chooseOldest, faultAround: () => [] };
const pluginDir = mkdtempSync(join(tmpdir(), 'vmlab-bench-'));
const file = join(pluginDir, 'oldest.js');
writeFileSync(file, `export default { name: 'oldest', chooseVictim: ${chooseOldest.toString()}, faultAround: () => [] };`);
const sandboxed = await loadPolicyPlugin(file, 1);

/** Median of 5 timings of `work` run `times` times: host and CPU microseconds per run. */
function measure(times: number, work: () => void): { host: number; cpu: number } {
  const runs: { host: number; cpu: number }[] = [];
  for (let r = 0; r < 5; r++) {
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < times; i++) work();
    const host = Number(process.hrtime.bigint() - t0) / 1e3 / times;
    const used = process.cpuUsage(cpu0);
    runs.push({ host, cpu: (used.user + used.system) / times });
  }
  runs.sort((a, b) => a.host - b.host);
  return runs[2];
}

const us = (x: number): string => `${x.toFixed(x < 10 ? 2 : 0)} µs`;
console.log('one call (median of 5; host time, CPU time):');
for (const n of [16, 256, 4096]) {
  const pages: ResidentPage[] = Array.from({ length: n }, (_, i) => ({
    frame: i, page: 0x400 + i, loadedAt: (i * 7919) % n, lastUsed: i, referenced: i % 2 === 0, dirty: i % 3 === 0, mappings: [(0x400 + i) << 12],
  }));
  const times = Math.max(20, Math.round(40_000 / n));
  const a = measure(times, () => inProcess.chooseVictim!(pages, 0));
  const b = measure(times, () => sandboxed.chooseVictim!(pages, 0));
  console.log(`  chooseVictim, ${n} pages: in-process ${us(a.host)}, sandboxed ${us(b.host)} (CPU ${us(b.cpu)})`);
}
const fault = { va: 0x400000, major: false, vma: { name: '.bss', start: 0x400000, end: 0x800000 } };
const empty = measure(2000, () => sandboxed.faultAround!(fault));
console.log(`  faultAround returning []: sandboxed ${us(empty.host)} (CPU ${us(empty.cpu)})`);

const thrash = assemble([{ path: 'programs/thrash.s', text: readFileSync('programs/thrash.s', 'utf8') }]).elf;
console.log('\nswap round trips (thrash.s 32 50 in 128 KiB), faults per second (median of 5):');
for (const [name, policy] of [['built-in fifo', 'fifo'], ['in-process object', inProcess], ['sandboxed plug-in', sandboxed]] as const) {
  const machine = new Machine({ ...DEFAULT_CONFIG, ramBytes: 128 * 1024 });
  const kernel = new Kernel(machine, { stdout: () => {}, stderr: () => {}, policy: policy as KernelPolicy | ReplacementPolicy });
  let faults = 0;
  const run = (): void => {
    const p = kernel.exec(thrash, ['thrash', '32', '50'], []);
    kernel.run();
    faults = p.faults.minor + p.faults.major;
  };
  run();
  const t = measure(3, run);
  const perSecond = (micros: number): string => Math.round(faults / (micros / 1e6)).toLocaleString('en-US');
  console.log(`  ${name}: ${perSecond(t.host)} faults/s, ${perSecond(t.cpu)} per CPU second (${faults.toLocaleString('en-US')} faults per run)`);
}
rmSync(pluginDir, { recursive: true, force: true });
