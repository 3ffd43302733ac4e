/**
 * A news story as a web page keeps it: a publisher's note over the headline ("Editor's note: This
 * article was updated …") and a sidebar of questions put to one person ("FIVE QUESTIONS FOR LIV
 * AASEN", each question on its line, the answer under it). Before, the note was taken for the top
 * of the text, so the headline was no title (the file name was) and became the writer's claim; and
 * the sidebar's questions and answers were all the writer's claims.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("a publisher's note over the headline, and a sidebar of questions", () => {
  it('titles the story by its headline, the note nobody’s, the sidebar’s answers the person’s it names', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['pension-fund-wind-five-questions.txt']);
    const id = 'pension-fund-wind-five-questions';
    expect(c.documents.find((d) => d.id === id)!.meta).toMatchObject({ title: 'The pension fund that bet on wind', author: 'Hamid Rahimi', date: '2024-05-08' });
    const records = c.records.filter((r) => r.doc === id);
    expect(records[0]).toMatchObject({ line: 1, type: 'claim', speaker: null });
    expect(records.some((r) => r.text === 'The pension fund that bet on wind')).toBe(false);
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker, r.asker, r.question, r.text])).toEqual([
      [15, 'Liv Aasen', 'Hamid Rahimi', 'Why wind?', 'Because the contracts are long and the counterparties are states.'],
      [18, 'Liv Aasen', 'Hamid Rahimi', 'What was the worst year?', '2022. Turbine prices jumped 30 percent and two projects stalled.'],
      [21, 'Liv Aasen', 'Hamid Rahimi', 'Would you do it again?', 'Yes, but slower.'],
    ]);
    // The story's own sentence under the box stays the writer's.
    expect(records.at(-1)).toMatchObject({ line: 24, type: 'claim', speaker: 'Hamid Rahimi' });
  });

  it('in other words: a correction note, a "3 questions with" box whose answers stand as paragraphs of their own', () => {
    const text = [
      'Correction (12 March): An earlier version misspelled the name of the brewery.',
      '',
      'Kopiec brewery doubles output',
      'By Marta Zielinska',
      '11 March 2019',
      '',
      'The Kopiec brewery in Krakow will double its output this year, its owners said on Monday, after a',
      'new hall opened on the site of a former bus depot.',
      '',
      '## 3 questions with Tomasz Wierzbicki',
      '',
      'How much beer will you make?',
      '',
      'About 1.8 million litres in 2019.',
      '',
      'Who buys it?',
      '',
      'Mostly bars in the south of Poland.',
      '',
      'The brewery employs 45 people.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'kopiec.md': text }));
    expect(c.documents[0]!.meta).toMatchObject({ title: 'Kopiec brewery doubles output', author: 'Marta Zielinska' });
    expect(c.records[0]).toMatchObject({ line: 1, type: 'claim', speaker: null });
    expect(c.records.filter((r) => r.type === 'qa').map((r) => [r.line, r.endLine, r.speaker, r.asker, r.question, r.text])).toEqual([
      [12, 14, 'Tomasz Wierzbicki', 'Marta Zielinska', 'How much beer will you make?', 'About 1.8 million litres in 2019.'],
      [16, 18, 'Tomasz Wierzbicki', 'Marta Zielinska', 'Who buys it?', 'Mostly bars in the south of Poland.'],
    ]);
    expect(c.records.at(-1)).toMatchObject({ line: 20, type: 'claim', speaker: 'Marta Zielinska' });
  });
});
