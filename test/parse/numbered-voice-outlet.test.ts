/**
 * A transcription service's numbered voice at a briefing, a reporter naming themself by name and
 * outlet as they take the floor, with no "I'm" ("Tom Reilly, Island Radio. How long …?", "Grace
 * Obi from the Examiner. Has …?"): that reporter asks, as "Q: Tom Reilly, Island Radio." already
 * reads. Not a name put to someone with no question after it, nor a greeting's thanks.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
function recordsOf(lines: string[]) {
  const dir = tempCorpus({ 'briefing.txt': lines.join('\n') + '\n' });
  made.push(dir);
  return loadCorpus(dir).records;
}
const turn = (n: number, at: string, text: string) => [`Speaker ${n} (${at}):`, text, ''];
const OPENING = [
  'Ferry Strike Briefing - Audio Transcript',
  '',
  ...turn(1, '00:00', "Good afternoon. I'm Carla Mendes, head of operations at Westline Ferries. I'll take questions."),
];

describe('a numbered voice naming itself by name and outlet', () => {
  it('asks by that name, with a comma or with "from"', () => {
    const records = recordsOf([
      ...OPENING,
      ...turn(2, '00:21', 'Tom Reilly, Island Radio. How long can you keep running the Inishmore route?'),
      ...turn(1, '00:27', 'Through the weekend, at least.'),
      ...turn(3, '00:35', 'Grace Obi from the Examiner. Has the union been offered a new deal?'),
      ...turn(1, '00:41', "We made an offer on Tuesday. They haven't replied."),
      ...turn(2, '00:50', 'And a follow-up: will fares go up?'),
      ...turn(1, '00:55', 'Not this year.'),
    ]);
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [6, 'Carla Mendes', 'Tom Reilly'],
      [12, 'Carla Mendes', 'Grace Obi'],
      [18, 'Carla Mendes', 'Tom Reilly'],
    ]);
  });

  it('not a name with no question after it, nor a thanks', () => {
    const records = recordsOf([
      ...OPENING,
      ...turn(2, '00:21', 'Carla Mendes, Westline Ferries. That is who runs the route now.'),
      ...turn(1, '00:27', 'It is, yes.'),
      ...turn(3, '00:35', 'Grace Obi, Thanks. Can you say more about the union?'),
      ...turn(1, '00:41', 'No.'),
    ]);
    expect(records.map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [3, 'Carla Mendes', null],
      [6, 'Speaker 2', null],
      [9, 'Carla Mendes', null],
      [12, 'Carla Mendes', 'Speaker 3'],
    ]);
  });
});
