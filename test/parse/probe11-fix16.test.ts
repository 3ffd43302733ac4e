/**
 * probe11's leftovers (fix16): a magazine Q&A whose first exchange alone is labelled, and a chat's
 * memory of who was named shared across its messages. Each on the reviewer's document
 * (test/fixtures/probe11) and on a small text of our own in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

describe('a magazine Q&A with only its first exchange labelled (probe11 finding 31)', () => {
  it('reads the reviewer’s interview: six qa, asked by the labelled asker, answered by the labelled guest', () => {
    const c = loadCorpus(join(FIXTURES, 'probe11', 'c5'));
    const qa = recordsOf(c, 'wired-qa-marisol-vega-2024').filter((r) => r.type === 'qa');
    expect(qa.map((r) => r.question)).toEqual(['Why laundry?', 'Why did it take you a decade?', 'What does a hotel pay for this?', 'Is it?', 'When will it be in homes?']);
    expect(new Set(qa.map((r) => r.speaker))).toEqual(new Set(['Marisol Vega']));
    expect(new Set(qa.map((r) => r.asker))).toEqual(new Set(['Kenji Mori']));
    expect(qa[0]!.text.startsWith('Because')).toBe(true);
    // the pull quotes set off under an answer are no second record of its sentences
    const quotes = recordsOf(c, 'wired-qa-marisol-vega-2024').filter((r) => r.type === 'quote');
    expect(quotes).toEqual([]);
    expect(qa[3]!.text.match(/I think about her/g)).toHaveLength(1);
  });

  it('holds for another interview in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'q.txt': [
          'Why Bread Starts Before Dawn',
          '',
          'By the Food Desk',
          '',
          'Tomas Berg has run the corner bakery on Mill Street since 2009. He employs six people and sells out most mornings by ten. We met at his counter while the first loaves cooled.',
          '',
          'ANNA LINDQVIST: When do you start?',
          '',
          'TOMAS BERG: At four. The ovens take an hour to heat.',
          '',
          '"The ovens take an hour to heat."',
          '',
          'Do you ever sleep in?',
          '',
          'Never on a weekday. I sleep on Sundays.',
          '',
          'What sells best?',
          '',
          'Rye, by far. We bake two hundred loaves a day.',
          '',
        ].join('\n'),
      }),
    );
    const qa = recordsOf(c, 'q').filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.question, r.speaker, r.asker])).toEqual([
      ['When do you start?', 'Tomas Berg', 'Anna Lindqvist'],
      ['Do you ever sleep in?', 'Tomas Berg', 'Anna Lindqvist'],
      ['What sells best?', 'Tomas Berg', 'Anna Lindqvist'],
    ]);
    expect(qa[0]!.text).toBe('At four. The ovens take an hour to heat.');
  });
});

describe('a chat remembers who its messages named (probe11 Signal export)', () => {
  it('reads the reviewer’s Signal export: "he wrote" and "She told staff" reach names from earlier messages', () => {
    const c = loadCorpus(join(FIXTURES, 'probe11', 'c1'));
    const quotes = recordsOf(c, 'Signal-Chat-Lena_Okafor').filter((r) => r.type === 'quote');
    expect(quotes.find((r) => r.text.startsWith('I made mistakes'))?.speaker).toBe('CZ');
    expect(quotes.find((r) => r.text === 'is not going anywhere')?.speaker).toBe('He Yi');
  });

  it('holds for another chat in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'chat.txt': [
          'From: You',
          'Sent: Mon, 6 May 2024 10:01:00 +0000',
          '',
          'Any news from the club board meeting?',
          '',
          'From: Ola Nowak (+48 600 100 200)',
          'Sent: Mon, 6 May 2024 10:02:00 +0000',
          '',
          'Marta Kowalski resigned from the board this morning.',
          '',
          'From: Ola Nowak (+48 600 100 200)',
          'Sent: Mon, 6 May 2024 10:05:00 +0000',
          '',
          'Her letter went out an hour ago. "The club deserves a fresh start and I wish it well," she wrote.',
          '',
        ].join('\n'),
      }),
    );
    const quote = recordsOf(c, 'chat').find((r) => r.type === 'quote' && r.text.includes('fresh start') && r.speaker !== 'Ola Nowak');
    expect(quote?.speaker).toBe('Marta Kowalski');
  });
});

describe('a Q&A site answer page: question, author block, answer (probe11 finding 39)', () => {
  it('reads the reviewer’s Quora answer: one qa, the question on top, answered by the author', () => {
    const c = loadCorpus(join(FIXTURES, 'probe11', 'c6'));
    const recs = recordsOf(c, 'quora-answer-what-is-he-yi-like');
    const qa = recs.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.question, r.speaker])).toEqual([['What is He Yi, the co-founder of Binance, like as a boss?', 'Daniel Chu']]);
    expect(qa[0]!.text).toContain('I told her the KYC flow was too long.');
    expect(recs.find((r) => r.text.startsWith('Former Product Manager'))?.speaker).toBe('Daniel Chu');
    expect(recs.find((r) => r.type === 'quote' && r.text.includes('conscience'))?.speaker).toBe('CZ');
  });

  it('holds for another answer page in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'a.txt': [
          'Is it worth learning Rust in 2024?',
          '',
          'Priya Raman',
          'Systems engineer, 12 years',
          'Answered 14 March 2024',
          '',
          'Yes. I moved our storage layer to Rust last year and the crash reports stopped.',
          '',
          'The compiler is strict, but I would rather argue with it than with a pager at 3 a.m.',
          '',
          '3.4K views · View upvotes',
          '',
        ].join('\n'),
      }),
    );
    const recs = recordsOf(c, 'a');
    const qa = recs.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.question, r.speaker, r.asker])).toEqual([['Is it worth learning Rust in 2024?', 'Priya Raman', null]]);
    expect(qa[0]!.text).toContain('the compiler is strict'.replace('the', 'The'));
    expect(recs.some((r) => r.type === 'claim' && r.text.includes('3 a.m.'))).toBe(false);
  });
});

describe('a record of interview names who was interviewed (probe11 finding 27)', () => {
  it('reads the reviewer’s record: the surname label is the person the header names', () => {
    const c = loadCorpus(join(FIXTURES, 'probe11', 'c4'));
    const speakers = new Set(recordsOf(c, 'Record_of_Interview_Kane_Marsh_2022-09-14').map((r) => r.speaker));
    expect(speakers.has('Daniel Marsh')).toBe(true);
    expect(speakers.has('Marsh')).toBe(false);
  });

  it('holds for another record in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'r.txt': [
          'RECORD OF INTERVIEW',
          '',
          'Interviewee: Priya Shah',
          'Date: 02/05/2021',
          '',
          'DC HOLT: Where were you on Friday night?',
          'SHAH: At home with my parents.',
          'DC HOLT: Did anyone call you?',
          'SHAH: My brother, around ten.',
          '',
        ].join('\n'),
      }),
    );
    const qa = recordsOf(c, 'r').filter((r) => r.type === 'qa');
    expect(qa.map((r) => r.speaker)).toEqual(['Priya Shah', 'Priya Shah']);
  });
});
