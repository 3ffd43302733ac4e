/**
 * probe28 b, second pass: the findings the first helper left (hearing record, deposition caption,
 * Hansard). Each rule on the probe's fixture and on a text in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const b = loadCorpus(join(FIXTURES, 'probe28', 'b'));
const load = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const one = (name: string, text: string) => recordsOf(load(name, text), name.replace(/\.txt$/, ''));

describe('H1: a prepared statement whose heading is set centred in sentence case, over a date', () => {
  it('credits every paragraph to the witness, its first line too (fixture)', () => {
    const recs = recordsOf(b, 'house-hearing-stablecoin-reserves');
    const statement = recs.find((r) => r.text.includes('chartered in New York in 2019'))!;
    expect(statement.speaker).toBe('Nadia Patel');
    expect(statement.text).toMatch(/^Chairwoman Brady, Ranking Member Jones, and members of the Subcommittee, thank you/);
    expect(recs.find((r) => r.text.includes('bars issuers from lending'))!.speaker).toBe('Nadia Patel');
    expect(recs.some((r) => r.text.includes('Prepared Statement of Nadia Patel'))).toBe(false);
  });
  it('reads another hearing the same way', () => {
    const recs = one(
      'house-hearing.txt',
      `    Chairman OYELARAN. Dr. Lindqvist, you are recognized for 5 minutes.

 STATEMENT OF MAREN LINDQVIST, DIRECTOR, NORTHERN GRID INSTITUTE

    Dr. LINDQVIST. Thank you, Mr. Chairman. I will summarize.
    [The prepared statement of Dr. Lindqvist follows:]

                Prepared Statement of Maren Lindqvist

                            March 5, 2025

    Chairman Oyelaran, Ranking Member Duarte, and members of the
Committee, I appreciate the invitation.
    The grid lost 14 gigawatts during the storm of 2021. We have
since added 6 gigawatts of storage.
                                 ______

    Chairman OYELARAN. Thank you. Ms. Duarte.
    Ms. DUARTE. Dr. Lindqvist, how long would the storage last?
    Dr. LINDQVIST. About four hours at full output.
`,
    );
    const first = recs.find((r) => r.text.includes('I appreciate the invitation'))!;
    expect(first.speaker).toMatch(/Lindqvist/);
    expect(first.text).toMatch(/^Chairman Oyelaran, Ranking Member Duarte/);
    expect(recs.find((r) => r.text.includes('14 gigawatts'))!.speaker).toMatch(/Lindqvist/);
    expect(recs.some((r) => r.text.includes('March 5, 2025') || r.text.includes('Prepared Statement of'))).toBe(false);
  });
});
