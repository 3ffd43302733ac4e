/**
 * probe31-b, second pass: a turn hard-wrapped over several lines that ends in a question. The line
 * that holds the question was read as an unlabelled question of its own ("Amsel is on too. And you
 * brought someone?" under "…my colleague Beth"), so one sentence was split across two records and
 * the question credited to nobody. The question line goes on the sentence the turn's line above
 * left open; under a label standing on a line of its own, every line of the block is the turn's.
 * Each rule on the fixture's shape and on a text in other words.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const corpusOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const oneLine = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ');

describe('a wrapped turn that ends in a question', () => {
  it('keeps the sentence the line break cut whole (Otter export)', () => {
    const c = corpusOf('otter.txt', [
      'Speaker 1  0:02',
      'Thanks for making time, Director. This is Gil Navarro from the Courier, and my colleague Beth',
      'Amsel is on too. And you brought someone?',
      '',
      'Rosalind Vance  0:11',
      'I did. This is Omar Haddad, our chief engineer.',
      '',
      'Speaker 2  0:18',
      'Great. How many lead lines are left?',
      '',
      'Rosalind Vance  0:23',
      'About 5,150.',
      '',
    ].join('\n'));
    for (const r of c.records) {
      expect(oneLine(r.text)).not.toMatch(/colleague Beth$/);
      expect(oneLine(r.question)).not.toMatch(/^Amsel/);
    }
    const qa = c.records.find((r) => r.type === 'qa' && /Omar Haddad/.test(r.text));
    expect(oneLine(qa?.question)).toMatch(/Beth Amsel is on too\. And you brought someone\?$/);
    // "This is Gil Navarro from the Courier" at the turn's start names the numbered voice (fix41).
    expect(qa?.asker).toBe('Gil Navarro');
  });
  it('reads a plain transcript wrapped the same way, in other words', () => {
    const c = corpusOf('harbour.txt', [
      'Dana Whitfield:',
      'I spoke to the harbour master this morning, and to Captain',
      'Olsen about the dredging. Who pays for it?',
      '',
      'Marta Kowalski:',
      'The port does, out of the 2023 levy.',
      '',
      'Dana Whitfield:',
      'All of it?',
      '',
      'Marta Kowalski:',
      'Most of it.',
      '',
    ].join('\n'));
    const qa = c.records.find((r) => r.type === 'qa' && /2023 levy/.test(r.text));
    expect(oneLine(qa?.question)).toMatch(/to Captain Olsen about the dredging\. Who pays for it\?$/);
    expect(qa?.asker).toBe('Dana Whitfield');
    expect(c.records.some((r) => /Captain$/.test(oneLine(r.text).trim()))).toBe(false);
  });
});

describe("an undated Rev transcript whose footer sets the page count on the stamp's line", () => {
  it("takes its year from '… (Completed 06/12/24)   Page 1 of 1'", async () => {
    const c = await corpusOf('founders.txt', [
      'Speaker 1 (00:00:02):',
      'How did LumenPay start?',
      '',
      'Speaker 3 (00:00:10):',
      'In a shared office, with two engineers and a bank partner.',
      '',
      'LumenPay_founders_interview_0611 (Completed 06/12/24)                               Page 1 of 1',
      'Transcript by Rev.com',
      '',
    ].join('\n'));
    const qa = c.records.find((r) => r.type === 'qa' && /shared office/.test(r.text));
    expect(qa?.year).toBe(2024);
    expect(qa?.date).toBeNull();
  });
  it('reads the same footer in other words', async () => {
    const c = await corpusOf('orchard.txt', [
      'Nadia Petrov (00:01):',
      'When did the cider press open?',
      '',
      'Hugo Lindqvist (00:05):',
      'The spring after the flood, with one press and a borrowed van.',
      '',
      'orchard_cooperative_call (Transcribed 3/9/19)       Page 1 of 3',
      '',
    ].join('\n'));
    const qa = c.records.find((r) => r.type === 'qa' && /borrowed van/.test(r.text));
    expect(qa?.year).toBe(2019);
  });
});
