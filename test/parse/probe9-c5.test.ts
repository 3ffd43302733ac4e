/**
 * Misreads reviewer probe9 found in its "long-form reporting" folder (c5), copied into
 * test/fixtures/probe9/c5, and beside each a small text of our own in other words, so each test
 * proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe9', 'c5');
const probeCorpus = (): Corpus => fixtureCorpus(DIR);
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const quote = (c: Corpus, doc: string, words: string) => recs(c, doc).find((r) => r.type === 'quote' && r.text.includes(words));
const SPEAKERS = 'He Yi:\n  aliases: [Yi He, Yi]\nCZ:\n  aliases: [Changpeng Zhao]\n';

describe('a book review (probe9 findings 35, 36, 42)', () => {
  it("credits the reviewer, not the reviewed book's author, and reads the pronouns by gender", () => {
    const c = probeCorpus();
    const doc = 'book-review-binance-biography-2025';
    const claims = recs(c, doc).filter((r) => r.type === 'claim');
    expect(claims.find((r) => r.text.startsWith('Memoirs by people'))?.speaker).toBe('Natasha Ilić');
    expect(quote(c, doc, 'You can move a company')?.speaker).toBe('He Yi'); // "she tells him:"
    expect(quote(c, doc, 'Because in ten years')?.speaker).toBe('CZ'); // "I reached Zhao … he replied:"
    expect(claims.some((r) => r.text.includes('(p. 241), which is a distinction'))).toBe(true);
  });

  it('reads the same shapes in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'speakers.yml': SPEAKERS,
        'r.txt': [
          'The founder writes back',
          '',
          'Reviewed by Ola Berg',
          'May 2, 2025',
          '',
          'A LONG WINTER',
          'By Changpeng Zhao',
          '',
          'The memoir is short and oddly frank. Changpeng Zhao wrote it in a hurry.',
          '',
          'Yi He, his partner, is the book’s quiet centre. In one chapter she warns him: "Users first, or nothing at all."',
          '',
          'I wrote to Zhao in March. Asked about the title, he answered: "Winters end, and this one did too."',
        ].join('\n'),
      }),
    );
    expect(recs(c, 'r').find((r) => r.type === 'claim' && r.text.includes('oddly frank'))?.speaker).toBe('Ola Berg');
    expect(quote(c, 'r', 'Users first')?.speaker).toBe('He Yi');
    expect(quote(c, 'r', 'Winters end')?.speaker).toBe('CZ');
  });
});

describe("an oral history's cast (probe9 findings 37, 38)", () => {
  it('resolves the narrator label to the cast name and dates the records by the interview date', () => {
    const qa = recs(probeCorpus(), 'oral-history-binance-early-employee-2017').filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(6); // the ICO question's answer is the one after the two yields ('— oh sorry, go ahead.' / 'No, please.'), no longer a pair each
    expect(qa.every((r) => r.speaker === 'Lin Wei' && r.asker === 'Anneke Vos')).toBe(true);
    expect(qa.every((r) => r.year === 2022)).toBe(true);
  });

  it('reads the same shapes in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'harbour-history-1968.txt': [
          'HARBOUR MEMORIES',
          '',
          'Narrator: Okafor Chidi (name changed), dock worker',
          'Interviewer: Ruth Gale',
          'Date of interview: 3 June 2019',
          '',
          'GALE: When did you start on the docks?',
          '',
          'OKAFOR: In 1968, the year of the strike. I was sixteen.',
          '',
          'GALE: And the work?',
          '',
          'OKAFOR: Heavy. Every day heavy.',
        ].join('\n'),
      }),
    );
    const qa = recs(c, 'harbour-history-1968').filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(2);
    expect(qa.every((r) => r.speaker === 'Okafor Chidi' && r.asker === 'Ruth Gale' && r.year === 2019)).toBe(true);
  });
});

describe('a labelled exchange inside a show page (probe9 finding 39)', () => {
  it('pairs the bold-named question with the answer under it', () => {
    const qa = recs(probeCorpus(), 'the-block-pod-ep-212-yi-he').filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(1);
    expect(qa[0]!.asker).toBe('Frank Chaparro');
    expect(qa[0]!.speaker).toBe('He Yi');
    expect(qa[0]!.text).toContain('I was in Shanghai');
  });

  it('reads the shape in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'p.md':
          '# Episode 9 — Omar Haddad on the night the bridge closed\n\nHost Dana Reyes talks to the engineer Omar Haddad about the closure of the river bridge in 2019.\n\n' +
          'The bridge carried forty thousand cars a day. Its closure lasted eleven months and cost the city a great deal.\n\n' +
          '## Links\n\n- City report on the closure\n- Omar Haddad on LinkedIn\n\n' +
          '## Excerpt\n\n**Dana Reyes:** Where were you that day?\n\n**Omar Haddad:** At home, asleep. The phone woke me.\n\n**Dana Reyes:** Thanks for coming on.\n\nThis episode is sponsored by Ferrylines.\n',
      }),
    );
    const qa = recs(c, 'p').filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(1);
    expect([qa[0]!.asker, qa[0]!.speaker]).toEqual(['Dana Reyes', 'Omar Haddad']);
    expect(quote(c, 'p', 'Thanks for coming on')?.speaker).toBe('Dana Reyes');
  });
});

describe('a conference agenda (probe9 finding 40)', () => {
  it('reads Speaker:/Moderator: listings as findable claims, not turns, and the year standing apart in the file name', () => {
    const c = probeCorpus();
    const doc = 'token2049-singapore-2024-agenda';
    const rs = recs(c, doc);
    expect(rs.some((r) => r.type === 'qa')).toBe(false);
    expect(rs.filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['TOKEN2049 editorial board']);
    expect(rs.find((r) => r.text.includes('Jonathan Ng'))?.type).toBe('claim');
    expect(rs.every((r) => r.year === 2024)).toBe(true);
  });

  it('reads the shape in other words, and leaves a transcript whose Speaker: lines talk alone', () => {
    const c = loadCorpus(
      tempCorpus({
        'summit.txt': [
          'GREEN PORTS SUMMIT',
          '',
          '10:00 – 10:30  Welcome',
          '               Speaker: Mara Lind, Director, Port of Aarhus',
          '',
          '10:30 – 11:15  Panel: Shore Power',
          '               Speakers: Tobias Roe, CEO, Voltdock',
          '               Moderator: Aisha Kamara, Harbour Weekly',
          '',
          '11:15 – 11:45  Keynote: Electric Tugs',
          '               Speaker: Jonas Berg, CTO, Tugwise',
          '',
          '12:00 – 12:30  Fireside: Ports After Oil',
          '               Speaker: Leila Haddad, Minister of Transport',
          '               Moderator: Aisha Kamara, Harbour Weekly',
        ].join('\n'),
        'talk.txt': 'Panel\n\nModerator: Welcome everyone to the panel today.\n\nSpeaker: Thank you, it is good to be here.\n\nModerator: What changed this year?\n\nSpeaker: Almost everything changed.\n',
      }),
    );
    expect(recs(c, 'summit').some((r) => r.type !== 'claim')).toBe(false);
    expect(recs(c, 'summit').some((r) => r.text.includes('Mara Lind'))).toBe(true);
    expect(recs(c, 'talk').filter((r) => r.type === 'qa').length).toBeGreaterThanOrEqual(1);
  });
});

describe('a signed letter above a report (probe9 finding 41)', () => {
  it("credits the letter to its signer and dates it by the signature; the report below is nobody's", () => {
    const rs = recs(probeCorpus(), 'binance-annual-report-2024-ceo-letter-and-risks');
    expect(rs.find((r) => r.text.includes('I want to thank'))?.speaker).toBe('Richard Teng');
    expect(rs.find((r) => r.text.includes('following risks'))?.speaker).toBe(null);
    expect(rs[0]!.date).toBe('2025-03-31');
  });

  it('reads the shape in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'review-2020.txt': [
          'ACME ANNUAL REVIEW 2020',
          '',
          'Dear shareholders,',
          '',
          'This year tested us, and I am proud of how our teams answered.',
          '',
          'Lena Fischer',
          'Chair of the Board',
          'Berlin, 14 February 2021',
          '',
          'OUTLOOK',
          '',
          'Demand is expected to recover slowly over the coming years.',
        ].join('\n'),
      }),
    );
    const rs = recs(c, 'review-2020');
    expect(rs.find((r) => r.text.includes('proud of how'))?.speaker).toBe('Lena Fischer');
    expect(rs.find((r) => r.text.includes('Demand is expected'))?.speaker).toBe(null);
    expect(rs[0]!.date).toBe('2021-02-14');
  });
});
