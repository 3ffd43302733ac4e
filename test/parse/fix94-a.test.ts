/**
 * fix94-a: what the morning's sweeps left. A written thing ("The letter said …") named with no sender
 * speaks for nobody known, not for the last person named; a blogging platform's byline box ("Name" /
 * "Follow" / "7 min read" / "·" / date) is a byline; "THE COURT:" is the one judge the caption says the
 * hearing is before; a name with its role in brackets ("Mr Kwame Asante (agent for …, …) said that …")
 * reports the clause; "she" in a claim read after its whole paragraph never means a person only the
 * sentences after it name.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'fix94', 'a');
const PROBE_A = join(FIXTURES, 'probe94', 'a');
const PROBE_B = join(FIXTURES, 'probe94', 'b');
const find = (records: Rec[], line: number, text: RegExp) => records.find((r) => r.line === line && text.test(r.text));

describe('"The letter said …": a written thing speaks for its writer, nobody when none is named', () => {
  it('a complaint: the final demand is nobody\'s, the email a named manager sent is hers', () => {
    const r = fixtureCorpus(DIR, ['ombudsman-complaint-lowe.txt']).records as Rec[];
    // "I received a final demand. The letter said …": not Gareth Lowe, named in the paragraph before
    expect(find(r, 10, /^The letter said/)?.speaker).toBeNull();
    expect(find(r, 12, /^The email said/)?.speaker).toBe('Helen Ashby');
    expect(find(r, 8, /^a system estimate/)?.speaker).toBe('Gareth Lowe');
  });

  it('a witness statement: "dismissed by letter … The letter said" is the maker\'s sentence, not Rory Tait\'s', () => {
    const r = fixtureCorpus(PROBE_A, ['tribunal-statement-pruitt.txt']).records as Rec[];
    expect(find(r, 37, /^The letter said the reason was capability/)?.speaker).toBe('Dana Pruitt');
    expect(r.filter((x) => x.speaker === 'Rory Tait').map((x) => x.line)).toEqual([35, 35, 35]);
  });

  it('in other words: a letter the paragraph before says someone wrote stays theirs', () => {
    const text = [
      'Pier repairs delayed',
      '',
      'In a letter to the council, the harbour master, Captain Oona Reith, said the pier had been damaged in 2017.',
      '',
      'The letter said the harbour had warned the council six times.',
      '',
      'A memo was left at the door on Friday. The memo said the works would start in May.',
      '',
    ].join('\n');
    const r = loadCorpus(tempCorpus({ 'pier.txt': text })).records as Rec[];
    expect(find(r, 5, /^The letter said/)?.speaker).toBe('Oona Reith');
    expect(find(r, 7, /^The memo said/)?.speaker).toBeNull();
  });
});

describe('a blogging platform\'s byline box copied as text', () => {
  it('"Kofi Mensah" / "Follow" / "12 min read" / "·" / "Nov 18, 2023": the essay is his', () => {
    const r = fixtureCorpus(DIR, ['medium-essay-clinic.txt']).records as Rec[];
    expect(find(r, 9, /^I opened my first physiotherapy clinic/)).toMatchObject({ speaker: 'Kofi Mensah', year: 2023 });
    expect(find(r, 13, /optimising/)?.speaker).toBe('Ruth Adeyemi');
    // the widgets are the byline's: no record holds them
    expect(r.some((x) => /^(?:Follow|12 min read|·)$/.test(x.text))).toBe(false);
  });

  it('in other words: "Following" and a listen time between the name and the date', () => {
    const text = ['Notes from a year of night shifts', '', 'Amara Quist', 'Following', '9 min listen', '•', 'Feb 11, 2025', '', 'I worked nights in a hospital laundry for all of 2024. It changed how I sleep.', ''].join('\n');
    const r = loadCorpus(tempCorpus({ 'nights.txt': text })).records as Rec[];
    expect(r.filter((x) => /laundry|sleep/.test(x.text)).map((x) => x.speaker)).toEqual(['Amara Quist', 'Amara Quist']);
  });
});

describe('"THE COURT:" is the judge the caption names', () => {
  it('an SDNY sentencing: "Before:" / "HON. KATHERINE L. MORRELL,"', () => {
    const r = fixtureCorpus(PROBE_B, ['sentencing-rhodes.txt']).records as Rec[];
    expect(r.some((x) => x.speaker === 'the Court' || x.asker === 'the Court')).toBe(false);
    expect(r.filter((x) => x.type === 'qa').every((x) => x.asker === 'Katherine L. Morrell')).toBe(true);
  });

  it('a state motion hearing: "BEFORE:   THE HONORABLE LINDA M. ESPOSITO, J.S.C."', () => {
    const r = fixtureCorpus(DIR, ['hearing-esposito.txt']).records as Rec[];
    expect(find(r, 28, /^I agree/)?.speaker).toBe('Linda M. Esposito');
    expect(find(r, 24, /^It does not/)?.asker).toBe('Linda M. Esposito');
  });

  it('a panel of judges names no one judge: "THE COURT" stays the court', () => {
    const r = fixtureCorpus(DIR, ['appeal-panel-argument.txt']).records as Rec[];
    expect(find(r, 11, /^Counsel/)?.speaker).toBe('the Court');
    expect(find(r, 15, /^It was disclosed/)?.asker).toBe('the Court');
  });
});

describe('a name with its role in brackets reports the clause', () => {
  it('planning minutes: "Mr Kwame Asante (agent for the applicant, Brookfold Homes) said that …"', () => {
    const r = fixtureCorpus(PROBE_A, ['planning-minutes.txt']).records as Rec[];
    expect(find(r, 33, /^Mr Kwame Asante/)?.speaker).toBe('Kwame Asante');
  });

  it('licensing minutes: a solicitor\'s and a resident\'s bracketed roles', () => {
    const r = fixtureCorpus(DIR, ['licensing-subcommittee-minutes.txt']).records as Rec[];
    expect(find(r, 11, /^Ms Grace Holloway/)?.speaker).toBe('Grace Holloway');
    expect(find(r, 13, /^Mr Peter Lindqvist/)?.speaker).toBe('Peter Lindqvist');
    // the officer who only introduced the item said nothing
    expect(find(r, 9, /^The Licensing Officer/)?.speaker).toBeNull();
  });
});

describe('"she" in a claim points back, never to a person only later sentences name', () => {
  it('planning minutes: "She said that …" is the officer\'s, not "Holloway Lane" named at the paragraph\'s end', () => {
    const r = fixtureCorpus(PROBE_A, ['planning-minutes.txt']).records as Rec[];
    expect(find(r, 27, /^She said that the site/)?.speaker).toBe('the Principal Planning Officer');
    expect(r.some((x) => x.speaker === 'Holloway Lane')).toBe(false);
  });

  it('governors\' minutes: the Headteacher, not Margaret Ellison of the sentence after', () => {
    const r = fixtureCorpus(DIR, ['governors-minutes-ashgrove.txt']).records as Rec[];
    expect(find(r, 8, /^She said that the block/)?.speaker).toBe('the Headteacher');
    expect(find(r, 12, /^He said that most of it/)?.speaker).toBe('the Chair of Finance');
  });
});
