/**
 * A habit's auxiliary between the speaker and the verb of saying: "My husband, Luis, kept telling
 * me, "…"", "my sister Ana kept saying, "…"", "My brother, Tomas, used to say, "…"". Before, the
 * auxiliary stood at the end of the subject, which then named nobody: the quotations had no speaker,
 * and one stayed inside a claim. Found on an unseen essay (test/fixtures/unseen/as-told-to.txt),
 * December 5; the second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  'Workshop notes',
  '',
  'The first winter was hard. My mentor, Ingrid Solberg, kept reminding us, "Sharp tools are safe tools."',
  '',
  'In April my cousin Rafael kept saying, "Sell the lathe."',
  '',
  'Our landlord, Mr. Petrov, used to say, "Sawdust is a sign of honest work."',
  '',
  'Our neighbour Anselm Koller would always say, "Measure twice."',
  '',
].join('\n');

describe('a quotation whose speaker says it out of habit', () => {
  it('gives "kept telling me" its speaker (test/fixtures/unseen)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['as-told-to.txt']);
    const q = c.records.find((r) => r.doc === 'as-told-to' && r.text.includes("Oysters don't read"))!;
    expect(q).toMatchObject({ type: 'quote', speaker: 'Luis' });
  });

  it('reads "kept saying", "used to say" and "would always say" the same way', async () => {
    const c = await loadCorpus(tempCorpus({ 'workshop.txt': SECOND }));
    const of = (words: string) => c.records.find((r) => r.type === 'quote' && r.text.includes(words));
    expect(of('Sell the lathe')?.speaker).toBe('Rafael');
    expect(of('honest work')?.speaker).toBe('Petrov');
    expect(of('Measure twice')?.speaker).toBe('Anselm Koller');
  });
});
