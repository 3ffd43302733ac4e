/**
 * A heading in capitals opening on "BY" that is a phrase, not a writer: "BY POPULAR DEMAND" over a
 * section was read as a capitals byline, so "Popular Demand" wrote the story (left by review53). The
 * nouns of such phrases (demand, request, arrangement, invitation …) name no one.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

describe('a "BY" phrase in capitals', () => {
  it('heads a section and names no author', () => {
    const c = loadCorpus(tempCorpus({
      'gigs.txt': 'Summer concerts return\n\nBY POPULAR DEMAND\n\nThe park concerts come back in June 2025, the council said.\n',
      'gala.txt': 'Harbour gala\n\nBY INVITATION ONLY\n\nTickets for the 2024 gala went to 300 volunteers, organisers said.\n',
    }));
    expect(c.records.find((r) => r.doc === 'gigs')).toMatchObject({ speaker: 'the council', section: 'BY POPULAR DEMAND' });
    expect(c.records.find((r) => r.doc === 'gala')).toMatchObject({ section: 'BY INVITATION ONLY' });
    expect(c.records.filter((r) => /DEMAND|INVITATION/i.test(r.speaker ?? ''))).toEqual([]);
    expect(c.documents.every((d) => !d.meta?.author)).toBe(true);
  });
  it('leaves a byline in capitals a byline', () => {
    const c = loadCorpus(tempCorpus({ 'port.txt': 'Port reopens\n\nBY AMINA HANDLEY\n\nThe port reopened on Tuesday after a nine-day strike in 2023.\n' }));
    expect(c.records[0]).toMatchObject({ type: 'claim', speaker: 'Amina Handley' });
  });
});
