/**
 * A turn that is only a transcriber's note that it was not heard ("AUDIENCE MEMBER 2: (Inaudible.)",
 * "(Inaudible question.)", "(Off mic.)", its full stop and all) said nothing on the page: its line is
 * a direction, no quote of "(Inaudible.)". The turns around it read as before.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { isDirection } from '../../src/parse/labels.js';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
function recordsOf(lines: string[]) {
  const dir = tempCorpus({ 'talk.txt': lines.join('\n\n') + '\n' });
  made.push(dir);
  return loadCorpus(dir).records.map((r) => [r.line, r.type, r.speaker, r.asker, r.text.slice(0, 20)]);
}

describe('a turn not heard', () => {
  it('is a direction, in every form of the note', () => {
    for (const note of ['(Inaudible.)', '(Inaudible question.)', '(Off mic.)', '[inaudible 00:12:31]', '(Question inaudible.)']) expect(isDirection(note), note).toBe(true);
    // a sentence in brackets stays words someone said
    expect(isDirection('(I could not hear him.)')).toBe(false);
  });

  it('gives no record; the answer under it answers no question', () => {
    for (const note of ['(Inaudible.)', '(Inaudible question.)', '(Off mic.)']) {
      expect(recordsOf([
        'Keynote: "Cities After Cars" — Ines Varga at UrbanFuture 2022',
        "INES VARGA: Thank you. It's good to be back in Rotterdam.",
        'AUDIENCE MEMBER: What do you say to shop owners who lose customers?',
        'INES VARGA: The data says they gain customers, not lose them.',
        `AUDIENCE MEMBER 2: ${note}`,
        'INES VARGA: Yes, our pilot in Zwolle began in 2019.',
      ]), note).toEqual([
        [3, 'quote', 'Ines Varga', null, "Thank you. It's good"],
        [5, 'qa', 'Ines Varga', 'Audience Member', 'The data says they g'],
        [11, 'quote', 'Ines Varga', null, 'Yes, our pilot in Zw'],
      ]);
    }
  });
});
