/**
 * A first-person essay "as told to" a writer: a headline and a standfirst, then the credit ("As
 * told to Jordan Pike") with the day it was published on the line under it. The date was never
 * found (every record's year null): the byline rules wanted "By NAME". Found on an unseen essay,
 * December 5 (test/fixtures/unseen/as-told-to.txt); the second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  'I ran a lighthouse for twenty years. Nobody ever asked me about the silence.',
  '',
  'Edwin Marr, 77, kept the light at Skerry Point until it was automated. His account has been',
  'condensed.',
  '',
  'As told to Priya Nandakumar',
  'March 3, 2021',
  '',
  'I took the post in 1979, the year my daughter was born. The supply boat came every two weeks.',
  '',
].join('\n');

describe('an "as told to" credit dates the essay by the line under it', () => {
  it('reads "Published June 9, 2024" under the credit (test/fixtures/unseen)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['as-told-to.txt']);
    const doc = c.documents.find((d) => d.id === 'as-told-to')!;
    expect(doc.meta.date).toBe('2024-06-09');
    const said = c.records.find((r) => r.doc === 'as-told-to' && r.text.includes('commercial lending'))!;
    expect(said.year).toBe(2024);
  });

  it('reads a bare date under the credit the same way', async () => {
    const c = await loadCorpus(tempCorpus({ 'keeper.txt': SECOND }));
    expect(c.documents[0]!.meta.date).toBe('2021-03-03');
    expect(c.records.find((r) => r.text.includes('supply boat'))!.year).toBe(2021);
  });
});
