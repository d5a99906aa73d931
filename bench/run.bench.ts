/**
 * Emulator speed (npm run bench:run): millions of guest instructions per second on the
 * compute-bound programs/sieve.s, with the default TLBs, with translation off (--mmu off), and
 * with a tiny DTLB. Each case runs in its own process (bench/run-case.ts, with benny).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CASES } from './run-case.js';

const script = fileURLToPath(new URL('./run-case.js', import.meta.url));
const results = Object.keys(CASES).map((name) => {
  const out = execFileSync(process.execPath, [script, name], { encoding: 'utf8' });
  process.stdout.write(out.split('\n').filter((l) => !l.startsWith('{')).join('\n'));
  return JSON.parse(out.trim().split('\n').pop()!) as { name: string; title: string; instructions: number; mips: number };
});
console.log(`\nguest MIPS (${results[0].instructions.toLocaleString('en-US')} instructions per run of the sieve):`);
for (const r of results) console.log(`  ${r.title}: ${r.mips.toFixed(1)} MIPS`);
const on = results.find((r) => r.name === 'default')!;
const off = results.find((r) => r.name === 'off')!;
console.log(`  modelled translation / no translation: ${(on.mips / off.mips).toFixed(2)}`);
