/**
 * Misreads reviewer probe9 found in its "news shapes" folder (c2), copied into
 * test/fixtures/probe9/c2, and beside each a small text of our own in other words, so each test
 * proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe9', 'c2');
const probeCorpus = (): Corpus => fixtureCorpus(DIR);
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const quote = (c: Corpus, doc: string, words: string) => recs(c, doc).find((r) => r.type === 'quote' && r.text.includes(words));
const SPEAKERS = 'He Yi:\n  aliases: [Yi He, Yi]\nCZ:\n  aliases: [Changpeng Zhao]\n';

describe('pronouns by gender in a profile (probe9 findings 9, 11, 16, 17, 18)', () => {
  it('reads the profile: "she said" after "He, 38," is He Yi; a vocative fragment is no speaker; relative-clause split quotes join', () => {
    const c = probeCorpus();
    const doc = 'split-quotes-heyi-profile-2024';
    expect(quote(c, doc, 'care about titles')?.speaker).toBe('He Yi');
    const cz = quote(c, doc, 'is the reason Binance survived');
    expect(cz?.speaker).toBe('CZ');
    expect(cz?.text).toMatch(/^Yi\b/);
    expect(cz?.year).toBe(2022); // "he wrote on X in 2022"
    expect(quote(c, doc, 'service business')?.year).toBe(2018); // "In 2018, … she told a Chinese podcast that"
    const charming = recs(c, doc).filter((r) => r.type === 'quote' && /charming|argue/.test(r.text));
    expect(charming).toHaveLength(1);
    expect(charming[0]!.text).toContain('and very hard to argue with');
    expect(charming[0]!.speaker).toBe('a former employee');
    expect(recs(c, doc)[0]!.date).toBe('2024-06-18'); // "By Martin Oyelaran" / "June 18, 2024"
  });

  it('reads the same shapes in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'speakers.yml': SPEAKERS,
        'a.txt': [
          'Notes from the desk',
          '',
          'By Ann Lowe',
          'March 3, 2023',
          '',
          'PARIS — “We listen,” He Yi said, adjusting her glasses, “before we build.”',
          '',
          'He, 41, started the support team with Changpeng Zhao in 2017. Staff say she still answers tickets.',
          '',
          '“Tickets are the product,” she said.',
          '',
          'Zhao has thanked her often. “Yi,” he posted on Weibo in 2019, “kept the lights on.”',
          '',
          'Not all agree. “She is tough,” said a manager who asked not to be named, “and rarely wrong.”',
        ].join('\n'),
      }),
    );
    expect(quote(c, 'a', 'Tickets are the product')?.speaker).toBe('He Yi');
    expect(quote(c, 'a', 'kept the lights on')?.speaker).toBe('CZ');
    expect(quote(c, 'a', 'kept the lights on')?.year).toBe(2019);
    expect(quote(c, 'a', 'She is tough')?.text).toContain('rarely wrong');
    expect(recs(c, 'a')[0]!.date).toBe('2023-03-03');
  });
});

describe('British quotes: an institution after a name, fragments of one reported clause (probe9 findings 12, 13)', () => {
  it('reads the Guardian-style story', () => {
    const c = probeCorpus();
    const doc = 'guardian-style-british-quotes-cz-2024';
    expect(quote(c, doc, 'sends a very mixed message')?.speaker).toBe('Mary Hall');
    expect(quote(c, doc, 'growth and profits')?.speaker).toBe('Richard Jones');
    expect(quote(c, doc, 'compliance with US law')?.speaker).toBe('Richard Jones');
  });

  it('reads the same shapes in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'b.txt': [
          'Court news',
          '',
          'The magistrate, Paul Drury, said the firm had put "speed and volume" ahead of "the safety of its customers".',
          '',
          'One economist, Dana Price of Westfield University, said the ruling "will change how small lenders behave for years".',
        ].join('\n'),
      }),
    );
    expect(quote(c, 'b', 'speed and volume')?.speaker).toBe('Paul Drury');
    expect(quote(c, 'b', 'the safety of its customers')?.speaker).toBe('Paul Drury');
    expect(quote(c, 'b', 'will change how small lenders')?.speaker).toBe('Dana Price');
  });
});

describe('a live blog: "he wrote" after "posted on X." and an unquoted statement under its introduction (probe9 findings 14, 15)', () => {
  it('reads the live blog', () => {
    const c = probeCorpus();
    const doc = 'live-binance-cz-plea-2023-11-21';
    expect(quote(c, doc, 'honored to take on this role')?.speaker).toBe('Richard Teng');
    const statement = quote(c, doc, 'Today, I stepped down as CEO of Binance');
    expect(statement?.speaker).toBe('CZ');
    expect(statement?.text).toContain('I must take responsibility');
  });

  it('reads the same shapes in other words, and leaves an unintroduced paragraph a claim', () => {
    const c = loadCorpus(
      tempCorpus({
        'c.txt': [
          'Live: the vote',
          '',
          '10:02 GMT',
          '',
          'Maria Olsen, the new chair, has just posted on X. "We start work tomorrow," she wrote.',
          '',
          "Olsen's full statement, sent to staff this morning:",
          '',
          'I am grateful for your trust. We have a lot to do and I intend to start at once.',
          '',
          'The board meets again on Friday and we expect a decision on the budget then.',
        ].join('\n'),
      }),
    );
    expect(quote(c, 'c', 'We start work tomorrow')?.speaker).toBe('Maria Olsen');
    expect(quote(c, 'c', 'grateful for your trust')?.speaker).toBe('Maria Olsen');
    expect(recs(c, 'c').find((r) => r.text.includes('board meets again'))?.type).toBe('claim');
  });
});

describe('an exchange run into one paragraph (probe9 finding 8)', () => {
  it('reads inline Q:/A: and bold run-in names as qa pairs, asked by the interviewer the standfirst names', () => {
    const qa = recs(probeCorpus(), 'newspaper-qa-inline-zhao-2022').filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(5);
    expect(qa.every((r) => r.speaker === 'CZ' && r.asker === 'Lucy Marsh')).toBe(true);
    expect(qa[1]!.question).toBe("Regulators don't see it that way.");
    expect(qa[1]!.text).toContain('Some don');
    expect(qa[3]!.text).toMatch(/^On paper\./);
  });

  it('reads the shape in other words, and leaves a paragraph with one bold lead-in alone', () => {
    const c = loadCorpus(
      tempCorpus({
        'd.txt': [
          'Lunch with the mayor',
          '',
          'Ines Duarte talks to Tom Becker about buses and bridges.',
          '',
          'Q: Why buses? A: Because they are cheap. Q: And bridges? A: Those are not cheap at all.',
          '',
          '**Becker:** You were late today. **Duarte:** The bus was late. **Becker:** Whose fault is that? **Duarte:** Mine, I suppose.',
          '',
          '**Note:** The interview was edited for length and clarity by our desk.',
        ].join('\n'),
      }),
    );
    const qa = recs(c, 'd').filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(4);
    expect(qa.every((r) => r.speaker === 'Ines Duarte' && r.asker === 'Tom Becker')).toBe(true);
    expect(recs(c, 'd').some((r) => r.type === 'claim' && r.text.includes('edited for length'))).toBe(true);
  });
});
