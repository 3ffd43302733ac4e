/**
 * Screen, stage and audio documents (test/fixtures/probe16/c1): a broadcast dialogue list with
 * SMPTE time codes, a teleplay's voice-over cue, pull quotes, an audio room's hand-overs, a memoir's
 * reported dialogue. Each shape is also tested on a small text of its own, in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, recordsOf, tempCorpus } from '../helpers.js';

const c1 = fixtureCorpus(join(FIXTURES, 'probe16', 'c1'));
type Recs = ReturnType<typeof recordsOf>;
const docOf = (corpus: ReturnType<typeof loadCorpus>, id: string) => corpus.documents.find((d) => d.id === id)!;
const words = (recs: Recs) => recs.map((r) => `${r.question ?? ''} ${r.text}`).join(' ');
const at = (recs: Recs, line: number) => recs.filter((r) => r.line === line);

describe('a dialogue list: `TC IN  TC OUT  SPEAKER:  words` rows', () => {
  it('each row is a turn of its label, the time codes no words; an off-screen question pairs with the one answer', () => {
    const recs = recordsOf(c1, 'the-long-bull-doc-script');
    expect(docOf(c1, 'the-long-bull-doc-script').shape).toBe('transcript');
    expect(words(recs)).not.toMatch(/\d{2}:\d{2}:\d{2}:\d{2}|HE YI:|TC IN/);
    expect(recs.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.line])).toEqual([['Interviewer', 'He Yi', 22]]);
    expect(at(recs, 16)[0]).toMatchObject({ type: 'quote', speaker: 'He Yi', endLine: 18 });
    expect(at(recs, 30)[0]).toMatchObject({ type: 'quote', speaker: 'Rosalind Achebe', endLine: 31 });
    // the archive row's source column: the label after it speaks, the source stays searchable
    expect(at(recs, 35)[0]).toMatchObject({ type: 'quote', speaker: 'CZ' });
    expect(at(recs, 35)[0]!.text).toMatch(/CNBC, 2018.*We are not trying to be a bank/);
    for (const l of [11, 27, 40]) expect(at(recs, l)[0]!.speaker).toBe('Narrator');
  });

  it('SUPER rows (place, date, role on screen) are claims of their own, no turn continues over them', () => {
    const recs = recordsOf(c1, 'the-long-bull-doc-script');
    expect(at(recs, 14).map((r) => [r.type, r.speaker, r.text])).toEqual([['claim', null, 'SUPER: Shanghai, June 2017']]);
    expect(at(recs, 20).map((r) => r.text)).toEqual(['SUPER: He Yi, Co-founder, Binance']);
    expect(at(recs, 33).map((r) => r.text)).toEqual(['SUPER: Rosalind Achebe, Former FCA Adviser']);
    expect(recs.some((r) => r.speaker === 'He Yi' && /Co-founder/.test(r.text))).toBe(false);
    expect(recs.some((r) => /Slow Burn/.test(r.text) && r.speaker !== null)).toBe(false);
  });

  it('`Transmission: DATE, CHANNEL` in the header dates the document', () => {
    expect(docOf(c1, 'the-long-bull-doc-script').meta.date).toBe('2024-11-21');
  });

  it('the same shape in other words', () => {
    const dir = tempCorpus({
      'list.txt': [
        'HARBOUR LIGHTS', 'AS-BROADCAST DIALOGUE LIST', 'Transmission: 3 March 2021, Channel 9', '',
        'TC IN        TC OUT       SPEAKER               DIALOGUE', '',
        '01:00:02:00  01:00:06:10  NARRATOR:             The port had been closed for a decade when',
        '                                                the first ship returned.', '',
        '01:00:06:12  01:00:09:00  SUPER:                Valletta, May 2011', '',
        '01:00:09:05  01:00:15:20  MARA VELLA:           We painted the cranes ourselves.', '',
        '01:00:16:00  01:00:19:00  INTERVIEWER (O.S.):   Why did you stay?', '',
        '01:00:19:10  01:00:25:00  MARA VELLA:           Because nobody else would.', '',
        '01:00:25:05  01:00:30:00  NARRATOR:             By winter the harbour was open again.', '',
        '01:00:30:05  01:00:34:00  TOM GRECH:            It changed the whole town.', '',
      ].join('\n'),
    });
    const corpus = loadCorpus(dir);
    const recs = recordsOf(corpus, 'list');
    expect(docOf(corpus, 'list').shape).toBe('transcript');
    expect(docOf(corpus, 'list').meta.date).toBe('2021-03-03');
    expect(recs.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.text])).toEqual([['Interviewer', 'Mara Vella', 'Because nobody else would.']]);
    expect(recs.find((r) => /Valletta, May 2011/.test(r.text))).toMatchObject({ type: 'claim', speaker: null });
    expect(recs.find((r) => /whole town/.test(r.text))).toMatchObject({ type: 'quote', speaker: 'Tom Grech' });
    expect(words(recs)).not.toMatch(/01:00|TC OUT/);
  });

  it('a clock time before a label is unchanged (no frames: not a time code)', () => {
    const dir = tempCorpus({
      'call.txt': ['Weekly call', '', '00:00:05 Ana Ruiz: Shall we start?', '', '00:00:09 Ben Cho: Yes, go ahead.', '', '00:00:14 Ana Ruiz: Sales first, then hiring?', '', '00:00:20 Ben Cho: Sales grew four percent.', ''].join('\n'),
    });
    const recs = recordsOf(loadCorpus(dir), 'call');
    expect(recs.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker])).toEqual([['Ana Ruiz', 'Ben Cho'], ['Ana Ruiz', 'Ben Cho']]);
  });
});

describe("a screenplay's voice-over cue", () => {
  it('NARRATOR (V.O.) answers no character: the question above it is a quote', () => {
    const recs = recordsOf(c1, 'cold-wallet-teleplay');
    expect(at(recs, 33)[0]).toMatchObject({ type: 'quote', speaker: 'Tobias', text: 'Who else has seen this?' });
    expect(at(recs, 36)[0]).toMatchObject({ type: 'quote', speaker: 'Narrator' });
    expect(recs.some((r) => r.type === 'qa' && r.speaker === 'Narrator')).toBe(false);
  });

  it('the same shape in other words', () => {
    const pad = ' '.repeat(25);
    const dir = tempCorpus({
      'script.txt': [
        'INT. BAKERY - DAY', '', 'Flour everywhere.', '',
        `${pad}ELENA`, '          The oven is cold again.', '',
        `${pad}MARCO`, '          Did you light it?', '',
        `${pad}GRANDMOTHER (V.O.)`, '          That winter, nobody lit anything.', '',
        `${pad}ELENA`, '          Of course I did.', '',
        `${pad}MARCO`, '          Then call the repairman.', '',
      ].join('\n'),
    });
    const recs = recordsOf(loadCorpus(dir), 'script');
    expect(recs.find((r) => /nobody lit anything/.test(r.text))).toMatchObject({ type: 'quote', speaker: 'Grandmother' });
    expect(recs.find((r) => /Did you light it/.test(`${r.question ?? ''} ${r.text}`))?.type).toBe('quote');
  });
});

describe('a block of pull quotes, one `"…" — Name` a line', () => {
  it('each line is its own quote, signed by its own name', () => {
    const recs = recordsOf(c1, 'ledger-lines-ep88-show-notes');
    expect([29, 30, 31].map((l) => at(recs, l).map((r) => [r.type, r.speaker, r.endLine]))).toEqual([
      [['quote', 'He Yi', 29]],
      [['quote', 'He Yi', 30]],
      [['quote', 'Dana Whitlock', 31]],
    ]);
  });

  it('the same shape in other words; a hard-wrapped quotation under a signed line still joins', () => {
    const dir = tempCorpus({
      'notes.txt': [
        'Garden Hour, episode 12', '',
        'This week host Ines Duarte walks through an orchard in the hills with Paul',
        'Brandt, who has grown apples there since 2009, to talk about frost, bees,',
        'and why he still prunes every tree by hand before the first snow arrives.', '',
        'HIGHLIGHTS',
        '"You plant late, you harvest late, and nobody in the valley minds." — Ines Duarte',
        '"The frost is a teacher, and it never repeats a lesson twice." — Paul Brandt',
        '"My father never once used a calendar to tell him when to pick." — Ines Duarte', '',
        '"Every tree is a bet on the next',
        'ten years." — Paul Brandt', '',
      ].join('\n'),
    });
    const recs = recordsOf(loadCorpus(dir), 'notes');
    expect(recs.filter((r) => r.type === 'quote').map((r) => [r.speaker, r.line, r.endLine])).toEqual([
      ['Ines Duarte', 8, 8],
      ['Paul Brandt', 9, 9],
      ['Ines Duarte', 10, 10],
      ['Paul Brandt', 12, 13],
    ]);
  });
});

describe("a live audio room's hand-overs and its end line", () => {
  it("the host's hand-over asks nothing: the guest's question is asked of the co-host, not the hand-over's answer", () => {
    const recs = recordsOf(c1, 'x-spaces-bnb-builders-2024');
    expect(recs.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.line])).toEqual([
      ['Dana Whitlock', 'CZ', 6],
      ['@mk_ventures', 'CZ', 11],
      ['@0xrafa', 'CZ', 16],
    ]);
    for (const l of [10, 15]) expect(at(recs, l)[0]).toMatchObject({ type: 'quote', speaker: 'Dana Whitlock' });
  });

  it("the end line between dashes and the vendor's footer are nobody's words", () => {
    const recs = recordsOf(c1, 'x-spaces-bnb-builders-2024');
    const last = recs.find((r) => r.speaker === 'Dana Whitlock' && /We're back/.test(r.text))!;
    expect(last.text).not.toMatch(/End of transcript|machine-generated/);
    expect(last.endLine).toBe(20);
    expect(at(recs, 22)[0]).toMatchObject({ type: 'claim', speaker: null });
    expect(at(recs, 23)[0]).toMatchObject({ type: 'claim', speaker: null });
  });

  it('the same shapes in other words', () => {
    const dir = tempCorpus({
      'room.txt': [
        'Garden Room live', '',
        '[00:00:05] @ines_host: Welcome everyone. Paul, what should we plant in March?',
        '[00:00:15] @paul_grows: Beans, and nothing that fears frost.',
        '[00:00:30] @ines_host: Great. Let us bring up @lena_k, who has a question.',
        '[00:00:36] @lena_k: Hi both. Paul, do bees need water in winter?',
        '[00:00:44] @paul_grows: A little, near the hive.',
        '[00:00:52] @ines_host: Tom, you are up.',
        '[00:00:55] @tom_b: Should I cut the roses now?',
        '[00:01:02] @ines_host: Paul?',
        '[00:01:05] @paul_grows: Wait until the buds swell.', '',
        '— End of recording (first minute only) —',
        'RoomScribe · roomscribe.example · Automatic transcript.', '',
      ].join('\n'),
    });
    const recs = recordsOf(loadCorpus(dir), 'room');
    const qa = recs.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.question]);
    expect(qa).toContainEqual(['@lena_k', '@paul_grows', 'Hi both. Paul, do bees need water in winter?']);
    expect(qa.some(([asker, , q]) => asker === '@ines_host' && /who has a question/.test(q ?? ''))).toBe(false);
    expect(recs.some((r) => r.speaker !== null && /RoomScribe|End of recording/.test(r.text))).toBe(false);
    expect(recs.some((r) => r.speaker === null && /RoomScribe/.test(r.text))).toBe(true);
  });
});

describe("a memoir's narrator speaking in the first person", () => {
  it('a quotation after \'"…," I said.\' is the narrator\'s, never the last person quoted', () => {
    const recs = recordsOf(c1, 'memoir-the-night-shift-ch7');
    const q = recs.find((r) => r.type === 'quote' && /Nobody told me/.test(r.text))!;
    expect(q.speaker).toBeNull();
    expect(at(recs, 8)[0]).toMatchObject({ speaker: 'He Yi' });
  });

  it('the same shape in other words; a name after "said" still speaks', () => {
    const dir = tempCorpus({
      'ch3.txt': [
        'CHAPTER THREE', '', 'The bakery opened at four, before the trams.', '',
        '"Can you knead?" Marta asked. She kept her eyes on the oven.', '',
        '"Not well," I said. "But I learn fast enough for most people."', '',
        '"Good," said Marta. "Then start with the rye."', '',
      ].join('\n'),
    });
    const recs = recordsOf(loadCorpus(dir), 'ch3');
    expect(recs.find((r) => /learn fast/.test(r.text))?.speaker ?? null).toBeNull();
    expect(recs.find((r) => /start with the rye/.test(r.text))?.speaker).toBe('Marta');
  });
});
