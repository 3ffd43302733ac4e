/**
 * Two ways a news story attributes a quotation, found on an unseen article
 * (test/fixtures/unseen/port-strike-talks-collapse.txt), December 5:
 * - "“We regret …,” the statement added." was nobody's: a statement speaks for whoever issued it,
 *   the voice of the quotation before it ("The operator, Hutchison Ports UK, said in a statement
 *   that its offer … was “fair and final”.").
 * - "“I want a deal this week,” she said, adding: “Families should not …”" kept the first part's
 *   comma ("this week, Families"): a colon that opens the next quotation ends the attribution, as a
 *   full stop does, and the comma stood for the speaker's full stop.
 * The second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  'Library closures',
  '',
  'The county council said in a statement that the cuts were "painful but necessary". "No branch will close before April," its statement said.',
  '',
  '"We will fight this in every ward," said Imani Cole, who chairs the Friends of the Library group, adding: "Reading is not a luxury."',
  '',
].join('\n');

type Rec = { type: string; text: string; speaker: string | null };

describe('a statement that speaks, and a quotation continued after "adding:"', () => {
  it('credits the statement\'s words to its issuer and closes the first part (unseen article)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['port-strike-talks-collapse.txt']);
    const quotes = (c.records as Rec[]).filter((r) => r.type === 'quote' && /regret|deal this week/.test(r.text));
    expect(quotes.map((r) => [r.speaker, r.text])).toEqual([
      ['Hutchison Ports UK', 'We regret that the union has chosen to prolong this dispute'],
      ['Ruth Kell', 'I want a deal this week. Families should not pay for a dispute they have no part in.'],
    ]);
  });

  it('reads the same in other words', async () => {
    const c = await loadCorpus(tempCorpus({ 'library.txt': SECOND }));
    const quotes = (c.records as Rec[]).filter((r) => r.type === 'quote');
    expect(quotes.map((r) => [r.speaker, r.text])).toEqual([
      ['the county council', 'painful but necessary'],
      ['the county council', 'No branch will close before April'],
      ['Imani Cole', 'We will fight this in every ward. Reading is not a luxury.'],
    ]);
  });
});
