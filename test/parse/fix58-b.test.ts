/**
 * A speaker described by whose they are: a possessive, perhaps a few small words, then a person's
 * noun ("her lawyer said", "his spokesman told reporters", "His lawyer said:", "Our mentor, a
 * former partner at a large fund, told us"). Before, such an attribution named nobody: in a
 * bylined story the quotation went to the writer as a claim, in a first-person blog it was a
 * quote of no one. It is now that description's, as "a lawyer said" is; a name in apposition
 * ("said his lawyer, Tom Reid") still wins. The description speaks in its own attribution only:
 * it anchors no later pronoun and carries no dialogue turn into the next paragraph (fiction's
 * "“You're late,” her father said." then "“The road was closed.”" is the daughter's reply).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'fix58', 'b');
const rows = (records: { doc: string; line: number; type: string; speaker: string | null; text: string }[], doc: string) =>
  records.filter((r) => r.doc === doc).map((r) => ({ line: r.line, type: r.type, speaker: r.speaker, text: r.text }));

describe('a speaker described with a possessive', () => {
  it('is the speaker in a bylined story, never the writer; a name in apposition still wins', () => {
    const c = fixtureCorpus(DIR, ['harbor-builder-ruling.txt']);
    const r = rows(c.records, 'harbor-builder-ruling');
    expect(r).toContainEqual({ line: 7, type: 'quote', speaker: 'her lawyer', text: 'We will appeal' });
    expect(r).toContainEqual({ line: 9, type: 'quote', speaker: 'his spokesman', text: 'The ruling ignores the contracts the workers signed' });
    expect(r).toContainEqual({ line: 11, type: 'quote', speaker: 'his lawyer', text: 'We will appeal this within the month.' });
    expect(r).toContainEqual({ line: 13, type: 'quote', speaker: 'Tom Reid', text: 'We expected this outcome' });
    expect(r).toContainEqual({ line: 15, type: 'quote', speaker: 'a lawyer for the union', text: 'It took three years' });
    // The writer is credited with none of the quoted words.
    expect(r.filter((x) => x.speaker === 'Ama Owusu' && /appeal|ruling ignores/.test(x.text))).toEqual([]);
    // The sentence after the attribution stays the writer's.
    expect(r).toContainEqual({ line: 7, type: 'claim', speaker: 'Ama Owusu', text: "The company's founder, Lena Marsh, left the courthouse without speaking." });
  });

  it('is the speaker of a first-person blog, the appositive after it no part of it', () => {
    const c = fixtureCorpus(DIR, ['what-our-mentor-said.txt']);
    expect(rows(c.records, 'what-our-mentor-said')).toContainEqual({ line: 5, type: 'quote', speaker: 'our mentor', text: 'Pivot before the money runs out.' });
  });

  it('carries no dialogue turn in fiction: the reply in the next paragraph is not the described one', () => {
    const c = fixtureCorpus(DIR, ['the-ferry-chapter.txt']);
    const r = rows(c.records, 'the-ferry-chapter');
    expect(r).toContainEqual({ line: 7, type: 'quote', speaker: 'her father', text: "You're late again" });
    expect(r.find((x) => x.line === 9)).toMatchObject({ type: 'quote', speaker: null, text: 'The road was closed at the bridge.' });
    expect(r.filter((x) => x.speaker === 'her father').map((x) => x.line)).toEqual([7]);
  });

  it('in other words: inverted, adjectives, a named attorney, a relative', () => {
    const text = [
      'Mill closure leaves town without its largest employer',
      '',
      'By Dario Fenn',
      '',
      'The Kessler paper mill in Ostrava Falls will shut on 30 June, ending 140 years of production and 388 jobs.',
      '',
      '"Nobody at the mill saw this coming," said their longtime union representative.',
      '',
      '"The numbers stopped working in 2023," his chief financial officer told the council on Monday.',
      '',
      'Their accountant wrote: "The pension fund is secure."',
      '',
      '"We will reopen the talks," said her attorney, Grace Mbeki.',
      '',
      '"I worked there for thirty-one years," a former operator said.',
      '',
      '"He never missed a shift," his widow said.',
      '',
      'Her brother says the family will stay in the town.',
      '',
    ].join('\n');
    const recs = loadCorpus(tempCorpus({ 'mill.txt': text })).records.map((r) => ({ line: r.line, type: r.type, speaker: r.speaker, text: r.text }));
    expect(recs).toContainEqual({ line: 7, type: 'quote', speaker: 'their longtime union representative', text: 'Nobody at the mill saw this coming' });
    expect(recs).toContainEqual({ line: 9, type: 'quote', speaker: 'his chief financial officer', text: 'The numbers stopped working in 2023' });
    expect(recs).toContainEqual({ line: 11, type: 'quote', speaker: 'their accountant', text: 'The pension fund is secure.' });
    expect(recs).toContainEqual({ line: 13, type: 'quote', speaker: 'Grace Mbeki', text: 'We will reopen the talks' });
    expect(recs).toContainEqual({ line: 15, type: 'quote', speaker: 'a former operator', text: 'I worked there for thirty-one years' });
    // A relative described so speaks the same way, quoted or reported.
    expect(recs).toContainEqual({ line: 17, type: 'quote', speaker: 'his widow', text: 'He never missed a shift' });
    expect(recs).toContainEqual({ line: 19, type: 'claim', speaker: 'her brother', text: 'Her brother says the family will stay in the town.' });
    expect(recs.filter((r) => r.speaker === 'Dario Fenn' && r.type === 'claim' && /"/.test(r.text))).toEqual([]);
  });

  it('in other words: a memoir whose described coach speaks once, the reply and a later "she" not theirs', () => {
    const text = [
      'The summer I learned to sail',
      '',
      'I was fourteen when my aunt Sofie sent me to the sailing school at Kerteminde.',
      '',
      'Sofie met me at the dock.',
      '',
      '"Keep your eyes on the sail," my coach said on the first morning.',
      '',
      '"I am watching it."',
      '',
      'She laughed. "Then watch the water too."',
      '',
    ].join('\n');
    const recs = loadCorpus(tempCorpus({ 'sail.txt': text })).records.map((r) => ({ line: r.line, type: r.type, speaker: r.speaker, text: r.text }));
    expect(recs).toContainEqual({ line: 7, type: 'quote', speaker: 'my coach', text: 'Keep your eyes on the sail' });
    // The reply is not the coach's, nor is the next paragraph's "She laughed." about the coach.
    expect(recs.filter((r) => r.speaker === 'my coach').map((r) => r.line)).toEqual([7]);
  });
});
