/** `vmlab run` as a user runs it. */
import { describe, expect, it } from 'vitest';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, vmlab, vmlabIn } from './vmlab.js';
import { elfPath, resultPath, workDir } from '../oracle/c-programs.js';
import { assemble } from '../../asm/assembler.js';
import { runElf } from '../kernel/harness.js';
import { parseTlbSpec } from '../../src/machine/tlb.js';

const dir = mkdtempSync(join(tmpdir(), 'vmlab-run-'));

describe('vmlab run', () => {
  it('runs a .s file: guest stdout on stdout, guest status as vmlab\'s', () => {
    expect(vmlab('run', 'programs/hello.s')).toEqual({ stdout: 'Hello from vmlab!\n', stderr: '', status: 0 });
  });

  it('runs an executable and passes it arguments', () => {
    const exe = join(dir, 'touch');
    expect(vmlab('asm', 'programs/bss-touch.s', '-o', exe).status).toBe(0);
    expect(vmlab('run', exe, '300')).toEqual({ stdout: '', stderr: 'usage: bss-touch N (N from 0 to 256)\n', status: 2 });
  });

  it('reports a SIGSEGV in one line and exits 139', () => {
    expect(vmlab('run', 'programs/write-text.s')).toEqual({
      stdout: '', status: 139,
      stderr: 'vmlab: programs/write-text.s: SIGSEGV: store at 0x00400000: .text [0x00400000-0x00401000 r-x] is not writable (pc 0x0040000c)\n',
    });
  });

  it('writes --stats-json with the documented keys, addresses as strings', () => {
    const file = join(dir, 'stats.json');
    expect(vmlab('run', 'programs/bss-touch.s', '5', '--stats-json', file).status).toBe(0);
    const stats = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(stats)).toEqual(expect.arrayContaining(['instructions', 'cycles', 'tlb', 'walks', 'walkCycles', 'faults', 'vmas', 'host']));
    expect(Object.keys(stats.tlb.itlb)).toEqual(expect.arrayContaining(['accesses', 'hits', 'misses', 'evictions', 'flushes']));
    expect(stats.faults).toEqual({ minor: 6, major: 1, protection: 0, invalid: 0, cow: 0 });
    expect(stats.vmas[1]).toEqual({ name: '.bss', start: '0x00401000', end: '0x00501000', perm: 'rw-', faults: { minor: 5, major: 0, protection: 0, evictions: 0 } });
    expect(stats.tlb.dtlb.accesses).toBe(stats.tlb.dtlb.hits + stats.tlb.dtlb.misses);
    expect(typeof stats.host.seconds).toBe('number');
  });

  it('prints a readable report with --stats', () => {
    const r = vmlab('run', 'programs/hello.s', '--stats', '--itlb', '8:fa:fifo', '--costs', 'flat');
    expect(r.stderr).toContain('vmlab: programs/hello.s: exited with status 0\n  instructions          9\n  cycles                100,009 (CPI 11112.11), 100,000 idle (no process ready)\n');
    expect(r.stderr).toContain('ITLB 8:fa:fifo');
    expect(r.stderr).toContain('page faults           1 minor, 1 major, 0 protection');
  });

  it('shows no CPI when no instruction ran', () => {
    const source = join(dir, 'fault-first.s');
    writeFileSync(source, '.globl _start\n_start:\n lw a0, 0(zero)\n');
    const r = vmlab('run', source, '--stats');
    expect(r.status).toBe(139);
    expect(r.stderr).toMatch(/\n {2}instructions {10}0\n {2}cycles {16}[\d,]+ \(CPI -\), /);
  });

  it('takes settings from a JSON config, flags winning', () => {
    const config = join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ dtlb: '4:1:lru', costs: 'textbook', cost: { memory: 7 }, mmu: 'off' }));
    const file = join(dir, 'c.json');
    expect(vmlab('run', 'programs/hello.s', '--config', config, '--mmu', 'on', '--stats-json', file).status).toBe(0);
    const stats = JSON.parse(readFileSync(file, 'utf8'));
    expect([stats.mmu, stats.tlb.dtlb.spec]).toEqual([true, '4:1:lru']);
  });

  it('takes repeated --cost overrides before the program', () => {
    const r = vmlab('run', '--costs', 'flat', '--cost', 'memory=5', '--cost', 'alu=2', '--stats', 'programs/hello.s');
    // 7 ALU-class at 2, 2 ecalls at 1, a disk read, and at exit two PTEs freed (a memory read and write each)
    expect(r.stderr).toContain('  cycles                100,036 (CPI 11115.11)');
  });

  it('takes a cost whose name has a digit (l2tlbHit): each second-level TLB hit costs it', () => {
    const run = (cycles: number): { cycles: number; tlb: { l2tlb: { hits: number } } } => {
      const out = join(dir, `l2-${cycles}.json`);
      expect(vmlab('run', 'programs/locality.s', 'col', '--l2tlb', '1024:4:lru', '--cost', `l2tlbHit=${cycles}`, '--stats-json', out).status).toBe(0);
      return JSON.parse(readFileSync(out, 'utf8'));
    };
    const [free, costly] = [run(0), run(7)];
    expect(free.tlb.l2tlb.hits).toBe(131072);
    expect(costly.cycles - free.cycles).toBe(7 * 131072);
  });

  it('records the page reference string at TLB-miss granularity, or of every access, for vmlab replay', () => {
    const misses = join(dir, 'misses.refs');
    expect(vmlab('run', 'programs/bss-touch.s', '2', '--trace-pages', misses).status).toBe(0);
    // each page misses twice: the walk that faults, then the one that finds the new mapping
    expect(readFileSync(misses, 'utf8')).toBe(['0x400', '0x400', '0x7fffe', '0x401', '0x401', '0x402', '0x402', ''].join('\n'));
    const every = join(dir, 'every.refs');
    const statsFile = join(dir, 'every.json');
    expect(vmlab('run', 'programs/bss-touch.s', '2', '--trace-pages', every, '--trace-every-access', '--stats-json', statsFile).status).toBe(0);
    const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
    const lines = readFileSync(every, 'utf8').trim().split('\n');
    // every completed access: the TLBs also count the 3 that faulted (the first fetch, a store to
    // each .bss page) before they ran again; the fourth fault, of the stack, is exec's own
    expect(stats.faults.minor + stats.faults.major).toBe(4);
    expect(lines.length).toBe(stats.tlb.itlb.accesses + stats.tlb.dtlb.accesses - 3);
    expect(vmlab('replay', '--refs-file', every, '--frames', '2', '--policy', 'lru').status).toBe(0);
  });

  it('says how the run ended once, with --stats as without (the report\'s first line)', () => {
    const handler = join(dir, 'nonsense-handler.js');
    writeFileSync(handler, 'export default () => 42;');
    const cases: [string[], number, string][] = [
      [['programs/hello.s', '--fault-handler', handler], 70,
        `stopped: fault handler '${handler}': returned number 42, not { kind: 'retry' | 'segv' | 'sigbus' | 'killed' }`],
      [['programs/protection.s', 'write'], 139,
        'SIGSEGV: store at 0x7f7fd000: [anon] [0x7f7fd000-0x7f7fe000 r--] is not writable (pc 0x00400074)'],
      [['programs/sieve.s', '--max-instructions', '1000'], 124, 'stopped after 1000 instructions (--max-instructions)'],
    ];
    for (const [args, status, ending] of cases) {
      const line = `vmlab: ${args[0]}: ${ending}\n`;
      expect(vmlab('run', ...args)).toEqual({ stdout: '', stderr: line, status });
      const r = vmlab('run', ...args, '--stats');
      expect(r.status).toBe(status);
      expect(r.stderr.startsWith(`${line}  instructions `), r.stderr).toBe(true);
      expect(r.stderr.split(line).length, r.stderr).toBe(2);
    }
  });

  it('stops at --max-instructions with a message and status 124', () => {
    expect(vmlab('run', 'programs/sieve.s', '--max-instructions', '1000')).toEqual({
      stdout: '', stderr: 'vmlab: programs/sieve.s: stopped after 1000 instructions (--max-instructions)\n', status: 124,
    });
  });

  it.each([
    [['--ram', '12q'], "vmlab: bad --ram '12q': expected a size like 16M, 64k or 4096\n", 1],
    [['--ram', '16k'], "vmlab: bad --ram '16k': must be a multiple of 4 KiB from 32 KiB to 2 GiB\n", 1],
    [['--itlb', '3:1:lru'], "vmlab: --itlb: bad TLB spec '3:1:lru': entries and ways must be powers of 2, ways <= entries <= 65536\n", 1],
    [['--costs', 'fast'], "vmlab: unknown cost preset 'fast' (known: default, textbook, flat)\n", 1],
    [['--cost', 'walk=3'], 'vmlab: unknown cost \'walk\' (known: alu, branchNotTaken, branchTaken, jump, mul, div, load, store, system, csr, fence, memory, walkLevel, l2tlbHit, trapEntry, trapExit, zeroPage, copyPage, contextSwitch)\n', 1],
    // Above 1,000,000 a block's cycles could wrap in 32 bits, differently on each engine.
    [['--cost', 'memory=2147483648'], "vmlab: bad cost memory '2147483648': expected a whole number from 0 to 1000000\n", 1],
    [['--cost', 'alu=1000001'], "vmlab: bad cost alu '1000001': expected a whole number from 0 to 1000000\n", 1],
    [['--disk', 'floppy'], "vmlab: unknown disk preset 'floppy' (known: textbook, textbook-100k, ssd, hdd, ram)\n", 1],
    [['--mmu', 'maybe'], "vmlab: bad --mmu 'maybe': expected on or off\n", 1],
    [['--quantum', '0'], "vmlab: bad --quantum '0': expected a whole number from 1 to 9007199254740991\n", 1],
    [['--max-procs', '512'], "vmlab: bad --max-procs '512': expected a whole number from 1 to 511\n", 1],
    [['--max-procs', 'many'], "vmlab: bad --max-procs 'many': expected a whole number from 1 to 511\n", 1],
    [['--max-instructions', '1e99'], "vmlab: bad --max-instructions '1e99': expected a whole number from 0 to 9007199254740991\n", 1],
    [['--seed', '-1'], "vmlab: bad --seed '-1': expected a whole number from 1 to 4294967295\n", 1],
    [['--tlb', '16:4:lru', '--dtlb', '8:2:lru'], 'vmlab: --tlb (one TLB for fetches and data) and --dtlb (split TLBs) contradict each other: give one of them\n', 1],
  ])('rejects %j in one line', (flags, stderr, status) => {
    expect(vmlab('run', 'programs/hello.s', ...flags)).toEqual({ stdout: '', stderr, status });
  });

  it('runs processes with --check, and reports the scheduler and each process', () => {
    const r = vmlab('run', 'programs/fork-cow.s', '10', '--check', '--asid', '--quantum', '50000', '--stats');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('child: wrote its pages\nparent: child exited with status 0, my array is intact\n');
    expect(r.stderr).toContain('  page faults           268 minor, 1 major, 0 protection (10 copy-on-write, 10 copied)\n');
    expect(r.stderr).toMatch(/\n {2}scheduler {13}quantum 50,000 cycles, 2 context switches, ASIDs on \(no flushes\), \d+ preemptions\n/);
    expect(r.stderr).toMatch(/\n {4}pid 2 \(ppid 1\) {6}programs\/fork-cow\.s: exit 0; faults 10 minor, 0 major \(10 copy-on-write, 10 copied\); /);
  });

  it('reports a child killed by a fault with its pid', () => {
    const prog = join(dir, 'child-segv.s');
    writeFileSync(prog, `.globl _start
_start: li a0, 17
  li a1, 0
  li a7, 220
  ecall
  beqz a0, child
  li a0, 0
  li a1, 0
  li a2, 0
  li a3, 4
  li a4, 0
  li a7, 95
  ecall
  li a0, 0
  li a7, 93
  ecall
child: lw t0, 0(zero)
`);
    expect(vmlab('run', prog)).toEqual({
      stdout: '', status: 0,
      stderr: `vmlab: ${prog}: pid 2: SIGSEGV: load at 0x00000000: no mapping (pc 0x0040003c)\n`,
    });
  });

  it('refuses a file it cannot execute with status 126', () => {
    const notElf = join(dir, 'text.bin');
    writeFileSync(notElf, 'hello');
    expect(vmlab('run', notElf)).toEqual({ stdout: '', stderr: `vmlab: ${notElf}: cannot execute: not an ELF file (bad magic number)\n`, status: 126 });
  });

  it('refuses an unknown key in a config file', () => {
    const config = join(dir, 'bad.json');
    writeFileSync(config, '{"rams": "1M"}');
    expect(vmlab('run', 'programs/hello.s', '--config', config).stderr).toBe(
      `vmlab: unknown key 'rams' in config '${config}' (known: ram, itlb, dtlb, tlb, l2tlb, asid, mmu, costs, cost, disk, seed, clockHz, timerHz, maxInstructions, engine)\n`);
  });

  // Found by an adversarial test: ["64k"] was taken as "64k", ["off"] refused as 'off'.
  it('refuses a config value of the wrong JSON type, naming the key and the types it takes', () => {
    const refusal = (json: string): string => {
      const config = join(dir, 'typed.json');
      writeFileSync(config, json);
      return vmlab('run', 'programs/hello.s', '--config', config).stderr.replace(config, 'C');
    };
    expect(refusal('{"ram": ["64k"]}')).toBe("vmlab: config 'C': 'ram' must be a string or a number, not an array\n");
    expect(refusal('{"mmu": ["off"]}')).toBe("vmlab: config 'C': 'mmu' must be a string or a boolean, not an array\n");
    expect(refusal('{"engine": {"name": "jit"}}')).toBe("vmlab: config 'C': 'engine' must be a string, not an object\n");
    expect(refusal('{"l2tlb": 5}')).toBe("vmlab: config 'C': 'l2tlb' must be a string or null, not a number\n");
    expect(refusal('{"clockHz": null}')).toBe("vmlab: config 'C': 'clockHz' must be a string or a number, not null\n");
    expect(refusal('{"cost": 5}')).toBe("vmlab: config 'C': 'cost' must be an object or an array or a string, not a number\n");
    // A count as a string, and a cost as one NAME=CYCLES string, as on the command line
    expect(refusal('{"clockHz": "2000000000", "cost": "memory=120", "seed": "7"}')).toBe('');
  });

  it('--engine: interp and jit print the same statistics; an unknown engine is refused', () => {
    // locality.s row: 2.9 M instructions, whose loops the jit translates (hot past translateAfter).
    const stats = (engine: string): string => {
      const out = join(dir, `stats-${engine}.json`);
      expect(vmlab('run', 'programs/locality.s', 'row', '--engine', engine, '--stats-json', out).status).toBe(0);
      return readFileSync(out, 'utf8').replace(/"host": \{[^}]*\}/, '');
    };
    expect(stats('jit')).toBe(stats('interp'));
    expect(vmlab('run', 'programs/hello.s', '--engine', 'fast')).toEqual({
      stdout: '', stderr: "vmlab: unknown engine 'fast' (known: interp, jit)\n", status: 1,
    });
    expect(vmlab('run', 'programs/hello.s', '--engine', '')).toEqual({
      stdout: '', stderr: "vmlab: unknown engine '' (known: interp, jit)\n", status: 1,
    });
    expect(vmlab('run', 'programs/hello.s', '--engine')).toEqual({
      stdout: '', stderr: "vmlab: option '--engine <name>' argument missing\n", status: 2,
    });
  });
});

describe('vmlab run gives what one straight run of the kernel gives, whatever the host\'s speed', () => {
  // Found by an adversarial test: the CLI ran the kernel in pieces of 2^22 instructions counted
  // from where the host's 100 ms clock had stopped the last piece, and a piece's end moves the
  // timer by the data-TLB walk cycles of its last run of instructions: where preemptions fell,
  // the guest's output and every statistic changed from run to run with the machine's load.
  it('two processes preempted mid-walk: the same interleaving and cycles as kernel.run() to the end', () => {
    const path = 'test/corpus/preempt-walks.s';
    const json = join(dir, 'preempt.json');
    const cli = vmlab('run', path, '--dtlb', '4:4:lru', '--quantum', '200000', '--engine', 'interp', '--stats-json', json);
    const elf = assemble([{ path, text: readFileSync(path, 'utf8') }]).elf;
    const straight = runElf(elf, { dtlb: parseTlbSpec('4:4:lru'), engine: 'interp' }, [path], Infinity, { quantum: 200_000 });
    expect(cli.stdout).toBe(straight.stdout);
    expect(JSON.parse(readFileSync(json, 'utf8')).cycles).toBe(straight.machine.cpu.cycles);
  }, 60_000);

  it('shows the guest its standard streams as the host has them: sockets from a parent, as under qemu-riscv32', () => {
    const qemu = JSON.parse(readFileSync(resultPath('ioctl-sockets'), 'utf8'));
    expect(vmlabIn(workDir(), ['run', join(ROOT, elfPath('ioctl-sockets'))])).toEqual({ stdout: qemu.stdout, stderr: '', status: 0 });
  });

  it('shows the guest its standard streams as the host has them: /dev/null, a file', () => {
    const run = workDir();
    const out = join(run, 'out.txt');
    const [input, output] = [openSync('/dev/null', 'r'), openSync(out, 'w')];
    const r = spawnSync(process.execPath, [BIN, 'run', join(ROOT, elfPath('ioctl-sockets'))], { cwd: run, stdio: [input, output, 'pipe'], encoding: 'utf8' });
    closeSync(input);
    closeSync(output);
    expect([r.status, r.stderr]).toEqual([0, '']);
    const lines = readFileSync(out, 'utf8').split('\n');
    // /dev/null is a character device but no terminal; the file is a file
    expect(lines.slice(0, 5)).toEqual(['fd 0', ' type: character device', ' TCGETS: -25', ' TIOCGWINSZ: -25', ' TCGETS to a bad address: -25']);
    expect(lines.slice(5, 10)).toEqual(['fd 1', ' type: file', ' TCGETS: -25', ' TIOCGWINSZ: -25', ' TCGETS to a bad address: -25']);
  });

  it('shows the guest a terminal as one, with the terminal\'s window (script(1) gives vmlab a new one)', () => {
    const command = `stty rows 30 cols 100; exec '${process.execPath}' '${BIN}' run '${join(ROOT, elfPath('ioctl'))}'`;
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: workDir(), stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    expect(r.status).toBe(0);
    const lines = r.stdout.replaceAll('\r\n', '\n').split('\n');
    const qemu = JSON.parse(readFileSync(resultPath('ioctl'), 'utf8')).stdout.split('\n');
    // qemu's run had a window of 24 by 80: the rest is the same
    expect(lines.map((l) => l.replace(/^  30$/, '  24').replace(/^  100$/, '  80'))).toEqual(qemu);
    expect(lines.slice(27, 31)).toEqual([' TIOCGWINSZ: 0', '  30', '  100', '  0']);
  });
});
