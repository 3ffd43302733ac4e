/**
 * Social-media and podcast-platform exports, probe100-a: a post's comments copied from its page
 * (Instagram, TikTok, a Facebook group), each a name or handle, its words and a footer with its age
 * and "Reply"; the post's own writer answering a comment that asks.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe100', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a post\'s comments copied from its page: name or handle, words, "2w 45 likes Reply"', () => {
  it('gives each Instagram comment to the handle over it, the account answering a question', () => {
    const records = fixtureCorpus(DIR, ['instagram-harbourlight.txt']).records as Rec[];
    expect(at(records, 12)).toMatchObject({ type: 'quote', speaker: 'tessmarlow_', text: expect.stringMatching(/^Drove up from Boston/) });
    expect(at(records, 19)).toMatchObject({ type: 'qa', speaker: 'harbourlight.bakery', asker: 'julien.arcand', question: expect.stringMatching(/^Is the building/) });
    expect(at(records, 29)).toMatchObject({ type: 'quote', speaker: 'pete_oyelaran' });
    expect(at(records, 45)).toMatchObject({ type: 'qa', asker: 'lobsterpotlou', text: expect.stringMatching(/^@lobsterpotlou Closed Mondays/) });
    // the footers and heads are the page's, in no record's words
    expect(records.some((r) => /likes Reply|View replies/.test(r.text))).toBe(false);
  });

  it('reads a TikTok page\'s comments, the "· Creator" badge the video\'s own account', () => {
    const records = fixtureCorpus(DIR, ['tiktok-ferryman.txt']).records as Rec[];
    expect(at(records, 25)).toMatchObject({ type: 'qa', speaker: 'ferryman.eli', asker: 'ruthie.cooks', question: expect.stringMatching(/Is your uncle Hank\?/) });
    expect(at(records, 31)).toMatchObject({ type: 'quote', speaker: 'township_watch' });
    expect(at(records, 47)).toMatchObject({ type: 'quote', speaker: 'Mayor Deb Walcott' });
    expect(records.some((r) => /Reply 1,203|ferryman\.eli · Creator/.test(r.text))).toBe(false);
  });

  it('gives a Facebook group\'s comments to their writers, never to the post\'s author', () => {
    const records = fixtureCorpus(DIR, ['facebook-group-post.txt']).records as Rec[];
    expect(at(records, 18)).toMatchObject({ type: 'qa', speaker: 'Gerald Tomczak', asker: 'Priya Halvorsen', question: expect.stringMatching(/^The supports failed/) });
    expect(at(records, 32)).toMatchObject({ type: 'quote', speaker: 'Fiona Mbeki-Clarke' });
    expect(at(records, 38)).toMatchObject({ type: 'quote', speaker: 'Desmond Ure' });
    expect(at(records, 47)).toMatchObject({ type: 'qa', asker: 'Marcus Eyre', speaker: 'Gerald Tomczak' });
    expect(records.some((r) => r.text === 'Top fan' || r.text === 'Marcus Eyre')).toBe(false);
  });

  it('in other words: two comments only are no page of comments', () => {
    const page = ['sam.rivers', 'Great shot', '3d 4 likes Reply', 'lena_k', 'Where is this?', '2d Reply', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'two.txt': page })).records as Rec[];
    expect(got.some((r) => r.speaker === 'sam.rivers')).toBe(false);
    const three = ['lake.view', 'my photo from the pier', '', 'sam.rivers', 'Great shot', '3d 4 likes Reply', 'lena_k', 'Where is this?', '2d Reply', 'lake.view', 'Kessock pier, last June.', '1d 2 likes Reply', ''].join('\n');
    const read = loadCorpus(tempCorpus({ 'three.txt': three })).records as Rec[];
    expect(read.find((r) => r.type === 'qa')).toMatchObject({ asker: 'lena_k', speaker: 'lake.view', text: 'Kessock pier, last June.' });
  });
});

describe('a Mastodon thread copied from its page: content warnings, custom emoji in a name', () => {
  const records = fixtureCorpus(DIR, ['mastodon-thread.txt']).records as Rec[];

  it('reads "CW: …" under a header as the post\'s words, never a speaker called "CW"', () => {
    expect(records.some((r) => r.speaker === 'CW' || r.asker === 'CW')).toBe(false);
    expect(at(records, 1)).toMatchObject({ type: 'quote', speaker: 'Ines Carvalho', text: expect.stringMatching(/^CW: long thread.*1\/ In 2019/) });
    // Marta Sobral's post opens on its warning; Ines Carvalho's reply answers it
    expect(at(records, 34)).toMatchObject({ type: 'qa', asker: 'Marta Sobral', speaker: 'Ines Carvalho', question: expect.stringMatching(/Is anyone telling them\?$/) });
  });

  it('heads a post by a display name with its emoji shortcode, "Kofi Ansah :verified:"', () => {
    expect(at(records, 43)).toMatchObject({ type: 'quote', speaker: 'Kofi Ansah', text: expect.stringMatching(/^@inescarvalho @msobral Former postdoc/) });
    expect(at(records, 47)).toMatchObject({ type: 'quote', speaker: 'Ines Carvalho', text: expect.stringMatching(/^5\/ Thanks everyone/) });
  });

  it('in other words: a transcript\'s "CW:" label for a person stays a speaker', () => {
    const doc = ['Interview with Carol Wren, 2019', '', 'INTERVIEWER: When did you start?', '', 'CW: In 1984, at the mill.', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'wren.txt': doc })).records as Rec[];
    expect(got.find((r) => r.type === 'qa')?.text).toBe('In 1984, at the mill.');
  });
});
