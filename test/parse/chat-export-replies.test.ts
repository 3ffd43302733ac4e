/**
 * A chat AMA exported to a table whose rows name the message they reply to ("message_id" /
 * "reply_to"): the host answers late and out of order. Before, the "reply_to" column was read as
 * the answer column (its header says "reply"): every answer became a question whose "answer" was
 * a message id. Rows are now read in their threads' order, each reply after what it answers.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a chat export whose rows reply to message ids', () => {
  it('pairs each answer with the question it replies to, whatever came just before it', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['telegram-ama-ferrylink-2024.tsv']);
    const records = c.records.filter((r) => r.doc === 'telegram-ama-ferrylink-2024');
    expect(records.map((r) => [r.line, r.endLine, r.type, r.speaker, r.asker, r.question, r.text])).toEqual([
      [2, 2, 'quote', 'Ferry Admin', null, null, 'Welcome to the AMA with Lena Voss, CEO of Ferrylink!'],
      [3, 6, 'qa', 'Lena Voss', 'marco_p', 'When will the Oslo route open?', 'Oslo opens in May 2024, weather permitting.'],
      [4, 5, 'qa', 'Lena Voss', 'juni.k', 'How many ships do you run today?', 'We run 14 ships, and two more arrive in 2025.'],
      [7, 8, 'qa', 'Lena Voss', 'sam_t', 'Are fares going up?', 'Not this year.'],
    ]);
    // The ids wire the thread: no record's topic.
    expect(records.flatMap((r) => r.topics)).toEqual([]);
  });

  it('in other words: a CSV with "id" and "in_reply_to", two questions answered in reverse order', () => {
    const text = [
      'id,in_reply_to,author,content',
      '1,,Kofi Mensah,Which mine reopens first?',
      '2,,Ada Lindqvist,How many jobs come back?',
      '3,2,Maria Okafor,"About 1,200 by the end of 2026."',
      '4,1,Maria Okafor,Kiruna East. Its shaft was never flooded.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'mines.csv': text })).records;
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker, r.question, r.text])).toEqual([
      [2, 'qa', 'Maria Okafor', 'Kofi Mensah', 'Which mine reopens first?', 'Kiruna East. Its shaft was never flooded.'],
      [3, 'qa', 'Maria Okafor', 'Ada Lindqvist', 'How many jobs come back?', 'About 1,200 by the end of 2026.'],
    ]);
  });
});
