/**
 * probe24 b: caption files of conversations about people. A YouTube auto-caption's rolling repeat of a
 * line that opened with `>>` is no new speaker (b1); a documentary's lower-third cue (a name in capitals
 * over a role) names the voice of the cues after it (b2, b3); a parenthesised voice in capitals
 * ("(TEUFEL) I'll…"), as subtitles for the hard of hearing write it, names the speaker (b4).
 * Each rule on the fixture and on a text in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, tempCorpus } from '../helpers.js';

const fixtureDir = join(FIXTURES, 'probe24', 'b');
const recordsIn = async (files: Record<string, string>) => (await loadCorpus(tempCorpus(files))).records;

describe('b1: a rolling auto-caption repeats a `>>` line', () => {
  it('reads each `>>` line once in the fixture', async () => {
    const records = (await loadCorpus(fixtureDir)).records.filter((r) => r.doc.startsWith('Founder Stories'));
    const said = (re: RegExp) => records.filter((r) => re.test(r.text) || re.test(r.question ?? ''));
    expect(said(/thanks for having me owen/)).toHaveLength(1);
    expect(said(/^what happened in 2020$/)).toHaveLength(1);
    expect(said(/we laid off about 30 percent/)).toHaveLength(1);
    expect(said(/how many people were on the team/)).toHaveLength(1);
    expect(said(/it was four of us in a garage/)).toHaveLength(1);
  });

  it('reads other rolling `>>` lines once', async () => {
    const timed = (words: string, at: number) =>
      words
        .split(' ')
        .map((w, n) => (n === 0 ? w : `<00:00:${String(at).padStart(2, '0')}.${String(100 + n * 10)}><c> ${w}</c>`))
        .join('');
    const records = await recordsIn({
      'match-recap.en.vtt': `WEBVTT
Kind: captions
Language: en

00:00:01.000 --> 00:00:03.000 align:start position:0%
 
${timed('>> coach did you expect the penalty', 1)}

00:00:03.000 --> 00:00:03.010 align:start position:0%
>> coach did you expect the penalty
 

00:00:03.010 --> 00:00:06.000 align:start position:0%
>> coach did you expect the penalty
${timed('>> no we had not practised it since march', 3)}

00:00:06.000 --> 00:00:06.010 align:start position:0%
>> no we had not practised it since march
 

00:00:06.010 --> 00:00:09.000 align:start position:0%
>> no we had not practised it since march
${timed('and the keeper guessed right twice', 6)}
`,
    });
    expect(records.filter((r) => /coach did you expect/.test(r.text) || /coach did you expect/.test(r.question ?? ''))).toHaveLength(1);
    expect(records.filter((r) => /we had not practised/.test(r.text))).toHaveLength(1);
    expect(records.find((r) => /we had not practised/.test(r.text))?.text).toBe('no we had not practised it since march and the keeper guessed right twice');
  });
});

describe('b2/b3: a lower-third names the voice after it', () => {
  it('gives each interviewee their words in the fixture', async () => {
    const records = (await loadCorpus(fixtureDir)).records.filter((r) => r.doc.startsWith('wasted-harbour'));
    const first = records.find((r) => /didn't see it coming/.test(r.text));
    expect(first?.speaker).toBe('Delphine Arceneaux');
    expect(first?.role).toBe('Former Mayor, Port Ellis');
    expect(first?.text).toMatch(/^We didn't see it coming/);
    expect(records.find((r) => /fighting the last war/.test(r.text))?.speaker).toBe('Raymond Teufel');
    const holloway = records.find((r) => /None of that came to us/.test(r.text));
    expect(holloway?.speaker).toBe('June Holloway');
    expect(holloway?.text).not.toMatch(/Property values/);
    // narration stays nobody's
    expect(records.find((r) => /last trawler/.test(r.text))?.speaker ?? null).toBeNull();
  });

  it('reads lower-thirds in other words the same way', async () => {
    const records = await recordsIn({
      'the-long-shift.srt': `1
00:00:01,000 --> 00:00:04,000
<i>The plant opened in 1962.</i>

2
00:00:04,500 --> 00:00:06,500
TOBIAS WREN
Shift supervisor, 1990-2015

3
00:00:04,500 --> 00:00:08,000
I worked nights for twenty-five years.

4
00:00:08,200 --> 00:00:11,000
My wife says I still wake at four.

5
00:00:11,500 --> 00:00:13,500
ANIKA SOLBERG-HART
Plant manager

6
00:00:11,500 --> 00:00:15,000
We lost the contract in 2014.
`,
    });
    const wren = records.find((r) => /worked nights/.test(r.text));
    expect(wren?.speaker).toBe('Tobias Wren');
    expect(wren?.role).toBe('Shift supervisor, 1990-2015');
    expect(wren?.text).toBe('I worked nights for twenty-five years. My wife says I still wake at four.');
    expect(records.find((r) => /lost the contract/.test(r.text))?.speaker).toBe('Anika Solberg-Hart');
  });
});

describe('b4: a parenthesised voice in capitals', () => {
  it('names Teufel in the fixture', async () => {
    const records = (await loadCorpus(fixtureDir)).records.filter((r) => r.doc.startsWith('wasted-harbour'));
    const r = records.find((x) => /take the blame/.test(x.text));
    expect(r?.speaker).toBe('Raymond Teufel');
    expect(r?.text).toMatch(/^I'll take the blame/);
  });

  it('reads other parenthesised voices, and no sound as one', async () => {
    const records = await recordsIn({
      'night-court.srt': `1
00:00:01,000 --> 00:00:03,000
(OKONJO) Where were you at nine?

2
00:00:03,500 --> 00:00:06,000
(MARLOWE) At the depot, until 2019 I always was.

3
00:00:06,500 --> 00:00:08,000
(SIGHS) Fine. Go on.

4
00:00:08,500 --> 00:00:10,000
(OKONJO) Who saw you there?

5
00:00:10,500 --> 00:00:12,000
(MARLOWE) Nobody, it was a Sunday.
`,
    });
    expect(records.find((r) => /At the depot/.test(r.text))?.speaker).toBe('Marlowe');
    expect(records.some((r) => r.speaker === 'Sighs')).toBe(false);
  });
});
