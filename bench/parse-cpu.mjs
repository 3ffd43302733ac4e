// The CPU of a cold build's parsing, stage by stage, against a baseline build
// in the same process (the parse stage's own bench; `npm run bench` times
// whole cold builds, where parsing is mixed with indexing, the cache write,
// worker start-up and JIT warm-up, and a shared machine's noise swamps a
// few percent).
//
//   node bench/parse-cpu.mjs --base /path/to/other/checkout   (built: its dist/)
//   options: --corpus DIR (default: a 10× corpus generated in a temp folder),
//            --runs N (default 11), --factor N (the generated corpus's size)
//
// For every document: front matter and metadata ("fm"), the shape parser
// ("parse"), figures and mentioned years of every record ("figures"), record
// ids ("ids") and the sentence check ("sentences"), each summed over the
// corpus as CPU time (user + system). The two builds run in turn, each run
// over the whole corpus, alternating which goes first; the first run of each
// (JIT warm-up) is dropped; medians and their ratio are printed. The records
// of the two builds are compared too: a speed-up must not change them.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus } from './gen-corpus.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ARGV = process.argv.slice(2);
const option = (name, fallback) => {
  const i = ARGV.indexOf(name);
  return i >= 0 ? ARGV[i + 1] : fallback;
};
const base = option('--base');
if (!base) {
  console.error('usage: node bench/parse-cpu.mjs --base CHECKOUT [--corpus DIR] [--runs N] [--factor N]');
  process.exit(2);
}
const runs = Number(option('--runs', '11'));
let corpus = option('--corpus');
let temp = null;
if (!corpus) {
  temp = mkdtempSync(join(tmpdir(), 'quarry-parse-cpu-'));
  corpus = join(temp, 'corpus');
  generateCorpus(corpus, Number(option('--factor', '10')));
}

async function build(root) {
  const dist = join(resolve(root), 'dist');
  const load = (p) => import(pathToFileURL(join(dist, p)).href);
  return {
    root,
    ...(await load('parse/index.js')),
    ...(await load('corpus/frontmatter.js')),
    ...(await load('corpus/meta.js')),
    ...(await load('figures/extract.js')),
    ...(await load('load/sentences.js')),
    ...(await load('model/speakers.js')),
    ...(await load('load/load.js')),
  };
}

const builds = [await build(base), await build(ROOT)];
const files = readdirSync(corpus)
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort()
  .map((f) => ({ f, id: f.slice(0, -extname(f).length), text: readFileSync(join(corpus, f), 'utf8') }));
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const STAGES = ['fm', 'parse', 'figures', 'ids', 'sentences'];
const times = builds.map(() => Object.fromEntries([...STAGES, 'total'].map((s) => [s, []])));
const outputs = builds.map(() => '');

for (let r = 0; r < runs; r++) {
  for (const k of r % 2 ? [1, 0] : [0, 1]) {
    const B = builds[k];
    const t = Object.fromEntries(STAGES.map((s) => [s, 0]));
    const out = [];
    for (const { f, id, text } of files) {
      let s = cpu();
      const fm = B.parseFrontMatter(text);
      const { meta } = B.readMeta(fm.data, id, B.SHAPE_NAMES);
      const registry = new B.SpeakerRegistry([]);
      for (const n of [...meta.speakers, meta.host, meta.interviewer]) if (n && !registry.has(n)) registry.add(n);
      let e = cpu();
      t.fm += e - s;
      s = e;
      const parsed = B.parseDocument({ docId: id, meta, body: fm.body, bodyLine: fm.bodyLine, registry, extension: extname(f).toLowerCase() });
      e = cpu();
      t.parse += e - s;
      s = e;
      const records = parsed.records.map((d) => {
        const ofText = new B.FigureReader(d.text);
        const years = d.question ? B.yearsOfLines(new B.FigureReader(d.question), ofText) : ofText.years();
        return { ...d, years, figures: ofText.figures({ year: years.length === 1 ? years[0] : null }) };
      });
      e = cpu();
      t.figures += e - s;
      s = e;
      const ids = records.map((d) => B.recordId(id, d));
      e = cpu();
      t.ids += e - s;
      s = e;
      const sentences = B.accountSentences(fm.body, fm.bodyLine, parsed.lineKinds, records, parsed.fillerLines);
      e = cpu();
      t.sentences += e - s;
      if (r === runs - 1) out.push({ ids, records, lineKinds: parsed.lineKinds, sentences });
    }
    for (const s of STAGES) times[k][s].push(t[s]);
    times[k].total.push(STAGES.reduce((a, s) => a + t[s], 0));
    if (r === runs - 1) outputs[k] = JSON.stringify(out);
  }
}
if (temp) rmSync(temp, { recursive: true, force: true });

const median = (xs) => {
  const s = xs.slice(1).sort((a, b) => a - b); // the first run is JIT warm-up
  return s[s.length >> 1];
};
const bytes = files.reduce((a, f) => a + Buffer.byteLength(f.text), 0);
console.log(`${files.length} documents, ${(bytes / 1e6).toFixed(2)} MB; ${runs} runs each, alternating; CPU medians (first run dropped)`);
console.log(`${'stage'.padEnd(10)} ${'base ms'.padStart(8)} ${'this ms'.padStart(8)}  ratio`);
for (const s of [...STAGES, 'total']) {
  const a = median(times[0][s]);
  const b = median(times[1][s]);
  console.log(`${s.padEnd(10)} ${a.toFixed(0).padStart(8)} ${b.toFixed(0).padStart(8)}  ${(b / a).toFixed(3)}`);
}
const mbps = (ms) => (bytes / 1e6 / (ms / 1000)).toFixed(2);
console.log(`MB/s of CPU (these stages, one thread, warm): base ${mbps(median(times[0].total))}, this ${mbps(median(times[1].total))}`);
const same = outputs[0] === outputs[1];
console.log(same ? 'records, line kinds and sentence accounts: identical' : 'records DIFFER between the two builds');
process.exit(same ? 0 : 1);
