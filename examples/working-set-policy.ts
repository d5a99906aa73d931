/**
 * Working set (Denning), approximated with reference bits: every page referenced since the last
 * eviction is in the working set and stamped with the current time; a page whose stamp is older
 * than the window TAU has left the working set and is evicted first (the oldest such page). If
 * every page is in the working set, the least recently stamped one goes. It also reads ahead:
 * after a major fault it maps the next page of the same area, betting on sequential access.
 *
 *   vmlab run programs/mmapcopy.s README.md --ram 96k --policy examples/working-set-policy.ts --stats
 */
import type { FaultInfo, ReplacementPolicy, ResidentPage } from '../src/kernel/policies/policy.js';

const TAU = 64;

export default function workingSet(): ReplacementPolicy {
  const stamp = new Map<number, number>(); // frame → when last seen referenced
  return {
    name: 'working-set',
    chooseVictim(pages: readonly ResidentPage[], now: number): ResidentPage {
      for (const p of pages) {
        if (p.referenced || !stamp.has(p.frame)) stamp.set(p.frame, now);
        p.referenced = false;
      }
      let best = pages[0];
      for (const p of pages) if (stamp.get(p.frame)! < stamp.get(best.frame)!) best = p;
      const outside = pages.filter((p) => now - stamp.get(p.frame)! > TAU);
      if (outside.length) best = outside.reduce((a, b) => (stamp.get(a.frame)! <= stamp.get(b.frame)! ? a : b));
      stamp.delete(best.frame);
      return best;
    },
    faultAround(fault: FaultInfo): number[] {
      return fault.major ? [fault.va + 4096] : [];
    },
  };
}
