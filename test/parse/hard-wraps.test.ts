/**
 * Prose hard-wrapped at a fixed width (wire copy, press releases, e-mailed
 * articles): a line break inside a paragraph ends no sentence, whatever the
 * next line starts with (src/parse/prose.ts wrapsOnto). Lines broken on
 * purpose (a contact block, a list) stay apart.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const story = `Harbour fees to double

By Lena Ortiz

Port officials in Bellmouth voted on Tuesday to raise mooring fees for the first
time since 2009, after the harbour authority reported a deficit of
$2.3 million. The new fees take effect in April.

"We are raising fees to between $310 and $420 a season," said Tomas Ekberg, the
authority's finance director. "Nobody on this board wanted to do it."

Fishermen who moor at the north quay said the increase would cost them more than
$1,000 a year each.

Media contacts:
Ana Ruiz, Bellmouth Harbour Authority, 555-0101, press@bellmouth.example.org
Sam Cole, Bellmouth Fishermen's Association, 555-0177
`;

describe('hard-wrapped prose', () => {
  const corpus = loadCorpus(tempCorpus({ 'fees.txt': story }));
  const texts = corpus.records.map((r) => r.text);

  it('joins a sentence across a break before a figure, a capital or a quotation mark', () => {
    expect(texts).toContain('Port officials in Bellmouth voted on Tuesday to raise mooring fees for the first time since 2009, after the harbour authority reported a deficit of $2.3 million.');
    expect(texts).toContain('Fishermen who moor at the north quay said the increase would cost them more than $1,000 a year each.');
    expect(texts).not.toContain('$2.3 million.');
  });

  it('keeps a quote wrapped after its attribution whole, with its speaker', () => {
    const quote = corpus.records.find((r) => r.type === 'quote');
    expect(quote).toMatchObject({ speaker: 'Tomas Ekberg', line: 9, endLine: 10 });
    expect(quote!.text).toBe('We are raising fees to between $310 and $420 a season. Nobody on this board wanted to do it.');
  });

  it('leaves lines broken on purpose apart: each contact is its own line', () => {
    expect(corpus.records.filter((r) => /Ana Ruiz|Sam Cole/.test(r.text)).map((r) => [r.line, r.endLine])).toEqual([
      [16, 16],
      [17, 17],
    ]);
  });
});

describe('a wrapped line that looks like a heading', () => {
  it('ending on a speech verb or a function word, or with a lowercase line under it, is the start of a paragraph', () => {
    const text = 'Aftershock hits coast\n\nDr. Lena Varga, a geologist at Danube Technical University, said\naftershocks of this size could continue for months.\n\nBorn in Szeged in 1931 to Imre and Klara Toth, Anna left school at\nfifteen to work in the bakery.\n\n"Stay out of cracked buildings," Varga said.\n';
    const corpus = loadCorpus(tempCorpus({ 'quake.txt': text }));
    expect(corpus.records.map((r) => [r.line, r.endLine, r.section])).toEqual([
      [3, 4, null],
      [6, 7, null],
      [9, 9, null],
    ]);
    expect(corpus.records[2]).toMatchObject({ type: 'quote', speaker: 'Lena Varga' });
  });
});

describe('a break right after a sentence end inside a quotation that goes on', () => {
  const column = `Ferry service resumes on the lake

By Joran Vestby

The ferry to Hollin Island ran again on Friday after three weeks in the yard. "We
lost the season's best weeks," the skipper, Ingeborg Malm, said at the pier. "The
engine is new.
The timetable is not. Come and ride it."

Tickets cost the same as last year, the operator said.
`;

  it('keeps the rest of the quotation with its speaker, with no stray marks', () => {
    const records = loadCorpus(tempCorpus({ 'ferry.txt': column })).records;
    const quotes = records.filter((r) => r.type === 'quote').map((r) => [r.speaker, r.text]);
    expect(quotes).toEqual([["Ingeborg Malm", "We lost the season's best weeks. The engine is new. The timetable is not. Come and ride it."]]);
    for (const r of records) expect(r.text).not.toMatch(/^["“]|["”]$/);
  });

  it('leaves a line that opens a quotation of its own to the quotation running on into it', () => {
    const speech = column.replace('The timetable is not. Come and ride it."', '"The timetable is not. Come and ride it."');
    const records = loadCorpus(tempCorpus({ 'ferry.txt': speech })).records;
    expect(records.filter((r) => r.type === 'quote').map((r) => [r.speaker, r.text, r.line, r.endLine])).toEqual([
      ['Ingeborg Malm', "We lost the season's best weeks. The engine is new. The timetable is not. Come and ride it.", 5, 8],
    ]);
  });
});
