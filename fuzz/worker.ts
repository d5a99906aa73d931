/**
 * A fuzz worker thread: runs the cases of one target from index `start` until `end` or the
 * deadline, recording in the shared `progress` array the case it is on (so the parent can time
 * it out and terminate the thread) and the count of each outcome; failures are posted.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { caseSeed } from './rng.js';
import { OUTCOME_KINDS, isFailure } from './target.js';
import { targetNamed } from './targets/index.js';
import { PROGRESS_CASE, PROGRESS_COUNTS, type WorkerJob } from './progress.js';

const job = workerData as WorkerJob;
const target = targetNamed(job.target)!;
const progress = new Int32Array(job.progress);

for (let index = job.start; index < job.end && Date.now() < job.deadline; index++) {
  Atomics.store(progress, PROGRESS_CASE, index);
  const seed = caseSeed(job.seed, target.name, index);
  const outcome = target.run(target.generate(seed, job.options));
  Atomics.add(progress, PROGRESS_COUNTS + OUTCOME_KINDS.indexOf(outcome.kind), 1);
  if (isFailure(outcome.kind)) parentPort!.postMessage({ index, seed, outcome });
}
Atomics.store(progress, PROGRESS_CASE, -1);
