/**
 * Shapes read this session: a reading group guide whose interview is one section of the page, a
 * consultation's summary of responses quoting the organisations that answered, and a parish
 * bulletin whose pastor's letter is one section signed at its foot, an "Ask the Author" page whose
 * readers sign their questions with a first name, and a messaging app's export whose message runs
 * on to a second line without a stop.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';
import { loadCorpus } from '../../src/load/load.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null; role?: string | null; askerRole?: string | null };
const DIR = join(FIXTURES, 'lead99');

describe("a consultation's summary of responses: an organisation described with \"one\" speaks", () => {
  const records = fixtureCorpus(DIR, ['consultation-summary.md']).records as Rec[];

  it('gives "One walking club wrote: "…"" to one walking club', () => {
    expect(records.find((r) => r.text.startsWith('A threshold of 12'))).toMatchObject({ type: 'quote', speaker: 'one walking club' });
    expect(records.find((r) => r.text.startsWith('We have listened.'))).toMatchObject({ type: 'quote', speaker: 'Helen Tranter' });
  });

  it('in other words: "another" and a quotation the organisation closes', () => {
    const dir = tempCorpus({
      'responses.txt': ['Summary of responses', '', '"Nobody asked the farmers," one housing association said.', '', 'Another charity said: "Families are waiting."', ''].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.text.startsWith('Nobody asked'))).toMatchObject({ type: 'quote', speaker: 'one housing association' });
    expect(got.find((r) => r.text.startsWith('Families are'))).toMatchObject({ type: 'quote', speaker: 'another charity' });
  });
});
