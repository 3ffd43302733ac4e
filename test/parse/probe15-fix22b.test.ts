/**
 * Misreads reviewer probe15 found in its folder c2 (speech and broadcast: a TED page, a eulogy, a
 * radio call-in, a UN noon briefing, a live blog), copied into test/fixtures/probe15/c2, and beside
 * each a small text of our own in other words, so each test proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const C2 = join(FIXTURES, 'probe15', 'c2');
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const find = (c: Corpus, doc: string, words: string) => recs(c, doc).find((r) => r.text.includes(words));

const TRIBUTE = [
  'Grace Chapel Newsletter',
  'Remembrance',
  '',
  'Tribute to Rosa Lindqvist (1941–2023)',
  'Delivered by her son, Anders Lindqvist-Holm, at Grace Chapel, Tacoma, Washington, on Friday, June 2, 2023',
  '',
  'Thank you all for being here this afternoon.',
  '',
  'Rosa Lindqvist was born in Malmö in 1941, the second of five daughters. She came to Tacoma at nineteen, and she taught piano for fifty years.',
  '',
  'Her students will tell you she could hear a wrong note from the next street. Her sons will tell you she could not hear the telephone ringing in her own kitchen. (Laughter)',
  '',
  'She was a quiet woman. When I told her I was moving to Anchorage, in 1995, she looked at the map for a long time and then said, "Take a warm coat and write every week."',
  '',
  'Mom, we will keep writing.',
  '',
].join('\n');

describe('a eulogy whose header says who delivered it, where and when (probe15 finding 12)', () => {
  it("makes every sentence the deliverer's, and the father's quotes his (test/fixtures/probe15/c2)", () => {
    const c = fixtureCorpus(C2);
    const doc = 'eulogy-walter-brennan';
    expect(c.documents.find((d) => d.id === doc)!.meta.author).toBe('Claire Brennan-Moss');
    expect(find(c, doc, 'Good morning.')).toMatchObject({ type: 'claim', speaker: 'Claire Brennan-Moss' });
    expect(find(c, doc, 'forty-one years')).toMatchObject({ speaker: 'Claire Brennan-Moss' });
    expect(find(c, doc, 'somebody in this family')).toMatchObject({ type: 'quote', speaker: 'Walter Brennan' });
    expect(find(c, doc, 'nothing left to look for')).toMatchObject({ type: 'quote', speaker: 'Walter Brennan' });
  });

  it('does so in other words; a "Delivered by" name alone still reads, a plain news paragraph keeps no speaker', () => {
    const c = loadCorpus(
      tempCorpus({
        'tribute.txt': TRIBUTE,
        'plain.txt': 'For my sister\n\nDelivered by her brother, Tomas Reyes\n\nShe loved the sea more than anyone I have known.\n',
        'news.txt': 'Harbour news\n\nThe harbour master, Lena Moss, retired on Friday after thirty years. She said the new berths would open in spring.\n',
      }),
    );
    expect(find(c, 'tribute', 'Thank you all')).toMatchObject({ type: 'claim', speaker: 'Anders Lindqvist-Holm' });
    expect(find(c, 'tribute', 'Take a warm coat')).toMatchObject({ type: 'quote', speaker: 'Rosa Lindqvist' });
    expect(c.documents.find((d) => d.id === 'plain')!.meta.author).toBe('Tomas Reyes');
    expect(find(c, 'news', 'thirty years')!.speaker).toBeNull();
  });
});

describe("an audience's reaction closing a speech's paragraph is no sentence (probe15 finding 11)", () => {
  it('check counts no “(Laughter)” as a sentence in no record (test/fixtures/probe15/c2)', () => {
    const c = fixtureCorpus(C2);
    expect(c.documents.find((d) => d.id === 'eulogy-walter-brennan')!.sentences.missed).toEqual([]);
  });

  it('does so in other words; a sentence in brackets that notes no reaction still counts', () => {
    const c = loadCorpus(
      tempCorpus({
        'tribute.txt': TRIBUTE,
        'council.txt': 'Council notes\n\nThe council approved the budget on Monday after a long debate. (The vote was seven to two.)\n',
      }),
    );
    expect(c.documents.find((d) => d.id === 'tribute')!.sentences.missed).toEqual([]);
    const council = c.documents.find((d) => d.id === 'council')!.sentences;
    expect(council.total).toBe(2);
  });
});
