// Eager paging, against demand paging: the first fault in an area maps the whole area, so a
// program takes one fault per area instead of one per page, and holds every page of every area it
// touched, used or not.
//
//   npx vmlab run programs/bss-touch.s 16 --fault-handler examples/eager-handler.ts --stats
//
// A page is filled as the minimal handler (examples/minimal-handler.ts) fills it; faults after
// the first (copy-on-write, swap-in) are handled one page at a time. A page of a file mapping
// wholly past the end of the file is left unmapped (SIGBUS when it is touched).
const pastEnd = (area: any, page: number): boolean => page - area.start < area.fileBytes && page - area.start >= area.fileEnd;

function fill(k: any, area: any, page: number, pte: any): { frame: number; prot: number; major: boolean } | null {
  if (pte.kind === 'swapped') {
    const back = k.swapIn(page);
    return back && { frame: back.frame, prot: back.shared ? area.rights & ~2 : area.prot, major: back.major };
  }
  if (area.fileBytes > page - area.start) {
    const file = k.filePage(page);
    if (!file || area.shared) return file && { frame: file.frame, prot: area.prot, major: file.major };
    const frame = k.allocFrame();
    if (frame >= 0) k.copyFrame(file.frame, frame, file.bytes);
    k.releaseFrame(file.frame);
    return frame < 0 ? null : { frame, prot: area.prot, major: file.major };
  }
  const frame = k.allocFrame();
  if (frame < 0) return null;
  k.zeroFrame(frame);
  return { frame, prot: area.prot, major: false };
}

export default {
  name: 'eager',
  handleFault(fault: any, k: any) {
    const area = fault.area ?? (fault.va < 0x80000000 ? k.growStack(fault.va) : 'kernel space (supervisor-only)');
    if (typeof area === 'string') return { kind: 'segv', reason: area };
    const need = { fetch: 4, load: 1, store: 2 }[fault.access as 'fetch'];
    if ((area.rights & need) === 0) return { kind: 'segv', reason: `${area.label} forbids a ${fault.access}` };
    if (fault.pte.kind === 'present') {               // a store to a copy-on-write page
      k.holdFrame(fault.pte.frame);                   // allocating may evict the page: keep its frame
      const frame = k.allocFrame();
      k.releaseFrame(fault.pte.frame);
      if (frame < 0) return k.outOfMemory(fault.page);
      if (k.pte(fault.page).frame !== fault.pte.frame) { k.releaseFrame(frame); return { kind: 'retry' }; } // evicted: fault again
      k.copyFrame(fault.pte.frame, frame);
      k.count('minor', fault.page);
      k.count('cow', fault.page);
      k.count('cowCopy', fault.page);
      k.remap(fault.page, frame, area.prot);
      return { kind: 'retry' };
    }
    if (fault.pte.kind === 'none' && pastEnd(area, fault.page)) return { kind: 'sigbus', reason: `past the end of the file in ${area.label}` };
    // The faulting page first (counted as the fault), then every other page of the area not yet present.
    const pages = [fault.page];
    if (fault.pte.kind === 'none') for (let page = area.start; page < area.end; page += 4096) if (page !== fault.page) pages.push(page);
    for (const page of pages) {
      const pte = page === fault.page ? fault.pte : k.pte(page);
      if (pte.kind === 'present' || (pte.kind === 'none' && pastEnd(area, page))) continue;
      const got = fill(k, area, page, pte);
      if (!got) return k.outOfMemory(page);
      if (page === fault.page) k.count(got.major ? 'major' : 'minor', page);
      else k.count('faultAround', page);
      if (!k.map(page, got.frame, got.prot)) return { kind: 'killed' };
      if (page === fault.page) k.markFresh(page);
    }
    return { kind: 'retry' };
  },
};
