/**
 * Reading misses probe14 left open (test/fixtures/probe14/<folder>), and documents of our own in
 * the same structures where the reviewer's were not kept (test/fixtures/fix21/<folder>); beside
 * each, a small text in other words, so each test proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const F21 = join(FIXTURES, 'fix21');
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const find = (c: Corpus, doc: string, words: string) => recs(c, doc).find((r) => r.text.includes(words));

describe('an e-mail interview: one-line block-quoted questions over plain answers', () => {
  it('pairs each question with its answer, asked by the byline, answered by the person the intro names; the closing narration stays narration', () => {
    const c = fixtureCorpus(join(F21, 'c1'));
    const doc = 'email-interview-okafor-ceramics';
    const qa = recs(c, doc).filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(5);
    for (const r of qa) expect(r).toMatchObject({ speaker: 'Dana Okafor', asker: 'Marcus Lindqvist' });
    expect(qa[0]).toMatchObject({ question: 'What made you leave a trading desk for a kiln?' });
    expect(qa[0]!.text).toContain('It was not.');
    expect(qa[4]!.text).not.toContain('Okafor said');
    expect(find(c, doc, 'Okafor said she would')).toMatchObject({ type: 'claim' });
    expect(find(c, doc, 'next exhibition')).toMatchObject({ type: 'claim' });
  });

  it('reads "We sent six questions to NAME" the same; a last paragraph in the first person stays in the answer', () => {
    const c = fixtureCorpus(join(F21, 'c1'));
    const qa = recs(c, 'emailed-questions-harbour-pilot').filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(4);
    for (const r of qa) expect(r).toMatchObject({ speaker: 'Tomasz Wieczorek', asker: null });
    expect(qa[3]!.text).toContain('my first night shift');
  });

  it('does so in other words; a block-quoted question in an article with no guest named stays a quotation', () => {
    const c = loadCorpus(
      tempCorpus({
        'mail.txt': ['Three questions for a beekeeper', '', 'By Ruth Adeyemi', '', 'I e-mailed Kofi Mensah three questions about his hives; he answered within the hour.', '', '> Why bees?', '', 'My grandmother kept them. I inherited twelve hives in 2015.', '', '> How many hives do you keep now?', '', 'Forty, on four farms.', '', 'We lost six last winter to damp.', '', '> What worries you most?', '', 'Pesticides, and the cold springs we have had lately.', '', 'Mensah said he would add ten hives next year. The honey sells at the Saturday market.', ''].join('\n'),
        'essay.txt': ['On waiting', '', 'By Ruth Adeyemi', '', 'Every beekeeper asks the same thing in March.', '', '> Will they make it?', '', 'Nobody knows until the first warm day. The bees decide.', ''].join('\n'),
      }),
    );
    const qa = recs(c, 'mail').filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(3);
    for (const r of qa) expect(r).toMatchObject({ speaker: 'Kofi Mensah', asker: 'Ruth Adeyemi' });
    expect(qa[1]!.text).toContain('We lost six');
    expect(find(c, 'mail', 'Mensah said he would')).toMatchObject({ type: 'claim' });
    expect(recs(c, 'essay').filter((r) => r.type === 'qa')).toHaveLength(0);
    expect(find(c, 'essay', 'Will they make it?')).toMatchObject({ type: 'quote' });
  });
});

describe('a title with its standfirst set straight under it', () => {
  it('titles the document by its first line, not the file name', () => {
    const c = fixtureCorpus(join(F21, 'c2'));
    const d = c.documents.find((x) => x.id === 'ferry-vote-standfirst')!;
    expect(d.meta.title).toBe('Island council votes to end the winter ferry');
    expect(find(c, 'ferry-vote-standfirst', 'lost money for nine years')).toMatchObject({ type: 'claim' });
  });

  it('does so in other words, with no byline; a paragraph hard-wrapped after its first line is no title', () => {
    const c = loadCorpus(
      tempCorpus({
        'mill.txt': ['Old mill reopens as a bakery', 'Two brothers spent four years and most of their savings restoring the 1820 building.', '', 'The mill on the Avon opened its doors again on Saturday.', ''].join('\n'),
        'wrapped.txt': ['The mill on the Avon opened its doors again on Saturday after four years of', 'work by two brothers who bought it at auction.', '', 'They plan to bake bread there every morning.', ''].join('\n'),
      }),
    );
    expect(c.documents.find((x) => x.id === 'mill')!.meta.title).toBe('Old mill reopens as a bakery');
    expect(c.documents.find((x) => x.id === 'wrapped')!.meta.title).toBe('wrapped');
  });
});
