/**
 * Environment, energy, farming and climate documents, probe96-a: an NGO's press release whose place
 * and day end on a dash ("**Edinburgh, 22 October 2024** — New …"); a magazine interview whose
 * credits under the standfirst say "*Published in Horizon Science Monthly, June 2023*".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null; date: string | null; role: string | null; section: string | null };
const DIR = join(FIXTURES, 'probe96', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a press release whose lead opens "Edinburgh, 22 October 2024 — …"', () => {
  it('is dated by its place and day, in bold or not', () => {
    const records = fixtureCorpus(DIR, ['ngo-release.md']).records as Rec[];
    expect(records.length).toBeGreaterThan(10);
    for (const r of records) expect(r).toMatchObject({ year: 2024, date: '2024-10-22' });
    expect(at(records, 11, 'quote')?.speaker).toBe('Fiona Baird');
  });

  it('in other words: a plain place and day, an en dash, a US order', () => {
    const release = (dateline: string) => `# Wetland grant announced\n\n${dateline} New funding for the Marsh Lane wetland was confirmed today by the county council.\n\nThe grant covers three years of work.\n`;
    const got = (dateline: string) => (loadCorpus(tempCorpus({ 'release.md': release(dateline) })).records as Rec[])[0]!.date;
    expect(got('Norwich, 3 March 2025 –')).toBe('2025-03-03');
    expect(got('Portland, March 3, 2025 —')).toBe('2025-03-03');
    // no place before the day, or no dash after it: no dateline
    expect(got('On 3 March 2025 —')).toBeNull();
  });
});

describe('a magazine interview: title, standfirst, byline, then "*Published in OUTLET, June 2023*"', () => {
  it("takes the issue's year from the credit line under the byline", () => {
    const records = fixtureCorpus(DIR, ['scientist-interview.md']).records as Rec[];
    for (const r of records) expect(r.year).toBe(2023);
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.speaker, r.asker])).toEqual(Array(6).fill(['Sunniva Halvorsen', 'Marek Lindqvist']));
  });

  it('in other words: a season, no italics; a line naming no outlet gives none', () => {
    const doc = (credit: string) => `# The orchard keeper\n\n*A grower who replanted forty old apple varieties talks about frost, bees and the price of juice, and why he will never sell the farm to a developer.*\n\nBy Ruth Adair | Photographs by Sam Lee\n\n${credit}\n\n**Why apples?**\n\nMy grandfather grew them.\n`;
    const year = (credit: string) => (loadCorpus(tempCorpus({ 'orchard.md': doc(credit) })).records as Rec[])[0]!.year;
    expect(year('Published in Fruit Grower Quarterly, Autumn 2021')).toBe(2021);
    expect(year('*First published in The Orchard Review, May 2019*')).toBe(2019);
    expect(year('Published in May 2019 we think, or so the archive says')).toBeNull();
  });
});

describe('a farming radio programme: "IFAN MORGAN (PHONE):", "HANNAH VOSS (CLIP):"', () => {
  it('reads the note as how the words reach us, no role of the person', () => {
    const records = fixtureCorpus(DIR, ['farm-radio.txt']).records as Rec[];
    expect(at(records, 18, 'qa')).toMatchObject({ speaker: 'Ifan Morgan', asker: 'Gwen Pritchard', role: null });
    expect(at(records, 38, 'quote')).toMatchObject({ speaker: 'Hannah Voss', role: null });
    expect(records.some((r) => /^(?:PHONE|CLIP)$/.test(r.role ?? ''))).toBe(false);
  });

  it('in other words: "(Telephone)", "(By Phone)" and "(Soundbite)" too; a firm in capitals stays a role', () => {
    const show = (note: string) => `PRESENTER: Who is on the line?\n\nMAIR JONES (${note}): I farm sheep above Bala, and it has rained for a month.\n\nPRESENTER: Thank you.\n`;
    const role = (note: string) => (loadCorpus(tempCorpus({ 'show.txt': show(note) })).records as Rec[]).find((r) => r.type === 'qa')?.role;
    expect(role('Telephone')).toBeNull();
    expect(role('By Phone')).toBeNull();
    expect(role('SOUNDBITE')).toBeNull();
    expect(role('NFU')).toBe('NFU');
  });
});

describe('meeting notes: "## 2. Presentation of the scheme" over a paragraph, labelled questions lower down', () => {
  it('heads its section, no claim of its own', () => {
    const records = fixtureCorpus(DIR, ['consultation-notes.md']).records as Rec[];
    expect(records.some((r) => r.text === 'Presentation of the scheme')).toBe(false);
    expect(records.filter((r) => r.line === 15).map((r) => r.section)).toEqual(Array(3).fill('2. Presentation of the scheme'));
  });

  it('in other words: a numbered heading of more than four words right under the title', () => {
    const doc = '# Notes\n\n## 2. Report of the working group\n\nDaniel presented the option.\n\n## 3. Questions\n\nAlan Pike: Why is it stopping?\n\nDaniel Oyelaran: The modelling shows it.\n';
    const got = loadCorpus(tempCorpus({ 'notes.md': doc })).records as Rec[];
    expect(got.map((r) => [r.line, r.type, r.section])).toEqual([
      [5, 'claim', '2. Report of the working group'],
      [9, 'qa', '3. Questions'],
    ]);
  });
});

describe('consultation notes: "Action: Kerry Walsh to publish a map …" under an answer', () => {
  it("ends the answer: the note-taker's entry, nobody's claim", () => {
    const records = fixtureCorpus(DIR, ['consultation-notes.md']).records as Rec[];
    expect(at(records, 27, 'qa')).toMatchObject({ speaker: 'Kerry Walsh', endLine: 29, text: expect.not.stringContaining('Action') });
    expect(at(records, 31)).toMatchObject({ type: 'claim', speaker: null, text: expect.stringMatching(/^Action: Kerry Walsh to publish/) });
    expect(at(records, 33, 'qa')).toMatchObject({ speaker: 'Daniel Oyelaran', endLine: 35 });
    expect(at(records, 37)).toMatchObject({ type: 'claim', speaker: null });
  });

  it('in other words: "RESOLVED:" and "Agreed:" under an answer, right under it or a paragraph down', () => {
    const notes = 'Notes of the meeting\n\nQ (Ana Ruiz): Will the car park close?\n\nA (Tom Hale): Only in August, for resurfacing.\nAgreed: the works to start on 4 August.\n\nQ (Ben Cho): And the bus stop?\n\nA (Tom Hale): It stays where it is.\n\nRESOLVED: that the stop be kept.\n';
    const got = loadCorpus(tempCorpus({ 'notes.txt': notes })).records as Rec[];
    expect(got.map((r) => [r.line, r.type, r.speaker])).toEqual([
      [3, 'qa', 'Tom Hale'],
      [6, 'claim', null],
      [8, 'qa', 'Tom Hale'],
      [12, 'claim', null],
    ]);
  });
});

describe('a side-event write-up: "**Moderator:** Adaeze Nwankwo, …" and a "**Panellists:**" list in its header', () => {
  it('reads "Nwankwo opened by noting … “…,” she said." as the moderator, never the last panellist listed', () => {
    const records = fixtureCorpus(DIR, ['cop-side-event.md']).records as Rec[];
    expect(at(records, 23, 'quote')).toMatchObject({ speaker: 'Adaeze Nwankwo', text: expect.stringMatching(/^We are not here to celebrate a fund/) });
    expect(at(records, 27, 'qa')).toMatchObject({ speaker: 'Tevita Fifita', asker: 'Adaeze Nwankwo' });
  });

  it('in other words: a plain "Chair:" line, a "Speakers:" list with titles', () => {
    const doc = (roster: string) => `# Notes from the water panel\n\n${roster}\n\n## Opening\n\nOkafor opened with the drought figures. "We have eight weeks of storage," she said.\n`;
    const who = (roster: string) => (loadCorpus(tempCorpus({ 'panel.md': doc(roster) })).records as Rec[]).find((r) => r.type === 'quote')?.speaker;
    expect(who('Chair: Ngozi Okafor, Water Forum\n\nSpeakers:\n- Dr Ana Ruiz, University of Leeds\n- Tom Hale, Birch Partners')).toBe('Ngozi Okafor');
    expect(who('Speakers:\n- Prof. Ngozi Okafor, Water Forum\n- Ana Ruiz, University of Leeds')).toBe('Ngozi Okafor');
  });
});

describe('consultation notes: "**Q (Mrs Evelyn Stroud):**", "**A (Cllr Penhale):**" under "Present: Cllr Ruth Penhale (Chair), …"', () => {
  it('names the titled surname by the full name the header gives, and drops a title before a full name', () => {
    const records = fixtureCorpus(DIR, ['consultation-notes.md']).records as Rec[];
    expect(at(records, 39, 'qa')).toMatchObject({ speaker: 'Ruth Penhale', asker: 'resident' });
    expect(at(records, 23, 'qa')).toMatchObject({ speaker: 'Kerry Walsh', asker: 'Evelyn Stroud' });
    expect(at(records, 33, 'qa')).toMatchObject({ speaker: 'Daniel Oyelaran', asker: 'Alan Pike' });
  });

  it('in other words: "A (Dr Moss):" under "Dr Helen Moss" in the text; a surname nobody gives in full stays', () => {
    const notes = (roll: string) => `# Notes of the meeting\n\n${roll}\n\n**Q (Mr Tom Reed):** Will the car park close?\n\n**A (Dr Moss):** Only in August, for resurfacing.\n\n**Q (resident):** And the bus stop?\n\n**A (Dr Moss):** It stays where it is.\n`;
    const got = (roll: string) => (loadCorpus(tempCorpus({ 'notes.txt': notes(roll) })).records as Rec[]).find((r) => r.type === 'qa');
    expect(got('Dr Helen Moss (Clinical Lead) presented the plan.')).toMatchObject({ speaker: 'Helen Moss', asker: 'Tom Reed' });
    expect(got('The officer presented the plan.')).toMatchObject({ speaker: 'Dr Moss', asker: 'Tom Reed' });
  });
});
