/** The CSRs vmlab knows by name: the Zicntr user counters and their high halves. */
export const CSR_NAMES: ReadonlyMap<string, number> = new Map([
  ['cycle', 0xc00], ['time', 0xc01], ['instret', 0xc02],
  ['cycleh', 0xc80], ['timeh', 0xc81], ['instreth', 0xc82],
]);

const CSR_BY_NUMBER = new Map<number, string>([...CSR_NAMES].map(([name, n]) => [n, name]));

/** The name of CSR number `n`, or its number in hex (as objdump prints an unknown CSR). */
export function csrName(n: number): string {
  return CSR_BY_NUMBER.get(n) ?? `0x${n.toString(16)}`;
}
