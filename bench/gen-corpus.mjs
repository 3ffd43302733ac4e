// Synthetic corpora for the performance bench: the shipped documents
// replicated `factor` times, each copy with its own id (file name) and
// lightly varied text, so record ids, the vocabulary and the index grow the
// way a real corpus's would rather than repeating one set of postings.
//
// The variation never touches structure: front matter, speaker labels, TSV
// tabs and line breaks stay as they are, and years are kept (so `--year 2021`
// still means something). Per copy and per line, deterministically:
//   - a few ordinary words swap for a synonym ("company" → "firm"),
//   - a long line (a paragraph, an answer) gets one made-up word after its
//     first comma, drawn from a pool of about 60,000, so the vocabulary grows
//     with the corpus and then saturates, as real vocabularies do.
//
// Usage: node bench/gen-corpus.mjs <out-dir> <factor>   (prints files and bytes)
// or import { generateCorpus } from './gen-corpus.mjs'. Every file gets the
// same whole-second mtime (MTIME), so that a bench which changes a document
// can put the file back exactly as it was, mtime included.
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SHIPPED = join(ROOT, 'corpus');
/** 2025-01-01T00:00:00Z, in seconds: every generated file's mtime. */
export const MTIME = 1735689600;

/** Small, fast, deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYNONYMS = [
  ['company', 'firm'],
  ['important', 'crucial'],
  ['started', 'began'],
  ['really', 'truly'],
  ['quickly', 'rapidly'],
  ['big', 'large'],
  ['help', 'assist'],
  ['team', 'crew'],
  ['believe', 'think'],
  ['market', 'marketplace'],
  ['growth', 'expansion'],
  ['difficult', 'hard'],
];
const SWAP = new Map();
for (const [a, b] of SYNONYMS) {
  SWAP.set(a, b);
  SWAP.set(b, a);
}
const SWAP_RE = new RegExp(`\\b(${[...SWAP.keys()].join('|')})\\b`, 'g');

const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'gl', 'tr', 'st'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou'];
const CODAS = ['', 'n', 'r', 'l', 'x', 'm'];
/** Made-up word number n (0 ≤ n < POOL): three syllables, always lowercase letters. */
function pseudoWord(n) {
  let w = '';
  let k = n;
  for (let s = 0; s < 3; s++) {
    w += ONSETS[k % ONSETS.length] + VOWELS[Math.floor(k / ONSETS.length) % VOWELS.length];
    k = Math.floor(k / (ONSETS.length * VOWELS.length));
  }
  return w + CODAS[n % CODAS.length];
}
const POOL = 60000;

/** One copy of a document: its body lines varied, front matter untouched. */
export function varyDocument(text, copy) {
  const lines = text.split('\n');
  let body = 0;
  if (lines[0] === '---') {
    const close = lines.indexOf('---', 1);
    body = close < 0 ? 0 : close + 1;
  }
  const rand = rng(copy * 2654435761 + 97);
  for (let i = body; i < lines.length; i++) {
    let line = lines[i];
    if (line.length < 40) continue;
    line = line.replace(SWAP_RE, (w) => (rand() < 0.5 ? SWAP.get(w) : w));
    if (line.length > 160) {
      const comma = line.indexOf(', ');
      if (comma > 0) line = `${line.slice(0, comma + 2)}${pseudoWord(Math.floor(rand() * POOL))} ${line.slice(comma + 2)}`;
    }
    lines[i] = line;
  }
  return lines.join('\n');
}

/**
 * Write `factor` copies of every shipped document (and speakers.yml) into
 * `outDir`. Copy 0 is the shipped text unchanged. Returns files and bytes.
 */
export function generateCorpus(outDir, factor, source = SHIPPED) {
  mkdirSync(outDir, { recursive: true });
  const docs = readdirSync(source)
    .filter((n) => n.endsWith('.txt') || n.endsWith('.md'))
    .sort()
    .map((n) => ({ id: basename(n, extname(n)), ext: extname(n), text: readFileSync(join(source, n), 'utf8') }));
  writeFileSync(join(outDir, 'speakers.yml'), readFileSync(join(source, 'speakers.yml')));
  utimesSync(join(outDir, 'speakers.yml'), MTIME, MTIME);
  const width = String(factor - 1).length;
  let files = 0;
  let bytes = 0;
  for (let copy = 0; copy < factor; copy++) {
    for (const d of docs) {
      const text = copy === 0 ? d.text : varyDocument(d.text, copy);
      const name = factor === 1 ? `${d.id}${d.ext}` : `${d.id}-${String(copy).padStart(width, '0')}${d.ext}`;
      writeFileSync(join(outDir, name), text);
      utimesSync(join(outDir, name), MTIME, MTIME);
      files++;
      bytes += Buffer.byteLength(text);
    }
  }
  return { files, bytes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [out, factor] = process.argv.slice(2);
  if (!out || !factor || !(Number(factor) >= 1)) {
    console.error('usage: node bench/gen-corpus.mjs <out-dir> <factor>');
    process.exit(2);
  }
  const { files, bytes } = generateCorpus(out, Math.floor(Number(factor)));
  console.log(`${files} files, ${(bytes / 1e6).toFixed(2)} MB in ${out}`);
}
