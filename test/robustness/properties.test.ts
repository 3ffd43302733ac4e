/**
 * Property-based tests over generated documents: random mixes of speaker-label
 * lines, TSV rows under a Content header, prose with quotes, dates and
 * figures, headings, random Unicode and blank lines, joined by LF, CRLF or a
 * lone CR, with or without front matter. Seeded, so a failure reproduces.
 *
 * For every document: loading never throws; every record's line/endLine lie
 * inside the file with line ≤ endLine; its text is found in those lines; ids
 * are unique; JSON and NDJSON of the records parse back to the same values.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { recordJson, toJson, toNdjson } from '../../src/render/records.js';

// Fixed for CI; to hunt further, run e.g. QUARRY_PROP_SEED=7 QUARRY_PROP_RUNS=5000 npx vitest run test/robustness/properties.test.ts
const SEED = Number(process.env.QUARRY_PROP_SEED ?? 20240604);
// 120 runs per property: the suite must stay under two minutes on two cores; the seed is fixed, so
// what is covered does not drift, and a hunt raises QUARRY_PROP_RUNS.
const RUNS = Number(process.env.QUARRY_PROP_RUNS ?? 120);

// ---------------------------------------------------------------------------
// Generators

const NAMES = ['Ann Lee', 'Host', 'Bo', 'Q', 'A', 'Cy Ng', 'He Yi', 'Yi He', '何一', 'Zed', 'Interviewer', 'CZ'];
/** Names with characters that mean something in a regular expression or in YAML. */
const ODD_NAMES = ['Dr. (X)', 'A+B', '[Bot]', 'J.R.R. T*', 'O’Neil', 'Mc$Money', 'Back\\Slash', 'Q?', 'Ünïcødé Ñame', 'a'];
const WORDS = [
  'the', 'exchange', 'we', 'listed', 'a', 'coin', 'in', '2017', 'users', 'never', 'said', 'growth', 'team', 'hired', 'nine',
  'people', 'March 3, 2021', '$5 million', '10%', 'two years', 'first', 'largest', 'I', 'you', 'think', 'because', 'Binance',
  '“really”', '"so"', "it's", 'No. 1', '1,000', 'Q3', 'half', '—', '(yes)', 'e.g.', 'Mr.', 'U.S.', '...', '‘right’',
];

const name = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_NAMES) });
const word = fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) });
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((ws) => ws.join(' '));
const sentence = fc
  .tuple(words(1, 18), fc.constantFrom('.', '.', '?', '!', '', '…', '."', '.”'))
  .map(([w, end]) => (w.length > 0 ? w[0]!.toUpperCase() + w.slice(1) : w) + end);
const quoted = fc.oneof(
  fc.tuple(sentence, name).map(([s, n]) => `“${s}” ${n} said.`),
  fc.tuple(sentence, name).map(([s, n]) => `"${s}," said ${n}.`),
  fc.tuple(sentence, sentence, name).map(([a, b, n]) => `“${a},” ${n} said, “${b}”`),
  fc.tuple(name, sentence).map(([n, s]) => `${n} said: “${s}”`),
);
const paragraph = fc.array(fc.oneof(sentence, quoted), { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' '));
const speakerLine = fc.tuple(name, fc.constantFrom(':', '：', ' :', ':\t'), fc.oneof(sentence, paragraph, fc.constant(''))).map(([n, c, s]) => `${n}${c} ${s}`);
const tsvRow = fc.array(fc.oneof(words(0, 4), sentence, paragraph), { minLength: 1, maxLength: 5 }).map((cells) => cells.join('\t'));
const heading = fc.tuple(fc.constantFrom('# ', '## ', ''), words(1, 6)).map(([h, w]) => h + w);
const unicodeLine = fc.string({ unit: 'grapheme', maxLength: 40 });
const oddLine = fc.oneof(
  fc.constantFrom('---', '...', '* * *', '- ', '|', '\t', ' ', '>', 'Read more', 'Share', '8 min read', '[1]', 'http://x.y/z', '“', '”', '"', '‘', 'Q:', 'A:', ':', '：'),
  // an opening quotation mark whose close comes lines later, or never
  fc.tuple(sentence, fc.constantFrom('“', '"', '‘', '«')).map(([s, q]) => `${q}${s}`),
  // ASCII soup, control characters included (NUL aside: it makes the file binary)
  fc.string({ unit: 'binary-ascii', maxLength: 30 }).map((x) => x.replace(/\u0000/g, '')),
  // characters some code treats as line breaks and some does not
  fc.tuple(words(1, 5), fc.constantFrom('\u2028', '\u2029', '\u0085', '\u000b', '\u000c', '\u001c'), words(1, 5)).map(([a, sep, b]) => `${a}${sep}${b}`),
);

const line = fc.oneof(
  { weight: 5, arbitrary: speakerLine },
  { weight: 4, arbitrary: paragraph },
  { weight: 2, arbitrary: tsvRow },
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: heading },
  { weight: 1, arbitrary: unicodeLine },
  { weight: 1, arbitrary: oddLine },
);

/** An interview exchange: a question, an answer, sometimes more answer lines or a blank line. */
const question = fc.tuple(words(2, 12), fc.constantFrom('?', '?', '? ', '？', '')).map(([w, q]) => w + q);
const exchange = fc
  .tuple(
    fc.constantFrom<[string, string]>(['Host', 'Ann Lee'], ['Q', 'A'], ['Interviewer', 'He Yi'], ['Bo', 'CZ'], ['Zed', 'Dr. (X)']),
    question,
    fc.array(fc.oneof(paragraph, sentence), { minLength: 1, maxLength: 3 }),
    fc.boolean(),
  )
  .map(([[asker, answerer], q, answer, blank]) => [`${asker}: ${q}`, `${answerer}: ${answer[0]!}`, ...answer.slice(1), ...(blank ? [''] : [])]);

/** A stretch of document: mostly single lines, sometimes a whole exchange. */
const block = fc.oneof({ weight: 4, arbitrary: line.map((l) => [l]) }, { weight: 2, arbitrary: exchange });

const TSV_HEADERS = ['Question\tContent\tTopics', 'Content\tTopics', 'Topics\tText', 'Body', 'Keywords\tContent\tExtra\tMore'];

interface Generated {
  text: string;
}

const documentArb: fc.Arbitrary<Generated> = fc
  .record({
    frontMatter: fc.option(
      fc.record({
        speakers: fc.subarray([...NAMES, ...ODD_NAMES], { maxLength: 4 }),
        host: fc.option(name, { nil: undefined }),
        // forcing a shape on a document of another shape is fair game, but rarer
        format: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('transcript', 'tsv', 'prose') }),
      }),
      { nil: undefined, freq: 8 },
    ),
    tsvHeader: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(...TSV_HEADERS) }),
    lines: fc.array(block, { minLength: 0, maxLength: 25 }).map((bs) => bs.flat()),
    breaks: fc.array(fc.constantFrom('\n', '\n', '\r\n', '\r'), { minLength: 60, maxLength: 60 }),
    bom: fc.boolean(),
    finalBreak: fc.boolean(),
  })
  .map(({ frontMatter, tsvHeader, lines, breaks, bom, finalBreak }) => {
    const all: string[] = [];
    if (frontMatter) {
      all.push('---', 'title: Generated');
      if (frontMatter.speakers.length) all.push(`speakers: [${frontMatter.speakers.map((s) => JSON.stringify(s)).join(', ')}]`);
      if (frontMatter.host) all.push(`host: ${JSON.stringify(frontMatter.host)}`);
      if (frontMatter.format) all.push(`format: ${frontMatter.format}`);
      all.push('---');
    }
    if (tsvHeader) all.push(tsvHeader);
    all.push(...lines);
    // Lines must not carry their own breaks: the random Unicode may; that is fine, the checks
    // below count lines in the file as written, not in the list above.
    let text = '';
    all.forEach((l, i) => {
      text += l;
      if (i < all.length - 1 || finalBreak) text += breaks[i % breaks.length]!;
    });
    return { text: (bom ? '\uFEFF' : '') + text };
  });

// ---------------------------------------------------------------------------
// Running a document

const WORK = mkdtempSync(join(tmpdir(), 'quarry-prop-'));
let counter = 0;
afterAll(async () => rmSync(WORK, { recursive: true, force: true }));

/**
 * Loads already made, by document text. Every property below draws from the same arbitrary with
 * the same seed, so all six are handed the same 120 documents in the same order: each document is
 * written and parsed once (the six properties used to parse each of them six times over), and
 * every property still checks every document. A load that throws is not kept (the next property
 * to draw that document throws too), and the documents fast-check shrinks to after a failure are
 * new texts, loaded fresh. Nothing below changes a loaded corpus.
 */
const loaded = new Map<string, { corpus: Corpus; lines: string[] }>();

/** Writes the document into a fresh folder and loads it; bugs surface as exceptions (debug). */
function load(doc: Generated): { corpus: Corpus; lines: string[] } {
  let result = loaded.get(doc.text);
  if (!result) loaded.set(doc.text, (result = loadFresh(doc)));
  return result;
}

function loadFresh(doc: Generated): { corpus: Corpus; lines: string[] } {
  const dir = join(WORK, String(counter++));
  const path = join(dir, 'doc.md');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, doc.text);
  // Read back what is on disk: lone surrogates were written as U+FFFD.
  const onDisk = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const corpus = loadCorpus(dir, { debug: true });
  return { corpus, lines: onDisk.split(/\r\n|\n|\r/) };
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Whether `text` is `span` with pieces left out: its words, taken in the
 * longest runs found, appear in `span` in order. A word's closing full stop
 * may stand for the comma the source has there: a split quote's first part
 * ends its sentence with one ("…market risk," said Berg. "She will…").
 */
function inOrder(text: string, span: string): boolean {
  if (text === '') return true;
  const words = text.split(' ');
  const find = (piece: string, from: number) => {
    const at = span.indexOf(piece, from);
    return at >= 0 || !piece.endsWith('.') ? at : span.indexOf(piece.slice(0, -1) + ',', from);
  };
  let pos = 0;
  let i = 0;
  while (i < words.length) {
    let piece = words[i]!;
    let at = find(piece, pos);
    if (at < 0) return false;
    let j = i + 1;
    while (j < words.length) {
      const longer = `${piece} ${words[j]}`;
      const found = find(longer, pos);
      if (found < 0) break;
      piece = longer;
      at = found;
      j++;
    }
    pos = at + piece.length;
    i = j;
  }
  return true;
}
const params = { seed: SEED, numRuns: RUNS };

describe('generated documents', () => {
  it('loading never throws, and no document fails for an internal reason', async () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const { corpus } = load(doc);
        for (const p of corpus.problems) expect(p.message).not.toMatch(/internal error/);
      }),
      params,
    );
  });

  it('every record lies inside the file: 1 ≤ line ≤ endLine ≤ line count', async () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const { corpus, lines } = load(doc);
        for (const r of corpus.records) {
          expect(Number.isInteger(r.line) && Number.isInteger(r.endLine)).toBe(true);
          expect(r.line).toBeGreaterThanOrEqual(1);
          expect(r.line).toBeLessThanOrEqual(r.endLine);
          expect(r.endLine).toBeLessThanOrEqual(lines.length);
        }
      }),
      params,
    );
  });

  it("a claim's text is found in its lines (white space normalised)", async () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const { corpus, lines } = load(doc);
        for (const r of corpus.records.filter((x) => x.type === 'claim')) {
          const raw = lines.slice(r.line - 1, r.endLine).join('\n');
          // a row of a table whose header names no text column is its cells joined with ' — '
          const span = norm(raw).includes(norm(r.text)) ? norm(raw) : norm(raw.split('\t').map((c) => c.trim()).filter(Boolean).join(' — '));
          expect(span, `${r.id} lines ${r.line}-${r.endLine}`).toContain(norm(r.text));
        }
      }),
      params,
    );
  });

  // A qa answer can join consecutive turns of one speaker (the labels between them are not
  // part of the answer), and a quote can join the fragments around "she said": their text is
  // found in their lines piece by piece, in order.
  it("a qa answer's and a quote's text is found in their lines, piece by piece in order", async () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const { corpus, lines } = load(doc);
        for (const r of corpus.records.filter((x) => x.type !== 'claim')) {
          const span = norm(lines.slice(r.line - 1, r.endLine).join('\n'));
          expect(inOrder(norm(r.text), span), `${r.id} lines ${r.line}-${r.endLine}: ${JSON.stringify(r.text)} in ${JSON.stringify(span)}`).toBe(true);
        }
      }),
      params,
    );
  });

  it('ids are unique', async () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const { corpus } = load(doc);
        const ids = corpus.records.map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      params,
    );
  });

  it('JSON and NDJSON of the records parse back to the same values', async () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const { corpus } = load(doc);
        const values = corpus.records.map(recordJson);
        expect(JSON.parse(JSON.stringify(values))).toStrictEqual(values);
        expect(JSON.parse(toJson(values))).toStrictEqual(values);
        const nd = toNdjson(values);
        const lines = nd === '' ? [] : nd.replace(/\n$/, '').split('\n');
        expect(lines).toHaveLength(values.length);
        expect(lines.map((l) => JSON.parse(l) as unknown)).toStrictEqual(values);
      }),
      params,
    );
  });
});
