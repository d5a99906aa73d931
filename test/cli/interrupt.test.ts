/**
 * Ctrl-C (SIGINT) during `vmlab run`: the report so far, the JSON and the series written, status
 * 130; SIGTERM (kill, timeout) likewise, status 143, no temporary file left behind.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/vmlab.js', import.meta.url));

/** A guest's start: it says it is running ("ready" on stdout, from `msg`). */
const SAY_READY = `
        .globl _start
_start: li a0, 1
        la a1, msg
        li a2, 6
        li a7, 64
        ecall`;

/** A guest that says it is running, then loops forever. */
const LOOP = `${SAY_READY}
1:      j 1b
        .data
msg:    .ascii "ready\\n"
`;

/** Run vmlab with `args` in `cwd`; once the guest has printed "ready", send `signal`. */
function interruptWhenReady(cwd: string, args: string[], signal: NodeJS.Signals = 'SIGINT'): Promise<{ stdout: string; stderr: string; status: number | null; signal: string | null }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
    if (stdout.includes('ready\n')) child.kill(signal);
  });
  child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
  return new Promise((done) => child.on('close', (status, signal) => done({ stdout, stderr, status, signal })));
}

/** A guest that says it is running, then writes a word in every page of 1 MiB, over and over. */
const SWEEP = `${SAY_READY}
        la s0, big
        li s1, 0
        li s2, 0x100000
        li s3, 4096
1:      add t0, s0, s1
        sw zero, 0(t0)
        add s1, s1, s3
        blt s1, s2, 1b
        li s1, 0
        j 1b
        .data
msg:    .ascii "ready\\n"
        .bss
        .balign 4096
big:    .space 0x100000
`;

describe('Ctrl-C during vmlab run', () => {
  it('prints the report so far, writes --stats-json, the page trace and the series\' final line, and exits 130', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vmlab-int-'));
    writeFileSync(join(dir, 'loop.s'), LOOP);
    const r = await interruptWhenReady(dir, ['run', 'loop.s', '--stats', '--stats-json', 's.json', '--trace-pages', 'refs.txt',
      '--stats-every', '1000000', 'series.jsonl']);
    expect(r.signal).toBe(null);
    expect(r.status).toBe(130);
    expect(r.stdout).toBe('ready\n');
    // said once: the report's first line (it used to come twice)
    expect(r.stderr).toMatch(/^vmlab: loop\.s: interrupted \(SIGINT\) after \d+ instructions\n {2}instructions {10}[\d,]+\n/);
    expect(r.stderr).toContain('  page faults           1 minor, 2 major, 0 protection\n');
    const stats = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8'));
    expect(stats.exit).toEqual({ status: 130, end: 'interrupted', report: null });
    expect(stats.instructions).toBeGreaterThan(5);
    expect(readFileSync(join(dir, 'refs.txt'), 'utf8')).toBe('0x400\n0x400\n'); // the fetch's miss, its fault, the miss again
    const series = readFileSync(join(dir, 'series.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(series[series.length - 1]).toMatchObject({ final: true, cycles: stats.cycles, instructions: stats.instructions });
    expect(series.slice(0, -1).every((l) => !l.final)).toBe(true);
  }, 60_000);

  it('stops a run whose instructions are few but slow (a policy plug-in busy for a while at each choice): the look at Ctrl-C is timed too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vmlab-slow-'));
    writeFileSync(join(dir, 'sweep.s'), SWEEP);
    writeFileSync(join(dir, 'slow.js'), 'let x = 0;\nexport default { name: "slow", chooseVictim(pages) { for (let i = 0; i < 200000; i++) x += i; return pages[0]; } };\n');
    // 256 pages against 48 frames: every write evicts, so 2^22 instructions (the other bound on a look) would take hours.
    const r = await interruptWhenReady(dir, ['run', 'sweep.s', '--ram', '192k', '--policy', 'slow.js']);
    expect([r.signal, r.status]).toEqual([null, 130]);
    expect(r.stderr).toMatch(/^vmlab: sweep\.s: interrupted \(SIGINT\) after \d+ instructions\n$/);
  }, 60_000);

  it('SIGTERM, as kill and timeout send it, ends the run the same way: its outputs written, no temporary file left, status 143', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vmlab-term-'));
    writeFileSync(join(dir, 'loop.s'), LOOP);
    const r = await interruptWhenReady(dir, ['run', 'loop.s', '--stats-json', 's.json', '--trace', 't.lk', '--trace-what', 'misses',
      '--stats-every', '1000000', 'series.jsonl'], 'SIGTERM');
    expect([r.signal, r.status]).toEqual([null, 143]);
    expect(r.stderr).toMatch(/^vmlab: loop\.s: interrupted \(SIGTERM\) after \d+ instructions\n$/);
    expect(JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')).exit).toEqual({ status: 143, end: 'interrupted', report: null });
    expect(readdirSync(dir).sort()).toEqual(['loop.s', 's.json', 'series.jsonl', 't.lk']);
  }, 60_000);
});
