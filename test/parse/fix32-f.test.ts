/**
 * fix32 f: findings probe22 left. A profile's header whose byline row ("Name | Weekday, date") sits
 * under a section's line, a headline that quotes its subject (and so ends as a sentence does) and a
 * standfirst (f6, f9); each rule on the fixture and on a text in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const f = loadCorpus(join(FIXTURES, 'probe22', 'f'));
const load = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));

describe('a barred byline under a section line, a quoting headline and a standfirst (f6, f9)', () => {
  it('the fixture: dated, authored, titled by the headline; her quotes are hers', () => {
    const doc = f.documents.find((d) => d.id === 'lunch-with-governor-adaeze-kwan')!.meta;
    expect(doc.date).toBe('2024-09-14');
    expect(doc.author).toBe('Harriet Mbeki-Lowe');
    expect(doc.title).toMatch(/^Lunch with Adaeze Kwan: /);
    const recs = recordsOf(f, 'lunch-with-governor-adaeze-kwan');
    expect(recs.every((r) => r.year === 2024)).toBe(true);
    // the byline row is metadata, no claim
    expect(recs.some((r) => r.line === 7)).toBe(false);
    for (const line of [9, 13, 17, 21, 25, 31, 33]) {
      const quotes = recs.filter((r) => r.type === 'quote' && r.line === line);
      expect(quotes.length, `line ${line}`).toBeGreaterThan(0);
      for (const q of quotes) expect(q.speaker, `line ${line}`).toBe('Adaeze Kwan');
    }
  });

  it('in other words: another section line, subject, writer and date', () => {
    const page = [
      'Saturday Review | Food & Drink',
      '',
      'Dinner with Tomasz Wielgosz: "A referee should be invisible. I never was."',
      '',
      'The retired football referee on red cards, angry managers and why he never eats before a match, over pierogi in Kraków',
      '',
      'Lucinda Pereira-Holt  |  Tuesday, 3 June 2025',
      '',
      'Tomasz Wielgosz is waiting at a corner table when I arrive, and he has already ordered for both of us. "The pierogi," he says. "Trust me on this."',
      '',
      'He refereed in the top division for 16 years and sent off 212 players, a record nobody has challenged since 2019.',
      '',
      '"I was booed in every stadium in the country," he says. "That is how you know the job is done."',
      '',
    ].join('\n');
    const corpus = load('dinner.txt', page);
    const doc = corpus.documents[0]!.meta;
    expect(doc.date).toBe('2025-06-03');
    expect(doc.author).toBe('Lucinda Pereira-Holt');
    expect(doc.title).toMatch(/^Dinner with Tomasz Wielgosz: /);
    const recs = recordsOf(corpus, 'dinner');
    expect(recs.some((r) => r.line === 7)).toBe(false);
    const quotes = recs.filter((r) => r.type === 'quote' && r.line >= 9);
    expect(quotes.length).toBeGreaterThan(1);
    for (const q of quotes) expect(q.speaker).toBe('Tomasz Wielgosz');
  });
});

describe('an aside between the verb of saying and the quotation names no speaker (g14)', () => {
  const g = loadCorpus(join(FIXTURES, 'probe22', 'g'));

  it('the fixture: "He told me, and I wrote it down that evening, "…"" is Curtis Vane\'s', () => {
    const quotes = recordsOf(g, 'margin-call-ep214-transcript').filter((r) => r.type === 'quote' && r.line === 23);
    expect(quotes.map((q) => q.speaker)).toEqual(['Curtis Vane']);
  });

  it('in other words: a turn and a paragraph, other people, another aside', () => {
    const turns = [
      '[00:01:10] Priya Nandakumar: What did the coach say after the final?',
      '',
      '[00:01:14] Joaquim Sterling: I went to see Hilde Borrow the next morning. She warned me, and I wrote it on my hand in biro, "Nobody will thank you for the silver medal." She was right.',
      '',
    ].join('\n');
    const quotes = recordsOf(load('coach.txt', turns), 'coach').filter((r) => r.type === 'quote');
    expect(quotes.map((q) => q.speaker)).toEqual(['Hilde Borrow']);
    const prose = 'I went to see Hilde Borrow the next morning. She told us, as I wrote in my diary that night, "Nobody will thank you for the silver medal." She was right.\n';
    const inProse = recordsOf(load('diary.txt', prose), 'diary').filter((r) => r.type === 'quote');
    expect(inProse.map((q) => q.speaker)).toEqual(['Hilde Borrow']);
  });
});

describe('meeting notes whose bullets hold bold Q/A markers naming the person in brackets', () => {
  const notes = loadCorpus(join(FIXTURES, 'fix32'));

  it('the fixture: both pairs are qa records, bulleted or not, with asker and speaker', () => {
    const qa = recordsOf(notes, 'allotment-committee-notes').filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.asker, r.speaker])).toEqual([
      [20, 'Rhian Pugh', 'Marcus Ofori'],
      [27, 'Dev Anand', 'Ingrid Solberg'],
    ]);
    expect(qa[0]!.question).toMatch(/^Why has the annual rent gone up/);
    expect(qa[0]!.text).toMatch(/^The council raised our lease/);
  });

  it('in other words: a residents\' forum, every marker on a bullet', () => {
    const page = [
      '# Riverside residents forum',
      '',
      '- Lift on block C out of order since Monday.',
      '- Bin store door fixed.',
      '- **Q (Yusuf Demir):** When will the lift be repaired?',
      '- **A (Clara Whitby):** The part arrives on Thursday and the engineer is booked for Friday morning.',
      '- Residents asked for a notice in each lobby.',
      '- **Q (Ana Beltrán):** Who pays for the new bin store lock?',
      '- **A (Clara Whitby):** The managing agent does; it comes out of the service charge reserve.',
      '',
    ].join('\n');
    const qa = recordsOf(load('forum.md', page), 'forum').filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker])).toEqual([
      ['Yusuf Demir', 'Clara Whitby'],
      ['Ana Beltrán', 'Clara Whitby'],
    ]);
    expect(qa[0]!.text).toMatch(/^The part arrives on Thursday/);
  });
});
