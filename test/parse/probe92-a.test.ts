/**
 * Education and youth documents, probe92-a: a student paper's Q&A whose bold standfirst opens on
 * "Dr. Helena Varga took over …" and whose one question is set in bold italics (`***…?***`).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null; topics?: string[] };
const DIR = join(FIXTURES, 'probe92', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a student paper\'s Q&A: standfirst "Dr. Helena Varga took over …", a question in bold italics', () => {
  const records = fixtureCorpus(DIR, ['dean-qa.md']).records as Rec[];

  it('answers by the dean the standfirst opens on, asked by the byline, never the byline answering itself', () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(7);
    for (const r of qa) expect(r).toMatchObject({ speaker: 'Helena Varga', asker: 'Callum Reed' });
  });

  it('reads "***You\'ve said you answer your own email. Really?***" as a question of its own', () => {
    expect(at(records, 31, 'qa')).toMatchObject({ question: "You've said you answer your own email. Really?", text: expect.stringMatching(/^Really\. It's/) });
    expect(at(records, 27, 'qa')?.text).not.toMatch(/Really/);
  });

  it('in other words: "Prof. Ann Lusk runs …" over bold-italic questions', () => {
    const doc = [
      '---', 'title: Five minutes with the new head of music', 'author: Jo Baines', '---', '', '# Five minutes with the new head of music', '',
      'Prof. Ann Lusk runs the music department from a room full of cellos and broken stands.', '',
      '***Why music?***', '', 'Because I failed at everything else.', '',
      '***What comes first?***', '', 'A new orchestra for the first years.', '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'lusk.md': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => [r.speaker, r.asker, r.question])).toEqual([
      ['Ann Lusk', 'Jo Baines', 'Why music?'],
      ['Ann Lusk', 'Jo Baines', 'What comes first?'],
    ]);
  });
});

describe('a teachers\' podcast exported from Descript: "Dr. Farah Siddiqui" on its own line over each of her turns', () => {
  const corpus = fixtureCorpus(DIR, ['teacher-podcast.txt']);
  const records = corpus.records as Rec[];

  it('counts the titled speaker line as her label, no sentence left out of every record', () => {
    const doc = corpus.documents.find((d) => d.id === 'teacher-podcast')!;
    expect(doc.sentences.missed).toEqual([]);
    expect(at(records, 31, 'qa')).toMatchObject({ speaker: 'Farah Siddiqui', asker: 'Leanne Okoro' });
  });

  it('in other words: "Prof. Ann Lusk" over her turns, "Jo Baines" over the host\'s', () => {
    const doc = ['Jo Baines', '00:00:01', 'Ann, why music?', '', 'Prof. Ann Lusk', '00:00:04', 'Because I failed at everything else.', '',
      'Jo Baines', '00:00:09', 'And what comes first?', '', 'Prof. Ann Lusk', '00:00:12', 'A new orchestra for the first years.', ''].join('\n');
    const c = loadCorpus(tempCorpus({ 'lusk.txt': doc }));
    expect(c.documents[0]!.sentences.missed).toEqual([]);
    expect((c.records as Rec[]).filter((r) => r.type === 'qa').map((r) => r.speaker)).toEqual(['Ann Lusk', 'Ann Lusk']);
  });
});

describe('a parents\' forum thread copied as text: "Original post by NAME » DATE", "Reply from NAME » DATE"', () => {
  const records = fixtureCorpus(DIR, ['parents-forum.txt']).records as Rec[];

  it('gives each post to the user its header names, the headers no claims', () => {
    expect(records.filter((r) => r.speaker !== null).map((r) => [r.line, r.speaker])).toEqual([
      [5, 'TomsDad_Kevin'], [10, 'SarahJ_mum2'], [22, 'Hannah_B'], [29, 'greenacre_gran'], [36, 'TomsDad_Kevin'], [43, 'ConcernedInCrofton'], [48, 'SarahJ_mum2'],
    ]);
    expect(at(records, 5, 'qa')).toMatchObject({ asker: 'SarahJ_mum2', question: expect.stringMatching(/^DS started Year 7/) });
    expect(records.some((r) => /Reply from|Original post by/.test(r.text))).toBe(false);
  });

  it('in other words: a two-post thread under its forum\'s breadcrumb', () => {
    const doc = ['Westfield Parents > Primary > Lunches', 'Thread: Best packed lunch ideas', '', 'Original post by pip_k » Tue 04 Mar 2025, 08:10', 'Any ideas for a fussy eater?', '',
      'Reply from jen_w » Tue 04 Mar 2025, 09:02', 'Pasta salad, every time.', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'lunch.txt': doc })).records as Rec[];
    expect(got.find((r) => r.type === 'qa')).toMatchObject({ speaker: 'jen_w', asker: 'pip_k', question: 'Any ideas for a fussy eater?', text: 'Pasta salad, every time.' });
  });
});
