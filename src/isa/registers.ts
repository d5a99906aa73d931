/** RISC-V integer register names: ABI names (as objdump prints them) and x0..x31. */

export const ABI_NAMES: readonly string[] = [
  'zero', 'ra', 'sp', 'gp', 'tp', 't0', 't1', 't2',
  's0', 's1', 'a0', 'a1', 'a2', 'a3', 'a4', 'a5',
  'a6', 'a7', 's2', 's3', 's4', 's5', 's6', 's7',
  's8', 's9', 's10', 's11', 't3', 't4', 't5', 't6',
];

const REGISTER_NUMBERS = new Map<string, number>();
ABI_NAMES.forEach((name, i) => REGISTER_NUMBERS.set(name, i));
for (let i = 0; i < 32; i++) REGISTER_NUMBERS.set(`x${i}`, i);
REGISTER_NUMBERS.set('fp', 8);

/** The register number a name denotes (x5, t0, fp...), or -1 if it names no register. */
export function registerNumber(name: string): number {
  return REGISTER_NUMBERS.get(name) ?? -1;
}

/** The ABI name of register `n`. */
export function registerName(n: number): string {
  return ABI_NAMES[n];
}
