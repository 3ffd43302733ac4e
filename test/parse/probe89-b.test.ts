/**
 * Education, history and heritage documents, probe89-b: a radio documentary's played archive clips
 * ("ARCHIVE — Name, 1962: …") and a museum audio guide's "NAME (archive recording, 1977):" are the
 * named voice's words, said in the note's year, answering no one.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null; role: string | null; context: string | null; section: string | null };
const DIR = join(FIXTURES, 'probe89', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe("a documentary script's archive clips", () => {
  const records = fixtureCorpus(DIR, ['radio-doc-script.txt', 'museum-wall-text.txt']).records as Rec[];
  const doc = (name: string) => records.filter((r) => r.doc === name);

  it('are the named voice\'s quotes, dated by the clip, never the narrator\'s words', () => {
    const radio = doc('radio-doc-script');
    expect(at(radio, 13)).toMatchObject({ type: 'quote', speaker: 'Morag Kinnaird', year: 1962, context: '(ARCHIVE, 1962)' });
    expect(at(radio, 17)).toMatchObject({ type: 'quote', speaker: 'Elspeth Kinnaird', year: 1962 });
    expect(at(radio, 31)).toMatchObject({ type: 'quote', speaker: 'Alasdair Menteith', role: 'Director of Education', year: 1961 });
    expect(at(radio, 43)).toMatchObject({ type: 'quote', speaker: 'Elspeth Kinnaird', year: 1984 });
    expect(at(radio, 9)).toMatchObject({ speaker: 'Narrator', year: 2019 });
    expect(radio.find((r) => r.speaker === 'Narrator' && /We had nine pupils/.test(r.text))).toBeUndefined();
  });

  it('a label noting an archive recording and its year: a quote of that year that asks the narrator nothing', () => {
    const museum = doc('museum-wall-text');
    expect(at(museum, 41)).toMatchObject({ type: 'quote', speaker: 'Agnes Breck', year: 1977, context: '(archive recording, 1977)' });
    expect(museum.some((r) => r.asker === 'Agnes Breck')).toBe(false);
  });

  it('in other words: two voices, a clip between them; a note with no year, or an ARCHIVE line naming no one, is no clip', () => {
    const script = [
      'HOW THE BRIDGE WAS WON',
      'Broadcast: 12 May 2021',
      '',
      'PRESENTER: The bridge opened in 1974.',
      '',
      'ARCHIVE – Ruth Cole, site engineer, 1974: We poured the last span at midnight.',
      '',
      'PRESENTER: Ruth Cole died in 2001.',
      '',
      'ARCHIVE — the opening ceremony was filmed by the council, 1974: nothing of it survives.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'bridge.txt': script })).records as Rec[];
    expect(at(got, 6)).toMatchObject({ type: 'quote', speaker: 'Ruth Cole', role: 'site engineer', year: 1974 });
    expect(got.find((r) => r.speaker === 'the opening ceremony was filmed by the council')).toBeUndefined();
  });
});

describe("a hearing's witness under an abbreviated title", () => {
  const records = fixtureCorpus(DIR, ['committee-hearing.txt']).records as Rec[];

  it('"Prof. BARRACLOUGH:" is the "Professor Leonie Barraclough" the witness list names', () => {
    expect(at(records, 22, 'qa')).toMatchObject({ speaker: 'Leonie Barraclough', asker: 'the Chair' });
    expect(at(records, 34, 'qa')).toMatchObject({ speaker: 'Leonie Barraclough', asker: 'Mrs Okafor' });
    expect(records.some((r) => r.speaker === 'Prof. Barraclough')).toBe(false);
  });

  it('in other words: "Rev." is the "Reverend" a roster names', () => {
    const doc = (title: string) =>
      ['PARISH COUNCIL', 'Minutes of the meeting', 'Held in the village hall', 'Tuesday, 4 May 2021', '', 'Apologies: none', '', 'Present:', 'Reverend Amos Penhallow, Vicar', 'Mrs Jean Tull, Clerk', '', 'The CHAIR: Would anyone like to speak?', '', `${title} PENHALLOW: The roof needs mending before winter.`, '', 'The CHAIR: How much?', '', `${title} PENHALLOW: About four thousand pounds.`, ''].join('\n');
    const rev = loadCorpus(tempCorpus({ 'parish-2021.txt': doc('Rev.') })).records as Rec[];
    expect(rev.filter((r) => r.type === 'qa').map((r) => r.speaker)).toEqual(['Amos Penhallow', 'Amos Penhallow']);
  });
});

describe("a school newsletter's Q&A under a headline naming its guest by title and surname", () => {
  const records = fixtureCorpus(DIR, ['newsletter-head-qa.md']).records as Rec[];

  it('"Meet Our New Head: A Conversation with Ms. Hollis" is answered by the standfirst\'s Rowena Hollis, never "Our New Head"', () => {
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas).toHaveLength(7);
    expect(qas.every((r) => r.speaker === 'Rowena Hollis')).toBe(true);
    expect(at(records, 13, 'qa')?.question).toBe('Where did you go to school yourself?');
  });

  it('in other words: "Five Questions for Dr. Osei" over a deck naming Amara Osei; two Oseis above the questions name no one', () => {
    const page = (deck: string) =>
      ['---', 'title: "Five Questions for Dr. Osei"', 'author: Tom Reed', 'date: 2024-05-01', '---', '', deck, '', '*What do you teach?*', '', 'Chemistry, mostly to sixth formers.', '', '*Why chemistry?*', '', 'Because I liked setting things on fire.', ''].join('\n');
    const one = loadCorpus(tempCorpus({ 'osei.md': page('This month we talk to Dr. Amara Osei, our new head of science.') })).records as Rec[];
    expect(one.filter((r) => r.type === 'qa').map((r) => r.speaker)).toEqual(['Amara Osei', 'Amara Osei']);
    const two = loadCorpus(tempCorpus({ 'osei.md': page('Dr. Amara Osei and her brother Kofi Osei both teach here.') })).records as Rec[];
    expect(two.some((r) => r.speaker === 'Amara Osei' || r.speaker === 'Kofi Osei')).toBe(false);
  });
});

describe('a history feature\'s "According to ROLE NAME, …"', () => {
  const records = fixtureCorpus(DIR, ['newspaper-history-feature.txt']).records as Rec[];

  it('credits the named archivist, the role in small words before the name no part of it', () => {
    expect(records.find((r) => r.line === 16 && r.type === 'claim')).toMatchObject({ speaker: 'Desmond Achebe', text: expect.stringMatching(/^According to county archivist Desmond Achebe/) });
  });

  it('in other words: a document described before the name ("a report by NAME") credits no one', () => {
    const story = (opening: string) => ['By Jo Park', 'March 3, 2024', '', `${opening}, the bridge was finished in 1931.`, '', '"It was a hard winter," said Mary Lind.', ''].join('\n');
    const role = loadCorpus(tempCorpus({ 'bridge.txt': story('According to local historian Ruth Amis') })).records as Rec[];
    expect(role.find((r) => r.type === 'claim' && /bridge was finished/.test(r.text))?.speaker).toBe('Ruth Amis');
    const report = loadCorpus(tempCorpus({ 'bridge.txt': story('According to a report by Ruth Amis') })).records as Rec[];
    expect(report.find((r) => r.type === 'claim' && /bridge was finished/.test(r.text))?.speaker).not.toBe('Ruth Amis');
  });
});

describe('a run after an indefinite article ("named a MacArthur Fellow")', () => {
  const records = fixtureCorpus(DIR, ['commencement-2024.txt']).records as Rec[];

  it('is no person a later "he told me" means: the dean quotes the speaker she introduces', () => {
    expect(records.find((r) => r.line === 9 && r.type === 'quote')).toMatchObject({ speaker: 'Julian Okonkwo-Reyes', text: 'I want them to hear that it is all right not to know yet.' });
    expect(records.some((r) => r.speaker === 'MacArthur Fellow')).toBe(false);
  });

  it('in other words: in an article too; a name after "the" or none still reads as before', () => {
    const story = ['By Jo Park', 'March 3, 2024', '', 'Jane Moor founded the collective in 2004. In 2019 she was named a McKinley Fellow. When I asked her why, she told me, "Because nobody else would do it."', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'moor.txt': story })).records as Rec[];
    expect(got.find((r) => r.type === 'quote')?.speaker).toBe('Jane Moor');
  });
});

describe("a numbered part's heading in capitals inside a turn (\"PANEL 3 — THE LAMPLIGHTERS\")", () => {
  const records = fixtureCorpus(DIR, ['museum-wall-text.txt']).records as Rec[];

  it("ends the narrator's turn: the wall text under it is the page's, not the narrator's words", () => {
    expect(at(records, 15)).toMatchObject({ type: 'quote', speaker: 'Narrator', text: expect.stringMatching(/climbing the hill towards you\.$/) });
    expect(at(records, 29)).toMatchObject({ type: 'quote', speaker: 'Narrator', text: 'The council did keep its nerve. The first twenty lamps were lit on 29 September 1822.' });
    expect(records.filter((r) => r.line === 33).every((r) => r.type === 'claim' && r.speaker === null)).toBe(true);
    expect(at(records, 33)?.section).toBe('PANEL 3 — THE LAMPLIGHTERS');
    expect(records.some((r) => r.speaker === 'Narrator' && /PANEL|sixty-four lamplighters/.test(r.text))).toBe(false);
  });

  it('in other words: "PART II" ends a speech\'s turn too; a line in capitals with no number stays the speaker\'s', () => {
    const script = (heading: string) => ['THE VALLEY', '', 'NARRATOR: The valley was flooded in 1956.', '', heading, '', 'The dam took four years to build.', '', 'ELSIE MOORE: I watched the water come up the lane.', ''].join('\n');
    const part = loadCorpus(tempCorpus({ 'valley.txt': script('PART II') })).records as Rec[];
    expect(part.find((r) => r.line === 7)).toMatchObject({ type: 'claim', speaker: null, section: 'PART II' });
    const shout = loadCorpus(tempCorpus({ 'valley.txt': script('NOBODY ASKED US') })).records as Rec[];
    expect(shout.find((r) => r.line === 3)).toMatchObject({ speaker: 'Narrator' });
    expect(shout.some((r) => r.line === 7 && r.type === 'claim')).toBe(false);
  });
});
