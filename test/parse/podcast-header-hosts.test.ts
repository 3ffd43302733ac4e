/**
 * A podcast transcript's header lists its hosts ("Hosts: Nadia Farouk, Ben Whitlock") and guest;
 * one host speaks once, opening the show with the first question. Before, that host's one turn was
 * no label (a name used once, unknown to the corpus): her words and question were nobody's claims,
 * the guest's first answer a quote with no question, and the "Hosts:" line a claim of its own.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("a podcast header's list of hosts", () => {
  it('makes a host who speaks once a voice, asking the first question (unseen episode)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['ledger-lines-ep31.txt']);
    const records = c.records.filter((r) => r.doc === 'ledger-lines-ep31');
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.line])).toEqual([
      ['Nadia Farouk', 'Omari Kessel', 6],
      ['Ben Whitlock', 'Omari Kessel', 10],
    ]);
    expect(records.filter((r) => /Hosts:|Nadia Farouk:/.test(r.text))).toEqual([]);
  });

  it('in other words: "Co-hosts:" joined by "and", the first host asking once', () => {
    const text = [
      'Reef Notes #12',
      'Co-hosts: Ana Reyes and Tom Fisk',
      'Guest: Dr. Ola Berg, marine biologist',
      '',
      'Ana Reyes: Ola, when did the reef start dying?',
      '',
      'Ola Berg: Around 2016, after the second heatwave.',
      '',
      'Tom Fisk: Can it recover?',
      '',
      'Ola Berg: Partly, by 2040, if the water cools.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'reef.txt': text })).records;
    expect(records.map((r) => [r.type, r.asker, r.speaker])).toEqual([
      ['qa', 'Ana Reyes', 'Ola Berg'],
      ['qa', 'Tom Fisk', 'Ola Berg'],
    ]);
  });
});
