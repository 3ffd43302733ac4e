/**
 * A speaker at a talk who restates the question from the floor and answers it in the same turn
 * ("So the question is about shop owners. The data says …", "The question was whether it works in
 * smaller towns. Yes — …") answers it: a qa, asked by the floor. A moderator's turn that only
 * restates the question for the room (a hand-on at most) is still a remark on the side, and the
 * speaker's answer under it answers the one who asked.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
function qas(lines: string[]) {
  const dir = tempCorpus({ 'keynote.txt': lines.join('\n\n') + '\n' });
  made.push(dir);
  return loadCorpus(dir).records.filter((r) => r.type === 'qa').map((r) => [r.line, r.asker, r.speaker, r.text.slice(0, 24)]);
}
const HEAD = [
  'Keynote: "Cities After Cars" — Ines Varga at UrbanFuture 2022, Rotterdam',
  "INES VARGA: Thank you. It's good to be back in Rotterdam. When I started planning streets in 2004, nobody asked about bikes.",
  'We took away parking. People shouted. Then they stopped shouting.',
  'MODERATOR: We have time for a few questions.',
];

describe('a question restated by the one who answers it', () => {
  it('in the answer\'s first sentence: the turn answers the question from the floor', () => {
    expect(qas([
      ...HEAD,
      'AUDIENCE MEMBER: Hi, thanks. What do you say to shop owners who lose customers?',
      'INES VARGA: So the question is about shop owners. The data says they gain customers, not lose them.',
      'AUDIENCE MEMBER 2: Does it work in smaller towns?',
      'INES VARGA: The question was whether it works in smaller towns. Yes — our pilot in Zwolle began in 2019.',
    ])).toEqual([
      [9, 'Audience Member', 'Ines Varga', 'So the question is about'],
      [13, 'Audience Member 2', 'Ines Varga', 'The question was whether'],
    ]);
  });

  it('by the moderator alone, a hand-on at most: the speaker\'s answer under it answers the floor', () => {
    for (const restated of ['MODERATOR: So the question, for the stream, is whether it works in smaller towns.', 'MODERATOR: So the question is whether it works in smaller towns. Ines?']) {
      expect(qas([
        ...HEAD,
        'AUDIENCE MEMBER: Does it work in smaller towns?',
        restated,
        'INES VARGA: Yes — our pilot in Zwolle began in 2019.',
      ]), restated).toEqual([[9, 'Audience Member', 'Ines Varga', 'Yes — our pilot in Zwoll']]);
    }
  });
});
