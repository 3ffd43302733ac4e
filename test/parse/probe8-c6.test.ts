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
    expect(atLine(c, DIGEST, 16).speaker).toBe('Dordea'); // before the text names "Pavel Dordea"
    expect(atLine(c, DIGEST, 92).speaker).toBe('Dordea'); // was the previous paragraph's "a compliance lawyer in Nairobi"
    expect(atLine(c, DIGEST, 108).speaker).toBe('Noor Aziz'); // "Aziz disagreed. … she said" (was null)
    expect(atLine(c, DIGEST, 232).speaker).toBe('Daniel Brenner');
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
