/**
 * Q&As and transcripts, probe54-c: a first-name label whose full name has a double-barrelled surname
 * ("[00:19:12] Celestine:" after "Dr. Celestine Ayodele-Marsh" in the show notes) is that person; a
 * Q&A under numbered question headings whose front matter lists both sides asks with the one the
 * standfirst has putting the questions; block-quoted "**Q:**" questions answered under the
 * answerers' names are questions, asked by the byline's writer (a date-first byline, "Published … ·
 * By NAME", read too), and a title's "the founders of ORGANISATION" names no guest.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker?: string | null; question?: string | null; text: string };
const DIR = join(FIXTURES, 'probe54', 'c');
const at = (records: Rec[], line: number, type?: string) => records.filter((r) => r.line === line && (!type || r.type === type));

describe('a first-name label and a double-barrelled surname', () => {
  const records = fixtureCorpus(DIR, ['slow-ledger-ep87-transcript.txt']).records as Rec[];

  it('reads "Celestine:" as Celestine Ayodele-Marsh, as "Bram:" is Bram Okonjo', () => {
    for (const line of [38, 42]) expect(at(records, line, 'qa')[0]).toMatchObject({ speaker: 'Celestine Ayodele-Marsh', asker: 'Bram Okonjo' });
    // Bram reads out a listener's question ("from Nadia in Leeds. She asks: …?"): Nadia asks it.
    expect(at(records, 48, 'qa')[0]).toMatchObject({ speaker: 'Celestine Ayodele-Marsh', asker: 'Nadia' });
    expect(at(records, 54, 'quote')[0]?.speaker).toBe('Celestine Ayodele-Marsh');
    expect(records.some((r) => r.speaker === 'Celestine' || r.asker === 'Celestine')).toBe(false);
  });

  it('in other words: a surname after a prefix with a capital', () => {
    const text = [
      'Episode 3: Boats',
      '',
      'Host Tom Reyes talks to Ruth McAllister about boats.',
      '',
      '[00:00:04] Tom Reyes: Welcome. Ruth McAllister, thanks for coming.',
      '[00:00:09] Ruth McAllister: Glad to be here.',
      '[00:01:00] Tom: How old is the oldest boat you have restored?',
      '[00:01:05] Ruth: About ninety years. It was built in 1931 at Girvan.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'boats-2024.txt': text })).records as Rec[];
    expect(got.find((r) => r.type === 'qa')).toMatchObject({ speaker: 'Ruth McAllister', asker: 'Tom Reyes' });
  });

  it('but a brand\'s inner capital makes no surname: "Harbourline:" under "(Harbourline YouTube, …)" stays itself', () => {
    const text = [
      'Live chat replay — "Harbourline Live Q&A" (Harbourline YouTube, streamed 3 May 2023)',
      '',
      '0:00:04 Harbourline: Welcome everyone! Drop your questions with #AskUs',
      '0:00:31 Mara Quist: #AskUs when do the winter timetables start?',
      '0:01:02 Harbourline: The winter timetable starts on 29 October.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'chat-2023.txt': text })).records as Rec[];
    expect(got.some((r) => r.speaker === 'Harbourline YouTube')).toBe(false);
  });
});

describe('numbered question headings, both sides in the front matter', () => {
  const records = fixtureCorpus(DIR, ['harbour-trust-numbered-questions.md']).records as Rec[];

  it('the guest answers and the one the standfirst has putting the questions asks', () => {
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas).toHaveLength(10);
    for (const r of qas) expect(r).toMatchObject({ speaker: 'Fenella Achterberg', asker: 'Rowan Pyke' });
  });
});

describe('block-quoted questions answered under names', () => {
  const c = fixtureCorpus(DIR, ['seedbank-blockquote-qa.md']);
  const records = c.records as Rec[];

  it('reads each "> **Q:**" as a question, both founders answering the second', () => {
    const second = at(records, 11, 'qa');
    expect(second.map((r) => r.speaker).sort()).toEqual(['Linnea Strand', 'Oyelowo Bankole']);
    expect(second[0]!.question).toMatch(/^How does lending seed work\?/);
    expect(at(records, 7, 'qa')[0]!.text).not.toMatch(/How does lending/);
  });

  it('the date-first byline\'s writer asks; the organisation in the title answers nothing', () => {
    expect(c.documents[0]!.meta.author).toBe('Tamsin Greaves');
    for (const r of records.filter((x) => x.type === 'qa')) expect(r.asker).toBe('Tamsin Greaves');
    expect(records.some((r) => r.speaker === 'Hollin Seed Library' || r.asker === 'Hollin Seed Library')).toBe(false);
  });
});
