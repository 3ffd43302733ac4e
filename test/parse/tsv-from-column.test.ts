/**
 * An AMA's chat exported as a table, "Time / Type / From / Message", each question and answer a row
 * of its own. Every qa had no asker and no speaker: a "From" column was read as who asked only in a
 * question-and-answer table, and in a table of messages as nobody. With no other person column it is
 * who wrote each row ("Ama Boateng (Head of Listings)": the person, and the role). Found on an unseen
 * export (test/fixtures/unseen/ama-chat-export.tsv), December 5; the second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  'Sent,Sender,Text',
  '2024-05-02 18:00,harbour_fan,"Will the ferry run on Sundays this summer?"',
  '2024-05-02 18:01,"Lena Marsh, Operations Director","Yes, from June 2, every two hours."',
  '2024-05-02 18:03,kelp,"What will a return ticket cost?"',
  '2024-05-02 18:04,"Lena Marsh, Operations Director","£7.50, the same as in 2023."',
  '',
].join('\n');

const rows = (records: readonly { type: string; asker: string | null; speaker: string | null; role: string | null; question: string | null }[]) =>
  records.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.role, r.question]);

describe('a message table\'s "From" column', () => {
  it('names who wrote each row (unseen)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['ama-chat-export.tsv']);
    expect(rows(c.records.filter((r) => r.doc === 'ama-chat-export'))).toEqual([
      ['kofi_trades', 'Ama Boateng', 'Head of Listings', 'When will the Ghana cedi pairs list?'],
      ['lisa.m', 'Ama Boateng', 'Head of Listings', 'How many users do you have in West Africa?'],
      ['deji', 'Samuel Osei', 'CEO', 'Are fees going up?'],
    ]);
  });

  it('reads the same in other words, a CSV with a "Sender" column', async () => {
    const c = await loadCorpus(tempCorpus({ 'ferry-chat.csv': SECOND }));
    expect(rows(c.records)).toEqual([
      ['harbour_fan', 'Lena Marsh', 'Operations Director', 'Will the ferry run on Sundays this summer?'],
      ['kelp', 'Lena Marsh', 'Operations Director', 'What will a return ticket cost?'],
    ]);
  });
});
