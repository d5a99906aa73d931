// The shared zero page (what Linux does): a read of untouched anonymous memory maps the kernel's
// one zero frame, read-only; the first write to the page copies it (copy-on-write). A program that
// reads much more memory than it writes then uses one frame for all it only read.
//
//   npx vmlab run programs/bss-touch.s 100 --fault-handler examples/zero-page-handler.ts --stats
//
// Everything else is the minimal handler's (examples/minimal-handler.ts).
export default {
  name: 'zero-page',
  handleFault(fault: any, k: any) {
    const area = fault.area ?? (fault.va < 0x80000000 ? k.growStack(fault.va) : 'kernel space (supervisor-only)');
    if (typeof area === 'string') return { kind: 'segv', reason: area };
    const need = { fetch: 4, load: 1, store: 2 }[fault.access as 'fetch'];
    if ((area.rights & need) === 0) return { kind: 'segv', reason: `${area.label} forbids a ${fault.access}` };
    const pte = fault.pte;
    const anonymous = area.fileBytes <= fault.page - area.start && !area.shared;
    if (pte.kind === 'none' && anonymous && fault.access !== 'store') {
      const zero = k.sharedZeroFrame();                // read of an untouched page: the zero frame
      if (zero < 0) return k.outOfMemory(fault.page);
      k.count('minor', fault.page);
      return k.map(fault.page, zero, area.rights & ~2) ? { kind: 'retry' } : { kind: 'killed' };
    }
    let frame = -1, major = false;
    if (pte.kind === 'present') {                     // a store to a shared page: copy it
      k.holdFrame(pte.frame);                          // allocating may evict the page: keep its frame
      frame = k.allocFrame();
      k.releaseFrame(pte.frame);
      if (frame < 0) return k.outOfMemory(fault.page);
      if (k.pte(fault.page).frame !== pte.frame) { k.releaseFrame(frame); return { kind: 'retry' }; } // evicted: fault again
      k.copyFrame(pte.frame, frame);
      k.count('minor', fault.page);
      k.count('cow', fault.page);
      k.count('cowCopy', fault.page);
      k.remap(fault.page, frame, area.prot);
      return { kind: 'retry' };
    }
    let prot = area.prot;
    if (pte.kind === 'swapped') {
      const back = k.swapIn(fault.page);
      if (!back) return k.outOfMemory(fault.page);
      frame = back.frame;
      major = back.major;
      if (back.shared) prot = area.rights & ~2;
    } else if (!anonymous && area.fileBytes > fault.page - area.start) {
      if (fault.page - area.start >= area.fileEnd) return { kind: 'sigbus', reason: `past the end of the file in ${area.label}` };
      const file = k.filePage(fault.page);
      if (!file) return k.outOfMemory(fault.page);
      major = file.major;
      if (area.shared) frame = file.frame;
      else {
        frame = k.allocFrame();
        if (frame >= 0) k.copyFrame(file.frame, frame, file.bytes);
        k.releaseFrame(file.frame);
      }
    } else {
      frame = k.allocFrame();
      if (frame >= 0) k.zeroFrame(frame);
    }
    if (frame < 0) return k.outOfMemory(fault.page);
    k.count(major ? 'major' : 'minor', fault.page);
    return k.map(fault.page, frame, prot) ? { kind: 'retry' } : { kind: 'killed' };
  },
};
