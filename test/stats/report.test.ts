/** The line that says how a run ended: the count of instructions worded as a count. */
import { describe, expect, it } from 'vitest';
import { endingLine } from '../../src/stats/report.js';

describe('endingLine', () => {
  it('says "instruction" for one and "instructions" for any other count', () => {
    const limit = (instructions: number): string | null => endingLine({ instructions, exit: { status: 124, end: 'limit', report: null } });
    expect(limit(1)).toBe('stopped after 1 instruction (--max-instructions)');
    expect(limit(0)).toBe('stopped after 0 instructions (--max-instructions)');
    expect(limit(2)).toBe('stopped after 2 instructions (--max-instructions)');
    expect(endingLine({ instructions: 1, exit: { status: 130, end: 'interrupted', report: null } })).toBe('interrupted (SIGINT) after 1 instruction');
  });
});
