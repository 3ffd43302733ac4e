/**
 * News attribution and minutes, fix74-b: a role with a prepositional part before a full name
 * ("Counsel to the inquiry Hugh Barrow said …", "Head of operations at Network Rail Mark Pell said …")
 * is the name's; a lone surname opening a reported sentence on its first mention ("Okonjo said …")
 * is that person's where the document writes the surname after a given name (the full name) or a
 * form of address, never a common noun's, a place's or a thing speaking of itself as "it"; a
 * described asker in minutes ("A resident of Orchard Lane asked whether …", "One parent asked why …")
 * asks the reply after it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker?: string | null; text: string };
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('fix74 fixtures', () => {
  const news = fixtureCorpus(join(FIXTURES, 'fix74', 'b'), ['rail-fire-inquiry-2024.txt']).records as Rec[];
  it('credits a role with a prepositional part to the full name after it', () => {
    expect(at(news, 9, 'claim')).toMatchObject({ speaker: 'Fiona Lusk', text: expect.stringMatching(/^Counsel to the inquiry/) });
    expect(at(news, 11, 'claim')?.speaker).toBe('Gareth Boyle');
    expect(at(news, 13, 'claim')?.speaker).toBe('Pauline Ekwueme');
  });
  it('credits a lone surname on first mention to the full name written later', () => {
    expect(at(news, 15, 'claim')?.speaker).toBe('Amaka Okonjo');
  });
  it('credits "Police said" to the police, no person, a place speaking as "it" to the place, and leaves unnamed groups without one', () => {
    expect(at(news, 19, 'claim')?.speaker).toBe('the police');
    // fix77-b: "Westminster said it would wait …" is Westminster speaking as one body (as "Network Rail said it" is), not the byline's statement
    expect(at(news, 21, 'claim')?.speaker).toBe('Westminster');
    expect(at(news, 25, 'claim')?.speaker).toBeNull();
    expect(at(news, 27, 'claim')?.speaker).toBeNull();
  });
  it('pairs a described asker in minutes with the reply below', () => {
    const minutes = fixtureCorpus(join(FIXTURES, 'fix74', 'b'), ['kelby-parish-minutes-2024.txt']).records as Rec[];
    expect(at(minutes, 11, 'qa')).toMatchObject({ asker: 'a member of the public', speaker: 'Helen Ashby' });
    expect(at(minutes, 14, 'qa')).toMatchObject({ asker: 'one parent', speaker: 'Joan Pepper' });
    expect(at(minutes, 17, 'qa')).toMatchObject({ asker: 'Neil Dacre', speaker: 'Helen Ashby' });
  });
  it('keeps a described person whose description ends on an owned place (probe31 transit hearing 28)', () => {
    const records = fixtureCorpus(join(FIXTURES, 'probe31', 'a'), ['politics-transit-bill-hearing.txt']).records as Rec[];
    expect(records.find((r) => r.line === 28 && r.text.startsWith('Testimony') === false && r.text.includes('losing her bus line'))?.speaker).toBe("one longtime resident of Pittsburgh's Hill District");
  });
  it('reads probe61 harrowfield line 27: the resident asks, the Clerk answers', () => {
    const records = fixtureCorpus(join(FIXTURES, 'probe61', 'a'), ['harrowfield-council-minutes-2023.txt']).records as Rec[];
    expect(at(records, 27, 'qa')).toMatchObject({ asker: 'a resident of Orchard Lane', speaker: 'Alan Whitcombe' });
  });
});

describe('in other words', () => {
  const text = [
    'Harbour wall plan approved',
    '',
    'By Elin Roberts',
    'June 3, 2024',
    '',
    'Director of engineering at Portmadog Harbour Board Ceri Vaughan said the wall would be raised by a metre.',
    '',
    'Spokesperson for the fishermen Iwan Pritchard told reporters that boats would be moved during the work.',
    '',
    'Hartley said the council had waited too long.',
    '',
    'Whitmore said the cost had doubled since 2019.',
    '',
    'Tradition says the old wall was built by prisoners.',
    '',
    'Cardiff said it had approved the loan.',
    '',
    'Councillor Nia Hartley chairs the harbour committee. Funding came from Cardiff and Mr Whitmore, a former engineer, wrote the first report.',
    '',
    'Fenwick said the plan was sound.',
  ].join('\n');
  const got = loadCorpus(tempCorpus({ 'harbour-2024.txt': text })).records as Rec[];
  it('credits the full name after a role with a prepositional part', () => {
    expect(at(got, 6, 'claim')?.speaker).toBe('Ceri Vaughan');
    expect(at(got, 8, 'claim')?.speaker).toBe('Iwan Pritchard');
  });
  it('credits a lone surname the text writes after a given name or a form of address', () => {
    expect(at(got, 10, 'claim')?.speaker).toBe('Nia Hartley');
    expect(at(got, 12, 'claim')?.speaker).toBe('Whitmore');
  });
  it('leaves a capitalised common noun on "says" the writer\'s; credits a place speaking as "it" and an untraced word on "said" (fix77-b)', () => {
    expect(at(got, 14, 'claim')?.speaker).toBe('Elin Roberts');
    // fix77-b: "Cardiff said it had approved the loan." is Cardiff (the body) speaking; "Fenwick said the
    // plan was sound." is Fenwick's statement, as "Fenwick said that …" already read, never the writer's
    expect(at(got, 16, 'claim')?.speaker).toBe('Cardiff');
    expect(at(got, 20, 'claim')?.speaker).toBe('Fenwick');
  });
  const minutes = [
    'RIVERSIDE TENANTS ASSOCIATION',
    'Minutes of the annual meeting, 2 May 2024',
    '',
    'Present: Dr Kofi Mensah (Secretary), Ms Lena Brandt (Treasurer)',
    '',
    '1. Open questions',
    'A tenant from Block C asked whether the lifts would be repaired before winter. The Secretary replied that the landlord had promised new parts by October.',
    '',
    'An elderly resident asked why the hall had been closed. Ms Brandt explained that the insurance had lapsed.',
  ].join('\n');
  const mins = loadCorpus(tempCorpus({ 'riverside-minutes-2024.txt': minutes })).records as Rec[];
  it('pairs a described asker with the reply, the asker written as described', () => {
    expect(at(mins, 7, 'qa')).toMatchObject({ asker: 'a tenant from Block C', speaker: 'Kofi Mensah' });
    expect(at(mins, 9, 'qa')).toMatchObject({ asker: 'an elderly resident', speaker: 'Lena Brandt' });
  });
});
