/**
 * A call that V8 never ties to one callee.
 *
 * The kernel, the MMU and the engines' blocks are compiled by V8 once for every machine a process
 * makes (the tests, the benchmark, the fuzzer). Where a call site has only ever seen one callee,
 * V8's optimized code embeds that function, weakly, and is thrown away when the function dies.
 * A callee made per machine (the compiled DTLB miss, data-miss.ts) or per event (a disk
 * completion's action) dies with its machine or its event, so each later machine compiled the
 * callers again: `Mmu.translateData`, the blocks that inline it, `Kernel.run` (`node
 * --trace-deopt-verbose`: "marking dependent code ... reason: weak objects"; docs/engine.md, "Code
 * that outlives its machine"). This call site is shown two callees when the module loads, so V8
 * makes it a generic call that embeds none: 16 calls, taking turns, as V8 records a function's
 * calls only from its 9th (`--invocation-count-for-feedback-allocation`, 8 in Node 20);
 * `node --allow-natives-syntax` and `%DebugPrint(callUnpinned)` then show "Call GENERIC".
 */
export function callUnpinned<R>(fn: (a: number, b: number) => R, a: number, b: number): R {
  return fn(a, b);
}

const PRIMERS = [(): number => 0, (): number => 1];
for (let i = 0; i < 16; i++) callUnpinned(PRIMERS[i & 1], 0, 0);
