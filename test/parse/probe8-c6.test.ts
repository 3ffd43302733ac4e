/**
 * Misreads reviewer probe8 found in its "layouts" folder (c6), copied into
 * test/fixtures/probe8/c6 (the 2 MB wire digest cut to its first 500 lines, under its own name),
 * and beside each a small text of our own in other words, so each test proves the shape and not
 * the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe8', 'c6');
const DIGEST = 'binance-wire-digest-2017-2024';

const probeCorpus = (): Corpus => fixtureCorpus(DIR);
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const atLine = (c: Corpus, doc: string, line: number, type = 'quote') => {
  const r = recs(c, doc).find((x) => x.line === line && x.type === type);
  expect(r, `${type} at line ${line}`).toBeDefined();
  return r!;
};

describe('"According to NAME, ROLE: “…”" (probe8 finding 45)', () => {
  it('credits the person named after "According to", not the role after the comma', () => {
    const c = probeCorpus();
    expect(atLine(c, DIGEST, 82).speaker).toBe('Noor Aziz'); // "…, an analyst at Kaiko:"
    expect(atLine(c, DIGEST, 90).speaker).toBe('Grace Mwangi'); // "…, a compliance lawyer in Nairobi:"
    expect(atLine(c, DIGEST, 230).speaker).toBe('Tomoko Arai'); // "…, head of research at …:" (no article)
    expect(atLine(c, DIGEST, 222).speaker).toBe('CZ');
    expect(recs(c, DIGEST).some((r) => r.speaker !== null && /^(a|an) /.test(r.speaker) && r.speaker.includes(' at '))).toBe(false);
  });

  it('reads the shape in other words, and leaves a clause with its own speaker alone', () => {
    const text = [
      'Harbour notes',
      '',
      'According to Ines Duarte, chair of the port users group: "The dredging is late again."',
      '',
      'According to Lars Berg, a pilot with thirty years on the river, "nobody checked the depth."',
      '',
      'According to Okafor Shipping, the chief executive told staff: "We will not wait."',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'harbour-notes.txt': text }));
    const q = (w: string) => c.records.find((r) => r.type === 'quote' && r.text.includes(w));
    expect(q('dredging')?.speaker).toBe('Ines Duarte');
    expect(q('depth')?.speaker).toBe('Lars Berg');
    expect(q('not wait')?.speaker).not.toBe('Okafor Shipping');
  });
});

describe('"X disagreed. “…,” he said." (probe8 finding 46)', () => {
  it('makes the surname that opens the sentence before the pronoun its referent', () => {
    const c = probeCorpus();
    expect(atLine(c, DIGEST, 16).speaker).toBe('Pavel Dordea'); // before the text names "Pavel Dordea" (fix75-b: the full name it gives later)
    expect(atLine(c, DIGEST, 92).speaker).toBe('Pavel Dordea'); // was the previous paragraph's "a compliance lawyer in Nairobi"
    expect(atLine(c, DIGEST, 108).speaker).toBe('Noor Aziz'); // "Aziz disagreed. … she said" (was null)
    expect(atLine(c, DIGEST, 232).speaker).toBe('Daniel Brenner');
    // "He disagreed. “…,” she said.": the surname He of the woman registered as He Yi.
    expect(atLine(c, DIGEST, 146).speaker).toBe('He Yi');
  });

  it('reads the shape in other words', () => {
    const text = [
      'Council meeting',
      '',
      'The budget passed by one vote after a long debate about the library.',
      '',
      'Okonkwo objected. "We are closing the one warm room this town has," she said.',
      '',
      'Nobody agreed. "It is only for the winter," he said.',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'council-2021.txt': text }));
    const q = (w: string) => c.records.find((r) => r.type === 'quote' && r.text.includes(w));
    expect(q('warm room')?.speaker).toBe('Okonkwo');
    expect(q('winter')?.speaker).toBeNull();
  });
});

describe('a compilation dated item by item (probe8 finding 47)', () => {
  it("dates each item's records by its heading, inside the file name's span of years", () => {
    const c = probeCorpus();
    expect(atLine(c, DIGEST, 8).year).toBe(2020); // item 1 (June 13, 2020)
    expect(atLine(c, DIGEST, 14).year).toBe(2024); // item 2 (October 7, 2024)
    expect(atLine(c, DIGEST, 22).year).toBe(2018); // item 3 (February 13, 2018)
    expect(atLine(c, DIGEST, 12, 'claim').year).toBe(2024);
    expect(new Set(recs(c, DIGEST).map((r) => r.year)).size).toBeGreaterThan(5);
  });

  it('reads the shape in other words, and not where the file name gives one year', () => {
    const body = [
      '# Press cuttings',
      '',
      '## Ferry strike — 4 March 2012',
      '',
      'Crews walked out over rotas.',
      '',
      '## Ferry deal — 9 May 2014',
      '',
      'The union accepted a new rota.',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'cuttings-2010-2015.md': body, 'cuttings-2013.md': body }));
    const of = (doc: string, w: string) => c.records.find((r) => r.doc === doc && r.text.includes(w))?.year;
    expect(of('cuttings-2010-2015', 'walked out')).toBe(2012);
    expect(of('cuttings-2010-2015', 'accepted')).toBe(2014);
    expect(of('cuttings-2013', 'walked out')).toBe(2013);
  });
});

describe('a bare surname of a registered alias (probe8 finding 48)', () => {
  it('resolves "said Zhao" to CZ before the text writes "Changpeng Zhao"', () => {
    expect(atLine(probeCorpus(), DIGEST, 8).speaker).toBe('CZ');
  });

  it('reads the shape in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'speakers.yml': 'Gabi:\n  aliases: [Gabriela Sousa]\n',
        'brief.txt': 'Market brief\n\n"Rates will stay where they are," said Sousa.\n',
      }),
    );
    expect(c.records.find((r) => r.type === 'quote')?.speaker).toBe('Gabi');
  });
});

describe('a continuation after a footnote mark (probe8 finding 49)', () => {
  it('credits the quotation that goes on after “…,” he told … with its footnote mark', () => {
    const q = recs(probeCorpus(), 'cz-profile-crypto-quarterly-2021-footnotes').find((r) => r.type === 'quote' && r.text.includes('whole job'));
    expect(q?.speaker).toBe('CZ');
  });

  it('reads the shape in other words', () => {
    const text = '# Notes\n\nMarta Ruiz runs the mill. "We grind at night," she said. "The power is cheaper then."[4]\n';
    const c = loadCorpus(tempCorpus({ 'mill-2020.md': text }));
    const q = c.records.find((r) => r.type === 'quote' && r.text.includes('cheaper'));
    expect(q?.speaker).toBe('Marta Ruiz');
  });
});

describe('a described speaker ends at its verb (probe8 finding 40)', () => {
  it('keeps "a spokesperson for …" and not the clause after it', () => {
    const q = recs(probeCorpus(), 'hardwrapped-hyphenated-cz-profile').find((r) => r.type === 'quote' && r.text.includes('main focus'));
    expect(q?.speaker).toBe("a spokesperson for Zhao's family office");
  });

  it('reads the shape in other words', () => {
    const text = '# Port\n\nA lawyer for the harbour board refused to name the buyer beyond saying it would "take over in June."\n';
    const c = loadCorpus(tempCorpus({ 'port-2020.md': text }));
    expect(c.records.find((r) => r.type === 'quote')?.speaker).toBe('a lawyer for the harbour board');
  });
});

describe('whom a reporter asks about is not the asker (probe8 finding 41)', () => {
  it('gives "She laughed: “…”" to the woman the reporter asked about', () => {
    const q = recs(probeCorpus(), 'mixed-zh-en-heyi-speech-notes').find((r) => r.type === 'quote' && r.text.includes('enough jobs'));
    expect(q?.speaker).toBe('He Yi');
  });

  it('reads the shape in other words', () => {
    const text = [
      '# Launch',
      '',
      'Dana Holt opened the plant on Monday.',
      '',
      'Later a local farmer asked if she would hire from the valley. She smiled: "Every one of them."',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'launch-2019.md': text }));
    expect(c.records.find((r) => r.type === 'quote')?.speaker).toBe('Dana Holt');
  });
});

describe('double-spaced text (probe8 finding 38)', () => {
  it('joins the sentences a blank line cut, so the quotations are whole', () => {
    const doc = recs(probeCorpus(), 'double-spaced-panel-notes-lisbon');
    const first = doc.find((r) => r.type === 'quote' && r.text.includes('balance sheet'));
    expect(first?.text).toContain('remembered as the year the industry learned what a balance sheet is');
    expect(first?.speaker).toBe('Roos');
    expect(doc.filter((r) => r.type === 'quote')).toHaveLength(3);
    expect(doc.some((r) => r.text.startsWith('failed within weeks'))).toBe(false);
  });

  it('reads the shape in other words, and leaves one-line paragraphs alone', () => {
    const text = [
      '# Allotment meeting',
      '',
      '"We have waited four years for the',
      '',
      'water tap," Mr Baines told the committee.',
      '',
      'The chair said the pipe would be laid',
      '',
      'before the spring.',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'allotment-2018.md': text }));
    expect(c.records.find((r) => r.type === 'quote')?.text).toBe('We have waited four years for the water tap');
    expect(c.records.some((r) => r.type === 'claim' && r.text === 'The chair said the pipe would be laid before the spring.')).toBe(true);
  });
});

describe('a line-numbered page (probe8 finding 42)', () => {
  it('reads a line holding only its number as markup', () => {
    const d = probeCorpus().documents.find((x) => x.id === 'hearing-excerpt-line-numbered')!;
    expect(d.lines.unparsed).toEqual([]);
  });
});

describe("a page's HTML source (probe8 findings 43, 44)", () => {
  it('reads the page as it reads: title, byline date, paragraphs, the block quotation and its signer', () => {
    const c = probeCorpus();
    const d = c.documents.find((x) => x.id === 'binance-labs-heyi-profile.html')!;
    expect(d.meta.title).toBe('Inside Binance Labs: He Yi’s $10 Billion Bet on Builders');
    expect(d.meta.date).toBe('2023-06-08');
    const doc = recs(c, 'binance-labs-heyi-profile.html');
    expect(doc.some((r) => /<\/?[a-z]/.test(r.text))).toBe(false);
    expect(doc.find((r) => r.type === 'quote' && r.text.includes('Being early'))?.speaker).toBe('He Yi');
    expect(doc.find((r) => r.type === 'quote' && r.text.includes('We don’t invest'))?.text).toContain('the token takes care of itself');
    // (His characterisation of Labs is his quote, the sentence its context, since "called NAME “…”" is read.)
    expect(doc.find((r) => (r.context ?? r.text).startsWith('Changpeng Zhao, Binance’s founder'))).toMatchObject({ type: 'quote', speaker: 'CZ' });
  });

  it('reads the shape in other words, and leaves a caption file’s tags alone', () => {
    const html = [
      '<h2>The ferry</h2>',
      '<p>The ferry stopped in March after a storm took the pier at Holm.</p>',
      '<blockquote>“We row now.”<br>&mdash; Erik Lund, skipper</blockquote>',
    ].join('\n');
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ana Ruiz>We row now.</v>\n\n00:00:05.000 --> 00:00:07.000\n<v Ana Ruiz>Every day.</v>\n';
    const c = loadCorpus(tempCorpus({ 'ferry.txt': html, 'talk.vtt': vtt }));
    expect(c.records.find((r) => r.doc === 'ferry' && r.type === 'quote')?.speaker).toBe('Erik Lund');
    expect(c.records.some((r) => r.doc === 'ferry' && r.text.includes('<'))).toBe(false);
    expect(c.records.filter((r) => r.doc === 'talk').every((r) => r.speaker === 'Ana Ruiz')).toBe(true);
  });
});
