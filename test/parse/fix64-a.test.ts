/**
 * Broadcast transcripts, what probe52-a left (fix64-a). Before:
 * - two co-hosts reading the headlines in turn ("JUAN GUTIERREZ: In Kenya, …" / "AMY GOODWIN: And in
 *   the United States, …") were paired as question and answer, nothing asked; the imperative "Explain
 *   what this new law does …" asked nothing, so the guest's answer under it was a quote;
 * - "HOST:" stayed a voice "Host" where the host's own first turn names them ("Our host this hour is
 *   Pedro Albright"); a cast field "INTERVIEWEE: Professor Tobias Lindqvist, Director, …" was a claim
 *   (its Title Case words made it a heading) and its holder "Professor Tobias Lindqvist";
 * - "VOX POP:" / "MAN IN STREET:" were speakers "Vox Pop" / "Man In Street", two vox pops one turn;
 * - "SUPERINTENDENT ALAN FRYE:" / "PROFESSOR NIA OKAFOR:" lost the title (no role), the bare
 *   "SUPERINTENDENT:" after it was a voice "Superintendent";
 * - "(SOT) PUBLIC WORKS DIRECTOR LEON BARR:" (five words) was no label: its words joined the turn above.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const PROBE = join(FIXTURES, 'probe52', 'a');
const DIR = join(FIXTURES, 'fix64', 'a');
const brief = (r: { line: number; type: string; speaker: string | null; asker?: string | null }) => [r.line, r.type, r.speaker, r.asker ?? null];

describe('co-hosts reading headlines in turn; an imperative prompt', () => {
  it('pairs nothing between the co-hosts and pairs "Explain what …" with the answer in the fixture', () => {
    const c = fixtureCorpus(PROBE, ['democracy-daily-2025-06-03.txt']);
    const recs = c.records.filter((r) => r.doc === 'democracy-daily-2025-06-03');
    expect(recs.filter((r) => r.line <= 15).map(brief)).toEqual([
      [7, 'quote', 'Amy Goodwin', null],
      [9, 'quote', 'Juan Gutierrez', null],
      [11, 'quote', 'Amy Goodwin', null],
      [13, 'quote', 'Juan Gutierrez', null],
      [15, 'quote', 'Amy Goodwin', null],
    ]);
    expect(recs.find((r) => r.line === 23)).toMatchObject({
      type: 'qa',
      speaker: 'Rosario Quispe',
      asker: 'Amy Goodwin',
      question: 'Explain what this new law does and why so many people took to the streets.',
      text: expect.stringMatching(/^The law gives a foreign consortium the rights to 70 percent/),
    });
    expect(recs.filter((r) => r.type === 'qa').map(brief)).toEqual([
      [23, 'qa', 'Rosario Quispe', 'Amy Goodwin'],
      [27, 'qa', 'Rosario Quispe', 'Juan Gutierrez'],
      [31, 'qa', 'Rosario Quispe', 'Amy Goodwin'],
      [35, 'qa', 'Rosario Quispe', 'Juan Gutierrez'],
    ]);
  });

  it('in other words: a morning show, "Describe how …", a sports and a weather item read in turn', () => {
    const text = [
      'Wake Up Valley',
      '',
      'Morning Edition for 12 March 2024',
      '',
      "LENA MORROW: Good morning, it's Wake Up Valley. I'm Lena Morrow, here with Theo Banks.",
      '',
      'THEO BANKS: Glad to be with everyone on a cold Tuesday.',
      '',
      'LENA MORROW: First, the news. The county board voted 4 to 1 last night to close the Ridge Road landfill by 2027.',
      '',
      'THEO BANKS: In sports, the Valley Hawks beat Carson 61 to 58 to reach the state semifinal.',
      '',
      'LENA MORROW: And the weather service expects six inches of snow above 3,000 feet by Thursday.',
      '',
      'LENA MORROW: Joining us now is Omar Haddad, who chairs the county board. Good morning, Omar.',
      '',
      'OMAR HADDAD: Morning, Lena. Thanks for having me.',
      '',
      'LENA MORROW: Describe how the board reached this decision.',
      '',
      'OMAR HADDAD: We held nine public hearings. The landfill reaches its capacity in 2026 and the groundwater tests worried all of us.',
      '',
      'THEO BANKS: Where will the trash go after that?',
      '',
      'OMAR HADDAD: To the regional transfer station in Milford, 22 miles east.',
      '',
      'THEO BANKS: And will fees go up?',
      '',
      'OMAR HADDAD: By about four dollars a month per household.',
      '',
      'LENA MORROW: What about the workers at the landfill?',
      '',
      'OMAR HADDAD: All 14 of them will be offered jobs at the transfer station.',
      '',
      'THEO BANKS: Will the site become a park?',
      '',
      'OMAR HADDAD: That is the plan, by 2030.',
      '',
      'LENA MORROW: Omar Haddad, thank you.',
    ].join('\n');
    const recs = loadCorpus(tempCorpus({ 'wake-up-valley.txt': text })).records;
    expect(recs.filter((r) => r.line <= 13).map(brief)).toEqual([
      [5, 'quote', 'Lena Morrow', null],
      [7, 'quote', 'Theo Banks', null],
      [9, 'quote', 'Lena Morrow', null],
      [11, 'quote', 'Theo Banks', null],
      [13, 'quote', 'Lena Morrow', null],
    ]);
    expect(recs.filter((r) => r.type === 'qa').map(brief)).toEqual([
      [19, 'qa', 'Omar Haddad', 'Lena Morrow'],
      [23, 'qa', 'Omar Haddad', 'Theo Banks'],
      [27, 'qa', 'Omar Haddad', 'Theo Banks'],
      [31, 'qa', 'Omar Haddad', 'Lena Morrow'],
      [35, 'qa', 'Omar Haddad', 'Theo Banks'],
    ]);
    expect(recs.find((r) => r.line === 19)!.question).toBe('Describe how the board reached this decision.');
  });
});

describe('a part label resolved to the person the programme names', () => {
  it('gives HOST: the name the host\'s first turn introduces, and keeps the part as role', () => {
    const c = fixtureCorpus(PROBE, ['washington-callin-2019-05-07.txt']);
    const recs = c.records.filter((r) => r.doc === 'washington-callin-2019-05-07');
    expect(recs.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker, r.asker, r.askerRole])).toEqual([
      [7, 'Carol', 'Pedro Albright', 'host'],
      [11, 'Carol', 'Pedro Albright', 'host'],
      [15, 'Carol', 'Pedro Albright', 'host'],
      [19, 'Dennis', 'Pedro Albright', 'host'],
      [23, 'Dennis', 'Pedro Albright', 'host'],
      [27, 'Anita', 'Pedro Albright', 'host'],
      [33, 'Anita', 'Pedro Albright', 'host'],
      [39, 'Anita', 'Pedro Albright', 'host'],
    ]);
    expect(recs.find((r) => r.line === 43)).toMatchObject({ type: 'quote', speaker: 'Pedro Albright', role: 'host' });
    expect(recs.filter((r) => r.speaker === 'Host' || r.asker === 'Host')).toEqual([]);
  });

  it('reads the header\'s INTERVIEWEE field as its neighbours, its holder without "Professor"', () => {
    const c = fixtureCorpus(PROBE, ['bbc-world-tonight-2023-03-14.txt']);
    const recs = c.records.filter((r) => r.doc === 'bbc-world-tonight-2023-03-14');
    // The field is no claim, as "PRESENTER: Helena Carrow" and "REPORTER: Naveed Sheikh" are not.
    expect(recs.filter((r) => r.line >= 9 && r.line <= 11)).toEqual([]);
    expect(recs.find((r) => r.line === 21)).toMatchObject({ type: 'qa', speaker: 'Tobias Lindqvist', role: 'Director, Institute for Energy Security', asker: 'Helena Carrow' });
    expect(recs.filter((r) => /Professor/.test(r.speaker ?? ''))).toEqual([]);
    // The vox pop is an unnamed member of the public, no "Vox Pop".
    expect(recs.find((r) => r.line === 17)).toMatchObject({ type: 'quote', speaker: 'a member of the public', text: expect.stringMatching(/^Four hundred and twenty pounds for the quarter/) });
    // The field's words stay findable.
    const doc = c.documents.find((d) => d.id === 'bbc-world-tonight-2023-03-14')!;
    expect(doc.sentences.missed.filter((m) => m.line <= 11)).toEqual([]);
  });

  it('in other words: "PRESENTER:" who says "I\'m …", a header of fields with a professor among them', () => {
    const text = [
      'NORTHERN SERVICE RADIO',
      '',
      'TRANSCRIPT OF "FIELD NOTES"',
      '',
      'BROADCAST DATE: 2nd June 2021',
      'PRODUCER: Ellis Varga',
      'INTERVIEWEE: Professor Marguerite Osei, Head of Soil Science, Harlow University',
      '',
      "PRESENTER: Hello, I'm Dominic Frayne, and this week we're talking about peat.",
      '',
      'PRESENTER: Professor, how much peat has the county lost?',
      '',
      'INTERVIEWEE: About a third since 1950, most of it drained for grazing.',
      '',
      'VOXPOP: I cut peat on my grandfather\'s land as a boy. Nobody thought twice.',
      '',
      'PRESENTER: Can it be restored?',
      '',
      'INTERVIEWEE: Slowly. A centimetre a year, if the water table comes back.',
    ].join('\n');
    const recs = loadCorpus(tempCorpus({ 'field-notes.txt': text })).records;
    // The interviewee's field is no claim; the producer, who never speaks, is found on theirs.
    expect(recs.filter((r) => r.line <= 7).map((r) => [r.line, r.type, r.text])).toEqual([[6, 'claim', 'PRODUCER: Ellis Varga']]);
    // The presenter's two turns, one after the other, are one prompt.
    expect(recs.find((r) => r.line === 9)).toMatchObject({
      type: 'qa',
      speaker: 'Marguerite Osei',
      role: 'Head of Soil Science, Harlow University',
      asker: 'Dominic Frayne',
      askerRole: 'presenter',
      question: expect.stringMatching(/Professor, how much peat has the county lost\?$/),
      text: 'About a third since 1950, most of it drained for grazing.',
    });
    expect(recs.find((r) => r.line === 15)).toMatchObject({ speaker: 'a member of the public', text: "I cut peat on my grandfather's land as a boy. Nobody thought twice." });
    expect(recs.find((r) => r.line === 17)).toMatchObject({ type: 'qa', speaker: 'Marguerite Osei', asker: 'Dominic Frayne' });
  });
});

describe('vox pops, titled guests, an office label, a cued office and name', () => {
  it('reads each voice of the fixture', () => {
    const c = fixtureCorpus(DIR, ['metro-tonight-2022-05-04.txt']);
    const recs = c.records.filter((r) => r.doc === 'metro-tonight-2022-05-04');
    expect(recs.map((r) => [r.line, r.type, r.speaker, r.role])).toEqual([
      [4, 'qa', 'a member of the public', null],
      [8, 'quote', 'a member of the public', null],
      [10, 'quote', 'a member of the public', null],
      [12, 'qa', 'Nia Okafor', 'PROFESSOR'],
      [16, 'qa', 'Nia Okafor', 'PROFESSOR'],
      [20, 'qa', 'Alan Frye', 'SUPERINTENDENT'],
      [24, 'qa', 'Alan Frye', 'SUPERINTENDENT'],
      [28, 'quote', 'Leon Barr', 'PUBLIC WORKS DIRECTOR'],
      [30, 'quote', 'Ruth Pell', 'host'],
    ]);
    expect(recs.find((r) => r.line === 8)!.text).toBe('My daughter did her lessons on my phone. That was the only screen we had.');
    expect(recs.find((r) => r.line === 24)).toMatchObject({ asker: 'Ruth Pell', question: 'Superintendent, will any school stay closed?', text: 'Two of them, Northfield and Carver, until Friday at the latest.' });
    expect(recs.find((r) => r.line === 28)!.text).toBe('The gas mains under Carver were laid in 1931. We replaced 600 feet of them this week.');
    const doc = c.documents.find((d) => d.id === 'metro-tonight-2022-05-04')!;
    expect(doc.sentences.missed).toEqual([]);
  });

  it('in other words: vox pops of a different programme, a doctor, a chief, a cued five-word label', () => {
    const text = [
      'COAST NEWS AT SIX',
      'As aired: September 9, 2023',
      '',
      'ANCHOR (GRETA LUND): The harbour ferry will stop running on Sundays from October. We asked riders what that means.',
      '',
      'VOX POPS: I work Sundays at the hospital. The ferry is twelve minutes, the bus is an hour.',
      '',
      'VOX POPS: We only moved to the island because of the ferry.',
      '',
      'DR. HENRIK SALO: Patients who miss appointments come back sicker. We see it every winter.',
      '',
      'FIRE CHIEF ROSA IBARRA: Our crews use that ferry too.',
      '',
      'ANCHOR (GRETA LUND): Chief, what happens on a Sunday call?',
      '',
      'CHIEF: We drive around the bay. That adds 35 minutes.',
      '',
      '(SOT) HARBOUR AUTHORITY FINANCE MANAGER PAUL KEMP: The Sunday route lost 410,000 dollars last year.',
      '',
      'ANCHOR (GRETA LUND): The authority votes on the plan on the 20th.',
    ].join('\n');
    const recs = loadCorpus(tempCorpus({ 'coast.txt': text })).records;
    expect(recs.map((r) => [r.line, r.speaker, r.role])).toEqual([
      [4, 'a member of the public', null],
      [8, 'a member of the public', null],
      [10, 'Henrik Salo', 'DR.'],
      [12, 'Rosa Ibarra', 'FIRE CHIEF'],
      [14, 'Rosa Ibarra', 'FIRE CHIEF'],
      [18, 'Paul Kemp', 'HARBOUR AUTHORITY FINANCE MANAGER'],
      [20, 'Greta Lund', 'anchor'],
    ]);
    expect(recs.find((r) => r.line === 8)!.text).toBe('We only moved to the island because of the ferry.');
    expect(recs.find((r) => r.line === 14)).toMatchObject({ type: 'qa', asker: 'Greta Lund', text: 'We drive around the bay. That adds 35 minutes.' });
  });
});
