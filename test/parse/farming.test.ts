/**
 * Farming documents: an Otter webinar export whose SPEAKERS list names "Audience" beside its people,
 * and a turn recounting what "my neighbor" said; a Rev members' call; a broadcast with `NAME, ROLE:`
 * labels; a news feature on grazing.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'farming');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('an Otter export whose SPEAKERS list names "Audience" after its people', () => {
  const records = fixtureCorpus(DIR, ['otter-soil-webinar.txt']).records as Rec[];

  it('asks the question from the floor by the audience, never by the host the list names before it', () => {
    expect(at(records, 25, 'qa')).toMatchObject({ speaker: 'Luis Arroyo', asker: 'Audience', question: 'What do you pay for seed?' });
    expect(records.some((r) => r.speaker === 'Hannah Brightwell' && r.asker === 'Hannah Brightwell')).toBe(false);
  });

  it('keeps the list of voices out of the claims: every voice on it speaks below', () => {
    expect(records.some((r) => r.text.includes('Luis Arroyo, Hannah Brightwell, Audience'))).toBe(false);
    expect(records.filter((r) => r.type === 'claim')).toEqual([]);
  });

  it('in other words: a one-word "Audience:" label is the room, whoever a roster lists beside it', () => {
    const doc = [
      'SPEAKERS',
      'Ada Quist, Ben Mori, Audience',
      '',
      'Ada Quist  0:01',
      'Welcome, everyone. Ben will talk about bees.',
      '',
      'Ben Mori  0:10',
      'Thanks, Ada. I keep forty hives.',
      '',
      'Audience  0:40',
      'How much honey does a hive make?',
      '',
      'Ben Mori  0:44',
      'About twenty kilos in a good year.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'bees.txt': doc })).records as Rec[];
    expect(got.find((r) => r.type === 'qa')).toMatchObject({ speaker: 'Ben Mori', asker: 'Audience' });
    expect(got.some((r) => r.type === 'claim')).toBe(false);
  });
});
