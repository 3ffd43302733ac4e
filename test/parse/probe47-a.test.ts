/**
 * probe47-a: transcripts of public and institutional events, as published.
 *
 * 1. An email interview kept as a forwarded thread: "---------- Forwarded message ---------" with
 *    the forwarder's From block on top, then the reply (its questions quoted with "> ", each answer
 *    under its question), signed "Kind regards," over the writer's name, a confidentiality notice,
 *    and the original questions under "-----Original Message-----". Before, the reply's sender was
 *    read from the top block (the forwarder, the same person as the asker), so no reply was found:
 *    no question paired, the whole reply one quote of the answerer.
 * 2. A keynote's audience Q&A where the moderator repeats each question from the floor for the
 *    stream ("So the question, for the stream, is …"). Before, the moderator's repeat was taken as
 *    the answer to the audience member's question, and the speaker's real answer answered nothing.
 * 3. A select committee's second panel, under "Examination of witness", opened by its roll line
 *    "Witness: Richard Fenwright, Chief Executive, …". Before, that line was a quote of a speaker
 *    named "Witness".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe47', 'a');

describe('an email interview forwarded, answered under its quoted questions', () => {
  it('pairs each quoted question with the answer under it, in the forwarded harbour-master thread', () => {
    const c = fixtureCorpus(DIR, ['email-interview-harbour-authority-2020.txt']);
    const records = c.records.filter((r) => r.doc === 'email-interview-harbour-authority-2020');
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => r.line)).toEqual([19, 23, 27, 32, 36]);
    for (const r of qa) expect(r).toMatchObject({ speaker: 'Oluwaseun Adebisi', asker: 'Sunniva Brekke' });
    expect(qa[1]).toMatchObject({ question: '2. The budget was £64 million. Has it gone up?', text: 'Yes. The current estimate is £71.5 million. Roughly half of the increase is steel prices and the rest is the delay itself.' });
    // The forwarder's note is hers; the reply's opening note his.
    expect(records.find((r) => r.line === 7)).toMatchObject({ type: 'quote', speaker: 'Sunniva Brekke' });
    expect(records.find((r) => r.line === 15)).toMatchObject({ speaker: 'Oluwaseun Adebisi', text: 'Dear Sunniva, Thank you for your patience. My answers are below each of your questions.' });
    // The valediction, signature and confidentiality notice are nobody's words.
    expect(records.filter((r) => /Kind regards|confidential|Tel:|Many thanks/.test(r.text))).toEqual([]);
    expect(records.filter((r) => r.speaker === 'Captain Oluwaseun Adebisi')).toEqual([]);
  });

  it('in other words: a thread forwarded twice, with its own header block on top', () => {
    const text = [
      'From: Records Team <records@valleypost.example>',
      'To: Features <features@valleypost.example>',
      'Date: Tue, 4 Mar 2025 08:30',
      'Subject: Fwd: Fwd: Re: Questions on the bypass',
      '',
      'Filing this one; see below.',
      '',
      '---------- Forwarded message ---------',
      'From: Tomasz Grabowski <t.grabowski@valleypost.example>',
      'Date: Mon, 3 Mar 2025 at 18:02',
      'Subject: Fwd: Re: Questions on the bypass',
      '',
      'Answers from the council engineer, cleared.',
      '',
      '---------- Forwarded message ---------',
      'From: Dr Wanjiru Kamau <w.kamau@northshire.gov.example>',
      'Date: Mon, 3 Mar 2025 at 16:40',
      'Subject: Re: Questions on the bypass',
      'To: Tomasz Grabowski <t.grabowski@valleypost.example>',
      '',
      'Hi Tomasz,',
      '',
      'Short answers below.',
      '',
      '> Why did the bypass cost rise to 48 million?',
      '',
      'Mostly the river crossing. The ground survey in 2023 found softer clay than expected.',
      '',
      '> When will it open?',
      '',
      'Spring 2027, if the winter is kind to us.',
      '',
      'Best wishes,',
      'Wanjiru Kamau',
      'Chief Highways Engineer',
      'This message may contain privileged information.',
      '',
      '-----Original Message-----',
      'From: Tomasz Grabowski <t.grabowski@valleypost.example>',
      'Sent: 1 March 2025 10:15',
      'Subject: Questions on the bypass',
      '',
      'Dear Dr Kamau, two questions if I may.',
      'Why did the bypass cost rise to 48 million?',
      'When will it open?',
      'Thanks,',
      'Tomasz',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'bypass-email.txt': text }));
    const records = c.records;
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [25, 'Wanjiru Kamau', 'Tomasz Grabowski'],
      [29, 'Wanjiru Kamau', 'Tomasz Grabowski'],
    ]);
    expect(qa[0]!.question).toBe('Why did the bypass cost rise to 48 million?');
    expect(qa[1]!.text).toBe('Spring 2027, if the winter is kind to us.');
    expect(records.find((r) => r.line === 13)).toMatchObject({ speaker: 'Tomasz Grabowski' });
    expect(records.filter((r) => /Best wishes|privileged|Chief Highways/.test(r.text))).toEqual([]);
  });
});

describe('a moderator repeating a question from the floor', () => {
  it('pairs the floor question with the speaker\'s answer, the repeat the moderator\'s quote, in the keynote', () => {
    const c = fixtureCorpus(DIR, ['keynote-coastal-data-summit-2024.txt']);
    const records = c.records.filter((r) => r.doc === 'keynote-coastal-data-summit-2024');
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [48, 'Marisol Teixeira-Bond', 'Tom Wrexley'],
      [54, 'Marisol Teixeira-Bond', 'Audience Member'],
      [60, 'Marisol Teixeira-Bond', 'Audience Member'],
    ]);
    expect(qa[0]!.text).toBe('We paid a small stipend, about £1,800 a year each, from a charitable grant. That grant ended in 2023, which is exactly my point.');
    expect(records.find((r) => r.line === 50)).toMatchObject({ type: 'quote', speaker: 'Femi Adeyanju', text: 'So the question, for the stream, is how the local readers in the pilot were paid.' });
    expect(records.find((r) => r.line === 56)).toMatchObject({ type: 'quote', speaker: 'Femi Adeyanju' });
  });

  it('in other words: a panel chair repeating for those online', () => {
    const text = [
      'Annual Lecture 2019 — Questions',
      '',
      'LINDIWE MOKOENA (Chair): We have time for two questions. Yes, at the back.',
      '',
      'AUDIENCE MEMBER: Would you cap rents in the city centre?',
      '',
      'LINDIWE MOKOENA (Chair): For those online, the question was whether he would cap rents in the centre.',
      '',
      'RAFAEL OSTERGAARD: Not in the centre alone. A cap on 400 streets just moves the problem two streets over.',
      '',
      'Q (from the floor): What about student housing?',
      '',
      'LINDIWE MOKOENA (Chair): To repeat the question: what about student housing?',
      '',
      'RAFAEL OSTERGAARD: We built 1,200 beds in 2018, and it was not enough.',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'lecture-questions.txt': text })).records;
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker, r.question])).toEqual([
      [5, 'Rafael Ostergaard', 'Would you cap rents in the city centre?'],
      [11, 'Rafael Ostergaard', 'What about student housing?'],
    ]);
    expect(records.filter((r) => r.line === 7 || r.line === 13).map((r) => [r.type, r.speaker])).toEqual([
      ['quote', 'Lindiwe Mokoena'],
      ['quote', 'Lindiwe Mokoena'],
    ]);
  });
});

describe('a hearing\'s roll line over a new panel', () => {
  it('reads "Witness: NAME, office" under the second panel\'s heading as nobody\'s words, in the select committee', () => {
    const c = fixtureCorpus(DIR, ['select-committee-water-resilience-2023.txt']);
    const records = c.records.filter((r) => r.doc === 'select-committee-water-resilience-2023');
    expect(records.filter((r) => r.speaker === 'Witness' || r.line === 70)).toEqual([]);
    expect(records.filter((r) => r.line > 68).map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [72, 'qa', 'Richard Fenwright', 'Sir Graham Tolland'],
      [76, 'qa', 'Richard Fenwright', 'Dame Ruth Ellery'],
      [80, 'quote', 'Sir Graham Tolland', null],
    ]);
    expect(records.find((r) => r.line === 27)).toMatchObject({ type: 'qa', speaker: 'Alan Kiprop', asker: 'Sir Graham Tolland' });
  });

  it('in other words: an inquiry\'s "Witnesses:" and "Panel:" roll lines between panels', () => {
    const text = [
      'Public Accounts Inquiry — Session 4',
      'Thursday 2 June 2016',
      '',
      'Panel: Ms Aroha Tane and Dr Kwame Mensah-Bright, Office of the Auditor.',
      '',
      'Q40 Convener: Dr Mensah-Bright, what did the audit find?',
      '',
      'Dr Kwame Mensah-Bright: It found 17 contracts awarded without tender between 2012 and 2015.',
      '',
      'Q41 Convener: Ms Tane?',
      '',
      'Ms Aroha Tane: I agree with that figure.',
      '',
      'Second panel',
      '',
      'Witnesses: Mr Idris Varga, Head of Procurement; and Mrs Elin Sorensen, Finance Director.',
      '',
      'Q42 Convener: Mr Varga, why were there no tenders?',
      '',
      'Mr Idris Varga: Most were emergency repairs after the 2013 floods.',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'inquiry-session4.txt': text })).records;
    expect(records.filter((r) => r.line === 16 || /^(?:Witness|Witnesses|Panel)$/.test(r.speaker ?? ''))).toEqual([]);
    // The roll above the first question stays what it was: words to find, nobody's.
    expect(records.find((r) => r.line === 4)).toMatchObject({ type: 'claim', speaker: null });
    expect(records.find((r) => r.line === 18)).toMatchObject({ type: 'qa', speaker: 'Idris Varga', asker: 'Convener', text: 'Most were emergency repairs after the 2013 floods.' });
  });
});
