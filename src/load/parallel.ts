/**
 * Parsing documents on worker threads. Documents are independent once their
 * ids are settled, so each thread (this one included) claims the next
 * unclaimed document from a shared counter, and the results are put back in
 * corpus order: the corpus is the same as a serial load's, byte for byte.
 *
 * `loadFiles` stays synchronous (callers and the cache call it as before):
 * this thread parses too, and when nothing is left to claim it blocks on
 * `Atomics.wait` until a worker signals a result, read with
 * `receiveMessageOnPort`, which needs no event loop.
 *
 * Starting a worker costs its module loading (tens of ms), so small loads stay
 * in this thread; so do loads without the compiled worker next to this module
 * (tests run the TypeScript sources, where there is none).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import type { MessagePort, Worker as WorkerThread } from 'node:worker_threads';
import type { CorpusFile } from '../corpus/files.js';
import type { SpeakerEntry } from '../model/speakers.js';
import type { LoadedDocument } from './load.js';

/**
 * node:worker_threads, loaded when a load first starts a worker: a run that reads a few
 * changed documents never does, and the module with the internals it loads (worker, messaging,
 * error serialisation) cost such a run ≈ 10 M instructions.
 */
let workerThreads: typeof import('node:worker_threads') | undefined;
function threads(): typeof import('node:worker_threads') {
  return (workerThreads ??= createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads'));
}

export interface ParallelOptions {
  /** go parallel only from this many bytes of documents (default 1 MB) */
  minBytes?: number;
  /** …and this many documents (default 8) */
  minFiles?: number;
  /** worker threads besides this one (default: one per further core, at most 7) */
  workers?: number;
}

export interface ParallelPlan {
  workers: number;
  script: string;
}

const DEFAULT_MIN_BYTES = 1 << 20;
const DEFAULT_MIN_FILES = 8;
const MAX_WORKERS = 7;
/**
 * A worker's young generation (V8's default is several times this). Its
 * garbage is one document's parse at a time; with the default, its heap
 * swung between ≈ 30 and ≈ 110 MB through a cold build at 1,000× (peak RSS
 * 487,536–500,428 KB, 3.8–3.9× the corpus, two runs); with 8 MB, 37–51 MB
 * (467,100–469,556 KB, 3.6×), for ≈ 3 % more CPU in those runs, within their
 * noise. Only how often it collects changes, not what it can hold.
 */
const WORKER_YOUNG_GENERATION_MB = 8;
/** With nothing to claim and no result for this long, this thread parses an unfinished document itself (a worker that died never answers). */
const STALL_MS = 2000;

/** Where the compiled worker is, when it is there. */
function workerScript(): string | null {
  try {
    const path = fileURLToPath(new URL('./worker.js', import.meta.url));
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Whether (and with how many workers) to parse these documents in parallel; null: in this thread. */
export function parallelPlan(files: readonly CorpusFile[], bytes: number, opts: ParallelOptions | false | undefined): ParallelPlan | null {
  if (opts === false) return null;
  const workers = Math.min(opts?.workers ?? Math.min(availableParallelism() - 1, MAX_WORKERS), files.length - 1);
  if (workers < 1) return null;
  if (files.length < (opts?.minFiles ?? DEFAULT_MIN_FILES) || bytes < (opts?.minBytes ?? DEFAULT_MIN_BYTES)) return null;
  // stdin's bytes travel as a Buffer, which a worker would receive as a bare Uint8Array: such loads stay here
  if (files.some((f) => f.bytes)) return null;
  const script = workerScript();
  return script ? { workers, script } : null;
}

/** What a worker is given (see ./worker.ts). */
export interface WorkerInput {
  files: CorpusFile[];
  entries: SpeakerEntry[];
  debug: boolean;
  /** Int32Array over it: [0] the next document to claim, [1] results posted so far */
  shared: SharedArrayBuffer;
  port: MessagePort;
}

/** What a worker posts per document: its result, or (debug only) the exception to rethrow. */
export type WorkerResult = { i: number; loaded: LoadedDocument } | { i: number; error: unknown };

export const NEXT = 0;
export const POSTED = 1;

/**
 * How far V8 lets a heap grow past what its last full collection kept, in per cent, while a
 * parallel load runs (and after it, in this process). V8's own factor rises to 4× when garbage
 * collection is cheap beside the work, as it is while documents are parsed: a cold build at
 * 1,000× kept ≈ 30–60 MB alive on the main thread and let its old generation fill to ≈ 180 MB
 * before collecting it; that garbage, not anything the build holds, was most of its peak RSS
 * (511,008–565,584 KB in four runs; with 1.5×, 434,308–442,308 KB in four; with 2×, 488,012 KB). It sets no limit on
 * what a heap may hold, only when a full collection runs (more of them, each over a small live
 * heap). V8 reads the flag at every collection; it is process-wide, so the workers' heaps get
 * it too, and it stays for the rest of the process (the index's finish, serving).
 */
const HEAP_GROWING_PERCENT = 50;

export function loadInParallel(
  plan: ParallelPlan,
  files: readonly CorpusFile[],
  entries: readonly SpeakerEntry[],
  debug: boolean,
  loadedOne: (i: number) => void,
  loadHere: (file: CorpusFile) => LoadedDocument,
  take: (loaded: LoadedDocument) => void,
): void {
  const { MessageChannel, Worker, receiveMessageOnPort } = threads();
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const shared = new SharedArrayBuffer(8);
  const counters = new Int32Array(shared);
  // results not yet handed on: those past a document still being parsed (handed on in order, then dropped)
  const results: (LoadedDocument | undefined)[] = new Array(files.length);
  const settled = new Uint8Array(files.length);
  let finished = 0;
  let next = 0;
  const ports: MessagePort[] = [];
  const workers: WorkerThread[] = [];
  const stop = () => {
    for (const w of workers) void w.terminate();
    for (const p of ports) p.close();
  };
  const settle = (i: number, loaded: LoadedDocument) => {
    if (settled[i]) return; // parsed twice (see STALL_MS): the first one stands, both are the same
    settled[i] = 1;
    results[i] = loaded;
    finished++;
    loadedOne(i);
    while (next < files.length && settled[next]) {
      const one = results[next]!;
      results[next++] = undefined;
      take(one);
    }
  };
  const drain = () => {
    for (const port of ports) {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const r = m.message as WorkerResult;
        if ('error' in r) {
          stop();
          throw r.error;
        }
        settle(r.i, r.loaded);
      }
    }
  };

  try {
    for (let w = 0; w < plan.workers; w++) {
      const { port1, port2 } = new MessageChannel();
      ports.push(port1);
      const input: WorkerInput = { files: [...files], entries: [...entries], debug, shared, port: port2 };
      // execArgv: none of the parent's flags (`node -e CODE` would hand the worker CODE instead of its script)
      const worker = new Worker(plan.script, { workerData: input, transferList: [port2], execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      worker.unref();
      // A worker that fails (to start, say) leaves its documents to the other threads
      // (see STALL_MS); its error event must not become the process's uncaught exception.
      worker.on('error', () => {});
      workers.push(worker);
    }
    // This thread claims documents like any worker, and collects results between them.
    for (let i = Atomics.add(counters, NEXT, 1); i < files.length; i = Atomics.add(counters, NEXT, 1)) {
      settle(i, loadHere(files[i]!));
      drain();
    }
    while (finished < files.length) {
      const posted = Atomics.load(counters, POSTED);
      drain();
      if (finished === files.length) break;
      if (Atomics.wait(counters, POSTED, posted, STALL_MS) === 'timed-out' && Atomics.load(counters, POSTED) === posted) {
        const i = settled.indexOf(0);
        settle(i, loadHere(files[i]!));
      }
    }
  } finally {
    stop();
  }
}
