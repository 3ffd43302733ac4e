/**
 * Software teams' written conversations, probe99-b: a list archive's thread whose From headers hide
 * the address as "name at host" and whose replies quote under a bare "NAME wrote:"; an RFC reviewed
 * inline under code-host handles joined by hyphens ("@tanaka-rei:").
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null; date: string | null };
const DIR = join(FIXTURES, 'probe99', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a list archive\'s thread: "From: NAME <name at host>" headers, "NAME wrote:" over quotes', () => {
  const records = fixtureCorpus(DIR, ['mailing-list-thread.txt']).records as Rec[];

  it('gives each message to its sender, never to a person called "Subject" or "From"', () => {
    expect(records.some((r) => /^(?:Subject|From)$/.test(`${r.speaker}`))).toBe(false);
    expect(at(records, 9)).toMatchObject({ type: 'quote', speaker: 'Marguerite Oyelaran', date: '2024-05-14', text: expect.stringMatching(/^Hi all, With 3\.8 reaching end of life/) });
    expect(at(records, 33)).toMatchObject({ type: 'qa', speaker: 'Declan Fairhurst', asker: 'Marguerite Oyelaran', question: expect.stringMatching(/^With 3\.8 reaching/) });
    expect(at(records, 70)).toMatchObject({ type: 'quote', speaker: 'Marguerite Oyelaran', date: '2024-05-17' });
    // the header blocks are no one's words
    expect(records.some((r) => /moyelaran at|^Date:/.test(r.text))).toBe(false);
  });

  it('reads the bare "Declan Fairhurst wrote:" over a quote as its attribution, no words of the reply', () => {
    expect(records.some((r) => /wrote:/.test(r.text))).toBe(false);
    expect(at(records, 51, 'qa')).toMatchObject({ speaker: 'Ines Kowalczyk', text: expect.stringMatching(/^Agreed on both counts/) });
  });

  it('in other words: a bare "wrote:" naming no sender of the thread stays a sentence', () => {
    const head = (name: string, addr: string, day: string) => [`From: ${name} <${addr}>`, `Date: ${day}`, 'Subject: Re: plots', ''];
    const doc = [
      ...head('Anna Berg', 'anna at example.org', 'Mon, 3 Jun 2024 10:00:00 +0200'),
      'The allotment committee meets on Tuesday.',
      '',
      ...head('Pavel Novak', 'pavel at example.org', 'Mon, 3 Jun 2024 12:00:00 +0200'),
      'Anna Berg wrote:',
      '> The allotment committee meets on Tuesday.',
      '',
      'I will bring the minutes.',
      '',
      'My neighbour wrote:',
      'that the gate is broken again.',
      '',
    ].join('\n');
    const recs = loadCorpus(tempCorpus({ 'list.txt': doc })).records as Rec[];
    expect(recs.some((r) => r.text.includes('Anna Berg wrote:'))).toBe(false);
    expect(recs.find((r) => r.text.startsWith('I will bring'))).toMatchObject({ speaker: 'Pavel Novak', asker: 'Anna Berg' });
    expect(recs.some((r) => r.text.includes('My neighbour wrote:'))).toBe(true);
  });
});
