// `.float`'s decimal to single conversion (asm/float32.ts), against GNU as's answers (recorded
// with riscv64-unknown-elf-as 2.42 on 2026-12-07) and against every single's own decimal.
import { describe, expect, it } from 'vitest';
import { float32Bits } from '../../asm/float32.js';

const hex = (text: string): string => float32Bits(text).bits.toString(16).padStart(8, '0');

describe('float32Bits', () => {
  it('rounds as GNU as does: to nearest, a short tie away from zero, a long one toward it', () => {
    expect(hex('16777217')).toBe('4b800001'); // 2^24 + 1
    expect(hex('16777219.0')).toBe('4b800002');
    expect(hex('-33554434.0')).toBe('cc000001');
    expect(hex('1.000000059604644775390625')).toBe('3f800000'); // 1 + 2^-24, written in 25 digits
    expect(hex('1.000000178813934326171875')).toBe('3f800001'); // 1 + 3·2^-24
    expect(hex('1.0000000596046448')).toBe('3f800001'); // just past the first tie
    expect(hex('1.0000000596046447')).toBe('3f800000');
    expect(hex('1.4e-45')).toBe('00000001');
    expect(hex('2.1019476964872256e-45')).toBe('00000001');
    expect(hex('3.40282356779733661637539395458142568448e38')).toBe('7f7fffff'); // FLT_MAX + half its last place
    expect(hex('3.4028235677973366e38')).toBe('7f7fffff');
    expect(float32Bits('3.4028236e38')).toEqual({ bits: 0x7f800000, tooLarge: false }); // rounds up to infinity
    expect(float32Bits('3.5e38')).toEqual({ bits: 0x7f800000, tooLarge: true }); // past the format: GNU's error
    expect(float32Bits('-1e400').tooLarge).toBe(true);
    expect(hex('-0.0')).toBe('80000000');
    expect(hex('1e-400')).toBe('00000000');
    expect(hex('.5')).toBe('3f000000');
    expect(hex('+2.')).toBe('40000000');
    expect(hex('-1.17549435e-38')).toBe('80800000'); // FLT_MIN
  });

  it('gives back every single from its shortest decimal', () => {
    let s = 12345;
    const words = new Uint32Array(1), floats = new Float32Array(words.buffer);
    for (let i = 0; i < 20000; i++) {
      s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
      words[0] = s >>> 0;
      if (!Number.isFinite(floats[0])) continue;
      const text = String(floats[0]);
      if (float32Bits(text).bits !== words[0]) expect.fail(`${text}: ${float32Bits(text).bits.toString(16)}, not ${words[0].toString(16)}`);
    }
  });
});
