/**
 * "Kemi Adeyemi, a partner at …, called Okonkwo “the most disciplined founder in West Africa.”":
 * a person characterising someone named is speaking, as "called the delay “a betrayal”" is. Before,
 * "called" counted only with a determiner's object ("the delay", "it"), so the words were the
 * writer's claim.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('"called NAME “…”" and "described NAME as “…”"', () => {
  it('gives the characterisation to who made it, in the unseen profile', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['profile-okonkwo-paystream.txt']);
    const quotes = c.records.filter((r) => r.doc === 'profile-okonkwo-paystream' && r.type === 'quote');
    expect(quotes.find((r) => r.line === 19)).toMatchObject({ speaker: 'Kemi Adeyemi', text: 'the most disciplined founder in West Africa.' });
    // The profile's other quotations stay as they were read.
    expect(quotes.map((r) => [r.line, r.speaker])).toEqual([
      [7, 'Adaeze Okonkwo'],
      [11, 'Adaeze Okonkwo'],
      [13, 'Tunde Bakare'],
      [17, 'Adaeze Okonkwo'],
      [19, 'Kemi Adeyemi'],
      [21, 'Kemi Adeyemi'],
      [23, 'a rival executive'],
      [25, 'Adaeze Okonkwo'],
      [27, 'Adaeze Okonkwo'],
    ]);
  });

  it('in other words: a two-word name described as, and an app called by its name stays nobody’s quote', () => {
    const text = [
      'Harbour board minutes leak',
      'By Nell Ashcroft, 4 July 2022',
      '',
      'Councillor Ravi Menon described Greta Lind as "the only adult in the room" when the board met in 2021.',
      '',
      'The port now runs an app called Berthwise "to cut waiting times", its website says.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'leak.txt': text })).records;
    expect(records.filter((r) => r.type === 'quote').map((r) => [r.line, r.speaker, r.text])).toEqual([
      [4, 'Ravi Menon', 'the only adult in the room'],
      // (the website's words, read as before: no one named says them)
      [6, null, 'to cut waiting times'],
    ]);
  });
});
