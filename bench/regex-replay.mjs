// Which regular expressions a parse runs, and what each costs to match: records every
// RegExp.prototype.exec of one CLI run (pattern, subject, lastIndex), then replays each
// pattern's calls alone (a warm-up pass, then two timed passes) and ranks the patterns by
// steady-state matching time, with their call and hit counts. Patterns with 0 hits on ordinary
// documents are the candidates for a pre-test: they cost a compile per process (per string
// width) whether or not they match.
//
//   node bench/regex-replay.mjs --no-cache --corpus DIR list --format ndjson >/dev/null
//   (after `npm run build`; TOP=N sets how many patterns are printed, to stderr)
//
// Under the hook String.prototype.split with a regex takes the spec's slow path (a sticky exec
// at every position): those sticky line-splitting calls are left out of the ranking.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const exec = RegExp.prototype.exec;
const calls = new Map();
let recording = true;
RegExp.prototype.exec = function (s) {
  if (recording) {
    const key = `${this.source}\u0000${this.flags}`;
    let list = calls.get(key);
    if (!list) calls.set(key, (list = []));
    list.push(String(s), this.lastIndex);
  }
  return exec.call(this, s);
};
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { main } = await import(pathToFileURL(join(root, 'dist', 'cli', 'main.js')).href);
await main(process.argv);
recording = false;
RegExp.prototype.exec = exec;

const now = () => Number(process.hrtime.bigint()) / 1e6;
const rows = [];
for (const [key, list] of calls) {
  const [source, flags] = key.split('\u0000');
  if (flags.includes('y') && /^\\r\\n\|/.test(source)) continue;
  const re = new RegExp(source, flags);
  const pass = () => {
    let hits = 0;
    for (let i = 0; i < list.length; i += 2) {
      re.lastIndex = list[i + 1];
      if (re.exec(list[i])) hits++;
    }
    return hits;
  };
  const hits = pass();
  const t0 = now();
  pass();
  pass();
  rows.push({ ms: (now() - t0) / 2, runs: list.length / 2, hits, source, flags, classes: (source.match(/\\p\{/g) ?? []).length });
}
rows.sort((a, b) => b.ms - a.ms);
const total = rows.reduce((t, r) => t + r.ms, 0);
const never = rows.filter((r) => r.hits === 0);
console.error(`${rows.length} patterns, ${total.toFixed(1)} ms steady-state matching; ${never.length} never matched (${never.reduce((t, r) => t + r.classes, 0)} \\p{…} classes among them)`);
for (const r of rows.slice(0, Number(process.env.TOP ?? 40)))
  console.error(`${r.ms.toFixed(2).padStart(8)} ms ${String(r.runs).padStart(7)} runs ${String(r.hits).padStart(6)} hits ${String(r.classes).padStart(3)} \\p  /${r.source.slice(0, 120)}/${r.flags}`);
