/**
 * Health, medicine and science documents, probe90-a: a phone-in's header naming its presenter and its
 * "Studio guest:" on one line of sentences.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe90', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a phone-in\'s header: "Presenter: NAME. Studio guest: Dr NAME, GP, …" on one line', () => {
  const records = fixtureCorpus(DIR, ['phone-in.txt']).records as Rec[];

  it('reads the line as the cast, no PRESENTER turn, and the bare PRESENTER label as the presenter it names', () => {
    expect(records.some((r) => r.line === 3)).toBe(false);
    expect(at(records, 5, 'qa')).toMatchObject({ speaker: 'Anil Bhattacharya', asker: 'Claire Mottram', question: expect.stringMatching(/^Good afternoon and welcome/) });
    expect(records.filter((r) => r.speaker === 'Presenter' || r.asker === 'Presenter')).toEqual([]);
    expect(at(records, 9, 'quote')?.speaker).toBe('Claire Mottram');
  });

  it('in other words: "Host: NAME. Special guest: NAME, role." over HOST:/GUEST: turns, and such a field alone on its line', () => {
    const show = [
      'Host: Naledi Mokoena. Special guest: Dr. Pieter van Wyk, veterinarian.',
      '',
      'HOST: Welcome to the show. Pieter, what does a vet do all day?',
      '',
      'GUEST: Mostly vaccinations, and a lot of paperwork.',
      '',
      'HOST: And the hardest part?',
      '',
      'GUEST: Telling a family their dog is dying.',
      '',
    ].join('\n');
    const alone = ['Presenter: Dana Cole', 'Studio guest: Marcus Obi, a pharmacist in Leeds', '', 'PRESENTER: Marcus, is the flu jab free?', '', 'MARCUS OBI: For over-65s, yes.', '', 'PRESENTER: And for children?', '', 'MARCUS OBI: A nasal spray, free from age two.', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'vet-show.txt': show, 'pharmacy-hour.txt': alone })).records as Rec[];
    const vet = got.filter((r) => r.doc === 'vet-show');
    // the qualified part is the guest all the same: "GUEST:" is the one it names
    expect(vet.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [3, 'qa', 'Pieter van Wyk', 'Naledi Mokoena'],
      [7, 'qa', 'Pieter van Wyk', 'Naledi Mokoena'],
    ]);
    // the field names who is on: a header's, no claim
    expect(got.filter((r) => r.doc === 'pharmacy-hour').map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [4, 'qa', 'Marcus Obi', 'Dana Cole'],
      [8, 'qa', 'Marcus Obi', 'Dana Cole'],
    ]);
  });
});
