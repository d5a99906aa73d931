// A whole page-fault handler in 20 lines (README): demand-zero, file pages, swap-in, copy-on-write.
export default function handleFault(f: any, k: any) {
  const area = f.area ?? (f.va < 0x80000000 ? k.growStack(f.va) : 'kernel space (supervisor-only)');
  if (typeof area === 'string') return { kind: 'segv', reason: area };
  if ((area.rights & { fetch: 4, load: 1, store: 2 }[f.access as 'load']) === 0) return { kind: 'segv', reason: `${area.label} forbids a ${f.access}` };
  const at = f.page - area.start, pte = f.pte.kind, inFile = pte === 'none' && at < area.fileBytes;
  if (inFile && at >= area.fileEnd) return { kind: 'sigbus', reason: `past the end of the file in ${area.label}` };
  const got = pte === 'swapped' ? k.swapIn(f.page) : inFile ? k.filePage(f.page) : { frame: pte === 'present' ? f.pte.frame : -1 };
  if (!got) return k.outOfMemory(f.page);
  const keep = pte === 'swapped' || (inFile && area.shared);            // map the frame we were given
  const frame = keep ? got.frame : k.allocFrame();
  if (!keep && frame >= 0) got.frame >= 0 ? k.copyFrame(got.frame, frame, got.bytes) : k.zeroFrame(frame);
  if (inFile && !area.shared) k.releaseFrame(got.frame);                  // a private copy of the file's page
  if (frame < 0) return k.outOfMemory(f.page);
  k.count(got.major ? 'major' : 'minor', f.page);
  if (pte !== 'present') return k.map(f.page, frame, got.shared ? area.rights & ~2 : area.prot) ? { kind: 'retry' } : { kind: 'killed' };
  k.count('cow', f.page); k.count('cowCopy', f.page);                     // a store to a copy-on-write page
  k.remap(f.page, frame, area.prot);
  return { kind: 'retry' };
}
