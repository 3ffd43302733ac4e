/**
 * Misreads reviewer probe8 found in its "semi-structured" folder (c5), and a UX reviewer's note
 * of the same shape, copied into test/fixtures/probe8/c5, and beside each a small text of our own
 * in other words, so each test proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe8', 'c5');

const probeCorpus = (): Corpus => fixtureCorpus(DIR);
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);

describe('a title that opens on the one guest (probe8 finding 32, ux8 Tom Hale)', () => {
  it('credits the guest a title opens with as the answerer of label-less Q&A', () => {
    const c = probeCorpus();
    for (const [doc, guest] of [
      ['interview-em-dash-mira-solberg', 'Mira Solberg'], // `Name: "quote"` title, `— ` turns
      ['italic-questions-kofi-mensah', 'Kofi Mensah'], // `Name on …` title, italic questions
      ['interview-tom-hale', 'Tom Hale'], // `Name, role — …` title, Q:/A:
    ] as const) {
      const qa = recs(c, doc).filter((r) => r.type === 'qa');
      expect(qa.length, doc).toBeGreaterThanOrEqual(3);
      expect(qa.every((r) => r.speaker === guest), doc).toBe(true);
    }
  });

  it('reads the shape in other words, and names nobody from a title that opens on a place or a firm', () => {
    const qa = 'Q: What changed?\nA: Everything changed after the flood.\n\nQ: And now?\nA: We rebuild.\n';
    const c = loadCorpus(
      tempCorpus({
        'a.txt': `Greta Lindqvist, retired ferry pilot, at home in Visby\n\n${qa}`,
        'b.txt': `Kumasi Market, a place of traders — notes from March\n\n${qa}`,
        'c.txt': `Harlow Capital on the flood\n\n${qa}`,
      }),
    );
    const speakers = (doc: string) => [...new Set(recs(c, doc).filter((r) => r.type === 'qa').map((r) => r.speaker))];
    expect(speakers('a')).toEqual(['Greta Lindqvist']);
    expect(speakers('b')).toEqual([null]);
    expect(speakers('c')).toEqual([null]);
  });
});
