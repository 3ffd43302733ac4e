/**
 * Questions set as plain paragraphs, each over its answer, under the writer's cue naming whom they
 * were put to ("We put three questions to Westline's managing director, Anil Deshmukh.", "I spoke
 * to Ines Varga about …"): a Q&A with that person, asked by the byline, whether it is the whole
 * page or a section under a news story's lede. The story above stays the writer's.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
function recordsOf(lines: string[]) {
  const dir = tempCorpus({ 'story.txt': lines.join('\n') + '\n' });
  made.push(dir);
  return loadCorpus(dir).records.map((r) => [r.line, r.type, r.speaker, r.asker]);
}
const HEAD = ['Port Ellery votes to keep its ferry', '', 'By Tom Okafor', '12 March 2024', ''];
const LEDE = [
  "Councillors in Port Ellery voted 9–4 on Tuesday to keep the town's loss-making ferry running until at least 2027.",
  '',
  '"It is the only way many of our older residents get to the hospital," said council leader Ruth Calder.',
  '',
];
const QUESTIONS = [
  'Why does the ferry lose money?',
  'Fuel. Our fuel bill doubled between 2021 and 2023, and fares did not.',
  '',
  'Will fares rise?',
  'Yes, by about 8% in April.',
  '',
  'Could a bus replace you?',
  'Not in winter. The coast road closes when the storms come.',
];

describe('questions put to the person the cue names', () => {
  it('a section under a news story\'s lede', () => {
    const records = recordsOf([...HEAD, ...LEDE, "We put three questions to Westline's managing director, Anil Deshmukh.", '', ...QUESTIONS]);
    expect(records).toEqual([
      [6, 'claim', 'Tom Okafor', null],
      [8, 'quote', 'Ruth Calder', null],
      [10, 'claim', 'Tom Okafor', null],
      [12, 'qa', 'Anil Deshmukh', 'Tom Okafor'],
      [15, 'qa', 'Anil Deshmukh', 'Tom Okafor'],
      [18, 'qa', 'Anil Deshmukh', 'Tom Okafor'],
    ]);
  });

  it('the whole page, the cue in other words', () => {
    for (const cue of ['I spoke to Anil Deshmukh about the winter timetable.', 'We asked Anil Deshmukh, who runs Westline, what comes next.']) {
      const qas = recordsOf([...HEAD, cue, '', ...QUESTIONS]).filter((r) => r[1] === 'qa');
      expect(qas, cue).toEqual([
        [8, 'qa', 'Anil Deshmukh', 'Tom Okafor'],
        [11, 'qa', 'Anil Deshmukh', 'Tom Okafor'],
        [14, 'qa', 'Anil Deshmukh', 'Tom Okafor'],
      ]);
    }
  });

  it('no cue, or the writer\'s own questions answered as narrator: no Q&A', () => {
    expect(recordsOf([...HEAD, ...LEDE, ...QUESTIONS]).filter((r) => r[1] === 'qa')).toEqual([]);
    const rhetorical = ['Why does the ferry matter?', 'Because the coast road closes when the storms come.', '', 'Who pays for it?', 'The county, for now.'];
    expect(recordsOf([...HEAD, ...LEDE, 'I spoke to Anil Deshmukh about the winter timetable.', '', ...rhetorical]).filter((r) => r[1] === 'qa')).toEqual([]);
  });
});
