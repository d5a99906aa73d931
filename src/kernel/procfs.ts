/**
 * /proc/PID/maps and /proc/self/maps: a process's areas as Linux's procfs shows them
 * (fs/proc/task_mmu.c, show_map_vma), the text made when the file is opened. No other name
 * under /proc exists here (ENOENT), and a directory `proc` in the guest's tree is hidden by it.
 */
import { posix } from 'node:path';
import type { Process } from './proc.js';
import type { Vma, VmaFile } from './vm/vma.js';
import { PROT_EXEC, PROT_READ, PROT_WRITE } from './vm/vma.js';

const MAPS_PATH = /^\/proc\/(self|[1-9]\d{0,9})\/maps$/;

/**
 * Whose maps file the absolute guest path `path` names: `p` for /proc/self/maps, the process
 * PID for /proc/PID/maps (undefined if there is none); null if `path` names no maps file.
 */
export function mapsOwner(path: string, p: Process, procs: ReadonlyMap<number, Process>): Process | undefined | null {
  const m = MAPS_PATH.exec(posix.normalize(path));
  if (!m) return null;
  return m[1] === 'self' ? p : procs.get(Number(m[1]));
}

/** Where a line's name starts, as Linux pads it on a 32-bit machine (25 + 6 × sizeof(void *) - 1 columns, then a blank). */
const NAME_COLUMN = 48;

/**
 * `p`'s areas, a line each in address order, as Linux writes them: `start-end perms offset
 * dev inode` and the name (the file mapped, `[heap]`, `[stack]`, `[vdso]`, shared anonymous
 * memory as `/dev/zero (deleted)`, nothing for private anonymous memory and `.bss`). vmlab has
 * one device: 00:00. A process that has exited has none.
 */
export function mapsText(p: Process): string {
  if (p.exited) return '';
  return p.vmas.map((v) => {
    const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');
    const perms = `${v.prot & PROT_READ ? 'r' : '-'}${v.prot & PROT_WRITE ? 'w' : '-'}${v.prot & PROT_EXEC ? 'x' : '-'}${v.file?.shared ? 's' : 'p'}`;
    const file = shownFile(v);
    const prefix = `${hex(v.start)}-${hex(v.end)} ${perms} ${hex(file?.offset ?? 0)} 00:00 ${file?.inode.ino ?? 0} `;
    const name = file === null ? (/^\[(heap|stack|vdso)\]$/.test(v.name) ? v.name : '')
      : file.inode.swapBacked ? '/dev/zero (deleted)' : file.inode.path.startsWith('/') ? file.inode.path : `/${file.inode.path}`;
    return name === '' ? `${prefix}\n` : `${prefix.padEnd(NAME_COLUMN)} ${name}\n`;
  }).join('');
}

/**
 * The file Linux shows for area `v`: none for the kernel's `[vdso]`, nor for a segment with no
 * bytes from the file (a program's `.bss` alone, which Linux maps anonymous).
 */
function shownFile(v: Vma): VmaFile | null {
  if (v.file === null || v.name === '[vdso]' || (v.file.size === 0 && !v.file.shared)) return null;
  return v.file;
}
