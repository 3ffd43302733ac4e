/**
 * Shapes read this session: a Reddit AMA copied from the new site's compact view ("u/name · 2y",
 * "Reply Share Report" under each comment), a newspaper's letters page signed "— Name, Place" and
 * by hyphenated first names, and "X quoted Y as saying" with a note in brackets or a clause
 * between the frame and the words quoted.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';
import { loadCorpus } from '../../src/load/load.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string };
const DIR = join(FIXTURES, 'lead94');

describe('a Reddit AMA copied from the compact view: "u/name · 2y" headers, "Reply Share Report" bars', () => {
  const records = fixtureCorpus(DIR, ['reddit-ama-thread.txt']).records as Rec[];

  it("reads each comment as its poster's turn, the OP by the name the post introduces", () => {
    expect(records.find((r) => r.text.startsWith('Thanks, that'))).toMatchObject({ speaker: 'u/satoshis_cousin' });
    expect(records.filter((r) => r.speaker === null)).toEqual([]);
  });

  it("pairs the OP's replies with the comments they answer", () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker, r.text.slice(0, 12)])).toEqual([
      ['u/satoshis_cousin', 'Tomás Reyes', 'Swap fees. W'],
      ['u/lagos_dev_ng', 'Tomás Reyes', 'November 202'],
      ['u/quietbull', 'Tomás Reyes', 'No. A token '],
    ]);
  });

  it('keeps the headers and the button bars out of every record', () => {
    expect(records.filter((r) => /Reply Share|· 2y/.test(r.text))).toEqual([]);
  });

  it('in other words: a bar of other buttons, a "mo" age, a dot of another kind', () => {
    const dir = tempCorpus({
      'thread.txt': [
        'r/running', '', 'Posted by u/coach_ines • 5mo', '', 'I coached the 2019 national team. AMA about marathon training.', '',
        'u/slow_miles • 5mo', '', 'How many long runs a month?', '', 'Reply Award Share Save Follow', '',
        '    u/coach_ines OP • 5mo', '', '    Three, never four. The fourth is where injuries come from.', '', '    Reply Award Share Save Follow', '',
      ].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.text.startsWith('Three, never four'))).toMatchObject({ type: 'qa', speaker: 'u/coach_ines', asker: 'u/slow_miles' });
    expect(got.filter((r) => r.text.includes('Award'))).toEqual([]);
  });
});
