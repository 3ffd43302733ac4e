/**
 * probe21 b: broadcast news transcripts and caption files. A radio transcript's rush-deadline
 * disclaimer of several sentences is boilerplate, not claims (b-A1); a caption file's captioning
 * credit cue is no one's words, not the end of the last turn (b-A2); a WebVTT NOTE block's air
 * date dates the file, before a month and year in the talk (b-A3); a copyright notice behind a
 * one-word label ("TRANSCRIPT: Copyright 2026 …") is furniture, not a speaker's turn (b-A4).
 * Each rule on the fixture and on a text in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, tempCorpus } from '../helpers.js';

const fixtureDir = join(FIXTURES, 'probe21', 'b');
const recordsIn = async (files: Record<string, string>) => (await loadCorpus(tempCorpus(files))).records;

describe('b-A1: a radio transcript\'s rush-deadline disclaimer at the foot', () => {
  it('makes no claim of the fixture\'s disclaimer', async () => {
    const corpus = await loadCorpus(fixtureDir);
    const doc = 'radio-morning-desk-2026-02-04-water-board';
    const furniture = corpus.records.filter((r) => r.doc === doc && /rush deadline|final form|authoritative record|availability may vary/i.test(r.text));
    expect(furniture).toEqual([]);
    expect(corpus.records.some((r) => r.doc === doc && r.speaker === 'Rosalind Achebe' && /He says no more often/.test(r.text))).toBe(true);
  });

  it('reads a disclaimer in other words the same way', async () => {
    const records = await recordsIn({
      'valley-hour-2024-09-12.txt': `Valley Hour

Transcript

MARTA QUILL, HOST:

The county's new health director starts Monday. Oren Blake spoke with her.

OREN BLAKE, BYLINE: Dr. Yusra Fenn ran the clinic in Dover for twelve years.

YUSRA FENN: I want every school to have a nurse by 2027.

Copyright © 2024 Valley Public Media. All rights reserved.

Valley Public Media transcripts are produced on a tight deadline by an outside transcription vendor, and this text may not be in its final form. It may be corrected or revised later on. Accuracy and availability can vary from show to show. Please treat the broadcast audio as the authoritative record of our programming.
`,
    });
    expect(records.filter((r) => /transcription vendor|authoritative record|availability can vary|corrected or revised/i.test(r.text))).toEqual([]);
    expect(records.some((r) => r.speaker === 'Yusra Fenn' && /nurse by 2027/.test(r.text))).toBe(true);
  });
});

describe('b-A2: a caption file\'s captioning credit cue after the last turn', () => {
  it('keeps the fixture\'s credit out of the anchor\'s last words', async () => {
    const corpus = await loadCorpus(fixtureDir);
    const doc = 'wkrn-6pm-port-authority-2025-10-14';
    const last = corpus.records.find((r) => r.doc === doc && /THANK YOU, VICTOR/.test(r.text))!;
    expect(last.text).not.toMatch(/CAPTIONING|CAPTIONACCESS/);
    expect(corpus.records.some((r) => r.doc === doc && r.speaker !== null && /CAPTIONACCESS/.test(r.text))).toBe(false);
  });

  it('reads a credit in other words the same way', async () => {
    const records = await recordsIn({
      'noon-report.srt': `1
00:00:00,400 --> 00:00:03,000
>> THE SCHOOL BOARD PICKED A NEW
SUPERINTENDENT LAST NIGHT.

2
00:00:03,000 --> 00:00:06,500
>> SHE STARTS IN AUGUST, AND WE
WISH HER LUCK. THAT'S THE NEWS.

3
00:00:06,500 --> 00:00:09,000
Closed captioning performed by
Meridian Caption Services, Inc.
`,
    });
    const last = records.find((r) => /WISH HER LUCK/.test(r.text))!;
    expect(last.text).not.toMatch(/Meridian|captioning/i);
  });
});

describe('b-A3: a WebVTT NOTE block gives the air date; a month and year in the talk does not date the file', () => {
  it('dates the fixture by its NOTE', async () => {
    const corpus = await loadCorpus(fixtureDir);
    const recs = corpus.records.filter((r) => r.doc === 'civic-hour-ep112-mayor-interview');
    expect(recs.length).toBeGreaterThan(0);
    for (const r of recs) expect(r).toMatchObject({ date: '2025-06-19', year: 2025 });
  });

  it('reads a NOTE in other words the same way', async () => {
    const records = await recordsIn({
      'harbour-talk.vtt': `WEBVTT
Kind: captions

NOTE
Harbour Talk, show 40, broadcast 2023-10-03.
Captions checked by the newsroom.

1
00:00:00.000 --> 00:00:03.000 line:85%
This is Harbour Talk. My guest
founded the Kessel ferry line

2
00:00:03.000 --> 00:00:06.000 line:85%
in March 2011. Ines, thanks for
coming.
- Thanks. One boat then,

3
00:00:06.000 --> 00:00:09.000 line:85%
and now we have nine.
`,
    });
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect(r).toMatchObject({ date: '2023-10-03', year: 2023 });
  });
});

describe('b-A4: a copyright notice behind a field key at a transcript\'s foot', () => {
  it('makes no record, and no speaker, of the fixture\'s "TRANSCRIPT: Copyright …"', async () => {
    const corpus = await loadCorpus(fixtureDir);
    const doc = 'cable-newsroom-2026-03-11-harlow-recall';
    expect(corpus.records.filter((r) => r.doc === doc && /Copyright|All rights reserved/.test(r.text))).toEqual([]);
    expect(corpus.records.some((r) => r.doc === doc && r.speaker === 'Rush Transcript')).toBe(false);
  });

  it('reads a notice under another key the same way', async () => {
    const records = await recordsIn({
      'late-edition-2025-05-02.txt': `LATE EDITION

Aired May 2, 2025 - 22:00   ET

NORA PIKE, ANCHOR: Good evening. What did the board decide today?

ELI BRANDT, ANALYST: It fired the chief executive, Lars Vey, after six years.

PIKE: Thank you, Eli.

NOTICE: Copyright 2025 Harbor Network Group. All rights reserved. No copying without permission.
`,
    });
    expect(records.filter((r) => /Harbor Network|rights reserved/.test(r.text))).toEqual([]);
    expect(records.some((r) => r.speaker === 'Eli Brandt' && /fired the chief executive/.test(r.text))).toBe(true);
  });
});

describe('b-B4: a presenter who welcomes viewers to the programme by name, then names herself, opens the captions', () => {
  it('gives the fixture\'s first cue to the host who names himself', async () => {
    const corpus = await loadCorpus(fixtureDir);
    const first = corpus.records.find((r) => r.doc === 'civic-hour-ep112-mayor-interview' && /Welcome back to Civic Hour/.test(r.text))!;
    expect(first.speaker).toBe('Tomasz Weller');
  });

  it('reads a greeting in other words the same way', async () => {
    const records = await recordsIn({
      'metro-desk.srt': `1
00:00:00,000 --> 00:00:03,500
>> Good evening and welcome to Metro
Desk. I'm Rhea Solano, and tonight

2
00:00:03,500 --> 00:00:07,000
the transit chief, Omar Quist, quits
after nine years in the job.

3
00:00:07,000 --> 00:00:10,000
>> I leave the buses running on time.
`,
    });
    const first = records.find((r) => /welcome to Metro Desk/.test(r.text) || /welcome to Metro Desk/.test(r.question ?? ''))!;
    expect(first.asker ?? first.speaker).toBe('Rhea Solano');
  });
});

describe('b-C2: a captioner\'s sound note set with spaces inside its brackets ("[ MUSIC ]")', () => {
  it('keeps the fixture\'s note out of the anchor\'s words', async () => {
    const corpus = await loadCorpus(fixtureDir);
    const last = corpus.records.find((r) => r.doc === 'wkrn-6pm-port-authority-2025-10-14' && /THANK YOU, VICTOR/.test(r.text))!;
    expect(last.text).toBe('THANK YOU, VICTOR.');
  });

  it('reads a note in other words the same way', async () => {
    const records = await recordsIn({
      'rally.srt': `1
00:00:00,000 --> 00:00:03,000
>> WE WILL BUILD THE BRIDGE BY 2028.
[ APPLAUSE ]

2
00:00:03,000 --> 00:00:06,000
>> THE MAYOR SPOKE FOR 20 MINUTES.
`,
    });
    const bridge = records.find((r) => /BUILD THE BRIDGE/.test(r.text))!;
    expect(bridge.text).toBe('WE WILL BUILD THE BRIDGE BY 2028.');
  });
});

describe('b-B1: a broadcast label with a two-part title and a long role ("STATE SEN. NAME (R), ROLE:")', () => {
  const lost = (problems: readonly { message: string }[]) => problems.filter((p) => /sentence in no record/.test(p.message));

  it('leaves no sentence of the fixture\'s label line unaccounted', async () => {
    const corpus = await loadCorpus(fixtureDir);
    expect(lost(corpus.problems).map((p) => p.message)).toEqual([]);
  });

  it('reads labels in other words the same way', async () => {
    const corpus = await loadCorpus(
      tempCorpus({
        'late-desk-2025-05-02.txt': `THE LATE DESK

Aired May 2, 2025 - 22:00   ET

DANA WHITLOCK, ANCHOR: Good evening. What happened in the committee today?

REP. LENA MOROS (D-CA), HOUSE BUDGET COMMITTEE CHAIR: We passed the bill, Dana, by two votes.

LT. GOV. HAL BRICK (R), STATE OF OHIO: We will not sign it.

WHITLOCK: Thank you.
`,
      }),
    );
    expect(lost(corpus.problems).map((p) => p.message)).toEqual([]);
  });
});
