/** Policy plug-ins: the examples, fault-around, and every way a plug-in can misbehave. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PluginError, loadPolicyPlugin } from '../../src/kernel/policies/plugin.js';
import { runProgram } from './harness.js';
import { vmlab } from '../cli/vmlab.js';
import { GuestFs } from '../../src/kernel/fs.js';

const dir = mkdtempSync(join(tmpdir(), 'vmlab-plugin-'));
function plugin(name: string, source: string): string {
  const path = join(dir, name);
  writeFileSync(path, source);
  return path;
}
const SMALL = { ramBytes: 64 * 1024 };

describe('the example plug-ins', () => {
  it.each(['examples/nru-policy.ts', 'examples/working-set-policy.ts'])('%s keeps integrity.s intact in 16 frames', async (path) => {
    const policy = await loadPolicyPlugin(path, 1);
    const r = runProgram('integrity.s', ['256'], SMALL, { policy });
    expect(r.result).toEqual({ status: 0, end: 'exit', report: null });
    expect(r.kernel.reclaimer.stats.evictions).toBeGreaterThan(64);
  });

  it('working-set reads ahead: after a major fault the next page is mapped too', async () => {
    const policy = await loadPolicyPlugin('examples/working-set-policy.ts', 1);
    const r = runProgram('mmapcopy.s', ['README.md'], {}, { policy, fs: new GuestFs('.', false) });
    const file = r.kernel.process.vmas.find((v) => v.name === '/README.md');
    expect(r.result.status).toBe(0);
    expect(r.kernel.process.faultAround).toBeGreaterThan(0);
    expect(r.kernel.process.faultAround + file!.faults.major + file!.faults.minor).toBe((file!.end - file!.start) / 4096);
  });

  it('a plug-in in plain JavaScript, as a factory taking the seed', async () => {
    const path = plugin('first.js', 'module.exports = ({ seed }) => ({ name: "first-" + seed, chooseVictim: (pages) => pages[0] });');
    const policy = await loadPolicyPlugin(path, 7);
    expect(policy.name).toBe('first-7');
    expect(runProgram('integrity.s', ['128'], SMALL, { policy }).result.status).toBe(0);
  });
});

describe('a plug-in in the event form', () => {
  /** FIFO kept as a queue from mapped/unmapped events (an array: short enough for a test). */
  const FIFO_EVENTS = `export default {
    name: 'fifo-events', queue: [] as number[],
    mapped(frame: number) { this.queue.push(frame); },
    unmapped(frame: number) { this.queue.splice(this.queue.indexOf(frame), 1); },
    pickVictim(candidates: { eligible(f: number): boolean }) { return this.queue.find((f) => candidates.eligible(f))!; },
  };`;

  it('picks the victims built-in fifo picks, with the same statistics', async () => {
    const policy = await loadPolicyPlugin(plugin('fifo-events.ts', FIFO_EVENTS), 1);
    const mine = runProgram('integrity.s', ['256'], SMALL, { policy });
    const builtin = runProgram('integrity.s', ['256'], SMALL, { policy: 'fifo' });
    expect(mine.result).toEqual({ status: 0, end: 'exit', report: null });
    expect(mine.kernel.reclaimer.stats).toEqual(builtin.kernel.reclaimer.stats);
    expect(mine.machine.cpu.cycles).toBe(builtin.machine.cpu.cycles);
  });

  // Found by an adversarial test: with no eviction after it, a failed notice went unreported and the run ended 0.
  it('stops the run when mapped throws and nothing is ever evicted: at the next return to the kernel\'s loop', async () => {
    const policy = await loadPolicyPlugin(plugin('bad-mapped-only.js', `module.exports = { name: "mo",
      mapped() { throw new Error("mapped boom"); }, pickVictim: (c) => c.nth(0) };`), 1);
    expect(runProgram('hello.s', [], {}, { policy }).result).toEqual({
      status: 70, end: 'plugin', report: "policy plug-in 'mo': mapped threw: mapped boom",
    });
  });

  it('stops the run at its next choice of a victim when mapped throws (the checker finds the kernel whole)', async () => {
    const policy = await loadPolicyPlugin(plugin('bad-mapped.js', `module.exports = { name: "bad", n: 0,
      mapped() { if (++this.n === 20) throw new Error("lost count"); }, pickVictim: (c) => c.nth(0) };`), 1);
    expect(runProgram('integrity.s', ['256'], SMALL, { policy }).result).toEqual({
      status: 70, end: 'plugin', report: "policy plug-in 'bad': mapped threw: lost count",
    });
  });

  it('stops the run when pickVictim answers a frame that is not a candidate', async () => {
    const policy = await loadPolicyPlugin(plugin('bad-events.js', 'module.exports = { name: "bad", pickVictim: () => 99999 };'), 1);
    expect(runProgram('integrity.s', ['256'], SMALL, { policy }).result).toEqual({
      status: 70, end: 'plugin', report: "policy plug-in 'bad': pickVictim returned number 99999, not one of the 13 candidate frames",
    });
  });
});

describe('a misbehaving plug-in stops the run cleanly, with a clear report', () => {
  it.each([
    ['throws', 'export default { name: "bad", chooseVictim() { throw new Error("no idea"); } };',
      "policy plug-in 'bad': chooseVictim threw: no idea"],
    ['returns a page that is not a candidate', 'export default { name: "bad", chooseVictim: () => ({ frame: 3 }) };',
      "policy plug-in 'bad': chooseVictim returned an object, not one of the 13 resident pages it was given"],
    ['loops', 'export default { name: "bad", chooseVictim() { for (;;) {} } };',
      "policy plug-in 'bad': chooseVictim took more than 1000 ms (a loop?)"],
    // Found by an adversarial test: a referenced bit left 'yes' was taken as false.
    ['leaves a referenced bit that is no boolean', 'export default { name: "bad", chooseVictim(p) { p[1].referenced = "yes"; p[2].referenced = 1; return p[0]; } };',
      "policy plug-in 'bad': chooseVictim left pages[1].referenced a string, not a boolean"],
    ['leaves a referenced bit 1', 'export default { name: "bad", chooseVictim(p) { p[2].referenced = 1; return p[0]; } };',
      "policy plug-in 'bad': chooseVictim left pages[2].referenced number 1, not a boolean"],
  ])('when it %s', async (_what, source, report) => {
    const policy = await loadPolicyPlugin(plugin(`p${Math.random()}.ts`, source), 1);
    const r = runProgram('integrity.s', ['256'], SMALL, { policy });
    expect(r.result).toEqual({ status: 70, end: 'plugin', report });
  });

  it('refuses a module without chooseVictim, or that fails to load', async () => {
    const none = plugin('none.js', 'module.exports = { name: "x" };');
    await expect(loadPolicyPlugin(none, 1)).rejects.toThrow(new PluginError(
      `policy plug-in '${none}' must export an object (or a function returning one) with chooseVictim(pages, now) or pickVictim(candidates, now)`));
    const broken = plugin('broken.js', 'throw new Error("boom")');
    await expect(loadPolicyPlugin(broken, 1)).rejects.toThrow(new PluginError(`policy plug-in '${broken}': loading threw: boom`));
  });

  it('on the command line: one line, status 70, statistics still printed', () => {
    const bad = plugin('cli-bad.js', 'module.exports = { name: "bad", chooseVictim() { throw new Error("oops"); } };');
    const r = vmlab('run', 'programs/integrity.s', '256', '--ram', '64k', '--policy', bad, '--stats');
    expect(r.status).toBe(70);
    expect(r.stderr).toContain("vmlab: programs/integrity.s: stopped: policy plug-in 'bad': chooseVictim threw: oops\n");
    expect(r.stderr).toContain('  instructions ');
    expect(vmlab('run', 'programs/hello.s', '--policy', 'mru')).toEqual({
      stdout: '', status: 1, stderr: "vmlab: unknown policy 'mru' (known: fifo, clock, lru, random, or a plug-in file like ./my-policy.ts)\n",
    });
  });
});
