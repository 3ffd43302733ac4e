/**
 * Misreads reviewer probe10 found in its scripts-and-broadcasts folder (c2) and its meeting-tool
 * exports (c3), copied into test/fixtures/probe10/c2 and c3, and beside each a small text of our
 * own in other words, so each test proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const C2 = join(FIXTURES, 'probe10', 'c2');
const C3 = join(FIXTURES, 'probe10', 'c3');
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const find = (c: Corpus, doc: string, words: string) => recs(c, doc).find((r) => r.text.includes(words));
const SPEAKERS = 'He Yi:\n  aliases: [Yi He, Yi]\nCZ:\n  aliases: [Changpeng Zhao]\n';

describe('meeting-tool turn headers (probe10 findings 13, 14)', () => {
  it('reads a Gong "m:ss | Name" header and a Fathom "**Name** `00:00`" header above the words', () => {
    const c = fixtureCorpus(C3);
    const gong = 'Gong - Northwind Capital _ Binance Institutional - Discovery Call - Mar 4 2025';
    const size = find(c, gong, 'Initially around 250 million');
    expect(size).toMatchObject({ type: 'qa', speaker: 'Lukas Brenner', asker: 'Rachel Kim', years: [2026] });
    expect(find(c, gong, 'third-party custodian')).toMatchObject({ type: 'qa', speaker: 'Omar Haddad', asker: 'Ana Sousa' });
    const fathom = 'Fathom Notes - Weekly Product Sync (Nov 18, 2026)';
    expect(find(c, fathom, 'Ready for ten percent')).toMatchObject({ type: 'qa', speaker: 'Ben Okoro', asker: 'Carla Mendes' });
    expect(find(c, fathom, 'Lost seed phrases are up forty percent')).toMatchObject({ type: 'quote', speaker: 'Priya Shah', year: 2026 });
  });

  it('reads the same headers in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'speakers.yml': SPEAKERS,
        'call.txt': ['Sync', '', '00:01 | Mira Holt', 'Where do we stand on the audit?', '', '00:15 | Tomas Reyes', 'Done on Friday, two findings.', ''].join('\n'),
        'notes.md': ['# Standup', '', '## Transcript', '**Mira Holt** `00:00`', 'Who owns the release?', '', '**Tomas Reyes** `00:04`', 'I do, from Monday.', ''].join('\n'),
      }),
    );
    expect(find(c, 'call', 'Done on Friday')).toMatchObject({ type: 'qa', speaker: 'Tomas Reyes', asker: 'Mira Holt' });
    expect(find(c, 'notes', 'I do, from Monday')).toMatchObject({ type: 'qa', speaker: 'Tomas Reyes', asker: 'Mira Holt' });
  });
});

describe('a speaker cell with a role after a comma (probe10 finding 16)', () => {
  it('reads "He Yi, co-founder" as He Yi with the role, and keeps "Surname, First" whole', () => {
    const c = fixtureCorpus(C3);
    const q = find(c, 'interview_snippets_export', 'first employee who was not an engineer');
    expect(q).toMatchObject({ type: 'quote', speaker: 'He Yi', role: 'co-founder', year: 2019 });
    const other = loadCorpus(
      tempCorpus({
        'speakers.yml': SPEAKERS,
        'q.csv': ['Quote,Speaker,Date', '"We ship weekly.","Dana Vole, CTO",2021-05-02', '"Support is the product.","Zhao, Changpeng",2020-01-09', ''].join('\n'),
      }),
    );
    expect(find(other, 'q', 'We ship weekly')).toMatchObject({ speaker: 'Dana Vole', role: 'CTO', year: 2021 });
    expect(find(other, 'q', 'Support is the product')?.speaker).toBe('CZ');
  });
});

describe('broadcast logs and rundowns (probe10 findings 9, 10)', () => {
  it('reads a radio log: Q (Name) / A (Name) turns, cue lines no voices, every line kept', () => {
    const c = fixtureCorpus(C2);
    const doc = 'WKCR_Nightfall_log_2025-02-07';
    expect(find(c, doc, 'one in six American adults')).toMatchObject({ type: 'qa', speaker: 'Helen Osei', asker: 'Adaeze Obi', years: [2024] });
    expect(find(c, doc, 'Still the biggest by volume')).toMatchObject({ type: 'qa', speaker: 'Helen Osei', asker: 'Adaeze Obi' });
    expect(find(c, doc, 'most common story I hear')).toMatchObject({ type: 'quote', speaker: 'Helen Osei' });
    // The entries after the interview are read, nobody's words.
    for (const words of ['NYC Library Card', 'UNDERWRITING', 'Adaeze thanks Osei', 'LEGAL ID'])
      expect(recs(c, doc).some((r) => `${r.text} ${r.context ?? ''}`.includes(words)), words).toBe(true);
    expect(recs(c, doc).map((r) => r.speaker)).not.toContain('Music');
    expect(recs(c, doc).map((r) => r.speaker)).not.toContain('Legal Id');
  });

  it('reads a TV rundown: the SUPER names the bite, IN/OUT/TRT and block cues are no voices', () => {
    const c = fixtureCorpus(C2);
    const doc = 'KTVN_6PM_rundown_2023-11-21_BINANCE';
    expect(find(c, doc, 'crimes it committed')).toMatchObject({ type: 'quote', speaker: 'Merrick Garland', role: 'U.S. Attorney General' });
    expect(find(c, doc, 'crimes it committed')?.text).not.toMatch(/TRT|ANCHOR/);
    expect(find(c, doc, "I'm not pulling it out")).toMatchObject({ type: 'quote', speaker: 'Dana Whitlock' });
    expect(find(c, doc, "I'm not pulling it out")?.text).not.toContain('ZHAO FACES');
    expect(find(c, doc, 'ZHAO FACES UP TO 18 MONTHS')?.speaker ?? null).toBeNull();
    for (const s of ['Super', 'TRT', 'IN', 'OUT']) expect(recs(c, doc).map((r) => r.speaker)).not.toContain(s);
    // A take cue naming its file in a field is words to find, not a direction dropped.
    expect(find(c, doc, 'BINANCE LOGO / CZ CONFERENCE')).toBeDefined();
  });

  it('reads the same shapes in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'speakers.yml': SPEAKERS,
        'log.txt': [
          'KXYZ 101.1 — MORNING DESK (Mon 3 Mar 2025) — Program Log',
          'Host: Lena Fisk   Producer: Ola Berg',
          '',
          '06:00:00  NEWS / TOP OF HOUR',
          '06:05:00  MUSIC: Some Band - "A Song" (3:10)',
          '06:10:00  SEG 1 — GUEST: Prof. Ravi Mehta (Leeds, law)',
          '          Q (Lena): Will the rules change this year?',
          '          A (Mehta): "Only at the edges, I think."',
          '06:20:00  PSA: Blood drive (:30)',
          '06:30:00  TRAFFIC',
        ].join('\n'),
        'rundown.txt': [
          'KABC 5PM -- MON MAR 3 2025',
          'SLUG: BRIDGE VOTE',
          '',
          '{***SOT***}',
          'SUPER: Ada Stone / County engineer',
          'TRT: :08',
          '"The bridge has ten years left in it, no more."',
          '',
          '{***SOT***}',
          'SUPER: Omar Reyes / Commuter',
          'TRT: :05',
          '"I drive it twice a day. I will keep driving it."',
          '',
          '{***ANCHOR ON CAM***}',
          '(LEE)',
          'THE COUNCIL VOTES NEXT WEEK.',
        ].join('\n'),
      }),
    );
    expect(find(c, 'log', 'Only at the edges')).toMatchObject({ type: 'qa', speaker: 'Ravi Mehta', asker: 'Lena Fisk' });
    expect(find(c, 'log', 'Blood drive')).toBeDefined();
    expect(find(c, 'rundown', 'ten years left')).toMatchObject({ speaker: 'Ada Stone', role: 'County engineer' });
    expect(find(c, 'rundown', 'keep driving it')).toMatchObject({ speaker: 'Omar Reyes', role: 'Commuter' });
    expect(find(c, 'rundown', 'keep driving it')?.text).not.toContain('COUNCIL');
  });
});

describe('documentary and screenplay layouts (probe10 findings 7, 11, 12)', () => {
  it('reads an archive clip\'s label after its tag, and a narrator\'s voice-over answers no question', () => {
    const c = fixtureCorpus(C2);
    const doc = 'The_Exchange_Doc_FINAL_transcript_v2';
    const heyi = find(c, doc, 'In 2018 the market fell');
    expect(heyi).toMatchObject({ type: 'qa', speaker: 'He Yi', asker: 'Interviewer', years: [2018] });
    expect(heyi?.text).not.toContain('Bitcoin has lost');
    expect(find(c, doc, 'Bitcoin has lost')).toMatchObject({ type: 'quote', speaker: 'Anchor' });
    expect(recs(c, doc).filter((r) => r.type === 'qa')).toHaveLength(1);
  });

  it('reads a screenplay: cues with extensions, action lines and transitions between them', () => {
    const c = fixtureCorpus(C2);
    const doc = 'EXCHANGE - ep104 - shooting script rev3';
    const jun = find(c, doc, 'You announce a hack in 2019');
    expect(jun).toMatchObject({ speaker: 'JUN', years: [2019, 2020] });
    const dev = find(c, doc, 'stopped thinking');
    expect(dev?.speaker).toBe('DEV');
    expect(dev?.text).not.toMatch(/CUT TO|HOTEL|announce/);
    expect(find(c, doc, 'Ninety-eight')?.text).not.toContain('Margot sits');
    expect(find(c, doc, 'Margot sits for the first time')?.speaker ?? null).toBeNull();
  });

  it('reads the same layouts in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'speakers.yml': SPEAKERS,
        'doc.txt': [
          'THE PORT',
          '',
          '[00:00:02] NARRATOR (V.O.): The harbour never sleeps.',
          '[00:00:06] INTERVIEWER (O.S.): Were you afraid?',
          '[00:00:08] MARA LINDQVIST: Always. In 2009 we lost two ships.',
          '[00:00:14] [ARCHIVE: BBC, 2009] REPORTER: Two vessels sank off the coast tonight.',
          '[00:00:20] NARRATOR (V.O.): The company rebuilt.',
        ].join('\n'),
        'script.txt': [
          'INT. GARAGE - DAY',
          '',
          '                         ROSA',
          '          Is it fixed?',
          '',
          '                         KIT',
          '          Almost. One more bolt.',
          '',
          '                         ROSA',
          '          Then hurry.',
          '',
          '                         KIT (O.S.)',
          '          I always hurry.',
          '',
          'Rosa slams the hood.',
          '',
          '                                                     CUT TO:',
          '',
          'EXT. ROAD - NIGHT',
          '',
          '                         GUS (ON PHONE)',
          '          Where are you two?',
        ].join('\n'),
      }),
    );
    expect(find(c, 'doc', 'we lost two ships')).toMatchObject({ type: 'qa', speaker: 'Mara Lindqvist' });
    expect(find(c, 'doc', 'we lost two ships')?.text).not.toContain('vessels');
    expect(find(c, 'doc', 'Two vessels sank')).toMatchObject({ type: 'quote', speaker: 'Reporter' });
    expect(find(c, 'script', 'I always hurry')?.text).not.toMatch(/slams|CUT TO|ROAD|Where are you/);
    expect(find(c, 'script', 'Where are you two')?.speaker).toBe('GUS');
    expect(find(c, 'script', 'Rosa slams the hood')?.speaker ?? null).toBeNull();
  });
});

describe('a play script\'s "NAME." cues (probe10 finding 8)', () => {
  it('reads each speech as its character\'s, not as the byline author\'s claims', () => {
    const c = fixtureCorpus(C2);
    const doc = 'The Founders - a play in two acts - Act I sc2';
    expect(find(c, doc, 'You have not slept')).toMatchObject({ type: 'quote', speaker: 'CZ' });
    expect(find(c, doc, 'The Chinese ban is coming')?.speaker).toBe('He Yi');
    expect(find(c, doc, 'He will deny it by 2018')).toMatchObject({ speaker: 'He Yi', years: [2018] });
    expect(find(c, doc, 'We are not leaving anything')?.speaker).toBe('CZ');
    expect(find(c, doc, 'You have not slept')?.text).not.toContain('CZ.');
  });

  it('reads the same cues in other words, and leaves a lone "NOTE." sentence alone', () => {
    const c = loadCorpus(
      tempCorpus({
        'speakers.yml': SPEAKERS,
        'play.txt': ['THE HARBOUR', 'by Tam Roe', '', 'A quay at dawn.', '', 'MARA. The boats are late.', 'OSKAR. They are always late.', 'MARA. Not this late.', 'OSKAR (pointing). There, past the light.', ''].join('\n'),
        'memo.txt': ['Quarterly memo', '', 'NOTE. The figures below are unaudited and may change.', '', 'Revenue rose in March.', ''].join('\n'),
      }),
    );
    expect(find(c, 'play', 'The boats are late')?.speaker).toBe('Mara');
    expect(find(c, 'play', 'They are always late')?.speaker).toBe('Oskar');
    expect(find(c, 'memo', 'figures below are unaudited')?.speaker ?? null).toBeNull();
  });
});

describe('a stamped monologue under a recording\'s byline (probe10 finding 15)', () => {
  it('reads every stamped line as the byline\'s speaker\'s words, without the stamps', () => {
    const c = fixtureCorpus(C3);
    const doc = 'Loom - He Yi walkthrough of Binance Labs portfolio review (transcript)';
    const q = find(c, doc, 'fewer, bigger cheques');
    expect(q).toMatchObject({ type: 'quote', speaker: 'He Yi', year: 2024 });
    expect(find(c, doc, 'if nothing fails')?.speaker).toBe('He Yi');
    expect(recs(c, doc).some((r) => /\b0:\d\d\b/.test(r.text))).toBe(false);
  });

  it('reads the same shape in other words, and leaves a video\'s chapter list alone', () => {
    const c = loadCorpus(
      tempCorpus({
        'speakers.yml': SPEAKERS,
        'rec.txt': ['Q3 hiring update', 'Nadia Brook · 3 min · Oct 2, 2025', '', '0:00 Hello all, quick update from me.', '0:09 We hired four engineers this month.', '0:20 Two more start in November. Thanks.', ''].join('\n'),
        'video.txt': ['Bitcoin explained', 'Lena Voss · 12K views · 2 years ago', '', 'Chapters', '0:00 Intro', '1:30 What is a block', '4:10 Mining', ''].join('\n'),
      }),
    );
    expect(find(c, 'rec', 'hired four engineers')).toMatchObject({ type: 'quote', speaker: 'Nadia Brook', year: 2025 });
    expect(recs(c, 'video').some((r) => r.speaker === 'Lena Voss')).toBe(false);
  });
});
