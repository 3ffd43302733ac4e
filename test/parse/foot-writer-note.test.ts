/**
 * An unsigned Q&A or story whose writer is named only in the note at its foot ("*Nadia Kourou is a
 * contributing writer.*"): that writer asks the questions and writes the standfirst, as a byline's
 * would; the note is the page's, no claim. A last paragraph about the story's subject ("… is a
 * founder", "… is a former reporter") names no writer. So does a header's interview credit set under
 * the last answer ("— Interview by Owen Marsh"): that interviewer asks.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
function recordsOf(text: string) {
  const dir = tempCorpus({ 'doc.md': text });
  made.push(dir);
  const corpus = loadCorpus(dir);
  return { records: corpus.records, author: corpus.documents[0]!.meta.author };
}

const QA = [
  '# "We were never a charity": a conversation with Odile Marchetti',
  '',
  '*Odile Marchetti founded the seed bank Grainhouse in 2011. We talked by phone from her home in Turin.*',
  '',
  '**You started Grainhouse with almost nothing. What was the first year like?**',
  '',
  'Cold. We had one freezer and a borrowed van.',
  '',
  '**What is next for you?**',
  '',
  'Teaching, I hope. And sleep.',
  '',
  '---',
  '',
];

describe("a writer's note at the foot", () => {
  it('names the asker and the standfirst\'s writer of an unsigned Q&A', () => {
    const { records, author } = recordsOf([...QA, '*Nadia Kourou is a contributing writer. This interview first appeared in the Grainhouse newsletter.*', ''].join('\n'));
    expect(author).toBe('Nadia Kourou');
    const answers = records.filter((r) => r.type === 'qa');
    expect(answers.map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [5, 'Odile Marchetti', 'Nadia Kourou'],
      [9, 'Odile Marchetti', 'Nadia Kourou'],
    ]);
    expect(records.filter((r) => r.line === 3).map((r) => r.speaker)).toEqual(['Nadia Kourou', 'Nadia Kourou']);
    // the note is the page's: no record of it
    expect(records.some((r) => r.line === 15)).toBe(false);
  });

  it('in the other ways a note says what the writer does', () => {
    for (const note of ['Dana Whitcombe covers health for the Courier.', 'Dana Whitcombe writes about farming and food.', 'Dana Whitcombe is a freelance journalist based in Cork.']) {
      expect(recordsOf([...QA, note, ''].join('\n')).author, note).toBe('Dana Whitcombe');
    }
  });

  it('not a last paragraph about the subject, nor a note over more text', () => {
    for (const last of ['Odile Marchetti is a founder of three seed banks.', 'Odile Marchetti is a former reporter for the Turin Star.', 'Marchetti is a contributing writer now.']) {
      expect(recordsOf([...QA, last, ''].join('\n')).author, last).toBeNull();
    }
    // a note with the story going on under it is no foot
    expect(recordsOf([...QA, 'Nadia Kourou is a contributing writer.', '', 'Teaching starts in May.', ''].join('\n')).author).toBeNull();
  });

  it("a header's interview credit set under the last answer names the asker", () => {
    for (const credit of ['— Interview by Owen Marsh', '*Interviewed by Owen Marsh.*', 'Interview by Owen Marsh. Edited for length.']) {
      const { records } = recordsOf([...QA, credit, ''].join('\n'));
      expect(records.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker, r.asker]), credit).toEqual([
        [5, 'Odile Marchetti', 'Owen Marsh'],
        [9, 'Odile Marchetti', 'Owen Marsh'],
      ]);
      expect(records.some((r) => r.line === 15), credit).toBe(false);
    }
  });

  it('never over a byline the head gives', () => {
    const { records, author } = recordsOf([QA[0], '', 'By Ruth Amadi', '', ...QA.slice(2), 'Nadia Kourou is a contributing writer.', ''].join('\n'));
    expect(author).toBe('Ruth Amadi');
    expect(records.filter((r) => r.type === 'qa').every((r) => r.asker === 'Ruth Amadi')).toBe(true);
  });
});
