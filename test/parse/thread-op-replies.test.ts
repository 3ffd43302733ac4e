/**
 * An AMA copied from new Reddit as text: each comment under "level N" and its writer's header
 * ("river_mapper · 2 yr. ago"), and the author's replies headed "OP · 2 yr. ago", the mark standing
 * for the name the post's header gives ("Posted by u/dr_ruth_okafor 2 yr. ago"). The "OP" lines
 * were read as furniture, so each answer ran on into the question above it: one quote of the asker's
 * held the author's answer. Found on an unseen AMA copy (test/fixtures/unseen/reddit-ama-copy.txt),
 * December 5; the second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  'r/AskHistorians',
  'Posted by u/canal_keeper 8 mo. ago',
  'I restore 19th-century canal locks in Leeds. Ask me anything about stone, water and lock keepers.',
  '',
  'level 1',
  'towpath_tom · 8 mo. ago',
  'How long does one lock take to restore?',
  '',
  '45',
  'Reply',
  '',
  'level 2',
  'OP · 8 mo. ago',
  'About fourteen months for a double lock, most of it waiting for the right stone.',
  '',
  'level 1',
  'millrace · 8 mo. ago',
  'Who pays for it?',
  '',
  'level 2',
  'OP · 8 mo. ago',
  'The canal trust, with a heritage grant of about £400,000 a lock.',
  '',
].join('\n');

const rows = (records: readonly { type: string; asker: string | null; speaker: string | null; question: string | null; text: string }[]) =>
  records.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.question]);

describe('an "OP · AGE" comment header in a thread copied as text', () => {
  it("is the post's author answering (unseen)", () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['reddit-ama-copy.txt']);
    const own = c.records.filter((r) => r.doc === 'reddit-ama-copy');
    expect(rows(own)).toEqual([
      ['river_mapper', 'u/dr_ruth_okafor', 'What was the worst year?'],
      ['quietvaccinator', 'u/dr_ruth_okafor', 'Did the oral vaccine actually work?'],
      ['anon_lusaka', 'u/dr_ruth_okafor', "Is Lusaka's water safe to drink now?"],
    ]);
    expect(own.find((r) => r.question === 'What was the worst year?')!.text).toMatch(/^2017-18\./);
  });

  it('reads the same in other words', async () => {
    const c = await loadCorpus(tempCorpus({ 'locks.txt': SECOND }));
    expect(rows(c.records)).toEqual([
      ['towpath_tom', 'u/canal_keeper', 'How long does one lock take to restore?'],
      ['millrace', 'u/canal_keeper', 'Who pays for it?'],
    ]);
  });
});
