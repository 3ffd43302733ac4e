/**
 * Insurance, property and customer-service documents, probe102-b: a claims call whose supervisor
 * joins as "SUPERVISOR (Gareth):" and whose hold notices carry their times ("[Call on hold 00:04:12 –
 * 00:06:30]"); a loss adjuster's recorded statement taken from the "Insured:" its header names, closed
 * by a "DECLARATION" in capitals under the last answer.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; section: string | null };
const DIR = join(FIXTURES, 'probe102', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a claims call: a supervisor joins by first name, the hold notices are notes', () => {
  const records = fixtureCorpus(DIR, ['claim-call.txt']).records as Rec[];

  it('"SUPERVISOR (Gareth):" is the participant list\'s Gareth Mills, as "AGENT (Priya):" is Priya Raman', () => {
    expect(at(records, 39)?.speaker).toBe('Gareth Mills');
    expect(at(records, 41)?.speaker).toBe('Gareth Mills');
    expect(records.some((r) => r.speaker === 'Supervisor')).toBe(false);
  });

  it('"[Call on hold 00:04:12 – 00:06:30]" is a note alone on its line, no section heading', () => {
    expect(records.some((r) => /Call on hold/.test(`${r.section} ${r.text}`))).toBe(false);
    expect(at(records, 27)).toMatchObject({ speaker: 'Priya Raman', section: null });
  });

  it('in other words: a note holding a time code is a direction in any transcript', () => {
    const call = [
      'CALLER (Dev): Hi, is that the helpline?',
      'ADVISER (Mina): It is. What can I do for you?',
      '',
      '[Caller placed on hold 00:02:10 – 00:03:45]',
      '',
      'ADVISER (Mina): Thanks for waiting. I have your file open now.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'helpline.txt': call })).records as Rec[];
    expect(got.every((r) => r.section === null)).toBe(true);
    expect(got.some((r) => /placed on hold/.test(r.text))).toBe(false);
  });
});

describe('a loss adjuster\'s recorded statement: "Insured: Mrs. Helen Marsh" over Q. / A. lines', () => {
  const records = fixtureCorpus(DIR, ['adjuster-statement.txt']).records as Rec[];

  it('answers as the insured the header names', () => {
    expect(at(records, 14, 'qa')).toMatchObject({ speaker: 'Helen Marsh', question: 'Please state your full name and address.', text: 'Helen Margaret Marsh, 14 Orchard Close, Thornbury.' });
    expect(at(records, 26, 'qa')?.speaker).toBe('Helen Marsh');
  });

  it('ends the last answer at the "DECLARATION" heading in capitals', () => {
    expect(at(records, 43, 'qa')).toMatchObject({ endLine: 44, text: 'No, I only looked at it from the back.' });
    expect(at(records, 47)).toMatchObject({ type: 'claim', section: 'DECLARATION' });
  });
});

describe('a support chat exported with a clock on every line: its notices are the app\'s', () => {
  const records = fixtureCorpus(DIR, ['livechat.txt']).records as Rec[];

  it('"[14:05] Joanne joined the chat" heads no section, and "Visitor rated the chat: Good" is nobody\'s turn', () => {
    expect(records.every((r) => r.section === null)).toBe(true);
    expect(records.some((r) => /rated the chat|Chat transferred|Chat ended/.test(`${r.speaker} ${r.text}`))).toBe(false);
    expect(at(records, 17)).toMatchObject({ type: 'quote', speaker: 'Joanne' });
  });

  // (a guard: the notices leave the records, their words stay in the index beside them)
  it('keeps the notices\' words findable', () => {
    const corpus = fixtureCorpus(DIR, ['livechat.txt']);
    const words = corpus.documents.flatMap((d) => d.nearby ?? []).map((n) => n[1]).join(' ');
    expect(words).toMatch(/Chat transferred to Renewals queue/);
  });
});

describe('a property listing titled "Orchard House, Little Wenham — …": the village is no guest', () => {
  const records = fixtureCorpus(DIR, ['listing.txt']).records as Rec[];

  it('answers the viewing questions as nobody the title names', () => {
    expect(records.some((r) => r.speaker === 'Little Wenham')).toBe(false);
    expect(at(records, 32, 'qa')).toMatchObject({ question: 'Is the house listed?', speaker: null });
  });

  it('in other words: a house\'s or a street\'s name before the comma places the run after it', () => {
    const page = ['---', 'title: "Mill Cottage, Upper Slade — a 3 bedroom cottage for sale"', '---', '', 'A stone cottage on the green, with a long garden.', '', '## Viewing questions', '', '**Is there parking?**', 'Yes, a drive for two cars.', '', '**How is it heated?**', 'A wood burner and oil central heating.', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'mill-cottage.md': page })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => r.speaker)).toEqual([null, null]);
  });
});

describe('an ombudsman\'s case study: "What the insurer said" alone between blank lines is a heading', () => {
  const records = fixtureCorpus(DIR, ['ombudsman-case.txt']).records as Rec[];

  it('heads the quotation under it, no claim of its own', () => {
    expect(records.some((r) => r.text === 'What the insurer said' || r.text === 'What the customer said')).toBe(false);
    expect(at(records, 18)).toMatchObject({ type: 'quote', speaker: 'Westmarch', section: 'What the insurer said' });
    expect(at(records, 22)).toMatchObject({ type: 'quote', section: 'What the customer said' });
  });
});
