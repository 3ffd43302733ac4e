/**
 * The progress line of a long load: documents parsed out of the total, MB/s
 * and the time left, on one line of stderr rewritten in place and cleared at
 * the end. It appears only once a load has run for `delayMs` (a quick load
 * shows nothing) and is redrawn at most every `intervalMs`. Whether to show
 * it at all (a terminal, not CI, no --quiet) is the CLI's decision; this
 * module only draws, on the stream and with the clock it is given.
 */
export interface ProgressCounts {
  done: number;
  total: number;
  bytesDone: number;
  bytesTotal: number;
}

export interface ProgressStream {
  write(s: string): unknown;
  columns?: number;
}

export interface ProgressOptions {
  /** milliseconds, monotonic (default performance.now) */
  now?: () => number;
  /** show nothing before the load has run this long (default 1000 ms) */
  delayMs?: number;
  /** redraw at most this often (default 100 ms) */
  intervalMs?: number;
}

export interface ProgressLine {
  update(p: ProgressCounts): void;
  /** clear the line, if one was drawn */
  end(): void;
}

const CLEAR = '\r\x1b[K';

export function progressLine(stream: ProgressStream, opts: ProgressOptions = {}): ProgressLine {
  const now = opts.now ?? (() => performance.now());
  const delayMs = opts.delayMs ?? 1000;
  const intervalMs = opts.intervalMs ?? 100;
  const started = now();
  let drawnAt: number | null = null;
  return {
    update(p) {
      const t = now();
      if (t - started < delayMs) return;
      if (drawnAt !== null && t - drawnAt < intervalMs && p.done < p.total) return;
      drawnAt = t;
      // a terminal of unknown size (0 columns, as under script(1)) is taken as 80 wide
      const width = Math.max(20, (stream.columns || 80) - 1);
      stream.write(CLEAR + fit(describeProgress(p, (t - started) / 1000), width));
    },
    end() {
      if (drawnAt !== null) stream.write(CLEAR);
      drawnAt = null;
    },
  };
}

/** "quarry: parsing 120/500 documents, 4.2 MB/s, 9 s left" */
export function describeProgress(p: ProgressCounts, seconds: number): string {
  const rate = seconds > 0 ? p.bytesDone / seconds : 0;
  const mbs = `${(rate / 1e6).toFixed(1)} MB/s`;
  if (p.done >= p.total) return `quarry: parsed ${p.total} documents, ${mbs}; indexing`;
  const left = rate > 0 ? `${duration((p.bytesTotal - p.bytesDone) / rate)} left` : 'time left unknown';
  return `quarry: parsing ${p.done}/${p.total} documents, ${mbs}, ${left}`;
}

function duration(seconds: number): string {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s} s`;
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

function fit(line: string, width: number): string {
  return line.length <= width ? line : `${line.slice(0, width - 1)}…`;
}
