/**
 * Research material a reviewer wrote (test/fixtures/probe10/c5): a focus group whose participant
 * labels carry demographics, and ethnographic field notes with overheard, unnamed speakers.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const corpus = loadCorpus(join(FIXTURES, 'probe10', 'c5'));

describe('a participant label whose words open on a number', () => {
  it('"P1 (M, 27): 2020, during lockdown." is P1\'s answer, not more of the question', () => {
    const recs = recordsOf(corpus, 'FG03_Lagos_retail-crypto-users_transcript_2024-07-16').filter((r) => r.line === 8);
    expect(recs.map((r) => [r.type, r.asker, r.speaker, r.years])).toEqual([
      ['qa', 'Funmi Adeyemi', 'P1', [2020]],
      ['qa', 'Funmi Adeyemi', 'P2', [2022]],
      ['qa', 'Funmi Adeyemi', 'P3', [2017]],
      ['qa', 'Funmi Adeyemi', 'P4', []],
    ]);
    expect(recs[0]!.question).not.toMatch(/P1|2020/);
  });
  it('the same with a plain label, while a clock time stays no label', () => {
    const dir = tempCorpus({
      'panel.txt': 'Interviewer: How long have you saved in gold?\nR2: 15 years, since my first job.\nInterviewer: And your sister?\nR3: 2019, when she moved.\nR2: It was 10:30 when the shop closed.\n',
    });
    const rs = loadCorpus(dir).records.filter((r) => r.type === 'qa');
    expect(rs.map((r) => [r.speaker, r.text])).toEqual([
      ['R2', '15 years, since my first job.'],
      ['R3', '2019, when she moved.'],
      ['R2', 'It was 10:30 when the shop closed.'],
    ]);
  });
});

describe('field notes: who speaks an overheard quotation', () => {
  const recs = recordsOf(corpus, 'fieldnotes_dubai_token2049_2024');
  const by = (start: string) => recs.find((r) => r.text.startsWith(start))?.speaker;
  it('"She says:" is the woman described in parentheses, not the man named in her question', () => {
    expect(by('Honestly, day to day')).toBe('a woman');
  });
  it('"Nobody" names no one; a role without its article is who speaks', () => {
    expect(by('We did two billion')).toBe('host');
    expect(recs.find((r) => r.text.includes('They tip in dollars'))?.speaker).toBe('taxi driver');
    expect(recs.some((r) => r.speaker === 'Nobody')).toBe(false);
  });
  it('the same shapes in other words', () => {
    const dir = tempCorpus({
      'notes.md': [
        '# Notes',
        '',
        '**12:10** Café near the venue. I ask someone (man, ~40, badge from a fund) what he thinks of Marta Lind. He says: "Too early to tell."',
        '',
        '**15:00** Hotel manager says the hall was "over capacity." "We turned away two hundred people." Everyone nods.',
        '',
      ].join('\n'),
    });
    const rs = loadCorpus(dir).records;
    expect(rs.find((r) => r.text.startsWith('Too early'))?.speaker).toBe('a man');
    expect(rs.find((r) => r.text.includes('two hundred'))?.speaker).toBe('hotel manager');
    expect(rs.some((r) => r.speaker === 'Everyone')).toBe(false);
  });
});

describe('a methods note that says when the interview was conducted', () => {
  it('"Interview conducted by the author via Zoom on 2 November 2023." dates the transcript', () => {
    const d = corpus.documents.find((x) => x.id === 'Appendix_C_Interview_Transcript_Respondent_07')!;
    expect([d.meta.date, d.meta.year]).toEqual(['2023-11-02', 2023]);
    expect(new Set(recordsOf(corpus, d.id).map((r) => r.year))).toEqual(new Set([2023]));
  });
  it('the same in other words', () => {
    const dir = tempCorpus({ 'fg.txt': 'Transcript\n\nThe focus group was held in a school hall on 12 June 2019, with six parents.\n\nModerator: What worries you most?\nP1: The fees.\n' });
    expect(loadCorpus(dir).documents[0]!.meta.date).toBe('2019-06-12');
  });
});
