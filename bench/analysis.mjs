// bench/analysis.mjs: how well the analysis core finds what a careful reader finds.
//
//   npm run analysis        (builds dist/ first)
//
// Judgements live in bench/analysis.json (read the "about" there). Prints, for
// `conflicts`, how many known disagreements appear in the top 10 and how many
// of the top 10 are real disagreements (precision@10), with and without the
// confidence floor; for `timeline`, how many dated events of the two tables
// in binance-rise-cz-he-yi appear with the right date. Always exits 0: this
// measures, it does not gate.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../dist/load/load.js';
import { conflicts, timeline } from '../dist/analysis/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const bench = JSON.parse(readFileSync(join(here, 'analysis.json'), 'utf8'));
const corpus = loadCorpus(join(here, '..', 'corpus'));
const records = corpus.records;

/** Does a record match a judgement ({doc, contains, field?})? */
function matches(record, ref) {
  if (record.doc !== ref.doc) return false;
  const hay = ref.field === 'question' ? (record.question ?? '') : record.text;
  return hay.includes(ref.contains);
}

// Every judgement must name at least one record, or the bench is measuring nothing.
let stale = 0;
const allRefs = [
  ...bench.conflicts.disagreements.flatMap((d) => [...d.records, ...(d.context ?? [])]),
  ...bench.timeline.events,
];
for (const ref of allRefs) {
  if (!records.some((r) => matches(r, ref))) {
    stale++;
    console.log(`! no record in ${ref.doc} contains ${JSON.stringify(ref.contains)}${ref.field ? ` (${ref.field})` : ''}`);
  }
}

// ---------------------------------------------------------------- conflicts

const K = bench.conflicts.topK ?? 10;
const disagreements = bench.conflicts.disagreements;

/** The disagreement a conflict is an instance of, or null. */
function judge(c) {
  if (c.a.record.doc === c.b.record.doc) return null;
  for (const d of disagreements) {
    const inA = d.records.some((ref) => matches(c.a.record, ref));
    const inB = d.records.some((ref) => matches(c.b.record, ref));
    if (inA && inB) return d;
  }
  return null;
}

function score(list) {
  const top = list.slice(0, K);
  const found = new Set();
  let real = 0;
  for (const c of top) {
    const d = judge(c);
    if (d) {
      real++;
      found.add(d.id);
    }
  }
  return { top, real, found };
}

const shown = conflicts(records, { registry: corpus.registry });
const floorless = conflicts(records, { registry: corpus.registry, minConfidence: 0 });
const withFloor = score(shown);
const noFloor = score(floorless);
const figureBased = disagreements.filter((d) => d.figureBased !== false);

console.log('conflicts');
for (const c of withFloor.top) {
  const d = judge(c);
  console.log(
    `  ${c.confidence.toFixed(3)}  ${d ? 'REAL ' : 'false'}  ${c.kind}: ${c.a.figure.text} (${c.a.record.doc}) vs ${c.b.figure.text} (${c.b.record.doc})${d ? `  [${d.id}]` : ''}`,
  );
}
console.log(
  `  known disagreements in the top ${K}: ${withFloor.found.size}/${disagreements.length}` +
    ` (figure-based: ${[...withFloor.found].filter((id) => figureBased.some((d) => d.id === id)).length}/${figureBased.length})`,
);
for (const d of disagreements) console.log(`    ${withFloor.found.has(d.id) ? 'found ' : 'missed'}  ${d.id}${d.figureBased === false ? ' (no figures)' : ''}`);
console.log(
  `  precision@${K}: ${withFloor.real}/${withFloor.top.length} real` +
    (withFloor.top.length < K ? ` (the list stops at the confidence floor after ${withFloor.top.length})` : '') +
    ` = ${(withFloor.top.length ? withFloor.real / withFloor.top.length : 0).toFixed(2)}`,
);
console.log(
  `  without the floor: precision@${K} ${noFloor.real}/${noFloor.top.length} = ${(noFloor.top.length ? noFloor.real / noFloor.top.length : 0).toFixed(2)},` +
    ` known disagreements in the top ${K}: ${noFloor.found.size}/${disagreements.length}`,
);

// ---------------------------------------------------------------- timeline

const events = timeline(records, { registry: corpus.registry });
let right = 0;
console.log('timeline');
for (const want of bench.timeline.events) {
  const mine = events.filter((e) => matches(e.record, want));
  const ok = mine.some((e) => e.date === want.date);
  if (ok) right++;
  const got = mine.map((e) => e.date).join(', ') || 'none';
  console.log(`  ${ok ? 'ok    ' : 'WRONG '} ${want.date.padEnd(10)} ${want.contains}${ok ? '' : `  (got: ${got})`}`);
}
console.log(`  table events with the right date: ${right}/${bench.timeline.events.length}`);
const marked = events.filter((e) => e.conflict);
console.log(`  events marked as conflicting: ${marked.length} of ${events.length}`);
for (const e of marked) console.log(`    ${e.date.padEnd(10)} ${e.record.doc}: ${e.what.slice(0, 70)}  ≠ ${e.conflictWith.join(', ')}`);

if (stale) console.log(`! ${stale} judgement(s) name no record: update bench/analysis.json`);
process.exit(0);
