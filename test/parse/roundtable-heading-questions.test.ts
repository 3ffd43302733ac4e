/**
 * A magazine roundtable in Markdown: each question a heading ("## Will you raise prices?"), the
 * panellists' answers under it, each under a bold label ("**Ana Ruiz:** …"). Before, only the first
 * answer was paired with the question, whose text kept the heading's "## ", and the other
 * panellists' answers were quotes asked nothing. A question set as a heading is now put to everyone
 * who answers under it, as a bold one already was, without the heading's marks. Found on an unseen
 * roundtable (test/fixtures/unseen/cfo-roundtable-2025.md), December 5; the second text is in
 * other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  '# Three coaches on the new season',
  '',
  'We asked three coaches the same questions in July.',
  '',
  '### Who is the team to beat? ###',
  '',
  '**Lena Fisk:** Bergen, with that defence.',
  '',
  '**Omar Haddad:** Ourselves. We lost six games we led in 2024.',
  '',
  '### How long until your academy players start? ###',
  '',
  '**Lena Fisk:** Two seasons, at most.',
  '',
  '**Omar Haddad:** Some of them start in August.',
  '',
].join('\n');

type Rec = { type: string; text: string; speaker: string | null; question: string | null; line: number };
const qas = (records: readonly Rec[]) => records.filter((r) => r.type === 'qa').map((r) => [r.speaker, r.question, r.text]);

describe("a roundtable's questions set as Markdown headings", () => {
  it('are put to every panellist who answers under them (unseen roundtable)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['cfo-roundtable-2025.md']);
    const records = c.records.filter((r) => r.doc === 'cfo-roundtable-2025') as Rec[];
    const risk = 'What is the biggest risk to your business in 2025?';
    const prices = 'Will you raise prices?';
    expect(qas(records)).toEqual([
      ['Ana Ruiz', risk, 'Liquidity. Our customers pay in 90 days and our suppliers want 30.'],
      ['Tom Berg', risk, 'Regulation, without a doubt. We have 14 open consultations in Brussels alone.'],
      ['Priya Shah', risk, 'Honestly? Hiring. We lost 11% of our finance team last year.'],
      ['Ana Ruiz', prices, 'Yes, by about 4%.'],
      ['Tom Berg', prices, "We can't. Our prices are set by the regulator until 2026."],
      ['Priya Shah', prices, 'Only for new customers.'],
    ]);
    expect(records.filter((r) => r.type === 'quote')).toEqual([]);
  });

  it('reads the same in other words', async () => {
    const c = await loadCorpus(tempCorpus({ 'coaches.md': SECOND }));
    expect(qas(c.records as Rec[])).toEqual([
      ['Lena Fisk', 'Who is the team to beat?', 'Bergen, with that defence.'],
      ['Omar Haddad', 'Who is the team to beat?', 'Ourselves. We lost six games we led in 2024.'],
      ['Lena Fisk', 'How long until your academy players start?', 'Two seasons, at most.'],
      ['Omar Haddad', 'How long until your academy players start?', 'Some of them start in August.'],
    ]);
  });
});
