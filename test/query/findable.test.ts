/**
 * Nothing unsearchable: sentences of the shipped corpus that an earlier
 * version parsed but could not find (the sentence introducing a quote, pull
 * quotes, quotes credited by a pronoun or a description, questions in
 * narrative) are found by the words a reader would type, in the record that
 * cites their line.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/index.js';
import { search } from '../../src/query/search.js';
import { shippedCorpus } from '../helpers.js';

const corpus = shippedCorpus();
const index = buildIndex(corpus.records);
const top = async (q: string, n = 3) => (await search(index, q)).slice(0, n).map((h) => h.record);

describe('search finds what grep finds in the shipped corpus', () => {
  it('“chat bots”: He Yi’s answer, whose introducing sentence is the quote’s context', async () => {
    const hit = (await top('chat bots')).find((r) => r.doc === 'life-at-binance' && r.type === 'quote');
    expect(hit?.speaker).toBe('He Yi');
    expect(hit?.context).toMatch(/would employ chat bots/);
    expect(hit?.text).toMatch(/^We will make sure that users access services/);
  });

  it('a pull quote with no speaker', async () => {
    const hit = (await top('588 days recommended books')).find((r) => r.type === 'quote');
    expect(hit?.text).toBe('It would take 588 days to finish reading the recommended books.');
    expect(hit?.speaker).toBeNull();
  });

  it('quotes credited by a pronoun or a description, found by their frame', async () => {
    expect((await top('really impressive recalled')).some((r) => r.text === 'That was really impressive' && r.speaker === 'a skilled snowboarder')).toBe(true);
    expect((await top('one team member says')).some((r) => r.text === 'Time will solve all problems.')).toBe(true);
    const cz = (await top('explained in detail emphasized')).find((r) => r.type === 'quote');
    expect(cz?.speaker).toBe('CZ');
    expect(cz?.context).toBe('CZ explained in detail and emphasized that “…”');
  });

  it('a question asked in narrative prose', async () => {
    expect((await top('frontline team members cope')).some((r) => r.text === 'How will promoted frontline team members cope with their new role?')).toBe(true);
  });

  it('every sentence of every shipped document is in a record', async () => {
    for (const d of corpus.documents) {
      expect(d.sentences.missed, d.id).toEqual([]);
      expect(d.sentences.total, d.id).toBeGreaterThan(0);
    }
  });
});
