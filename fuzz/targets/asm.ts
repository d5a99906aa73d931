/**
 * `vmlab asm` of mutated sources: lines of programs/*.s, test/corpus/ and compiler output
 * (fuzz/corpus/asm/) deleted, repeated, swapped, edited character by character, or replaced by
 * generated stress lines (huge lines, deep nesting, long expressions, big .space/.fill, random
 * bytes, invalid UTF-8, nested conditionals, repetitions and recursive macros) of sizes up to the options' maxSize. Read as `vmlab asm` reads a file; `.include` finds no file.
 */
import { AssemblyErrors } from '../../asm/errors.js';
import { assemble } from '../../asm/assembler.js';
import { corpusFiles } from '../corpus.js';
import { Rng } from '../rng.js';
import { classifyThrow, type Target } from '../target.js';

let sources: string[][] | null = null;

/** The corpus's sources, as lines (read once). */
function corpus(): string[][] {
  sources ??= [
    ...corpusFiles('programs', '.s'), ...corpusFiles('programs/lib', '.s'), ...corpusFiles('test/corpus', '.s'),
    ...corpusFiles('fuzz/corpus/asm', '.s'),
  ].map(([, bytes]) => Buffer.from(bytes).toString('utf8').split('\n'));
  return sources;
}

/** A size on a logarithmic scale from 1 to `max`. */
const size = (rng: Rng, max: number): number => Math.floor(max ** (rng.next() / 2 ** 32));

const CHARS = '()+-*/%<>&|^~!,.:;"\'\\#$@ \t0123456789abcdefxXlLhHiaszt%';
const NUMBERS = ['0', '-1', '0x7fffffff', '0x80000000', '0xffffffff', '4294967296', '99999999999999999999', '1 << 31', '1/0', '1%0'];

/** A generated line that stresses the parser, the expression evaluator or the section sizes. */
function stressLine(rng: Rng, max: number): string {
  const n = size(rng, max);
  switch (rng.int(13)) {
    case 0: return `  li a0, ${'('.repeat(n)}1${')'.repeat(n)}`;
    case 1: return `  li a0, ${'-'.repeat(n)}1`;
    case 2: return `  li a0, ${Array(n).fill('1').join(rng.pick(['+', '*', '-', '<<', '|']))}`;
    case 3: return `  .byte ${Array(n).fill('1').join(',')}`;
    case 4: return `  .ascii "${'x'.repeat(n)}"`;
    case 5: return `  ${rng.pick(['.space', '.fill', '.zero', '.skip', '.align', '.balign'])} ${rng.pick([String(n), ...NUMBERS])}`;
    case 6: return `${'s'.repeat(n)}: .word ${'s'.repeat(n)}`;
    case 7: return `  .equ e${rng.int(4)}, ${rng.pick(NUMBERS)} ${rng.pick(['+', '*', '/', '<<', '>>'])} e${rng.int(4)}`;
    case 8: return Buffer.from(new Rng(rng.next()).bytes(Math.min(n, 4096))).toString('latin1');
    case 9: {
      const depth = Math.min(n, 10_000); // 3 lines each: a bigger file only measures the line rate
      return `${'.if 1\n.ifdef e0\n.else\n'.repeat(depth)}nop\n${'.endif\n.endif\n'.repeat(rng.int(depth + 1))}`;
    }
    case 10: return `${'.rept 10\n'.repeat(Math.min(n, 12))}nop\n${'.endr\n'.repeat(rng.int(13))}`;
    case 11: return `.macro m${rng.int(3)} a:req, b=1, c:vararg\n.ifb \\c\n.exitm\n.endif\nm${rng.int(3)} \\b, \\c\n.endm\nm${rng.int(3)} ${Array(Math.min(n, 10_000)).fill('1').join(',')}`;
    default: return `  ${' '.repeat(Math.min(n, 100_000))}nop`;
  }
}

/** `line` with 1 to 4 characters inserted, deleted or replaced. */
function editLine(rng: Rng, line: string): string {
  let s = line;
  for (let n = 1 + rng.int(4); n > 0; n--) {
    const at = rng.int(s.length + 1);
    const op = rng.int(4);
    if (op === 0) s = s.slice(0, at) + rng.pick([...CHARS]) + s.slice(at);
    else if (op === 1) s = s.slice(0, at) + s.slice(at + 1);
    else if (op === 2) s = s.slice(0, at) + rng.pick(NUMBERS) + s.slice(at);
    else s = s.slice(0, at) + rng.pick([...CHARS]) + s.slice(at + 1);
  }
  return s;
}

/** A mutated corpus source, as the bytes of a file (it may be invalid UTF-8). */
export function mutatedSource(rng: Rng, maxSize: number): Uint8Array {
  const files = corpus();
  const lines = [...rng.pick(files)];
  const invalidUtf8: number[] = [];
  for (let n = 1 + rng.int(4); n > 0; n--) {
    const at = rng.int(lines.length);
    switch (rng.int(7)) {
      case 0: lines.splice(at, 1); break;
      case 1: lines.splice(at, 0, lines[at] ?? ''); break;
      case 2: [lines[at], lines[0]] = [lines[0], lines[at]]; break;
      case 3: lines[at] = rng.pick(rng.pick(files)); break;
      case 4: lines.splice(at, 0, stressLine(rng, maxSize)); break;
      case 5: invalidUtf8.push(at); break;
      default: lines[at] = editLine(rng, lines[at] ?? ''); break;
    }
  }
  const bad = [0xff, 0xc3, 0x80, 0xed, 0xa0, 0x80, 0xf4, 0x90];
  return Buffer.concat(lines.map((l, i) => Buffer.concat([
    Buffer.from(l, /[^\x00-\xff]/.test(l) ? 'utf8' : 'latin1'), // random-byte lines stay bytes
    invalidUtf8.includes(i) ? Buffer.from(bad.slice(rng.int(4), 4 + rng.int(5))) : Buffer.alloc(0),
    Buffer.from('\n'),
  ])));
}

export const asmTarget: Target = {
  name: 'asm',
  generate(seed, options) {
    return { input: mutatedSource(new Rng(seed), options.maxSize), ext: 's', command: ['asm', 'FILE', '-o', '/tmp/vmlab-fuzz.elf'] };
  },
  run(c) {
    // As `vmlab asm` reads a file: a NUL byte refuses it, anything else is decoded as UTF-8.
    if (c.input.includes(0)) return { kind: 'clean', detail: 'contains NUL bytes' };
    try {
      const out = assemble([{ path: 'case.s', text: Buffer.from(c.input).toString('utf8') }], {
        readFile: (path) => { throw new Error(`no file ${path}`); },
      });
      return { kind: 'ran', detail: `${out.elf.length} bytes` };
    } catch (e) {
      return classifyThrow(e, (x) => x instanceof AssemblyErrors);
    }
  },
};
