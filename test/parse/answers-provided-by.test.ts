/**
 * A written Q&A set as a Markdown table under "Answers provided in writing by **Tariq Hussain**, Head
 * of Procurement": the answers were nobody's. The standfirst names who answers, in bold or not.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a standfirst saying who provided the answers', () => {
  it('names who answers the table', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['qa-table.md']);
    const qa = c.records.filter((r) => r.doc === 'qa-table' && r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker, r.question])).toEqual([
      [7, 'Tariq Hussain', 'How many suppliers do you work with?'],
      [8, 'Tariq Hussain', 'What share of panels come from China?'],
      [9, 'Tariq Hussain', 'Do you audit suppliers for forced labour?'],
      [10, 'Tariq Hussain', 'When will you publish the audit results?'],
    ]);
  });

  it('reads the shape in other words', () => {
    const c = loadCorpus(tempCorpus({
      'ferry-qa.md': '# Ferry operator answers\n\nQuestions sent by readers; answered in writing by Marta Kowalski, operations director.\n\n**When does the winter timetable start?**\n\nOn 1 November, as every year since 2016.\n\n**Why was the 07:10 cancelled?**\n\nWe had no crew for it after two retirements.\n',
    }));
    expect(c.records.filter((r) => r.type === 'qa').map((r) => r.speaker)).toEqual(['Marta Kowalski', 'Marta Kowalski']);
  });
});
