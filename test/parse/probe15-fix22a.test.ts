/**
 * Transcription services' exports (test/fixtures/probe15/c1): Trint's `Name [hh:mm:ss] words` turns,
 * Sonix's promotional footer, TranscribeMe's and Scribie's speaker keys, bracketed transcriber notes,
 * YouTube's transcript panel with chapters, the vendor's name over the file's. Each shape is also
 * tested on a small text of its own, in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, recordsOf, tempCorpus } from '../helpers.js';

const c1 = fixtureCorpus(join(FIXTURES, 'probe15', 'c1'));
type Recs = ReturnType<typeof recordsOf>;
const docOf = (corpus: ReturnType<typeof loadCorpus>, id: string) => corpus.documents.find((d) => d.id === id)!;
const words = (recs: Recs) => recs.map((r) => `${r.question ?? ''} ${r.text}`).join(' ');

describe("Trint's `Name [hh:mm:ss] words` turns", () => {
  it('each line is a turn of the named speaker, the label and its stamp no words', () => {
    const recs = recordsOf(c1, 'trint-blocktalk-ep41');
    expect(docOf(c1, 'trint-blocktalk-ep41').shape).toBe('transcript');
    expect(recs.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.line])).toEqual([
      ['Marcus Feld', 'He Yi', 8],
      ['Marcus Feld', 'He Yi', 12],
      ['Marcus Feld', 'He Yi', 16],
      ['Marcus Feld', 'He Yi', 20],
      ['Marcus Feld', 'He Yi', 24],
    ]);
    expect(words(recs)).not.toMatch(/\[00:|Marcus Feld \[|\[laughs\]|\[music\]/);
    expect(recs.find((r) => r.line === 32)!.speaker).toBe('Marcus Feld');
    expect(recs.some((r) => r.line === 34)).toBe(false);
  });

  it('the same shape in other words', () => {
    const dir = tempCorpus({
      'ep.txt': [
        'Garden Hour 12', '', 'Ines Duarte [00:00:02] Hello and welcome. My guest is Paul Brandt.', '',
        'Paul Brandt [00:00:09] Glad to be here.', '', 'Ines Duarte [00:00:12] When did you plant the orchard?', '',
        'Paul Brandt [00:00:15] In 2009, after the flood.', '', '[00:00:30] [applause]', '',
      ].join('\n'),
    });
    const corpus = loadCorpus(dir);
    const recs = recordsOf(corpus, 'ep');
    expect(docOf(corpus, 'ep').shape).toBe('transcript');
    expect(recs.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.question, r.text])).toEqual([
      ['Ines Duarte', 'Paul Brandt', 'When did you plant the orchard?', 'In 2009, after the flood.'],
    ]);
    expect(words(recs)).not.toMatch(/applause|\[00:/);
  });

  it('a sentence that cites a time in brackets once is still prose', () => {
    const dir = tempCorpus({
      'note.md': [
        '# Minutes of the archive call', '',
        'The recording starts late. Watch [00:12:40] for the moment the line drops, then the chair resumes.', '',
        'Nobody objected to the budget, and the meeting closed at noon.', '',
      ].join('\n'),
    });
    const corpus = loadCorpus(dir);
    expect(docOf(corpus, 'note').shape).toBe('prose');
    expect(words(recordsOf(corpus, 'note'))).toMatch(/Watch \[00:12:40\] for the moment/);
  });
});

describe("a transcription service's speaker key", () => {
  it('`Speaker Key:` over `S1 - Name (Role)` lines names the labels, the role kept, the asking part asks', () => {
    const recs = recordsOf(c1, 'transcribeme-cz-fireside-dubai');
    expect(recs.filter((r) => r.type === 'qa').map((r) => [r.line, r.asker, r.askerRole, r.speaker])).toEqual([
      [15, 'Layla Haddad', 'Moderator', 'CZ'],
      [19, 'Layla Haddad', 'Moderator', 'CZ'],
      [23, 'Layla Haddad', 'Moderator', 'CZ'],
      [27, 'Layla Haddad', 'Moderator', 'CZ'],
      [33, 'Audience Member', null, 'CZ'],
      [37, 'Audience Member', null, 'CZ'],
    ]);
    expect(recs.some((r) => /^S\d$/.test(r.speaker ?? '') || /^S\d$/.test(r.asker ?? ''))).toBe(false);
    expect(recs.find((r) => r.line === 31)!.role).toBe('Moderator');
  });

  it('`Speaker Names: S1 - Name (Role), S2 - Name` on one line names them too, and is no claim', () => {
    const recs = recordsOf(c1, 'scribie-wrona-oral-history-pt2');
    expect(recs.filter((r) => r.type === 'qa').map((r) => [r.asker, r.askerRole, r.speaker])).toEqual(
      Array(4).fill(['Ruth Kessler', 'Interviewer', 'Tomasz Wrona']),
    );
    expect(recs.some((r) => r.line === 8)).toBe(false);
    expect(docOf(c1, 'scribie-wrona-oral-history-pt2').sentences.missed).toEqual([]);
  });

  it('the same shapes in other words', () => {
    const dir = tempCorpus({
      'block.txt': [
        'Acme Transcripts', '', 'Speaker Key:', 'S1 - Ola Berg (Host)', 'S2 - Jun Park', '', 'S1: [00:00:02] Why did you leave the lab in 2015?', '',
        'S2: [00:00:06] The funding ended, so I started a bakery.', '', 'S1: [00:00:11] Any regrets?', '', 'S2: [00:00:13] None at all.', '',
      ].join('\n'),
      'oneline.txt': [
        'Notes export', '', 'Speaker Names: Speaker 1 - Dana Cole (Interviewer); Speaker 2 - Omar Vidal', '',
        '0:00:03.1 Speaker 1: Where were you born?', '', '0:00:05.8 Speaker 2: In Valencia, in 1950.', '',
        '0:00:09.0 Speaker 1: And your first job?', '', '0:00:11.4 Speaker 2: Fixing radios for my uncle.', '',
      ].join('\n'),
    });
    const corpus = loadCorpus(dir);
    expect(recordsOf(corpus, 'block').filter((r) => r.type === 'qa').map((r) => [r.asker, r.askerRole, r.speaker])).toEqual(
      Array(2).fill(['Ola Berg', 'Host', 'Jun Park']),
    );
    expect(recordsOf(corpus, 'oneline').filter((r) => r.type === 'qa').map((r) => [r.asker, r.askerRole, r.speaker])).toEqual(
      Array(2).fill(['Dana Cole', 'Interviewer', 'Omar Vidal']),
    );
    expect(docOf(corpus, 'oneline').sentences.missed).toEqual([]);
  });

  it('a dashed line whose letters open no turn is no key', () => {
    const dir = tempCorpus({
      'plan.txt': [
        'Quarterly plan', '', 'Q3 - Hiring Freeze (Draft)', '', 'Ana: We keep the freeze until May.', '', 'Ben: Then we hire two.', '',
        'Ana: Agreed.', '', 'Ben: Good.', '',
      ].join('\n'),
    });
    const recs = recordsOf(loadCorpus(dir), 'plan');
    expect(recs.some((r) => r.speaker === 'Hiring Freeze')).toBe(false);
    expect(recs.map((r) => r.speaker)).toContain('Ana');
  });
});

describe("a transcription tool's promotion under the last turn", () => {
  it("Sonix's free-plan paragraphs are the vendor's, not the last answer's, and no year anyone said", () => {
    const recs = recordsOf(c1, 'sonix-grid-edge-ep112');
    const last = recs.find((r) => r.line === 25)!;
    expect([last.speaker, last.text, last.endLine]).toEqual(['Amara Okafor', 'Thank you.', 25]);
    expect(words(recs)).not.toMatch(/Automatically convert|cutting-edge|transcription service/);
    expect(recs.flatMap((r) => r.years)).not.toContain(2021);
  });

  it('the same shape in other words', () => {
    const dir = tempCorpus({
      'talk.txt': [
        'Lena Voss: [00:00:01] What made you open the shop?', '', 'Raul Ortega: [00:00:04] My grandfather fixed bicycles in 1962.', '',
        'Lena Voss: [00:00:09] Thanks for coming.', '', 'Raul Ortega: [00:00:11] My pleasure.', '',
        'Turn any recording into a searchable transcript with Scriptly. Scriptly is fast and accurate.', '',
        'Podcasters and reporters rely on Scriptly every day.', '', 'Try Scriptly free for 30 days, the best transcription tool of 2024.', '',
      ].join('\n'),
    });
    const recs = recordsOf(loadCorpus(dir), 'talk');
    expect(recs.find((r) => r.line === 7)!.text).toBe('My pleasure.');
    expect(words(recs)).not.toMatch(/Scriptly/);
    expect(recs.flatMap((r) => r.years)).not.toContain(2024);
  });

  it('an answer that goes on about a transcript, naming nothing in every paragraph, stays the answer', () => {
    const dir = tempCorpus({
      'inquiry.txt': [
        'Chair: Did you read the minutes?', '', 'Ruth Amos: Yes, the day they came out.', '',
        'Chair: And the report?', '', 'Ruth Amos: Only the summary.', '', 'The transcript of that meeting was sent to Brussels in March.', '',
        'Nobody in the office had seen it before the hearing.', '',
      ].join('\n'),
    });
    const recs = recordsOf(loadCorpus(dir), 'inquiry');
    const last = recs[recs.length - 1]!;
    expect(last.speaker).toBe('Ruth Amos');
    expect(last.text).toMatch(/Nobody in the office had seen it/);
  });
});

describe("a transcriber's note in brackets before the first turn", () => {
  it('heads no section: `[START OF RECORDING]`, `[background noise]`', () => {
    for (const doc of ['transcribeme-cz-fireside-dubai', 'scribie-wrona-oral-history-pt2']) {
      const recs = recordsOf(c1, doc);
      expect(recs.length).toBeGreaterThan(0);
      expect(recs.filter((r) => r.section !== null).map((r) => r.section)).toEqual([]);
    }
  });

  it('the same shape in other words, and a heading there still heads its section', () => {
    const dir = tempCorpus({
      'tape.txt': [
        'Acme Audio', 'Audio Transcription', '', 'File: lind_tape3.mp3', 'Duration: 0:41:10', 'Transcribed: Mar 2, 2021', '',
        'Speaker Names: S1 - Eva Lind (Interviewer), S2 - Mart Kask', '', '[tape hiss]', '', '0:00:01.0 S1: Where did you grow up?', '',
        '0:00:04.2 S2: On a farm near Tartu.', '', '0:00:09.9 S1: And school?', '', '0:00:12.5 S2: Two villages away, on foot.', '',
      ].join('\n'),
      'parts.txt': [
        'Oral history, tape 4', '', 'Part Two', '', 'S1: Where did you work?', '', 'S2: At the dairy, from 1961.', '',
        'S1: For how long?', '', 'S2: Thirty years.', '',
      ].join('\n'),
    });
    const corpus = loadCorpus(dir);
    expect(recordsOf(corpus, 'tape').length).toBeGreaterThan(0);
    expect(recordsOf(corpus, 'tape').filter((r) => r.section?.includes('hiss'))).toEqual([]);
    expect(words(recordsOf(corpus, 'tape'))).not.toMatch(/hiss/);
    expect(new Set(recordsOf(corpus, 'parts').map((r) => r.section))).toEqual(new Set(['Part Two']));
    // A note with a number names a part of the recording: it may still head the talk under it.
    const tape = recordsOf(fixtureCorpus(join(FIXTURES, 'probe12', 'c2')), 'oral-history-jh-2016');
    // (The header sheet's fields above it, "Location: …", are claims of their own, in no section.)
    expect(new Set(tape.filter((r) => r.line > 8).map((r) => r.section))).toEqual(new Set(['[Tape 1, Side A]']));
  });
});

describe("a video transcript panel's chapter titles", () => {
  it('are sections, the stamps and notes no words, and each chapter its own text', () => {
    const recs = recordsOf(c1, 'youtube-ledgerlane-who-runs-binance');
    expect(docOf(c1, 'youtube-ledgerlane-who-runs-binance').shape).toBe('captions');
    expect(recs.map((r) => [r.type, r.section, r.line])).toEqual([
      // the page's title above its "Transcript" line: a heading that is not the document's title
      // (that one comes from the file name here), kept as a claim so search finds its words
      ['claim', null, 1],
      ['claim', 'Intro', 8],
      ['claim', 'The new CEO', 23],
      ['claim', 'What about Yi He', 36],
      // (auto captions carry no punctuation: the "[Music]" before the outro ends the chapter's text)
      ['claim', 'What about Yi He', 52],
    ]);
    expect(words(recs)).not.toMatch(/\d:\d\d|\[Music\]|Ledger Lane|The new CEO|Transcript/);
    expect(words(recs)).toMatch(/smash that like button/);
    expect(recs[2]!.text).toMatch(/^so the new ceo is richard teng .* right now$/);
  });

  it('the same shape in other words', () => {
    const dir = tempCorpus({
      'video.txt': [
        'How to Prune an Apple Tree', 'Orchard Notes', 'Transcript', 'Tools', '0:00', 'okay so first you need a clean saw', '0:04',
        'and a pair of sharp loppers', '0:07', 'and gloves of course', 'Where to cut', '0:11', 'always cut just above a bud', '0:15',
        'and never leave a stub behind', '0:18', 'a stub lets rot into the wood', '0:22', 'so keep the cut clean', '0:25',
        'and slope it away from the bud', '0:29', 'that is it see you next week',
      ].join('\n'),
    });
    const corpus = loadCorpus(dir);
    const recs = recordsOf(corpus, 'video');
    expect(docOf(corpus, 'video').shape).toBe('captions');
    expect(recs.map((r) => [r.section, r.text])).toEqual([
      ['Tools', 'okay so first you need a clean saw and a pair of sharp loppers and gloves of course'],
      ['Where to cut', 'always cut just above a bud and never leave a stub behind a stub lets rot into the wood so keep the cut clean and slope it away from the bud that is it see you next week'],
    ]);
  });

  it('where every cue runs to two lines, the second line is words, not a chapter', () => {
    const dir = tempCorpus({
      'two.txt': [
        'Harbour walk', '0:00', 'we start at the old pier', 'Past the boats', '0:05', 'then the fish market opens', 'Right at six',
        '0:09', 'and the gulls arrive', 'Every morning', '0:13', 'and that is the walk', 'See you soon',
      ].join('\n'),
    });
    const recs = recordsOf(loadCorpus(dir), 'two');
    expect(recs.some((r) => r.section !== null)).toBe(false);
    expect(words(recs)).toMatch(/Past the boats/);
    expect(words(recs)).toMatch(/Right at six/);
  });
});

describe("a transcription service's name over its export", () => {
  it('is no title: the recording the `File Name:` / `File:` field names is', () => {
    expect(docOf(c1, 'transcribeme-cz-fireside-dubai').meta.title).toBe('CZ_Fireside_BlockchainWeek_Dubai.m4a');
    expect(docOf(c1, 'scribie-wrona-oral-history-pt2').meta.title).toBe('wrona_oralhistory_part2.mp3');
  });

  it('the same shape in other words; a one-word line over no transcript line gives way to no file name', () => {
    const dir = tempCorpus({
      'svc.txt': [
        'Verbalink', 'Clean Transcription', '', 'Audio File: smith_interview_day1.wav', 'Length: 00:12:40', '',
        'S1: When did the mill close?', '', 'S2: In 1987, the week before Christmas.', '', 'S1: And then?', '', 'S2: We moved south.', '',
      ].join('\n'),
      'show.txt': [
        'Homegrown', 'Episode 12, recorded live', '', 'File: homegrown12.mp3', '',
        'Host: Where is the farm?', '', 'Guest: Just outside Ghent.', '', 'Host: How big?', '', 'Guest: Forty hectares.', '',
      ].join('\n'),
    });
    const corpus = loadCorpus(dir);
    expect(docOf(corpus, 'svc').meta.title).toBe('smith_interview_day1.wav');
    expect(docOf(corpus, 'show').meta.title).toBe('Episode 12, recorded live');
  });
});
