// Extraction bench: every fixture of bench/extraction/docs against its gold
// file in bench/extraction/gold (format: bench/extraction/README.md). Run with
// `npm run extraction` (builds first). Prints and writes bench/extraction.md:
// per family, qa pairing accuracy and quote attribution precision and recall,
// then every miss, so a failing row says which record went wrong.
// Exits 0 unless it cannot run at all.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { loadCorpus } = await import(join(root, 'dist/load/load.js'));

const docsDir = join(root, 'bench/extraction/docs');
const goldDir = join(root, 'bench/extraction/gold');

/** Case, spacing and quote marks never decide a match. */
const norm = (s) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[“”„«»「」『』]/g, '"')
    .replace(/[‘’‚]/g, "'")
    .replace(/[—–]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
const sameName = (a, b) => norm(a) === norm(b);
const contains = (hay, needle) => norm(hay).includes(norm(needle));

// Each fixture is loaded alone (a folder of one document, copied in), so one
// fixture's speakers never help another's, as with a user's single file.
function loadOne(file) {
  const dir = mkdtempSync(join(tmpdir(), 'quarry-extraction-'));
  try {
    copyFileSync(join(docsDir, file), join(dir, file));
    return loadCorpus(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const families = new Map();
const misses = [];
const family = (name) => {
  if (!families.has(name)) families.set(name, { fixtures: [], pairsGold: 0, pairsRight: 0, qaExtra: 0, quotesPred: 0, quotesPredRight: 0, quotesGold: 0, quotesGoldFound: 0 });
  return families.get(name);
};

const docs = readdirSync(docsDir).filter((f) => !f.startsWith('.')).sort();
for (const file of docs) {
  const stem = basename(file, extname(file));
  let gold;
  try {
    gold = JSON.parse(readFileSync(join(goldDir, `${stem}.json`), 'utf8'));
  } catch (err) {
    misses.push(`${file}: no readable gold file (${err.message})`);
    continue;
  }
  const fam = family(gold.family ?? stem);
  fam.fixtures.push(stem);
  const corpus = loadOne(file);
  for (const p of corpus.problems) if (p.severity === 'error') misses.push(`${file}: load error: ${p.line ?? ''} ${p.message}`);
  const records = corpus.records;
  const qas = records.filter((r) => r.type === 'qa');
  const quotes = records.filter((r) => r.type === 'quote');

  // Pairs: each gold pair claims the first qa whose text holds its answer excerpt.
  const usedQa = new Set();
  for (const g of gold.pairs ?? []) {
    fam.pairsGold++;
    const r = qas.find((q) => !usedQa.has(q) && contains(q.text, g.answer));
    if (!r) {
      misses.push(`${stem}: pair missing: answer "${g.answer}" (${g.speaker})`);
      continue;
    }
    usedQa.add(r);
    const qOk = g.question === null ? r.question === null : r.question !== null && contains(r.question, g.question);
    const ok = qOk && sameName(r.asker, g.asker) && sameName(r.speaker, g.speaker);
    if (ok) fam.pairsRight++;
    else misses.push(`${stem}: pair wrong: "${g.answer}" → speaker ${r.speaker}, asker ${r.asker}, question ${JSON.stringify((r.question ?? 'null').slice(0, 60))} (expected ${g.speaker} / ${g.asker} / "${g.question}")`);
  }
  for (const q of qas) {
    if (usedQa.has(q)) continue;
    fam.qaExtra++;
    misses.push(`${stem}: qa not in gold: ${q.speaker} answering ${q.asker}: "${q.text.slice(0, 70)}"`);
  }

  // Quotes: a record and a gold quote match when one's text holds the other's.
  const goldQuotes = gold.quotes ?? [];
  const textMatch = (r, g) => contains(r.text, g.text) || contains(g.text, r.text);
  for (const r of quotes) {
    if (r.speaker === null) continue;
    fam.quotesPred++;
    if (goldQuotes.some((g) => g.speaker !== null && textMatch(r, g) && sameName(r.speaker, g.speaker))) fam.quotesPredRight++;
    else misses.push(`${stem}: quote not in gold: ${r.speaker}: "${r.text.slice(0, 70)}"`);
  }
  for (const g of goldQuotes) {
    if (g.speaker === null) {
      if (!quotes.some((r) => r.speaker === null && textMatch(r, g))) misses.push(`${stem}: unattributed quote missing: "${g.text}"`);
      continue;
    }
    fam.quotesGold++;
    if (quotes.some((r) => textMatch(r, g) && sameName(r.speaker, g.speaker))) fam.quotesGoldFound++;
    else misses.push(`${stem}: quote missing: ${g.speaker}: "${g.text}"`);
  }
  for (const s of gold.absent ?? []) {
    const hit = records.find((r) => contains(r.text, s) || (r.question && contains(r.question, s)));
    if (hit) misses.push(`${stem}: "${s}" should be in no record, but is in ${hit.id}`);
  }
}

const ratio = (a, b) => (b === 0 ? '–' : (a / b).toFixed(3));
const rows = [...families].map(([name, f]) => [
  name,
  String(f.fixtures.length),
  `${ratio(f.pairsRight, f.pairsGold + f.qaExtra)} (${f.pairsRight}/${f.pairsGold + f.qaExtra})`,
  `${ratio(f.quotesPredRight, f.quotesPred)} (${f.quotesPredRight}/${f.quotesPred})`,
  `${ratio(f.quotesGoldFound, f.quotesGold)} (${f.quotesGoldFound}/${f.quotesGold})`,
]);
const all = [...families.values()].reduce(
  (a, f) => {
    for (const k of Object.keys(a)) a[k] += f[k];
    return a;
  },
  { pairsGold: 0, pairsRight: 0, qaExtra: 0, quotesPred: 0, quotesPredRight: 0, quotesGold: 0, quotesGoldFound: 0 },
);
rows.push([
  '**all**',
  String(docs.length),
  `**${ratio(all.pairsRight, all.pairsGold + all.qaExtra)}** (${all.pairsRight}/${all.pairsGold + all.qaExtra})`,
  `**${ratio(all.quotesPredRight, all.quotesPred)}** (${all.quotesPredRight}/${all.quotesPred})`,
  `**${ratio(all.quotesGoldFound, all.quotesGold)}** (${all.quotesGoldFound}/${all.quotesGold})`,
]);

const table = [
  '| family | fixtures | pairing accuracy | attribution precision | attribution recall |',
  '|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
const md = `# Extraction quality

Written by \`npm run extraction\` (bench/extraction.mjs) from the gold set in
bench/extraction/ (format and scores defined in bench/extraction/README.md).
Targets: pairing ≥ 0.98, attribution precision ≥ 0.95 at recall ≥ 0.90.

${table}

${misses.length ? `## Misses\n\n${misses.map((m) => `- ${m}`).join('\n')}\n` : 'No misses.\n'}`;
writeFileSync(join(root, 'bench/extraction.md'), md);
process.stdout.write(`${table}\n\n${misses.length ? misses.join('\n') : 'no misses'}\n`);
