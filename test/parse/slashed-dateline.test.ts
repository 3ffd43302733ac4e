/**
 * A dateline written with slashes ("Barcelona · 22/02/2024 · 06:00 h", "Date of call: 07/22/2023")
 * dates its document where the order cannot be mistaken: one of the first two numbers is above 12.
 * "03/02/2024" is March in one country and February in another, so it gives no day.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const dateOf = (c: ReturnType<typeof loadCorpus>, id: string) => c.documents.find((d) => d.id === id)!.meta.date;

describe('a slashed dateline', () => {
  it('dates the Catalan interview (day first) and the 911 call record (month first)', () => {
    expect(dateOf(fixtureCorpus(join(FIXTURES, 'probe16', 'c3')), 'ca-ara-entrevista-cadena')).toBe('2024-02-22');
    expect(dateOf(fixtureCorpus(join(FIXTURES, 'probe11', 'c4')), '911_call_transcript_INC-2023-118842')).toBe('2023-07-22');
  });

  it('does so in other words; an order that could be either gives no day', () => {
    const body = 'La fira va obrir les portes ahir amb més visitants que mai, segons els organitzadors del certamen.';
    const c = loadCorpus(
      tempCorpus({
        'dayfirst.txt': ['Notícies del port', '', 'Per Anna Riera', 'Tarragona · 30/09/2025 · 18:10 h', '', body, ''].join('\n'),
        'monthfirst.txt': ['Harbor news', '', 'Posted 11/27/2024', '', 'The ferry terminal reopened on Tuesday after a month of repairs to its pier.', ''].join('\n'),
        'either.txt': ['Notícies del port', '', 'Tarragona · 03/02/2025 · 18:10 h', '', body, ''].join('\n'),
      }),
    );
    expect(dateOf(c, 'dayfirst')).toBe('2025-09-30');
    expect(dateOf(c, 'monthfirst')).toBe('2024-11-27');
    expect(dateOf(c, 'either')).toBeNull();
    // The ambiguous line is still read: its words are in a record or the header's year.
    expect(c.records.filter((r) => r.doc === 'either').some((r) => r.text.includes('fira'))).toBe(true);
  });
});
