/**
 * Shapes read this session: a Bluesky thread copied with "Name (@handle.bsky.social)" over each
 * post, an insurer's call recording whose header names the agent by first name, a literary
 * festival's numbered audience members with their names in brackets, a grants panel's minutes, a
 * webinar's Q&A report that says "Live answered by NAME", a court's sentencing remarks headed in
 * capitals, and an impact report whose chair signs her foreword under it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';
import { loadCorpus } from '../../src/load/load.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null; role?: string | null; askerRole?: string | null };
const DIR = join(FIXTURES, 'lead98');

describe('a Bluesky thread: the display name with its handle in brackets heads each post', () => {
  const corpus = fixtureCorpus(DIR, ['bluesky-thread.txt']);
  const records = corpus.records as Rec[];

  it("gives the thread's posts to their author, the reply's question to its writer, and dates them", () => {
    expect(records.find((r) => r.text.startsWith('🧵 Some thoughts'))).toMatchObject({ speaker: 'Rosa Imbert', year: 2025 });
    const qa = records.find((r) => r.type === 'qa');
    expect(qa).toMatchObject({ speaker: 'Rosa Imbert', asker: 'Tom Vasquez', year: 2025 });
    expect(qa!.question).toMatch(/^Is some of the fall just validation/);
    // the headers, the stamps and the tallies are no one's words
    expect(records.some((r) => /bsky\.social|at 9:1\d AM|88 likes/.test(r.text))).toBe(false);
  });

  it('in other words: the handle on its own line under the name, and the stamp under the post dates the page', () => {
    const dir = tempCorpus({
      'thread.txt': [
        'Kofi Mensah', '@kofimensah.bsky.social', 'The council has cut the bus budget by 12% this year. 1/2', 'February 3, 2024 at 8:02 AM', '',
        'Lena Park', '@lenapark.bsky.social', 'Replying to @kofimensah.bsky.social', 'Which routes go first?', 'February 3, 2024 at 8:10 AM', '',
        'Kofi Mensah', '@kofimensah.bsky.social', 'The evening services on the 14 and the 22. 2/2', 'February 3, 2024 at 8:15 AM', '',
      ].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.type === 'qa')).toMatchObject({ speaker: 'Kofi Mensah', asker: 'Lena Park', year: 2024 });
    expect(got.find((r) => r.text.startsWith('The council has cut'))).toMatchObject({ speaker: 'Kofi Mensah', year: 2024 });
  });

  it('a name with something else in brackets heads nothing', () => {
    const dir = tempCorpus({
      'notes.txt': ['Anna Weber (Berlin)', 'The plan is fine. 1/2', '', 'Jon Ruiz (Madrid)', 'I have doubts about it.', ''].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.filter((r) => r.speaker === 'Anna Weber' || r.speaker === 'Jon Ruiz')).toEqual([]);
  });
});

describe("a call recording: the header names the agent by first name, the customer in full", () => {
  const records = fixtureCorpus(DIR, ['claim-call.txt']).records as Rec[];

  it("gives the agent's questions to Priya and the customer's answers to Colin Ashdown", () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.length).toBeGreaterThanOrEqual(6);
    for (const r of qa) expect([r.asker, r.speaker]).toEqual(['Priya', 'Colin Ashdown']);
    expect(records.find((r) => r.text.startsWith('I understand.'))).toMatchObject({ speaker: 'Priya' });
  });

  it("a host's first name alone in a podcast's header is not taken so: the cast's parts want a full name", () => {
    const dir = tempCorpus({
      'episode.txt': [
        'Host: Bonnie', 'Guest: Tomas Ferreira', '',
        'Host: Where did it start?', '',
        'Guest: In Lisbon, in 2012.', '',
        'Host: And why?', '',
        'Guest: Because the rent was low.', '',
      ].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    // (the guest's full name is the cast's; the host's bare first name leaves her turns under the part)
    expect(got.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker])).toEqual([['Host', 'Tomas Ferreira'], ['Host', 'Tomas Ferreira']]);
  });
});

describe('a festival event: "AUDIENCE MEMBER 3 (JUNE PATTERSON):" is the person the note names', () => {
  const records = fixtureCorpus(DIR, ['festival-event.txt']).records as Rec[];

  it('asks as June Patterson; the unnamed audience members stay numbered', () => {
    const askers = records.filter((r) => r.type === 'qa').map((r) => r.asker);
    expect(askers).toContain('June Patterson');
    expect(askers).toContain('Audience Member 1');
    expect(askers).not.toContain('Audience Member 3');
  });

  it('in other words: a numbered questioner in mixed case; a place in the note names nobody', () => {
    const dir = tempCorpus({
      'qa.txt': [
        'HOST: Welcome. Questions?', '',
        'QUESTIONER 2 (Tom Ellis): What comes next?', '',
        'GUEST: A book.', '',
        'AUDIENCE MEMBER 4 (Leeds): And after that?', '',
        'GUEST: A rest.', '',
      ].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => r.asker)).toEqual(['Tom Ellis', 'Audience Member 4']);
  });
});

describe("a grants panel's minutes: \"Panel:\" lists the members, the chair marked", () => {
  const records = fixtureCorpus(DIR, ['grants-panel.txt']).records as Rec[];

  it("gives the chair's quoted words to the member marked (Chair)", () => {
    expect(records.find((r) => r.text.startsWith('not convinced'))).toMatchObject({ type: 'quote', speaker: 'Margaret Oduya' });
  });
});

describe('a webinar\'s Q&A report: "Live answered by NAME" names who answered', () => {
  const records = fixtureCorpus(DIR, ['webinar-qa-report.csv']).records as Rec[];

  it('before the words: a qa of the panellist, the words without the note', () => {
    const qa = records.find((r) => r.asker === 'Gillian Parr');
    expect(qa).toMatchObject({ type: 'qa', speaker: 'Dominic Reyes' });
    expect(qa!.text).toMatch(/^Yes\. Anyone born after/);
  });

  it('alone: answered aloud, the question stays its asker\'s and the answerer\'s name searchable', () => {
    const q = records.find((r) => r.text === 'Is the triple lock guaranteed?');
    expect(q).toMatchObject({ type: 'quote', speaker: 'Peter Mwangi' });
    expect(records.some((r) => r.speaker === 'Sofia Lindgren' && r.text.startsWith('Live answered'))).toBe(false);
  });
});

describe('sentencing remarks headed in capitals: the judge the heading names speaks', () => {
  const records = fixtureCorpus(DIR, ['sentencing-remarks.txt']).records as Rec[];

  it("gives the remarks to the judge, and the defendant's reported words to nobody called You", () => {
    expect(records.find((r) => r.text.startsWith('The starting point is five years'))).toMatchObject({ speaker: 'Martin Ashworth' });
    expect(records.some((r) => r.speaker === 'You')).toBe(false);
    expect(records.find((r) => r.text.startsWith('I trusted Darren'))).toMatchObject({ type: 'quote', speaker: 'Jean Farrow' });
  });

  it('"You said …" names no one, in any text', () => {
    const dir = tempCorpus({
      'letter.txt': ['A note on the case.', '', 'You said the supplier was "a specialist in irrigation parts". That was a lie.', '', 'You told me it was "a good idea at the time".', ''].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.some((r) => r.speaker === 'You')).toBe(false);
  });
});

describe("an impact report: the chair's foreword signed at its foot is hers", () => {
  const records = fixtureCorpus(DIR, ['impact-report.md']).records as Rec[];

  it("gives the foreword's claims to the signer, the hubs' quotations to their speakers", () => {
    expect(records.find((r) => r.text.startsWith('I want to thank every one'))).toMatchObject({ speaker: 'Harriet Okonkwo-Blake' });
    expect(records.find((r) => r.text.startsWith('Last year, the Larder Trust'))).toMatchObject({ speaker: 'Harriet Okonkwo-Blake', role: 'Chair of Trustees, The Larder Trust' });
    expect(records.find((r) => r.text.startsWith('We planned for 40'))).toMatchObject({ speaker: 'Gareth Ellwood' });
    // the sections after the foreword are the report's, nobody's
    expect(records.find((r) => r.text.startsWith('We are grateful to the Calder'))).toMatchObject({ speaker: null });
  });

  it('a section in the third person over a name and an office is no signed foreword', () => {
    const dir = tempCorpus({
      'report.md': [
        '# Annual review', '', '## Our people', '',
        'The team grew to 40 staff in 2024. Recruitment took six months.', '',
        'Dana Whitfield', 'Head of People, Northgate Trust', '',
        '## Our money', '', 'Income rose by 8%.', '',
      ].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.text.startsWith('The team grew'))).toMatchObject({ speaker: null });
  });
});

describe("a newspaper's letters page: each letter from its salutation to the name under it is its signer's", () => {
  const records = fixtureCorpus(DIR, ['letters-page.txt']).records as Rec[];

  it('gives each letter to the name signed under it, set in capitals, not to the paper', () => {
    expect(records.find((r) => r.text.startsWith('I have run a hardware shop'))).toMatchObject({ speaker: 'Derek Holloway' });
    expect(records.find((r) => r.text.startsWith('We fed 1,340 households'))).toMatchObject({ speaker: 'Mary Adeyemi' });
    expect(records.find((r) => r.text.startsWith('I drive, and I cycle.'))).toMatchObject({ speaker: 'James Okoro' });
    // the page's note is no letter
    expect(records.find((r) => r.text.startsWith('Letters may be edited'))!.speaker).not.toBe('James Okoro');
  });

  it('a letter under "Dear Editor," signed in ordinary case stays its signer\'s (read before too)', () => {
    const dir = tempCorpus({
      'letters.txt': [
        'Your letters', '',
        'Dear Editor,', 'The new car park charges have emptied our market. Stallholders lost a third of their trade in May.', 'Priya Lal', 'Ashby Road', '',
        'Dear Editor,', 'I walked to the market on Saturday and it was busier than ever.', 'Tom Reeve', 'Mill Lane', '',
      ].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.text.startsWith('Stallholders lost'))).toMatchObject({ speaker: 'Priya Lal' });
    expect(got.find((r) => r.text.startsWith('I walked to the market'))).toMatchObject({ speaker: 'Tom Reeve' });
  });
});

it('a line of talk opening on "Sir," is no letter to the editor, whatever name stands below it', () => {
  const dir = tempCorpus({ 'log.txt': ['Convoy log', '', 'Sir, the convoy is ready to leave at dawn.', '', 'We drove north for six hours.', '', 'Major Tom Reeve', ''].join('\n') });
  const got = loadCorpus(dir).records as Rec[];
  expect(got.find((r) => r.text.startsWith('We drove north'))!.speaker).toBeNull();
});

describe("an NGO's field report: people it describes, or names by a changed name and an age", () => {
  const records = fixtureCorpus(DIR, ['field-report.md']).records as Rec[];

  it("gives Amina*'s words to Amina, and the unnamed elder's to an elder, never to the woman named before", () => {
    expect(records.find((r) => r.text.startsWith('She goes for water'))).toMatchObject({ type: 'quote', speaker: 'Amina' });
    expect(records.find((r) => r.text.startsWith('The engineers came'))).toMatchObject({ type: 'quote', speaker: 'an elder' });
    expect(records.find((r) => r.text.startsWith('Nine times out of ten'))).toMatchObject({ speaker: 'Peter Ekal' });
  });

  it('a named reporter after a described one keeps the name', () => {
    const dir = tempCorpus({
      'report.txt': [
        'Visit notes', '',
        'A herder near Lokichar said the rains came late. "We lost forty goats."', '',
        'Joseph Ekai, the chief, said the same. "Nobody came to help."', '',
      ].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.text === 'We lost forty goats.')).toMatchObject({ speaker: 'a herder' });
    expect(got.find((r) => r.text === 'Nobody came to help.')).toMatchObject({ speaker: 'Joseph Ekai' });
  });
});

describe('a talk\'s transcript copied with its stamps, under `Transcript: "TITLE" — NAME, TEDxSERIES, DATE`', () => {
  const corpus = fixtureCorpus(DIR, ['tedx-talk.txt']);
  const records = corpus.records as Rec[];

  it("keeps the first cue's sentence, and gives the talk to the speaker the title names", () => {
    expect(records.find((r) => r.text === 'I want to start with a number: 41.')).toMatchObject({ speaker: 'Lucia Fernández', year: 2024 });
    expect(records.find((r) => r.text.startsWith('For twelve years'))).toMatchObject({ speaker: 'Lucia Fernández' });
    // the title line is no voice's turn
    expect(records.some((r) => r.speaker === 'Transcript')).toBe(false);
  });

  it('in other words: the title line without its key or its date; a pull quote credited to a chief executive names no author', () => {
    const cues = ['', '0:00', 'Good evening, everyone.', '0:03', 'Tonight I want to talk about bees.', '0:08', 'They are in trouble.', ''];
    const dir = tempCorpus({
      'talk.txt': ['"The quiet collapse of the bees" — Tomas Okafor, TEDxLagos', ...cues].join('\n'),
      'quote.txt': ['"We will not stop until every hive in the country is counted again" — Jane Ellis, CEO, Hivewatch', ...cues].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.doc === 'talk' && r.text === 'Good evening, everyone.')).toMatchObject({ speaker: 'Tomas Okafor' });
    expect(got.find((r) => r.doc === 'quote' && r.text === 'Good evening, everyone.')!.speaker).not.toBe('Jane Ellis');
  });
});

describe("a Commons question time: the order paper's numbered question, with no reference after it", () => {
  const records = fixtureCorpus(DIR, ['commons-questions.txt']).records as Rec[];

  it("is asked by the member and answered by the minister", () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa[0]).toMatchObject({ asker: 'Sarah Dyke', speaker: 'Simon Lightwood' });
    expect(qa[0]!.question).toMatch(/^1\. What steps the Government are taking/);
    expect(qa[0]!.text).toMatch(/^The Government have confirmed over £1 billion/);
  });

  it('a numbered line of a list that states is no question', () => {
    const dir = tempCorpus({
      'plan.txt': [
        'MEG: Here is the plan for today.', '',
        'TOM: 1. What steps we take next is up to the residents.', '',
        'MEG: Fine by me.', '',
      ].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.filter((r) => r.type === 'qa')).toEqual([]);
  });
});

describe('an "as told to" essay whose note goes on after the credit and names no subject', () => {
  const records = fixtureCorpus(DIR, ['as-told-to.md']).records as Rec[];

  it('is the teller\'s, who names themself in the opening, never the writer\'s', () => {
    expect(records.find((r) => r.text === 'My name is Grant Whitaker.')).toMatchObject({ speaker: 'Grant Whitaker' });
    expect(records.find((r) => r.text.startsWith("I'd do it again"))).toMatchObject({ speaker: 'Grant Whitaker' });
    expect(records.some((r) => r.speaker === 'Rachel Onwuka')).toBe(false);
  });

  it("a teller who introduces someone else's relation names no subject", () => {
    const dir = tempCorpus({
      'essay.md': ['# Growing up over the shop', '', '*As told to Dan Price. Edited for length.*', '', "I am Ana Ruiz's daughter, and the shop was our whole life.", '', 'We opened at six every morning.', ''].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.some((r) => r.speaker === 'Ana Ruiz')).toBe(false);
  });
});

describe("a wire story: a reported clause whose noun another owns ('the union's demands')", () => {
  const records = fixtureCorpus(DIR, ['wire-story.txt']).records as Rec[];

  it('is the spokesperson\'s claim, the apostrophe no quotation mark', () => {
    expect(records.find((r) => r.text.startsWith('A spokesperson for the Rail Delivery Group'))).toMatchObject({ type: 'claim', speaker: 'a spokesperson for the Rail Delivery Group' });
  });

  it('in other words: a named subject, a plural possessive', () => {
    const dir = tempCorpus({ 'story.txt': ['Strike talks', '', 'Some words about the strike come first here.', '', 'Tom Reilly said the unions\' demands were "unaffordable".', ''].join('\n') });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.text.startsWith('Tom Reilly said'))).toMatchObject({ speaker: 'Tom Reilly' });
  });
});

describe("a money column's mailbag: the standfirst names the editor after her role", () => {
  const records = fixtureCorpus(DIR, ['money-mailbag.md']).records as Rec[];

  it("gives the answers to Joanne Ferris, an anonymous reader's question to nobody, and a quoted charity's words to their speaker", () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker])).toEqual([['Derek', 'Joanne Ferris'], ['Priya', 'Joanne Ferris'], [null, 'Joanne Ferris']]);
    expect(records.find((r) => r.text.startsWith('Employers who simply say no'))).toMatchObject({ type: 'quote', speaker: 'Claire Hodge' });
  });
});

describe("a committee's report: a footnote's mark after the sentence's stop", () => {
  const records = fixtureCorpus(DIR, ['committee-report.txt']).records as Rec[];

  it("leaves the reported clause the witness's ('… since the pandemic.[47]')", () => {
    expect(records.find((r) => r.text.startsWith('Its chief executive, Bill Freeman'))).toMatchObject({ type: 'claim', speaker: 'Bill Freeman' });
  });

  it('in other words: a superscript mark', () => {
    const dir = tempCorpus({ 'report.txt': ['Findings', '', 'Some opening words of the report come first.', '', 'Dr Ana Ruiz said the waiting list had doubled since 2019.⁴', ''].join('\n') });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.text.startsWith('Dr Ana Ruiz said'))).toMatchObject({ speaker: 'Ana Ruiz' });
  });
});

describe('"Five questions for NAME, …" in sentence case over a table of questions and answers', () => {
  const records = fixtureCorpus(DIR, ['five-questions-table.md']).records as Rec[];

  it("gives the table's answers to the person the title names", () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(5);
    for (const r of qa) expect([r.asker, r.speaker]).toEqual(['Kofi Boateng', 'Mariam Osei']);
  });
});

describe('a town hall\'s captions: "<v Resident>" and "<v Resident 2>" are two voices', () => {
  const records = fixtureCorpus(DIR, ['town-hall.vtt']).records as Rec[];

  it('keeps the bare part its own asker, never the numbered one\'s first name', () => {
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker])).toEqual([['Resident', 'Linda Crane'], ['Resident 2', 'Linda Crane']]);
  });
});
