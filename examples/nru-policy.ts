/**
 * NRU, not recently used: evict from the lowest class of (referenced, dirty): first pages neither
 * referenced nor dirty, then dirty but not referenced, then referenced and clean, then both;
 * the oldest within a class. Referenced bits are cleared after every choice, so "recently" means
 * "since the last eviction".
 *
 *   vmlab run programs/thrash.s 32 --ram 128k --policy examples/nru-policy.ts --stats
 */
import type { ReplacementPolicy, ResidentPage } from '../src/kernel/policies/policy.js';

const nru: ReplacementPolicy = {
  name: 'nru',
  chooseVictim(pages: readonly ResidentPage[]): ResidentPage {
    const rank = (p: ResidentPage): number => (p.referenced ? 2 : 0) + (p.dirty ? 1 : 0);
    let best = pages[0];
    for (const p of pages) {
      if (rank(p) < rank(best) || (rank(p) === rank(best) && p.loadedAt < best.loadedAt)) best = p;
    }
    for (const p of pages) p.referenced = false;
    return best;
  },
};

export default nru;
