/**
 * fix77-a: a lettered Q&A (Q:/A:, Q./A.) under a byline whose title names no one ("Five questions for
 * the harbourmaster"): the one person the standfirst introduces answers, the byline asks. That
 * person is the subject its first sentence opens on ("Captain Rhona Gillespie has run Port Ellen's
 * harbour …", a place's possessive in the sentence names no one else), or the surname the
 * interviewer "asked"/"spoke to". A standfirst naming two people with no tell, or the writer only,
 * names no one. A pull quote set in an answer as its own blockquote ("> "…," she told the council
 * last year.") is the interviewee's quote, not part of the answer.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; text: string };
const DIR = join(FIXTURES, 'fix77', 'a');
const qas = (doc: string) => {
  const records = fixtureCorpus(DIR, [doc]).records as Rec[];
  return records.filter((r) => r.type === 'qa');
};

describe('a lettered Q&A whose title names no one', () => {
  it('the standfirst\'s first sentence opens on the interviewee, titled or not, a place\'s possessive after', () => {
    for (const doc of ['harbour-qa.md', 'harbour-plain.md']) {
      const answers = qas(doc);
      expect(answers.map((r) => r.line)).toEqual([7, 11, 15, 21]);
      for (const r of answers) expect(r).toMatchObject({ speaker: 'Rhona Gillespie', asker: 'Ines Carvalho' });
    }
  });

  it('the surname the interviewer "asked" is the interviewee, the first sentence opening on a place', () => {
    const answers = qas('harbour-asked.md');
    expect(answers).toHaveLength(4);
    for (const r of answers) expect(r).toMatchObject({ speaker: 'Rhona Gillespie', asker: 'Ines Carvalho' });
  });

  it('other dress stays read: Q./A. in plain text, a dateline over the standfirst, initials the standfirst defines', () => {
    for (const r of qas('library-qa.txt')) expect(r).toMatchObject({ speaker: 'Marguerite Okafor', asker: 'Tomasz Nowak' });
    for (const r of qas('school-head.md')) expect(r).toMatchObject({ speaker: 'Daniel Whitcombe', asker: 'Priya Raman' });
    for (const r of qas('podcast-initials.txt')) expect(r).toMatchObject({ speaker: 'Jon Reed', asker: 'Amaka Obi' });
  });

  it('a pull quote set in an answer as a blockquote is a quote of its own by the interviewee, not the answer', () => {
    const records = fixtureCorpus(DIR, ['harbour-qa.md']).records as (Rec & { context: string | null; endLine: number })[];
    const answer = records.find((r) => r.type === 'qa' && r.line === 15)!;
    expect(answer.endLine).toBe(17);
    expect(answer.text).not.toMatch(/breakwater/);
    expect(records.find((r) => r.line === 19)).toMatchObject({ type: 'quote', speaker: 'Rhona Gillespie', text: 'If the breakwater goes, the village goes with it' });
    expect(records.find((r) => r.line === 19)?.context).toMatch(/she told the council last year/);
  });

  it('guards: two people with no tell of who answers, or the writer only, name no one', () => {
    for (const doc of ['two-people.md', 'writer-only.md']) {
      const answers = qas(doc);
      expect(answers).toHaveLength(2);
      for (const r of answers) expect(r.speaker).toBeNull();
    }
  });
});
