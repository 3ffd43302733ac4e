/**
 * A written interview sent back by email, its headers at the top ("From: Lucia Ferrante <…>", "To:
 * Sam Whitlock <…>", "Subject: Re: Interview questions for The Biotech Brief"), then numbered
 * questions, each answered below it. Every answer was credited to "The Biotech Brief" (the subject
 * line's outlet, read as the guest) and asked by the sender: the wrong way round. The sender answers,
 * the one person the mail is to asked. The message it answers, quoted under "On …, Sam Whitlock <…>
 * wrote:", was the sender's claims, "> " marks and all; the sign-offs ("Best," / "Lucia") were claims
 * too. Found on an unseen email (test/fixtures/unseen/
 * email-interview-lucia-ferrante.txt), December 5; the second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  'From: Tomasz Wrona <tomasz@wronabrewing.pl>',
  'To: Aisha Bello <aisha.bello@craftbeerweekly.example>',
  'Subject: RE: Questions for Craft Beer Weekly',
  'Date: Mon, 14 Oct 2024 07:55:02 +0200',
  '',
  'Dear Aisha,',
  '',
  'Here are my answers.',
  '',
  '1. How many litres did the brewery make in 2023?',
  '',
  'About 1.2 million litres, twice what we made in 2020.',
  '',
  '2. Why did you stop bottling?',
  '',
  'Glass prices rose 60% in a year. Cans are lighter and cheaper to ship.',
  '',
  'Kind regards,',
  'Tomasz',
  '',
  'On Fri, 11 Oct 2024 at 16:20, Aisha Bello <aisha.bello@craftbeerweekly.example> wrote:',
  '> Dear Tomasz, two questions for our November issue. We',
  '> go to print on the 20th.',
  '>',
  '> Aisha',
  '',
].join('\n');

const qas = (records: readonly { type: string; asker: string | null; speaker: string | null; question: string | null }[]) =>
  records.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.question]);

describe('an email carrying a written interview', () => {
  it('gives the answers to the sender and the questions to the recipient (unseen)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['email-interview-lucia-ferrante.txt']);
    const own = qas(c.records.filter((r) => r.doc === 'email-interview-lucia-ferrante'));
    expect(own).toHaveLength(5);
    expect(own.every(([asker, speaker]) => asker === 'Sam Whitlock' && speaker === 'Lucia Ferrante')).toBe(true);
  });

  it('reads the same in other words; with two recipients nobody is made the asker', async () => {
    const c = await loadCorpus(tempCorpus({ 'wrona.txt': SECOND, 'cc.txt': SECOND.replace('To: Aisha Bello <aisha.bello@craftbeerweekly.example>', 'To: Aisha Bello <aisha@x.example>, Ben Ode <ben@x.example>') }));
    expect(qas(c.records.filter((r) => r.doc === 'wrona'))).toEqual([
      ['Aisha Bello', 'Tomasz Wrona', 'How many litres did the brewery make in 2023?'],
      ['Aisha Bello', 'Tomasz Wrona', 'Why did you stop bottling?'],
    ]);
    expect(qas(c.records.filter((r) => r.doc === 'cc')).some(([asker]) => asker === 'Aisha Bello')).toBe(false);
  });

  it("credits the quoted message to its writer, and keeps the sign-offs and the 'wrote:' line out of the records", async () => {
    const c = await loadCorpus(tempCorpus({ 'wrona.txt': SECOND }));
    const rest = c.records.filter((r) => r.type !== 'qa').map((r) => [r.speaker, r.text]);
    expect(rest).toContainEqual(['Aisha Bello', 'Dear Tomasz, two questions for our November issue.']);
    expect(rest).toContainEqual(['Aisha Bello', 'We go to print on the 20th.']);
    expect(rest.some(([, text]) => /^(?:Kind regards,|Tomasz|Aisha|On Fri)/.test(text!))).toBe(false);
    const own = c.records.filter((r) => r.doc === 'wrona');
    expect(own.some((r) => r.text.includes('>'))).toBe(false);
  });
});
