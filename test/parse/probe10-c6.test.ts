/**
 * Personal and reference documents a reviewer wrote (test/fixtures/probe10/c6): a page of signed
 * key quotes, and a memoir in the first person.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const corpus = loadCorpus(join(FIXTURES, 'probe10', 'c6'));

describe('a quotation signed on its own line: "text — Name, venue, year"', () => {
  it('each line is the signer\'s quote, dated by the signature\'s year, however short or unquoted', () => {
    const recs = recordsOf(corpus, 'key-quotes-binance-founders');
    expect(recs.map((r) => [r.type, r.text, r.speaker, r.year, r.section])).toEqual([
      ['quote', 'Funds are SAFU.', 'CZ', 2018, null],
      ['quote', "If you can't afford to lose it, don't invest it.", 'CZ', 2022, null],
      ['quote', 'I spend most of my time on customer complaints, because that is where the truth is.', 'He Yi', 2022, null],
      ['quote', '4.', 'CZ', 2023, null],
      ['quote', 'Being a woman in this industry means you need to be twice as good.', 'He Yi', 2022, null],
    ]);
    // The signature stays findable: it is the quote's context.
    expect(recs[0]!.context).toContain('Twitter, 2018');
  });
  it('the same shape in other words, inside an article', () => {
    const dir = tempCorpus({
      'page.md': '# Sayings of the harbour\n\nShip first. – Ana Ruiz, podcast, 2019\n\nThe harbour reopened after the storm and the crews came back to work within a week of it.\n\n"Go." -- Tom Hale, letter to staff, March 3, 2021\n',
    });
    const rs = loadCorpus(dir).records;
    expect(rs.filter((r) => r.type === 'quote').map((r) => [r.text, r.speaker, r.year])).toEqual([
      ['Ship first.', 'Ana Ruiz', 2019],
      ['Go.', 'Tom Hale', 2021],
    ]);
    expect(rs.some((r) => r.section?.includes('Ship first'))).toBe(false);
  });
});

describe('a signature that is a credit or a joke is no speaker', () => {
  it('a caption\'s picture credit and a heading\'s aside stay text; a plain sentence needs a known signer or a venue', () => {
    const dir = tempCorpus({
      'markets.md':
        '# Markets\n\nTraders work on the floor of the New York Stock Exchange. — Getty Images\n\nThe session closed higher for the third day, led by banks and energy names.\n\n' +
        'It was over. — Or So We Thought\n\nThe rally resumed the next morning and ran for another week.\n\nWe keep going. — Ana Ruiz\n\nShip first. — Ana Ruiz, podcast, 2019\n',
    });
    const rs = loadCorpus(dir).records;
    expect(rs.filter((r) => r.type === 'quote').map((r) => [r.text, r.speaker])).toEqual([['Ship first.', 'Ana Ruiz']]);
    expect(rs.some((r) => r.speaker === 'Getty Images' || r.speaker === 'Or So We Thought')).toBe(false);
    expect(rs.some((r) => r.text.includes('New York Stock Exchange') || !!r.section?.includes('New York Stock Exchange'))).toBe(true);
  });
});

describe('first-person narration: the narrator describing themself is nobody else', () => {
  it('"she asked" is Yi, named in the paragraph before, not "a contract developer" (the narrator)', () => {
    const recs = recordsOf(corpus, 'memoir_ch3_the_apartment');
    const by = (start: string) => recs.find((r) => r.text.startsWith(start));
    expect([by('You’re the one')?.speaker ?? by("You're the one")?.speaker]).toEqual(['He Yi']);
    expect([by('Helped is fine')?.type, by('Helped is fine')?.speaker]).toEqual(['quote', 'He Yi']);
    expect(recs.some((r) => r.speaker === 'a contract developer')).toBe(false);
  });
  it('the same shape in other words', () => {
    const dir = tempCorpus({
      'story.md': '# The Night Shift\n\nI first saw Marta Lind in the winter of 2015. I was nineteen, a junior nurse, and nobody had told me where the lockers were.\n\nShe pointed down the hall. "Second door, and never the first," she said.\n',
    });
    const q = loadCorpus(dir).records.find((r) => r.type === 'quote')!;
    expect([q.text, q.speaker]).toEqual(['Second door, and never the first', 'Marta Lind']);
  });
});

describe('a subjectless "Says:" in a list about the person the title names', () => {
  it('the timeline\'s quote is CZ\'s', () => {
    const q = recordsOf(corpus, 'CZ_timeline').find((r) => r.type === 'quote')!;
    expect([q.text, q.speaker]).toEqual(['I made mistakes, and I must take responsibility.', 'CZ']);
  });
  it('the same in other words', () => {
    const dir = tempCorpus({
      'speakers.yml': 'Ana Ruiz:\n  aliases: [A. Ruiz]\n',
      'ruiz.md': '# Ana Ruiz: a chronology\n\n- **2019** — opens the first shop in Porto.\n- **2022** — sells the company to a rival. Writes: "It was time to let someone else worry."\n',
    });
    const q = loadCorpus(dir).records.find((r) => r.type === 'quote')!;
    expect([q.text, q.speaker]).toEqual(['It was time to let someone else worry.', 'Ana Ruiz']);
  });
});
