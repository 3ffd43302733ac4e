/**
 * A newsletter's Q&A that sets each question as a bold line in a block quote ("> **What …?**") and
 * the answer as plain paragraphs under it: the questions open qa records, answered by the guest the
 * closing credit names ("*Alan Pike was talking to Nina Harwood. …*"), asked by the author.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const DOC = [
  '---',
  'title: "Five questions for a lock-keeper"',
  'date: 2024-08-19',
  'author: Nina Harwood',
  '---',
  '',
  'Every summer I send five questions to someone whose job I envy. This year, a man who has kept Lock 42 since 1998.',
  '',
  '> **What does a lock-keeper actually do all day?**',
  '',
  'Mostly I stop people doing daft things. Then I cut grass.',
  '',
  "> **What's the daftest thing you've seen?**",
  '',
  'A man tried to take a narrowboat through with the handbrake on.',
  'He insisted it had one.',
  '',
  '> **What would you tell someone who wants your job?**',
  '',
  'Learn to swim.',
  '',
  '*Alan Pike was talking to Nina Harwood. Lock 42 is open to visitors from April to October.*',
  '',
].join('\n');

describe('bold questions set off as block quotes', () => {
  it('are the questions of qa records, the answers the credited guest\'s', () => {
    const records = loadCorpus(tempCorpus({ 'lock-keeper.md': DOC })).records;
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker, r.asker, r.question, r.text])).toEqual([
      [9, 'Alan Pike', 'Nina Harwood', 'What does a lock-keeper actually do all day?', 'Mostly I stop people doing daft things. Then I cut grass.'],
      [13, 'Alan Pike', 'Nina Harwood', "What's the daftest thing you've seen?", 'A man tried to take a narrowboat through with the handbrake on. He insisted it had one.'],
      [18, 'Alan Pike', 'Nina Harwood', 'What would you tell someone who wants your job?', 'Learn to swim.'],
    ]);
    expect(records.some((r) => r.type === 'quote')).toBe(false);
  });
});
