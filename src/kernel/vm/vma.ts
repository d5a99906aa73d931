/**
 * Virtual memory areas: the ranges of a process's address space and what backs them.
 * A page of a file-backed area comes from the file (a major fault) for the bytes below `fileSize`,
 * and is zero after; an anonymous area is demand-zero (a minor fault).
 */
export const PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4;

export interface VmaFaults {
  minor: number;
  major: number;
  protection: number;
}

export interface Vma {
  name: string;
  start: number;
  end: number;
  prot: number;
  /** The file's bytes, the offset of `start` in it, and how many bytes from `start` it provides. */
  file: { bytes: Uint8Array; offset: number; size: number } | null;
  faults: VmaFaults;
}

/** "r-x" style permissions. */
export function protString(prot: number): string {
  return (prot & PROT_READ ? 'r' : '-') + (prot & PROT_WRITE ? 'w' : '-') + (prot & PROT_EXEC ? 'x' : '-');
}

export const hex32 = (n: number): string => `0x${(n >>> 0).toString(16).padStart(8, '0')}`;

/** "NAME [START-END PERM]" for messages. */
export function describeVma(v: Vma): string {
  return `${v.name} [${hex32(v.start)}-${hex32(v.end)} ${protString(v.prot)}]`;
}

/** The area of `vmas` containing `va`, if any. */
export function findVma(vmas: readonly Vma[], va: number): Vma | undefined {
  const a = va >>> 0;
  return vmas.find((v) => a >= v.start && a < v.end);
}

export function newVma(name: string, start: number, end: number, prot: number, file: Vma['file'] = null): Vma {
  return { name, start, end, prot, file, faults: { minor: 0, major: 0, protection: 0 } };
}
