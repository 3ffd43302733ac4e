/**
 * A newsletter digest in Markdown: it bolds the names it quotes ("Governor **Helena Prado** told
 * reporters the bank was "in no hurry at all""), sets a quote of the week off in a "> " block signed
 * under the words with a bold name ("> — **Lucía Ferrer**, CEO of Tandem Bank, on …"), and ends on
 * the mailing's foot ("You're receiving this because you subscribed …", "Forwarded this email?
 * Sign up here."). Before, a bold name was no name to the attribution (the quotes stayed in claims,
 * "said **Dev Anand**" gave nobody's quote), the signed block was a quote of nobody plus its
 * signature as a second quote, and the foot was claims. Found on an unseen digest
 * (test/fixtures/unseen/the-ledger-brief-2025-10-17.md), December 5; the second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  '# Harbour Weekly — 3 March 2025',
  '',
  'The port authority voted on Monday. Chair **Ingrid Solheim** said the new berth was "a bet on 2040, not on next year."',
  '',
  '"We will not raise fees before 2027," added _Piet Van Damme_, the finance director.',
  '',
  '> “Ships go where the cranes are.”',
  '> -- **Omar Haddad**, harbour master',
  '',
  'Have a good week.',
  '',
  "*You are receiving this newsletter because you signed up at harbourweekly.example. [Unsubscribe](https://example.com/u)*",
  '',
  'Was this forwarded to you? [Subscribe](https://example.com/s)',
  '',
].join('\n');

type Rec = { type: string; text: string; speaker: string | null; role: string | null; line: number };
const quotes = (records: readonly Rec[]) => records.filter((r) => r.type === 'quote').map((r) => [r.line, r.speaker, r.role, r.text]);

describe('a newsletter digest in Markdown', () => {
  it('attributes quotes to bold names, reads a signed quote block, and leaves the mailing foot out (unseen digest)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['the-ledger-brief-2025-10-17.md']);
    const records = c.records.filter((r) => r.doc === 'the-ledger-brief-2025-10-17') as Rec[];
    expect(quotes(records).filter((q) => q[0] === 11 || q[0] === 17 || q[0] === 23)).toEqual([
      [11, 'Helena Prado', null, 'in no hurry at all'],
      [11, 'Helena Prado', null, 'still a number with a two in front of the wrong place.'],
      [17, 'Dev Anand', null, "We grew as if 2021 would last forever. It didn't."],
      [23, 'Lucía Ferrer', 'CEO of Tandem Bank', "I don't read the comments. I read the churn numbers."],
    ]);
    expect(records.filter((r) => r.line === 24 || r.line >= 42)).toEqual([]);
  });

  it('reads the same in other words', async () => {
    const c = await loadCorpus(tempCorpus({ 'harbour.md': SECOND }));
    const records = c.records as Rec[];
    expect(quotes(records)).toEqual([
      [3, 'Ingrid Solheim', null, 'a bet on 2040, not on next year.'],
      [5, 'Piet Van Damme', null, 'We will not raise fees before 2027'],
      [7, 'Omar Haddad', 'harbour master', 'Ships go where the cranes are.'],
    ]);
    expect(records.filter((r) => r.line === 8 || r.line >= 12)).toEqual([]);
  });
});
