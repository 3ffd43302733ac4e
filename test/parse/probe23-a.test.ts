/**
 * probe23 a: official proceedings (depositions, hearings, Hansard, regulators' minutes). Each rule
 * on the probe's fixture and on a text in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const a = loadCorpus(join(FIXTURES, 'probe23', 'a'));
const load = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const one = (name: string, text: string) => recordsOf(load(name, text), name.replace(/\.txt$/, ''));

describe('a deposition whose caption sets the deponent on the line under "DEPOSITION OF"', () => {
  it('credits A. and THE WITNESS: to the deponent (fixture)', () => {
    const recs = recordsOf(a, 'deposition-okafor-condensed');
    const answer = recs.find((r) => r.text.startsWith('In February of 2021'))!;
    expect(answer.speaker).toBe('Adaora Okafor');
    expect(recs.find((r) => r.text.startsWith('I saw it in April'))!.speaker).toBe('Adaora Okafor');
    expect(recs.find((r) => r.text.startsWith('I just did'))!.speaker).toBe('Adaora Okafor');
  });
  it('reads another caption the same way', () => {
    const recs = one(
      'dep.txt',
      `            IN THE CIRCUIT COURT OF COOK COUNTY

              REMOTE DEPOSITION OF
                 TOMASZ WIERZBICKI
              Chicago, Illinois
              Monday, May 6, 2024

BY MR. ALVAREZ:
     Q.   Where did you work in 2019?
     A.   At the grain terminal in Joliet.
     Q.   For how long?
          MS. DUNN: Objection. Vague.
          THE WITNESS: Four years, until the terminal closed.
`,
    );
    expect(recs.find((r) => r.text.startsWith('At the grain'))!.speaker).toBe('Tomasz Wierzbicki');
    expect(recs.find((r) => r.text.startsWith('Four years'))!.speaker).toBe('Tomasz Wierzbicki');
  });
});
