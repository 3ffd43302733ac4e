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

describe("H2: a hearing's cover, its title and its committee's name set centred in capitals over lines of their own", () => {
  it('titles the document with every line of the title and files no cover line as a claim (fixture)', () => {
    const doc = b.documents.find((d) => d.id === 'house-hearing-stablecoin-reserves')!;
    expect(doc.meta.title).toBe('STABLECOIN RESERVES AND CONSUMER PROTECTION: A REVIEW');
    const recs = recordsOf(b, 'house-hearing-stablecoin-reserves');
    expect(recs.some((r) => r.line < 31)).toBe(false);
  });
  it('reads another cover the same way', () => {
    const corpus = load(
      'senate-hearing.txt',
      `[Senate Hearing 119-22]
[From the U.S. Government Publishing Office]



                 RAIL SAFETY AFTER THE EAST FORK
                    DERAILMENT: LESSONS LEARNED

=======================================================================

                                HEARING

                               BEFORE THE

                 SUBCOMMITTEE ON SURFACE TRANSPORTATION,
                    MARITIME, FREIGHT, AND
                             PORTS

                               __________

                            MAY 14, 2025

    Chairman OYELARAN. The subcommittee will come to order. We meet
today on the derailment of March 3.
    Ms. DUARTE. Thank you, Mr. Chairman. Eleven cars left the track.
    Chairman OYELARAN. Thank you. Mr. Brandt.
    Mr. BRANDT. The brakes were inspected in 2024.
`,
    );
    expect(corpus.documents[0]!.meta.title).toBe('RAIL SAFETY AFTER THE EAST FORK DERAILMENT: LESSONS LEARNED');
    const recs = recordsOf(corpus, 'senate-hearing');
    expect(recs.some((r) => /DERAILMENT: LESSONS|MARITIME|SUBCOMMITTEE ON SURFACE/.test(r.text))).toBe(false);
    expect(recs.find((r) => r.text.includes('Eleven cars'))!.speaker).toMatch(/Duarte/);
  });
});

describe('D1: a numbered first page opening on a caption box, its ")" column down the parties', () => {
  it('files no line of the caption box as a claim (fixture)', () => {
    const recs = recordsOf(b, 'deposition-varga-vol2');
    expect(recs.some((r) => /\)\s*$|^vs\.|Plaintiff,|Defendant\./.test(r.text) && r.line <= 10)).toBe(false);
    expect(recs.find((r) => r.text.startsWith('June 3rd, 2019'))!.speaker).toBe('Istvan Varga');
  });
  it('reads another caption box the same way', () => {
    const recs = one(
      'dep.txt',
      `                                                              Page 40
 1                  IN THE CIRCUIT COURT OF COOK COUNTY
 2
 3   MERIDIAN GRAIN COOPERATIVE,        )
 4                  Plaintiff,          )   No. 2023-L-00917
 5        vs.                           )
 6   LAKESHORE ELEVATOR CO.,            )
 7                  Defendant.          )
 8
 9              DEPOSITION OF PAULINA WROBEL
10   BY MS. OSEI:
11        Q.   When did the elevator close?
12        A.   In August 2022. The roof failed first.
13        Q.   Who told you?
14        A.   The site manager, by phone.
`,
    );
    expect(recs.some((r) => /\)\s*$|^vs\.|Plaintiff,|Defendant\.|MERIDIAN GRAIN COOPERATIVE, \)/.test(r.text))).toBe(false);
    expect(recs.find((r) => r.text.startsWith('In August 2022'))!.speaker).toMatch(/Wrobel/i);
  });
});
