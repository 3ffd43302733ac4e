// Pathological input lines: no line may make a reader slow. For each
// generated input (a run of one character, a repeated word, a long word...)
// placed in each context a reader sees (a line alone, after a "Q:" label, a TSV
// cell, a caption cue, a Markdown heading, a blockquote, a table row, a front
// matter value, a header's field or byline, a speaker's turn), a one-document corpus is written under the OS temp folder and
// read by the built loader (dist/, in this process: load, then check's report)
// at 10, 20 and 40 KB of the input. A reader that stays linear in line length
// takes about twice as long at 2L as at L; a quadratic one four times.
//
//   node bench/pathological.mjs [--sizes 10,20,40] [--only NAME] [--context NAME] [--slow]
//
// --only / --context keep inputs / contexts whose name contains the text;
// --slow prints only the rows that miss the target (40 KB under 0.5 s, ratio
// 40/20 KB at most 2.5). Times are the best of a few runs, in CPU ms of this
// process (user + system: on a shared machine wall time mostly measures the
// other processes; this thread parses alone, so CPU time is its time), the ratio
// is of the two largest sizes (shown only when the larger takes 50 ms or more:
// below that a ratio is noise). Once one size takes over 4 s the larger ones are
// skipped ("skip"). Run `npm run build` first. Exits 1 when a row misses the target.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ARGV = process.argv.slice(2);
const option = (name, fallback) => {
  const i = ARGV.indexOf(name);
  return i >= 0 ? ARGV[i + 1] : fallback;
};
const sizes = option('--sizes', '10,20,40').split(',').map((s) => Number(s) * 1000);
const only = option('--only', '');
const contextFilter = option('--context', '');
const slowOnly = ARGV.includes('--slow');

const dist = (p) => import(pathToFileURL(join(ROOT, 'dist', p)).href);
const { loadCorpus } = await dist('load/load.js');
const { checkCorpus } = await dist('load/check.js');

/** `n` characters of `unit` repeated (cut to length). */
const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

// Each input: a function of the length; the text sits between ordinary words
// ("x" after it) so that a pattern that fails at the run's end is tried.
const RUNS = {
  spaces: ' ', tabs: '\t', nbsp: '\u00a0', dashes: '-', equals: '=', stars: '*', hashes: '#', gt: '>', dots: '.', commas: ',',
  dquotes: '"', curly: '“', squotes: "'", digits: '7', colons: ':', 'a-space': 'a ', 'name-colon': 'Name: ',
  brackets: '[', parens: '(', braces: '{', 'paren-a': '(a', capitals: 'A',
};
const INPUTS = {
  ...Object.fromEntries(Object.entries(RUNS).map(([name, unit]) => [name, (n) => `x ${fill(unit, n)}x`])),
  'trailing-spaces': (n) => `x${fill(' ', n)}`,
  'trailing-tabs': (n) => `x${fill('\t', n)}`,
  // a capitalised word, then the run: what a speaker label's name opens on, with no colon after it
  'name-then-spaces': (n) => `Ana${fill(' ', n)}x`,
  // a vendor's profile tag left open over a run of spaces ("Name {BIO 1      }")
  'spaces-brace': (n) => `x {BIO 1${fill(' ', n)}}`,
  // a word in capitals, then post-nominal letters it does not take ("AAAA x KC")
  'capitals-then-kc': (n) => `${fill('A', n)} x KC`,
  'spaced-words': (n) => fill(`word${' '.repeat(50)}`, n),
  // a deposition caption's name as one long word in capitals ("\s?" in a repeated group split it every way)
  'deposition-caps': (n) => `DEPOSITION OF ${fill('A', n)}!`,
  // a bold label's opening, then a run of spaces and no closing marks (two "\s*" side by side)
  'bold-then-spaces': (n) => `**a${fill(' ', n)}x`,
  // a handle's label, then a run of spaces ("@abc:" and "\s*(\*\*)?\s*")
  'handle-spaces': (n) => `@abc:${fill(' ', n)}x`,
  // a programme's break phrase over and over, a question mark at the end (the break pattern's tail)
  'break-phrases': (n) => `${fill('stay with us ', n)}?x`,
  // stops and spaces, then a lowercase letter (a subhead's "sentence ends, capital follows" test)
  'stops-spaced': (n) => `${fill('. ', n)}a`,
  // closing quotation marks run on ("[…]+$" taken off a subhead's end)
  'closing-quotes': (n) => `word ${fill('”', n)}x`,
  // a run of "[" closed once by a link's "](" (the link text once took "[": each one scanned to the end)
  'brackets-link': (n) => `x ${fill('[', n)}a](https://k.io/p) x`,
  'long-word': (n) => fill('abcdefghij', n),
  // a dateline's place of "and"s, then a wire's "--(" it never reaches (an optional "and " before each
  // word of the place split such a line in exponentially many ways)
  'dateline-ands': (n) => `AUSTIN ${fill('and ', n)}x;--(BUSINESS WIRE)--June 10, 2025--x`,
  // a line thick with short quotations (quote masking once copied the line per quotation)
  'quoted-words': (n) => fill('abc def “ghi” jkl ', n),
  // a line thick with quotations of two words (each one looked back over the ones before it in its sentence)
  'quoted-phrases': (n) => fill('x “ab cd” ', n),
  // a byline's place words over and over, not a place at the end ("in Accra" taken off a Nexis byline
  // once tried every " in " against the rest of the line)
  'in-places': (n) => `${fill('in Accra ', n)}1`,
  // one voice's bracketed label opening line after line ("[A] words": its uses were copied per line)
  'bracket-voice-lines': (n) => fill('\n[Q] It was fine.', n),
  // a file of headings alone, one after another (each walked its whole run of headings: quadratic)
  'heading-lines': (n) => fill('\n## About A', n),
  // an epigraph's dash after quotation after quotation in one sentence (each checked the words before it back to the sentence's start)
  'dash-quotes': (n) => `"${fill('x" — Ann "', n)}`,
  // a story without its line breaks, quotation after quotation with its speaker after it (the
  // lost-words check copied the whole line once per record: 200 KB took 6 s)
  'quote-line': (n) => fill('„Wir bauen 7 Brücken“, so Kerstin Albrecht. ', n),
  // long prose sentences with quotes, dates and figures, one line (the suite loads 256 KB of it)
  sentences: (n) =>
    fill('In March 2021 the exchange said “we will list only what we use ourselves,” and by then it had grown from nine people to more than 3,000 staff across forty countries, with daily volume above $10 billion. ', n),
};
const CONTEXTS = {
  alone: { ext: '.txt', doc: (s) => `${s}\n` },
  'q-label': { ext: '.txt', doc: (s) => `Q: ${s}\nA: It was fine.\n\nQ: And then?\nA: ${s}\n` },
  'tsv-cell': { ext: '.tsv', doc: (s) => `Question\tAnswer\nWhat happened?\t${s}\n${s}\tFine.\n` },
  caption: { ext: '.vtt', doc: (s) => `WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n${s}\n\n00:00:05.000 --> 00:00:06.000\n<v Ana>${s}\n` },
  heading: { ext: '.md', doc: (s) => `# ${s}\n\nSome text.\n\n## ${s}\n` },
  blockquote: { ext: '.md', doc: (s) => `Intro line.\n\n> ${s}\n` },
  'table-row': { ext: '.md', doc: (s) => `| Who | Said |\n| --- | --- |\n| Ana | ${s} |\n` },
  'front-matter': { ext: '.md', doc: (s) => `---\ntitle: ${s}\nauthor: ${s}\n---\nBody text.\n` },
  'header-field': { ext: '.txt', doc: (s) => `Interviewer: Tom Reyes ${s}\nGuest: Ana ${s}\nBy Ana Ruiz | June 18, 2024 ${s}\n\nQ: What did you build?\nA: An exchange.\n` },
  'export-byline': { ext: '.txt', doc: (s) => `Document 1 of 1\n\nA Headline\nByline: By Ana Ruiz ${s}\nLength: 40 words\n\nBody\nAna said it was fine.\n\nLoad-Date: June 5, 2019\n\nEnd of Document\n` },
  'speaker-turn': { ext: '.txt', doc: (s) => `Ana Ruiz: I was going to say ${s}\nBen Ode: Go on.\nAna Ruiz: It started ${s} in 2017.\n` },
};

const temp = mkdtempSync(join(tmpdir(), 'quarry-pathological-'));
const read = (dir) => checkCorpus(loadCorpus(dir, { parallel: false }));
/** Best of up to 5 runs (fewer once a run takes over 200 ms: a shared machine's noise only adds). */
function time(name, text) {
  const dir = mkdtempSync(join(temp, 'c-'));
  writeFileSync(join(dir, name), text);
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t0 = process.cpuUsage();
    read(dir);
    const { user, system } = process.cpuUsage(t0);
    const ms = (user + system) / 1000;
    best = Math.min(best, ms);
    if (ms > 200 * (r + 1)) break;
  }
  rmSync(dir, { recursive: true, force: true });
  return best;
}

// warm-up: the loader's modules and the JIT
for (const c of Object.values(CONTEXTS)) time(`warm${c.ext}`, c.doc('Ana said it was fine.'));

const header = `${'input'.padEnd(16)} ${'context'.padEnd(13)} ${sizes.map((s) => `${s / 1000} KB`.padStart(9)).join('')}   ratio`;
console.log(header);
let missed = 0;
for (const [iname, input] of Object.entries(INPUTS)) {
  if (only && !iname.includes(only)) continue;
  for (const [cname, ctx] of Object.entries(CONTEXTS)) {
    if (contextFilter && !cname.includes(contextFilter)) continue;
    const times = [];
    for (const n of sizes) {
      if (times.some((t) => t == null || t > 4000)) {
        times.push(null);
        continue;
      }
      times.push(time(`doc${ctx.ext}`, ctx.doc(input(n))));
    }
    const [a, b] = times.length > 1 ? times.slice(-2) : [null, times[0]];
    const ratio = a != null && b != null && b >= 50 ? b / a : null;
    const bad = b == null || b > 500 || (ratio != null && ratio > 2.5);
    if (bad) missed++;
    if (slowOnly && !bad) continue;
    const cells = times.map((t) => (t == null ? 'skip' : t.toFixed(0)).padStart(9)).join('');
    console.log(`${iname.padEnd(16)} ${cname.padEnd(13)} ${cells}   ${ratio == null ? '  -' : ratio.toFixed(2)}${bad ? '  SLOW' : ''}`);
  }
}
rmSync(temp, { recursive: true, force: true });
console.log(missed ? `${missed} input(s) miss the target (40 KB under 500 ms, ratio at most 2.5)` : 'every input meets the target');
process.exit(missed ? 1 : 0);
