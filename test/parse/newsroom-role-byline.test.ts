/**
 * A wire story bylined "By Staff Reporter": every sentence of the story was the claim of a speaker
 * called "Staff Reporter", who then stood among the corpus's people. A byline naming the newsroom's
 * role ("Staff Reporter", "Our Correspondent", "Business Desk") names no author; the line is still
 * the byline, and the story's quotes keep their speakers.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("a byline naming the newsroom's role", () => {
  it('names no author', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['cz-sentencing-wire.txt']);
    const recs = c.records.filter((r) => r.doc === 'cz-sentencing-wire');
    expect(recs.some((r) => r.speaker === 'Staff Reporter')).toBe(false);
    expect(recs.find((r) => r.line === 6)).toMatchObject({ type: 'claim', speaker: null, year: 2024 });
    // the byline is no claim
    expect(recs.some((r) => r.line === 3)).toBe(false);
    expect(recs.filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['Changpeng Zhao', 'Richard Jones', 'Yi He']);
  });

  it('reads the shape in other words, and keeps a person named by the byline', () => {
    const c = loadCorpus(tempCorpus({
      'a.txt': 'Port reopens after strike\n\nBy Our Correspondent\nMOMBASA, 2 May 2023\n\nThe port reopened on Tuesday after a nine-day strike.\n',
      'b.txt': 'Port reopens after strike\n\nBy Amina Korir, Business Reporter\nMOMBASA, 2 May 2023\n\nThe port reopened on Tuesday after a nine-day strike.\n',
    }));
    expect(c.records.find((r) => r.doc === 'a')).toMatchObject({ type: 'claim', speaker: null });
    expect(c.records.find((r) => r.doc === 'b')).toMatchObject({ type: 'claim', speaker: 'Amina Korir' });
  });
});
