/**
 * Software teams' written conversations, probe99-b: a list archive's thread whose From headers hide
 * the address as "name at host" and whose replies quote under a bare "NAME wrote:"; an RFC reviewed
 * inline under code-host handles joined by hyphens ("@tanaka-rei:"); a Slack copy's "PagerBot APP
 * 9:20 AM"; a postmortem whose "Authors:" field lists two people.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; role?: string | null; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null; date: string | null };
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

describe('an RFC reviewed inline: "@tanaka-rei:" is a handle\'s label as "@wmarsh:" is', () => {
  const records = fixtureCorpus(DIR, ['rfc-review.md']).records as Rec[];

  it('gives the hyphenated handle its own turns, never the author\'s claim or the turn above', () => {
    expect(at(records, 33, 'qa')).toMatchObject({ speaker: '@wmarsh', asker: '@tanaka-rei', question: expect.stringMatching(/^This is the part I'm least comfortable with/) });
    expect(at(records, 37)).toMatchObject({ type: 'quote', speaker: '@tanaka-rei' });
    expect(at(records, 55)).toMatchObject({ type: 'quote', speaker: '@tanaka-rei', text: 'Approve, conditional on the runbook.' });
    expect(records.some((r) => r.text.includes('@tanaka-rei:'))).toBe(false);
  });

  it('in other words: hyphens join a handle\'s parts, never open or close it', () => {
    const doc = ['# Review', '', '@ana-lu: Does the cache survive a restart?', '', '@bo: Yes, it is written to disk.', '', '@ana-lu: Thanks. How large can it grow?', '', '@bo: About 2 GB before it evicts.', '', '@-x: not a handle.', ''].join('\n');
    const recs = loadCorpus(tempCorpus({ 'review.md': doc })).records as Rec[];
    expect(recs.find((r) => r.line === 3)).toMatchObject({ type: 'qa', speaker: '@bo', asker: '@ana-lu', question: 'Does the cache survive a restart?' });
    expect(recs.find((r) => r.line === 7)).toMatchObject({ type: 'qa', speaker: '@bo', asker: '@ana-lu' });
    expect(recs.some((r) => r.speaker === '@-x' || r.speaker === '-x')).toBe(false);
  });
});

describe('a Slack channel copied as text: a bot\'s "APP" badge one space after its name', () => {
  const records = fixtureCorpus(DIR, ['slack-export.txt']).records as Rec[];

  it('names the bot, the badge its role', () => {
    expect(at(records, 25)).toMatchObject({ type: 'quote', speaker: 'PagerBot', role: 'app' });
    expect(at(records, 39)).toMatchObject({ speaker: 'PagerBot' });
    expect(records.some((r) => /APP$/.test(`${r.speaker}`))).toBe(false);
    expect(at(records, 4)).toMatchObject({ speaker: 'Hyun-woo Baek', role: null });
  });
});

describe('a postmortem whose "**Authors:**" field lists two people', () => {
  const records = fixtureCorpus(DIR, ['postmortem.md']).records as Rec[];

  it('speaks as neither author alone, yet knows each by a first name', () => {
    expect(at(records, 10)).toMatchObject({ type: 'claim', speaker: null });
    expect(at(records, 32)?.speaker).toBeNull();
    expect(at(records, 40)).toMatchObject({ type: 'quote', speaker: 'Tomasz Wrobel' });
    expect(at(records, 42)).toMatchObject({ type: 'quote', speaker: 'Priyanka Venkataraman' });
  });

  it('in other words: "Authors:" over one name and a role is that one author', () => {
    const doc = ['# Outage review', '', '**Authors:** Dana Whitfield, Staff Engineer', '', 'The database failed over at 09:12 UTC.', ''].join('\n');
    const recs = loadCorpus(tempCorpus({ 'review.md': doc })).records as Rec[];
    expect(recs.find((r) => r.text.startsWith('The database'))?.speaker).toBe('Dana Whitfield');
  });
});

describe('an IRC meeting log: a service\'s notice "-ChanServ- Topic for #chan: …" after its time', () => {
  const records = fixtureCorpus(DIR, ['irc-log.txt']).records as Rec[];

  it('is the service\'s words, never a speaker named by the words before their colon', () => {
    expect(at(records, 40)).toMatchObject({ type: 'quote', speaker: 'ChanServ', text: expect.stringMatching(/^Topic for #mosaicdb-dev: MosaicDB development/) });
    expect(records.some((r) => /Topic for/.test(`${r.speaker}`))).toBe(false);
    expect(at(records, 3)).toMatchObject({ speaker: 'zarnoff' });
  });

  it('in other words: the "-!-" status line stays no one\'s, a dash in prose no notice', () => {
    const doc = ['[09:00] <ana> morning', '[09:01] -!- bo [~bo@host] has joined #x', '[09:02] -NickServ- This nickname is registered.', '[09:03] <bo> hi ana', '', '-Note- this is a list item, not a notice.', ''].join('\n');
    const recs = loadCorpus(tempCorpus({ 'log.txt': doc })).records as Rec[];
    expect(recs.find((r) => r.line === 3)).toMatchObject({ speaker: 'NickServ', text: 'This nickname is registered.' });
    expect(recs.some((r) => r.speaker === 'Note')).toBe(false);
  });
});

describe('a pull request\'s conversation copied from the browser: review and bot headers', () => {
  const records = fixtureCorpus(DIR, ['github-pr.txt']).records as Rec[];

  it('opens a comment on "… reviewed on", "… approved these changes on" and "NAME bot commented on"', () => {
    expect(at(records, 10)).toMatchObject({ type: 'quote', speaker: 'okonkwo-t' });
    expect(at(records, 10)!.endLine).toBeLessThan(28);
    expect(at(records, 28)).toMatchObject({ type: 'quote', speaker: 'github-actions', text: expect.stringMatching(/^Coverage report/) });
    expect(at(records, 36)?.speaker).toBe('hlindqvist');
    expect(records.find((r) => r.text.includes('LGTM. Nice numbers'))?.speaker).toBe('hlindqvist');
    expect(records.some((r) => r.speaker === 'okonkwo-t' && /approved these changes/.test(r.text))).toBe(false);
  });

  it('in other words: an issue\'s "approved these changes on" needs the handle alone before it', () => {
    const doc = [
      'ana-lu commented on Mar 3, 2025', 'The build fails on ARM.', '',
      'bo approved these changes on Mar 4, 2025', 'Fix looks right to me.', '',
      'The board approved these changes on Mar 5, 2025 after a long debate.', '',
    ].join('\n');
    const recs = loadCorpus(tempCorpus({ 'pr.txt': doc })).records as Rec[];
    expect(recs.find((r) => r.text.startsWith('Fix looks'))?.speaker).toBe('bo');
    expect(recs.some((r) => r.speaker === 'The board' || r.speaker === 'board')).toBe(false);
  });
});

describe('a Stack Overflow page copied as text: "asked …" and "answered …" over each user card', () => {
  const records = fixtureCorpus(DIR, ['stackoverflow.txt']).records as Rec[];

  it('takes the site\'s stamps for no person\'s name', () => {
    expect(records.some((r) => /^(?:asked|answered)$/i.test(`${r.speaker}`))).toBe(false);
    expect(records.find((r) => r.text.startsWith('Watch the request'))?.speaker).not.toBe('asked');
  });
});
