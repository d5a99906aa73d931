/**
 * vmlab's errors and warnings for the inputs of gnu-message-cases.ts, against GNU as's recorded
 * in test/fixtures/gnu-messages.json: the same lines, kinds and order (sorted by line, as vmlab
 * reports in line order and GNU as reports some at the end), each vmlab message being GNU's or
 * GNU's followed by vmlab's reason (`illegal operands `addi a0,a1,5000': immediate out of range...`).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { assemble } from '../../asm/assembler.js';
import { AssemblyErrors } from '../../asm/errors.js';
import { GNU_MESSAGE_CASES, type RecordedMessage } from './gnu-message-cases.js';

const recorded = JSON.parse(readFileSync('test/fixtures/gnu-messages.json', 'utf8')) as Record<string, RecordedMessage[]>;

/**
 * Where vmlab reports a message at another line than GNU as: lines of a macro expansion are
 * reported at the invocation's line (GNU: at the line of the macro's definition, then "macro
 * invoked from here"); GNU gives no line for the end of the file, nor for a symbol both weak and
 * common (which it finds at the end; vmlab at the second directive).
 */
const OTHER_LINE = new Set(['end of macro inside conditional', 'end of file inside conditional', "symbol `w' can not be both weak and common",
  "symbol `v' can not be both weak and common"]);

/** vmlab's messages for `text` placed in t.s itself (as the recording keeps GNU's), as `LINE: Error|Warning: TEXT`. */
function vmlabMessages(text: string): RecordedMessage[] {
  try {
    const out = assemble([{ path: 't.s', text }]);
    return out.warnings.filter((w) => w.startsWith('t.s:')).map((w) => w.split('\n')[0].replace(/^t\.s:(\d+):\d+: warning: /, '$1: Warning: '));
  } catch (e) {
    if (!(e instanceof AssemblyErrors)) throw e;
    return e.errors.filter((err) => (err.position?.file ?? 't.s') === 't.s').map((err) => `${err.position?.line ?? '?'}: Error: ${err.message}`);
  }
}

const byLine = (messages: RecordedMessage[]): RecordedMessage[] =>
  [...messages].sort((a, b) => (parseInt(a, 10) || 0) - (parseInt(b, 10) || 0));

describe("vmlab's messages are GNU as's", () => {
  it('has a recording for every case', () => {
    expect(Object.keys(recorded).sort()).toEqual(GNU_MESSAGE_CASES.map((c) => c.name).sort());
  });

  it.each(GNU_MESSAGE_CASES)('$name', ({ name, text }) => {
    const gnu = byLine(recorded[name].filter((m) => !m.startsWith('?')));
    const mine = byLine(vmlabMessages(text));
    const unplaced = recorded[name].filter((m) => m.startsWith('?')).map((m) => m.slice(3));
    expect(mine.length).toBe(gnu.length + unplaced.length);
    const placed = mine.filter((m) => !OTHER_LINE.has(m.replace(/^\d+: \w+: /, '')));
    const gnuPlaced = gnu.filter((m) => !OTHER_LINE.has(m.replace(/^\d+: \w+: /, '')));
    placed.forEach((m, i) => {
      const g = gnuPlaced[i];
      expect(m === g || m.startsWith(`${g}: `) || m.startsWith(`${g} (`), `vmlab: ${m}\nGNU:   ${g}`).toBe(true);
    });
    for (const m of mine.filter((x) => !placed.includes(x))) {
      expect([...gnu, ...unplaced.map((u) => `?: ${u}`)].map((g) => g.replace(/^[\d?]+: /, ''))).toContain(m.replace(/^\d+: /, ''));
    }
  });
});
