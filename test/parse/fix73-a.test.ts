/**
 * Minutes, fix73-a: a reported exchange ("Cllr X asked whether / queried / raised / enquired …" then
 * "The officer replied that …" or "Mr Y replied: “…”") is one qa, the councillor asking, even when
 * the minute breaks its line after the question's full stop; the offices of the attendance block
 * ("Sophie Grange (Planning Officer)", "Cllr Margaret Oduya (Chair)") name who "the Planning
 * Officer" and "the Chair" are, also where the role's verb is coordinated ("The Chair thanked her and
 * said …"); a form of address ("Cllr", "Councillor", "Mrs") is never part of the canonical name; an
 * attendance list wrapped after a comma goes on onto its next line.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker?: string | null; question?: string | null; text: string };
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));
const brief = (r: Rec | undefined) => r && { type: r.type, speaker: r.speaker, asker: r.asker ?? null };

describe('town council minutes (probe61/a)', () => {
  const records = fixtureCorpus(join(FIXTURES, 'probe61', 'a'), ['harrowfield-council-minutes-2023.txt']).records as Rec[];

  it('reads "Cllr Frame asked whether …" / "The officer replied that …" across the line break as a qa', () => {
    expect(brief(at(records, 43))).toEqual({ type: 'qa', speaker: 'Sophie Grange', asker: 'Dennis Frame' });
    expect(at(records, 43)?.question).toMatch(/^Cllr Frame asked whether the vacant land/);
    expect(at(records, 43)?.text).toMatch(/^The officer replied that a soil survey .* £1,800\.$/);
    expect(records.filter((r) => r.line === 44)).toEqual([]);
    // unchanged: the exchanges on one line
    expect(brief(at(records, 60))).toEqual({ type: 'qa', speaker: 'Alan Whitcombe', asker: 'Hannah Birch' });
    expect(brief(at(records, 72, 'qa'))).toEqual({ type: 'qa', speaker: 'Sophie Grange', asker: 'Hannah Birch' });
  });

  it('reads "Cllr Menon queried …. Mr Whitcombe replied: “…”" as a qa, the quotation the answer', () => {
    const line = records.filter((r) => r.line === 63);
    expect(line.map(brief)).toEqual([{ type: 'qa', speaker: 'Alan Whitcombe', asker: 'Ravi Menon' }]);
    expect(line[0]!.question).toBe('Cllr Menon queried the insurance renewal.');
    expect(line[0]!.text).toMatch(/^Mr Whitcombe replied: "The premium has gone up by eleven per cent.*reported\."$/);
  });

  it('an AGM: "asked whether …. Ms Grant said that … and that “…”" is a qa, the answer whole (probe11/c4)', () => {
    const agm = fixtureCorpus(join(FIXTURES, 'probe11', 'c4'), ['Minutes_AGM_2023_Northwind_Foods_plc.txt']).records as Rec[];
    const qa = agm.find((r) => r.type === 'qa' && r.question?.startsWith('Mr Graham Lyle'));
    expect(brief(qa)).toEqual({ type: 'qa', speaker: 'Fiona Grant', asker: 'Graham Lyle' });
    expect(qa?.text).toBe('Ms Grant said that no decision had been made and that "Dundee remains part of our plans for 2024."');
  });

  it('names the Chair and the Planning Officer from the attendance block, without "Cllr"', () => {
    expect(at(records, 32)?.speaker).toBe('Margaret Oduya');
    expect(at(records, 36, 'quote')?.speaker).toBe('Margaret Oduya');
    expect(at(records, 36, 'claim')?.speaker).toBe('Margaret Oduya');
    expect(at(records, 41)?.speaker).toBe('Sophie Grange');
    expect(records.some((r) => /^(?:Cllr|Councillor)\s/.test(r.speaker ?? '') || /^(?:Cllr|Councillor)\s/.test(r.asker ?? ''))).toBe(false);
  });
});

describe('parish council minutes in other words (fix73/a)', () => {
  const records = fixtureCorpus(join(FIXTURES, 'fix73', 'a'), ['ashcombe-parish-council-minutes-2024.txt']).records as Rec[];

  it('reads enquired / raised / asked exchanges, the role and the name of the attendance block', () => {
    expect(brief(at(records, 18))).toEqual({ type: 'qa', speaker: 'Gareth Lowe', asker: 'Tobias Renwick' });
    expect(at(records, 18)?.text).toMatch(/^The Finance Officer responded that the payment/);
    expect(brief(at(records, 21))).toEqual({ type: 'qa', speaker: 'Deborah Finch', asker: 'Aisha Mahmood' });
    expect(records.filter((r) => r.line === 21)).toHaveLength(1);
    expect(at(records, 21)?.text).toMatch(/^Mrs Finch replied: "The stonemason has agreed/);
    // the attendance list goes on after its comma onto the next line: "Cllr Tebbutt" is Colin Tebbutt
    expect(brief(at(records, 24))).toEqual({ type: 'qa', speaker: 'Deborah Finch', asker: 'Colin Tebbutt' });
    expect(at(records, 12)?.speaker).toBe('Janet Pryce');
    expect(at(records, 16)?.speaker).toBe('Gareth Lowe');
    expect(at(records, 29)?.speaker).toBe('Janet Pryce');
  });
});

describe('short minutes (tempCorpus)', () => {
  it('a committee: inquired about / explained, the reply on the next line; a Dr in the list', () => {
    const text = [
      'RIVERSIDE RESIDENTS ASSOCIATION',
      '',
      'Committee meeting, 12 February 2022',
      '',
      'Present: Dr Helen Okafor (Secretary), Mr Paul Vance (Treasurer), Ms Rosa Lindqvist',
      '',
      'Ms Lindqvist inquired about the cost of the new noticeboard for the community garden.',
      'The Treasurer explained that two quotes had been obtained and the lower was £340.',
      '',
      'The Secretary thanked the volunteers and said the spring clean-up would take place in March.',
      '',
      'Ms Lindqvist said the garden needed more benches. Nobody disagreed with that view at all.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'riverside-committee-2022.txt': text })).records as Rec[];
    expect(brief(at(records, 7))).toEqual({ type: 'qa', speaker: 'Paul Vance', asker: 'Rosa Lindqvist' });
    expect(records.filter((r) => r.line === 8)).toEqual([]);
    expect(at(records, 10)?.speaker).toBe('Helen Okafor');
    expect(records.some((r) => /^(?:Dr|Mr|Ms)\s/.test(r.speaker ?? ''))).toBe(false);
  });

  it('a sentence that reports no question, then a reply line, stays two records', () => {
    const text = [
      'Minutes of the board meeting, 3 March 2021',
      '',
      'Present: Tom Ferris (Chair), Anna Kowalczyk (Treasurer)',
      '',
      'The Chair opened the meeting and welcomed the new members of the board warmly to the room.',
      'The Treasurer confirmed that the accounts had been filed with the regulator.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'board-2021.txt': text })).records as Rec[];
    expect(records.filter((r) => r.type === 'qa')).toEqual([]);
    expect(at(records, 6)?.speaker).toBe('Anna Kowalczyk');
  });
});

describe('"raised" in a news story', () => {
  it('is no question a "said" after it answers (only a reply given as one answers it)', () => {
    const text = ['Prices', '', 'By Tom Askew', 'May 3, 2022', '', 'Ana Ruiz raised the issue of prices at the meeting. Tom Okafor said the plan was sound.', ''].join('\n');
    const records = loadCorpus(tempCorpus({ 'prices.txt': text })).records as Rec[];
    expect(records.filter((r) => r.type === 'qa')).toEqual([]);
  });
});
