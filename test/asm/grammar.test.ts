/** The grammar's rules on their own (asm/riscv.ohm), and the IR the semantics build. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as ohm from 'ohm-js';
import { matchesRule, parseLine } from '../../asm/parse.js';
import { StatementError } from '../../asm/errors.js';

describe('the precompiled grammar', () => {
  // ohm-js's recipe functions, exported but missing from its typings.
  const recipes = ohm as unknown as { makeRecipe(recipe: unknown): { toRecipe(): string } };
  const recipeOf = (g: ohm.Grammar): string => (g as unknown as { toRecipe(): string }).toRecipe();

  it('dist/asm/riscv.recipe.json (npm run build) is asm/riscv.ohm\'s grammar, and rebuilds to it', () => {
    const fromSource = recipeOf(ohm.grammar(readFileSync('asm/riscv.ohm', 'utf8')));
    const recipe = readFileSync('dist/asm/riscv.recipe.json', 'utf8');
    expect(recipe).toBe(fromSource);
    expect(recipes.makeRecipe(JSON.parse(recipe)).toRecipe()).toBe(fromSource);
  });
});

describe('grammar rules', () => {
  it.each([
    ['identifier', ['a0', '_start', '.L1', 'foo.bar', 'x$1', 'fence.i', '.', '$x']],
    ['number', ['0', '42', '0x1F', '0XfF', '0b101', '017']],
    ['localRef', ['1b', '23f']],
    ['charLiteral', ["'a'", "'\\n'", "'a"]],
    ['string', ['"abc"', '"tab\\t quote\\" end"', '""']],
    ['Expr', ['1 + 2 * 3', '-(x - 1) >> 2', '%hi(sym)', '%pcrel_lo(1b)', '~0xf & 0xff', "'a' + 1", '. - msg']],
    ['Operand', ['a0', '8(sp)', '(a1)', '%lo(x)(t0)', '(4 + 4)(a2)', '"str"', '-4']],
    ['Label', ['loop:', '1:', '.Lend:']],
    ['Line', ['', 'nop', 'loop: addi a0, a0, -1', 'a: b: ret', 'nop ; nop; ret', '.word 1, 2, 3', 'x = 4', '1: 2:']],
  ])('%s accepts its forms', (rule, inputs) => {
    for (const input of inputs) expect(matchesRule(input, rule), `${rule}: ${input}`).toBe(true);
  });

  it.each([
    ['identifier', ['1abc', '1$', '']],
    ['number', ['0x', '12ab', '0b2', '08']],
    ['localRef', ['1c', 'b']],
    ['string', ['"unterminated', "'c'"]],
    ['Expr', ['1 +', '()', '%foo(x)', '* 2']],
    ['Operand', ['8(sp', '(a1', '']],
    ['Line', ['addi a0, 1 +', 'nop nop nop', 'lw a0, 4(sp) x', ': x', '.p2align 4,,(']],
  ])('%s rejects malformed input', (rule, inputs) => {
    for (const input of inputs) expect(matchesRule(input, rule), `${rule}: ${input}`).toBe(false);
  });
});

describe('line → IR', () => {
  it('builds statements with labels, mnemonic and operand kinds, with columns', () => {
    const { line, indent } = parseLine('    loop: lw a0, 8(sp)  # comment');
    expect(indent).toBe(4);
    expect(line).toEqual([{
      labels: [{ name: 'loop', col: 0 }],
      op: {
        name: 'lw', col: 6, operands: [
          { k: 'expr', expr: { k: 'sym', name: 'a0', col: 9 }, col: 9 },
          { k: 'mem', offset: { k: 'num', value: 8, col: 13 }, base: 'sp', baseCol: 15, col: 13 },
        ],
      },
    }]);
  });

  it('applies GNU precedence: * binds tighter than |, which binds tighter than +', () => {
    const { line } = parseLine('.word 1 | 2 + 3 * 4');
    const operand = line[0].op!.operands[0];
    expect(operand.k === 'expr' && operand.expr).toMatchObject({
      k: 'binary', op: '+',
      left: { k: 'binary', op: '|', left: { value: 1 }, right: { value: 2 } },
      right: { k: 'binary', op: '*', left: { value: 3 }, right: { value: 4 } },
    });
  });

  it('decodes string escapes and character literals to bytes', () => {
    const { line } = parseLine(`.ascii "a\\tb\\n\\101\\x42\\\\"`);
    const s = line[0].op!.operands[0];
    expect(s.k === 'string' && Array.from(s.bytes)).toEqual([97, 9, 98, 10, 65, 66, 92]);
    const { line: chars } = parseLine(`li a0, '\\n'`);
    const c = chars[0].op!.operands[1];
    expect(c.k === 'expr' && c.expr).toEqual({ k: 'num', value: 10, col: 7 });
  });

  it('splits ";"-separated statements but not a ";" inside a string', () => {
    expect(parseLine('nop; ret').line.map((s) => s.op!.name)).toEqual(['nop', 'ret']);
    expect(parseLine('.ascii "a;b"').line).toHaveLength(1);
  });

  it('ignores a "#" comment but not a "#" inside a string or character literal', () => {
    expect(parseLine('ret # bye').line).toHaveLength(1);
    const s = parseLine('.ascii "#x" # note').line[0].op!.operands[0];
    expect(s.k === 'string' && Buffer.from(s.bytes).toString()).toBe('#x');
    const c = parseLine("li a0, '#'").line[0].op!.operands[1];
    expect(c.k === 'expr' && c.expr).toMatchObject({ value: 35 });
  });

  it('reads (reg) as a base register but (sym) + 1 as an expression', () => {
    expect(parseLine('lw a0, (a1)').line[0].op!.operands[1]).toMatchObject({ k: 'mem', offset: null, base: 'a1' });
    expect(parseLine('li a0, (N) + 1').line[0].op!.operands[1]).toMatchObject({ k: 'expr', expr: { k: 'binary', op: '+' } });
    expect(parseLine('lw a0, (4)(a1)').line[0].op!.operands[1]).toMatchObject({ k: 'mem', offset: { value: 4 }, base: 'a1' });
  });

  it('turns `name = value` into .set', () => {
    expect(parseLine('size = 4 * 8').line[0].op).toMatchObject({ name: '.set', operands: [{ expr: { name: 'size' } }, {}] });
  });

  it('reports a syntax error with the column in the original line', () => {
    try {
      parseLine('   addi a0, a1 +');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(StatementError);
      expect((e as StatementError).col).toBe(15);
      expect((e as StatementError).message).toBe('syntax error: expected end of line, ";", or ",", found \'+\'');
    }
  });
});
