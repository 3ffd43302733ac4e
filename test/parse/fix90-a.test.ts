/**
 * What the health and arts sweeps left, fix90-a: a chair's word on the questions left after
 * another's answer; a host's welcome or thanks and the guest thanking back.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null; role?: string | null };
const A = join(FIXTURES, 'probe90', 'a');
const B = join(FIXTURES, 'probe90', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a chair\'s "I\'m afraid we have time for one more." after another\'s answer', () => {
  const records = fixtureCorpus(A, ['briefing.txt']).records as Rec[];

  it('is the chair\'s quote, no second answer to the question above', () => {
    expect(records.filter((r) => r.type === 'qa' && r.line === 43).map((r) => r.speaker)).toEqual(['Helena Marsh']);
    expect(at(records, 47)).toMatchObject({ type: 'quote', speaker: 'Oliver Pryce', text: "I'm afraid we have time for one more." });
  });

  it('in other words: "Last question, please." after a bare Q: answered by two', () => {
    const doc = [
      'Speakers: Anna Brook, Tom Reyes',
      '',
      'ANNA BROOK: We will take questions now.',
      '',
      'Q: Will the bridge reopen this year?',
      '',
      'TOM REYES: We expect it to reopen in October, once the inspection is done.',
      '',
      'ANNA BROOK: Last question, please.',
      '',
      'Q: What will the repairs cost?',
      '',
      'TOM REYES: About four million pounds, from the roads budget.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'bridge-briefing.txt': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => r.speaker)).toEqual(['Tom Reyes', 'Tom Reyes']);
    expect(at(got, 9)).toMatchObject({ type: 'quote', speaker: 'Anna Brook' });
  });
});

describe("a host's welcome or sign-off, and the guest thanking back", () => {
  const records = fixtureCorpus(B, ['podcast-b-sides-descript.txt']).records as Rec[];

  it('pairs neither as a question and an answer', () => {
    expect(at(records, 7)).toMatchObject({ type: 'quote', speaker: 'Saoirse Kane' });
    expect(at(records, 9)).toMatchObject({ type: 'quote', speaker: 'Juniper Okafor', text: expect.stringMatching(/^Thanks for having me/) });
    expect(at(records, 35)).toMatchObject({ type: 'quote', speaker: 'Nate Brill' });
    expect(at(records, 37)).toMatchObject({ type: 'quote', speaker: 'Juniper Okafor', text: 'Thank you both. This was lovely.' });
    expect(records.filter((r) => r.type === 'qa')).toHaveLength(6);
  });

  it('in other words: "Omar, welcome." / "Thanks for having me, …", and the closing thanks both ways', () => {
    const doc = [
      'Garden Hour, episode 40',
      'Hosts: Nadia Cole and Sam Reed',
      '',
      '[00:00:00] Nadia Cole: Welcome back to Garden Hour. My guest today is Omar Haddad, who grows figs in Leeds. Omar, welcome.',
      '',
      '[00:00:09] Omar Haddad: Thanks for having me, Nadia. I have wanted to come on for years.',
      '',
      '[00:00:15] Sam Reed: How did the figs survive the winter?',
      '',
      '[00:00:19] Omar Haddad: Fleece, mostly, and a lot of luck.',
      '',
      '[00:00:25] Nadia Cole: And which variety would you plant first?',
      '',
      '[00:00:29] Omar Haddad: Brown Turkey. It forgives almost anything.',
      '',
      '[00:00:36] Nadia Cole: Omar Haddad, thank you so much. His book is out in May.',
      '',
      '[00:00:41] Omar Haddad: Thank you both. That was fun.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'garden-hour-40.txt': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => [r.asker, r.line])).toEqual([['Sam Reed', 8], ['Nadia Cole', 12]]);
    expect(at(got, 6)).toMatchObject({ type: 'quote', speaker: 'Omar Haddad' });
    expect(at(got, 18)).toMatchObject({ type: 'quote', speaker: 'Omar Haddad', text: 'Thank you both. That was fun.' });
  });

  it('still answers a welcome that asks ("Tell us about the book.")', () => {
    const doc = [
      'Hosts: Lena Ford',
      '',
      'Lena Ford: Welcome to the show, Omar Haddad. Thanks for coming in.',
      '',
      'Omar Haddad: Thank you, Lena. Good to be here, it has been a long week.',
      '',
      'Lena Ford: Welcome, Omar. Tell us about the book.',
      '',
      'Omar Haddad: Thank you. The book is about my grandfather and the orchard he lost in 1948.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'book-show.txt': doc })).records as Rec[];
    expect(at(got, 3)).toMatchObject({ type: 'quote', speaker: 'Lena Ford' });
    expect(at(got, 5)).toMatchObject({ type: 'quote', speaker: 'Omar Haddad' });
    expect(at(got, 7, 'qa')).toMatchObject({ speaker: 'Omar Haddad', asker: 'Lena Ford', text: expect.stringMatching(/^Thank you\. The book/) });
  });
});

describe('a speakers list with roles, its entries set apart by semicolons', () => {
  const records = fixtureCorpus(A, ['briefing.txt']).records as Rec[];

  it('is no claim when every person on it speaks, and each description is its turns\' role', () => {
    expect(at(records, 5)).toBeUndefined();
    expect(at(records, 7)).toMatchObject({ speaker: 'Oliver Pryce', role: 'Minister for Public Health' });
    expect(at(records, 25, 'qa')).toMatchObject({ speaker: 'Helena Marsh', role: 'Chief Medical Officer for England' });
  });

  it('in other words: a panel listed "Name, what they do; …", one of them with letters after the name', () => {
    const doc = [
      'Panel: Prof Anna Brook, Dean of Engineering, Tellmouth University; Tom Reyes OBE, chair of the Harbour Board',
      '',
      'ANNA BROOK: The new campus opens in September.',
      '',
      'Q: Who pays for the harbour works?',
      '',
      'TOM REYES: The board does, from its reserves.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'campus-panel.txt': doc })).records as Rec[];
    expect(at(got, 1)).toBeUndefined();
    expect(at(got, 3)).toMatchObject({ speaker: 'Anna Brook', role: 'Dean of Engineering, Tellmouth University' });
    expect(at(got, 5, 'qa')).toMatchObject({ speaker: 'Tom Reyes', role: 'chair of the Harbour Board' });
  });
});

describe('"She dedicated the award to …, NAME. “…”" after the winner\'s speech', () => {
  const records = fixtureCorpus(B, ['awards-night-speeches.md']).records as Rec[];

  it("is the winner's quotation, not the teacher's nor nobody's", () => {
    expect(at(records, 29, 'quote')).toMatchObject({ speaker: 'Ines Kowalczyk', text: expect.stringMatching(/^She said to me when I was nineteen/) });
  });

  it('in other words: "Silva, visibly moved, began …", her speech, then "She thanked her first drama teacher, NAME. “…”"', () => {
    const doc = [
      '# Every speech from the Harbour Film Prizes',
      '',
      'The prizes were given on Saturday. Here are the speeches.',
      '',
      '## Best Actress — Marta Silva, "Low Tide"',
      '',
      'Silva, visibly moved, began in Portuguese before switching to English.',
      '',
      `"I was sure it would be someone else. My manager said, 'Marta, sit down.' I did not sit down."`,
      '',
      'She thanked her first drama teacher, Paula Ricci. "She told me at fifteen to keep my eyes open. I still do."',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'harbour-prizes.md': doc })).records as Rec[];
    expect(at(got, 9, 'quote')?.speaker).toBe('Marta Silva');
    expect(at(got, 11, 'quote')?.speaker).toBe('Marta Silva');
  });
});

describe('"The foundation says …" in a story that named the Irish Heart Foundation', () => {
  const records = fixtureCorpus(A, ['patient-story.md']).records as Rec[];

  it('is the organisation the text named, not "the foundation"', () => {
    expect(records.find((r) => r.line === 42 && r.type === 'claim')).toMatchObject({ speaker: 'Irish Heart Foundation', text: expect.stringMatching(/^The foundation says/) });
  });

  it('in other words: "according to the Northfield Tenants Association" … "The association says …"; two associations name neither', () => {
    const story = (two: boolean) => [
      '---',
      'title: "A waiting list that keeps growing"',
      'author: Rhys Morgan',
      'date: 2024-03-02',
      '---',
      '',
      '# A waiting list that keeps growing',
      '',
      'Joan Avery has waited three years for a council flat.',
      '',
      `About 4,000 families are waiting for a home in the county, according to the Northfield Tenants Association.${two ? ' Rents have risen by a third, according to the Eastgate Housing Association.' : ''}`,
      '',
      '"We have never seen numbers like these," said Avery.',
      '',
      'The association says the figure has doubled since 2019.',
      '',
    ].join('\n');
    const one = loadCorpus(tempCorpus({ 'waiting-list.md': story(false) })).records as Rec[];
    expect(one.find((r) => r.line === 15)).toMatchObject({ type: 'claim', speaker: 'Northfield Tenants Association' });
    const both = loadCorpus(tempCorpus({ 'waiting-list-two.md': story(true) })).records as Rec[];
    expect(both.find((r) => r.line === 15)).toMatchObject({ type: 'claim', speaker: 'the association' });
  });
});
