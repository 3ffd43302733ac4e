/**
 * Leftovers of probe31 (fix41): a quotation paragraph whose speaker the paragraph BELOW names
 * ("The words belonged to NAME, …"), and an Otter "Speaker N" voice that introduces itself
 * ("This is NAME …") at the start of its turn. Each shape is read in the probe's document and in
 * a text of our own in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const find = (c: Corpus, doc: string, words: string) => recs(c, doc).find((r) => r.text.includes(words) || !!r.question?.includes(words));

describe('a quotation credited by the opening of the paragraph below it (probe31-a A3)', () => {
  it("gives the marathon's bare quotation to the runner the next paragraph credits, not the last name above", () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe31', 'a'));
    const quote = find(c, 'sport-marathon-comeback', 'There were days I thought');
    expect(quote).toMatchObject({ type: 'quote', speaker: 'Faith Kiprono', line: 16 });
  });

  it('reads the same shape in other words: "That was NAME, …" and "So said NAME"', () => {
    const c = loadCorpus(
      tempCorpus({
        'chess.txt': [
          'Veteran takes the city chess title',
          '',
          'By Lotte Brandsma',
          'June 3, 2024',
          '',
          'Ingrid Halvorsen, 58, won the open on Sunday after beating Pavel Dunajski in the final round.',
          '',
          '"I stopped counting the years. The board does not know how old I am."',
          '',
          'That was Halvorsen, talking to reporters outside the hall before the prize-giving.',
          '',
          'Dunajski had led the field for six rounds.',
          '',
          '"Next year the title comes back to the club."',
          '',
          'So said Marek Olszak, the club president, at the dinner.',
          '',
          '"We have never seen a crowd like this."',
          '',
          'That was the verdict of the hall, which sold out for the first time since 2011.',
          '',
        ].join('\n'),
      }),
    );
    expect(find(c, 'chess', 'I stopped counting')).toMatchObject({ type: 'quote', speaker: 'Ingrid Halvorsen' });
    expect(find(c, 'chess', 'comes back to the club')).toMatchObject({ type: 'quote', speaker: 'Marek Olszak' });
    // "That was the verdict of …" credits no person: the quotation keeps the reading it had.
    expect(find(c, 'chess', 'never seen a crowd')?.speaker).not.toBe('the verdict');
  });
});

describe('an Otter "Speaker N" who introduces themself at the start of the turn (probe31-b B9)', () => {
  it('names Speaker 1 from "This is Gil Navarro from the Courier"', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe31', 'b'));
    const doc = 'otter-harlan-county-water-briefing';
    expect(find(c, doc, 'Thanks for making time')).toMatchObject({ type: 'qa', asker: 'Gil Navarro' });
    expect(find(c, doc, 'Who is it, and why was the bid')).toMatchObject({ type: 'qa', asker: 'Gil Navarro' });
    // The recorder's SPEAKERS list still names no one to find: "Speaker 1" became Gil Navarro.
    expect(recs(c, doc).some((r) => r.line === 8)).toBe(false);
    // Nor is "Speaker 1  0:02" over his turns a sentence left out of every record.
    expect(c.documents.find((d) => d.id === doc)!.sentences.missed).toEqual([]);
  });

  it('reads the same shape in other words, and leaves a voice that introduces someone else unnamed', () => {
    const c = loadCorpus(
      tempCorpus({
        'otter-harbour.txt': [
          'Harbour board - call with the port manager',
          'Tue, Mar 5, 2024 10:02AM • 22:15',
          '',
          'SPEAKERS',
          'Speaker 1, Ines Carvalho, Speaker 3',
          '',
          'Speaker 1  0:01',
          'Hello, this is Tomas Ribeiro with the Harbour Gazette. Thanks for the time.',
          '',
          'Ines Carvalho  0:07',
          'Happy to. What do you want to know?',
          '',
          'Speaker 3  0:10',
          'Good morning. This is Rui Matos, our berth planner, he will listen in.',
          '',
          'Speaker 1  0:15',
          'How many ships called at the port in 2023?',
          '',
          'Ines Carvalho  0:19',
          'About 1,140, a record for us, mostly container traffic.',
          '',
        ].join('\n'),
      }),
    );
    expect(recs(c, 'otter-harbour').some((r) => r.text.startsWith('Speaker 1, Ines'))).toBe(false);
    expect(find(c, 'otter-harbour', 'How many ships')).toMatchObject({ type: 'qa', asker: 'Tomas Ribeiro', speaker: 'Ines Carvalho' });
    expect(recs(c, 'otter-harbour').some((r) => r.speaker === 'Speaker 3' || r.asker === 'Speaker 3' || r.text.includes('berth planner'))).toBe(true);
    expect(recs(c, 'otter-harbour').some((r) => r.speaker === 'Rui Matos' || r.asker === 'Rui Matos')).toBe(false);
  });

  it('names Speaker 4 from the question put to "Omar" right before its turn, in full as the text gives it', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe31', 'b'));
    const doc = 'otter-harlan-county-water-briefing';
    expect(find(c, doc, '5,148. And another 2,000')).toMatchObject({ speaker: 'Omar Haddad' });
    expect(find(c, doc, "It's Keel & Barrow")).toMatchObject({ type: 'qa', speaker: 'Omar Haddad' });
  });

  it('reads a voice addressed by name in other words, and names no one when the name is in doubt', () => {
    const call = (voice3: string[], extra: string[] = []) =>
      [
        'Library levy - call with the chief librarian',
        'Wed, Apr 10, 2024 9:15AM • 18:40',
        '',
        'Speaker 1  0:01',
        'Thanks for joining. Is the branch in Eastfield closing?',
        '',
        'Hedda Lindqvist  0:06',
        'Not this year. I brought our finance lead, Sunita Rao, who did the numbers.',
        '',
        'Speaker 1  0:12',
        'How big is the gap?',
        '',
        'Hedda Lindqvist  0:15',
        'About $1.2 million for 2025. Sunita, is that the figure?',
        '',
        'Speaker 3  0:21',
        ...voice3,
        '',
        ...extra,
      ].join('\n');
    const named = loadCorpus(tempCorpus({ 'otter-library.txt': call(['Closer to 1.3, once the pensions are in.']) }));
    expect(find(named, 'otter-library', 'Closer to 1.3')).toMatchObject({ speaker: 'Sunita Rao' });
    // Two Sunitas in the text: the name is in doubt, the voice stays "Speaker 3".
    const doubtful = loadCorpus(
      tempCorpus({ 'otter-library.txt': call(['Closer to 1.3, once the pensions are in.'], ['Speaker 1  0:30', 'Does Sunita Patel on the board agree?', '']) }),
    );
    expect(find(doubtful, 'otter-library', 'Closer to 1.3')).toMatchObject({ speaker: 'Speaker 3' });
  });
});
