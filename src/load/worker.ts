/**
 * A loader thread (see ./parallel.ts): claims documents from the shared
 * counter until none is left, loads each, and posts the result with its
 * position. With `debug`, a bug in quarry is posted as the exception itself,
 * which the main thread rethrows.
 */
import { workerData } from 'node:worker_threads';
import { SpeakerRegistry } from '../model/speakers.js';
import { loadOrReport } from './load.js';
import { NEXT, POSTED, type WorkerInput, type WorkerResult } from './parallel.js';

const { files, entries, debug, shared, port } = workerData as WorkerInput;
const counters = new Int32Array(shared);
const registry = new SpeakerRegistry(entries);

function post(result: WorkerResult): void {
  try {
    port.postMessage(result);
  } catch (err) {
    // an exception that cannot be cloned travels as what it says
    const e = 'error' in result ? result.error : err;
    const plain = new Error(e instanceof Error ? e.message : String(e));
    if (e instanceof Error) {
      plain.name = e.name;
      plain.stack = e.stack;
    }
    port.postMessage({ i: result.i, error: plain } satisfies WorkerResult);
  }
  Atomics.add(counters, POSTED, 1);
  Atomics.notify(counters, POSTED);
}

for (let i = Atomics.add(counters, NEXT, 1); i < files.length; i = Atomics.add(counters, NEXT, 1)) {
  try {
    post({ i, loaded: loadOrReport(files[i]!, registry, debug) });
  } catch (err) {
    post({ i, error: err });
  }
}
port.close();
