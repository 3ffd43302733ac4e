/**
 * A newspaper page copied with its byline block: the writer's name, her role on the line under it,
 * then the date ("Priya Raman" / "Social affairs correspondent" / "Tue 11 Feb 2025 06.00 GMT"). The
 * three lines were claims and the page had no author: a name was read as a byline only right above
 * its date. In its text, "…, Rebecca Liu, …, said £18m had been set aside" was nobody's claim (a
 * reported clause opening on a figure), and "Its author, the former housing ombudsman Dame Caroline
 * Oyelowo, wrote that …" was nobody's (an appositive that describes, then names). Found on an unseen
 * news page (test/fixtures/unseen/guardian-style-council-housing.txt), December 5; the second text is
 * in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  'Ferry fares to rise 12% as fuel bill doubles',
  '',
  'Operator blames diesel prices and says winter timetable will stay',
  '',
  'Hamish Oduya',
  'Transport reporter',
  'Mon 3 Mar 2025 17.40 GMT',
  '',
  'Fares on the island ferries will rise by 12% from April, the operator has said.',
  '',
  'Its finance director, Lena Marsh, said 40% of the increase would go on fuel.',
  '',
  'Its harbour master, the veteran skipper Tomas Reid, told the Herald that the crossings were already half empty in winter.',
  '',
  'One passenger group, the Island Travellers\' Forum, said $2.5m had been promised by the government in 2023.',
  '',
].join('\n');

describe("a byline block with the writer's role, and reported clauses the text credits", () => {
  it('reads the unseen page: author and date from the byline block, claims credited', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['guardian-style-council-housing.txt']);
    const doc = c.documents.find((d) => d.id === 'guardian-style-council-housing')!;
    expect([doc.meta.author, doc.meta.date]).toEqual(['Priya Raman', '2025-02-11']);
    const own = c.records.filter((r) => r.doc === doc.id);
    expect(own.some((r) => /^(?:Priya Raman|Social affairs correspondent|Tue 11 Feb)/.test(r.text))).toBe(false);
    expect(own.find((r) => r.text.includes('£18m'))!.speaker).toBe('Rebecca Liu');
    expect(own.find((r) => r.text.includes('a nuisance to be managed'))!.speaker).toBe('Caroline Oyelowo');
  });

  it('reads the same in other words', async () => {
    const c = await loadCorpus(tempCorpus({ 'ferry.txt': SECOND }));
    expect([c.documents[0]!.meta.author, c.documents[0]!.meta.date]).toEqual(['Hamish Oduya', '2025-03-03']);
    expect(c.records.some((r) => /^(?:Hamish Oduya|Transport reporter)$/.test(r.text))).toBe(false);
    const by = (words: string) => c.records.find((r) => r.text.includes(words))!.speaker;
    expect(by('40% of the increase')).toBe('Lena Marsh');
    expect(by('half empty in winter')).toBe('Tomas Reid');
    // an appositive that names an organisation's group after "the" is no person
    expect(by('$2.5m had been promised')).not.toBe("Island Travellers' Forum");
  });

  it('keeps a description ending on a preposition before a company, and a figure no clause follows', async () => {
    const c = await loadCorpus(tempCorpus({ 'co.txt': 'Results day\n\nIts largest shareholder, the chief executive of Harbour Holdings, wrote that the sale was final.\n\nAna Ruiz said 40 words in three hours and left the meeting early.\n' }));
    expect(c.records.find((r) => r.text.includes('sale was final'))!.speaker).not.toBe('Harbour Holdings');
    expect(c.records.find((r) => r.text.includes('40 words'))!.speaker).not.toBe('Ana Ruiz');
  });
});
