/**
 * A note at a piece's foot saying where it first appeared ("This interview first appeared in
 * Makers Quarterly in 2023.", "Originally published in The Hop Letter, Spring 2021.") is the
 * page's, no claim, and dates a document nothing else dates. A sentence of the story that opens
 * the same way ("First published in 1962, the novel sold poorly.") stays a claim and dates nothing.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
function load(text: string) {
  const dir = tempCorpus({ 'qa.md': text });
  made.push(dir);
  const corpus = loadCorpus(dir);
  return { records: corpus.records, year: corpus.documents[0]!.meta.year };
}

const QA = [
  '# Clay and patience: five questions for Ines Calder',
  '',
  '*Ines Calder has made tableware in her Cornwall studio for twenty years.*',
  '',
  '**How did you start?**',
  '',
  'I failed at everything else first. Then a night class in 2003 changed my life.',
  '',
  '**What sells best?**',
  '',
  'Mugs. Always mugs.',
  '',
  '---',
  '',
];

describe('a note of where the piece first appeared', () => {
  it('dates an undated Q&A by its year, and is no claim', () => {
    for (const note of ['*This interview first appeared in Makers Quarterly in 2023.*', 'Originally published in Makers Quarterly, Spring 2023.', 'A shorter version of this interview first ran in Makers Quarterly in 2023.']) {
      const { records, year } = load([...QA, note, ''].join('\n'));
      expect(year, note).toBe(2023);
      expect(records.map((r) => [r.line, r.type, r.year]), note).toEqual([[3, 'claim', 2023], [5, 'qa', 2023], [9, 'qa', 2023]]);
    }
  });

  it('leaves a story\'s sentence that opens the same way, and a note of two years, alone', () => {
    const story = load([...QA, 'First published in 1962, the novel sold poorly.', ''].join('\n'));
    expect(story.year).toBeNull();
    expect(story.records.at(-1)).toMatchObject({ line: 15, type: 'claim', text: 'First published in 1962, the novel sold poorly.' });
    expect(load([...QA, 'This interview first appeared in Makers Quarterly in 2019 and was updated in 2023.', ''].join('\n')).year).toBeNull();
  });
});
