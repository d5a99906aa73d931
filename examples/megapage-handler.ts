// Megapages (docs/fault-handlers.md): the first touch of anonymous private memory whose aligned
// 4 MiB around the fault lies wholly in its area maps those 4 MiB at once with one Sv32 megapage
// (a level-1 leaf PTE): one TLB entry covers 1,024 pages. Every other fault, and a megapage that
// cannot be had (no free aligned 4 MiB of RAM, even after evicting pages), goes to the built-in
// handler: 4 KiB pages.
//
//   npx vmlab run bench/sweep.s 2048 8 --fault-handler examples/megapage-handler.ts --stats
//
// The kernel splits a megapage into 1,024 ordinary pages when a page of it must change alone
// (fork's copy-on-write, munmap or mprotect of part of it) and when reclaim finds nothing else.
const MEGAPAGE = 4 * 1024 * 1024;
const NEEDED = { fetch: 4, load: 1, store: 2 };

export default {
  name: 'megapage',
  handleFault(fault: any, k: any) {
    const area = fault.area;
    const base = fault.page - (fault.page % MEGAPAGE);
    const fits = area !== null && fault.pte.kind === 'none' && area.fileBytes === 0 && !area.shared &&
      (area.rights & NEEDED[fault.access as 'load']) !== 0 && base >= area.start && base + MEGAPAGE <= area.end;
    if (fits && k.megapageFree(base)) {
      const frame = k.allocMegapage();
      if (frame >= 0) {
        k.zeroMegapage(frame);
        if (k.mapMegapage(base, frame, area.prot)) {
          k.count('minor', fault.page);
          return { kind: 'retry' };
        }
      }
    }
    return k.builtIn();
  },
};
