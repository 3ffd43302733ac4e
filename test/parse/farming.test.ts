/**
 * Farming documents: an Otter webinar export whose SPEAKERS list names "Audience" beside its people,
 * and a turn recounting what "my neighbor" said; a Rev members' call; a broadcast with `NAME, ROLE:`
 * labels; a news feature on grazing.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'farming');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('an Otter export whose SPEAKERS list names "Audience" after its people', () => {
  const records = fixtureCorpus(DIR, ['otter-soil-webinar.txt']).records as Rec[];

  it('asks the question from the floor by the audience, never by the host the list names before it', () => {
    expect(at(records, 25, 'qa')).toMatchObject({ speaker: 'Luis Arroyo', asker: 'Audience', question: 'What do you pay for seed?' });
    expect(records.some((r) => r.speaker === 'Hannah Brightwell' && r.asker === 'Hannah Brightwell')).toBe(false);
  });

  it('keeps the list of voices out of the claims: every voice on it speaks below', () => {
    expect(records.some((r) => r.text.includes('Luis Arroyo, Hannah Brightwell, Audience'))).toBe(false);
    expect(records.filter((r) => r.type === 'claim')).toEqual([]);
  });

  it('in other words: a one-word "Audience:" label is the room, whoever a roster lists beside it', () => {
    const doc = [
      'SPEAKERS',
      'Ada Quist, Ben Mori, Audience',
      '',
      'Ada Quist  0:01',
      'Welcome, everyone. Ben will talk about bees.',
      '',
      'Ben Mori  0:10',
      'Thanks, Ada. I keep forty hives.',
      '',
      'Audience  0:40',
      'How much honey does a hive make?',
      '',
      'Ben Mori  0:44',
      'About twenty kilos in a good year.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'bees.txt': doc })).records as Rec[];
    expect(got.find((r) => r.type === 'qa')).toMatchObject({ speaker: 'Ben Mori', asker: 'Audience' });
    expect(got.some((r) => r.type === 'claim')).toBe(false);
  });
});

describe('"My neighbor laughed at me. He said, “Luis, …”": whom the pronoun means', () => {
  const records = fixtureCorpus(DIR, ['otter-soil-webinar.txt']).records as Rec[];

  it("a turn recounting a neighbour's words gives them to neither the host nor the one addressed", () => {
    // (a turn's quotations are split off for named speakers only: the words stay in the turn's quote)
    expect(records.some((r) => r.text === "Luis, you're feeding the geese.")).toBe(false);
    expect(at(records, 13, 'quote')).toMatchObject({ speaker: 'Luis Arroyo', text: expect.stringContaining('He said, "Luis, you\'re feeding the geese."') });
  });

  it('in prose: the owned person opening the sentence before is the "he"; a kinship word gives the gender', () => {
    const doc = [
      'Rye after corn',
      '',
      'By Hannah Brightwell',
      '',
      'Luis Arroyo planted rye too late in his first year.',
      '',
      'My neighbor laughed at me. He said, "You are feeding the geese, mate." And he was right.',
      '',
      'Ana Ruiz farms the section east of the river. My father never trusted her. She said, "Plant it in September and you will have a stand."',
      '',
      'My source says yes. She told staff on the internal call that the farm "is not going anywhere at all."',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'rye.txt': doc })).records as Rec[];
    expect(got.find((r) => r.type === 'quote' && r.line === 7)?.speaker).toBe('my neighbor');
    // "my father" is a man: the "she" after him is still Ana Ruiz
    expect(got.find((r) => r.type === 'quote' && r.line === 9)?.speaker).toBe('Ana Ruiz');
    // a source who says what another did: the "she" after is not the source
    expect(got.find((r) => r.type === 'quote' && r.line === 11)?.speaker).not.toBe('my source');
  });

  it('the words open by addressing someone: a "he" framing them is someone else', () => {
    const doc = [
      'Rye after corn',
      '',
      'By Hannah Brightwell',
      '',
      'Luis Arroyo planted rye too late in his first year. His neighbour, Tom Reddy, farms the next section.',
      '',
      'He laughed at Arroyo. He said, "Luis, you are feeding the geese." And he was right.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'rye.txt': doc })).records as Rec[];
    expect(got.find((r) => r.type === 'quote' && r.line === 7)?.speaker).toBe('Tom Reddy');
  });
});

describe('a news feature: a quotation inside a quotation, and "told the Sun-Ledger last year"', () => {
  const records = fixtureCorpus(DIR, ['news-wildfire-grazing-2025.txt']).records as Rec[];
  const doc = (lines: string[]) => loadCorpus(tempCorpus({ 'goats-2025.txt': ['Goats on the firebreak', '', 'By Ruth Abernathy', 'Published July 3, 2025', '', ...lines, ''].join('\n') })).records as Rec[];

  it("a quotation ending inside its own inner quotation ('…the goats?'\") ends its sentence: the next is narration", () => {
    expect(at(records, 12, 'quote')).toMatchObject({ speaker: 'Inés Balderrama', text: "My grandfather would have laughed. He'd say, 'They're paying you to feed the goats?'" });
    expect(records.filter((r) => r.line === 12 && r.type === 'claim').map((r) => r.text)).toEqual(['She paused.']);
    const got = doc(['The herd belongs to Ines Balderrama.', '', `"It works," Balderrama said. "My uncle asked, 'Who pays for goats?'" She laughed. "The county does."`]);
    expect(got.filter((r) => r.type === 'claim' && r.line === 8).map((r) => r.text)).toEqual(['She laughed.']);
    expect(got.filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['Ines Balderrama', 'Ines Balderrama']);
  });

  it('words a frame dates "last year" were said the year before the document\'s', () => {
    expect(at(records, 14, 'quote')).toMatchObject({ speaker: 'Carl Voss', year: 2024, text: expect.stringMatching(/^a nice photo opportunity/) });
    // the same paragraph's "Asked this week …, Voss said" is this year's
    expect(records.find((r) => r.line === 14 && r.text === 'speak for themselves')?.year).toBe(2025);
    const got = doc([
      'Ana Ruiz, a rancher, said in an interview last year that goats "are cheaper than any crew we ever hired."',
      '',
      'Last year, Tom Hale told the board that grazing was "a gimmick with four legs and no plan."',
      '',
      'Hale said the board would review "last year\'s figures and nothing else" before voting.',
    ]);
    expect(got.filter((r) => r.type === 'quote').map((r) => [r.speaker, r.year])).toEqual([['Ana Ruiz', 2024], ['Tom Hale', 2024], ['Tom Hale', 2025]]);
  });
});

describe('a fishers\' association meeting exported from Zoom (.vtt)', () => {
  const records = fixtureCorpus(DIR, ['zoom-transcript-fishers-2024.vtt']).records as Rec[];

  it("the chair's reply that answers, then moves on (\"Right. Any other business?\"), answers the member's question", () => {
    expect(at(records, 41, 'qa')).toMatchObject({ speaker: 'Kerry-Ann Doyle', question: expect.stringMatching(/^Is the association going to fight the cut/), text: expect.stringMatching(/^We're going to fight it\./) });
    const doc = [
      'Ana Ruiz: Welcome. Declan, what did the ministry say?',
      '',
      'Declan Moore: They are cutting the allocation by a fifth.',
      '',
      'Padraig Walsh: Is the association going to fight the cut?',
      '',
      'Ana Ruiz: We are going to fight it. We meet our MEP on the ninth.',
      '',
      'Ana Ruiz: Right. Any other business? No? Thanks, everyone.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'meeting.txt': doc })).records as Rec[];
    expect(got.find((r) => r.asker === 'Padraig Walsh')).toMatchObject({ type: 'qa', speaker: 'Ana Ruiz', text: expect.stringMatching(/^We are going to fight it/) });
  });

  it('a device the meeting tool could not name ("iPhone (2)") is the first name it gives, where the next voice answers by it', () => {
    expect(at(records, 33, 'qa')).toMatchObject({ speaker: 'Kerry-Ann Doyle', asker: 'Pádraig', question: "Sorry, can you hear me? It's Pádraig." });
    // its next turn gives no name: nobody the turn names (a device may pass from hand to hand)
    expect(at(records, 41, 'qa')?.asker).toBeNull();
  });
});

describe('a parish council\'s verbatim record: "Cllr Ashe:" under "Present: …, Cllr Raymond Ashe, …"', () => {
  const records = fixtureCorpus(DIR, ['transcript-plain-council-roads.txt']).records as Rec[];

  it('a councillor labelled by "Cllr" and surname is the full name the record gives', () => {
    expect(at(records, 10, 'qa')).toMatchObject({ speaker: 'Tom Kilbride', asker: 'Raymond Ashe', question: 'And the other fourteen?' });
    expect(at(records, 14, 'qa')?.asker).toBe('Bina Shah');
    expect(records.some((r) => /^Cllr /.test(`${r.speaker}`) || /^Cllr /.test(`${r.asker}`))).toBe(false);
  });
});

describe("words a host's question reports a third person saying", () => {
  const records = fixtureCorpus(DIR, ['broadcast-drought-2025.txt']).records as Rec[];

  it('"In a statement, a spokesperson said … “working closely with farmers …” Tobias, does that match …?" is the spokesperson\'s quote', () => {
    expect(at(records, 24, 'quote')).toMatchObject({ speaker: 'a spokesperson', text: expect.stringMatching(/^working closely with farmers/) });
    // the question keeps its words, asked by the host
    expect(at(records, 24, 'qa')).toMatchObject({ asker: 'Megan Ortiz', speaker: 'Tobias Wren', question: expect.stringContaining('a last resort') });
  });

  it('a named person quoted in the question is theirs; never the answerer put back their own words, nor "you"', () => {
    const doc = [
      'PRESENTER: Your predecessor, Martin Hale, said in March that "no council will be allowed to hide behind the green belt." Has any council been overruled?',
      '',
      'SIOBHAN CARRICK: Three applications have been called in since May.',
      '',
      'PRESENTER: You said last week that "the targets are a floor and not a ceiling at all." Do you stand by that?',
      '',
      'SIOBHAN CARRICK: I do.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'today.txt': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'quote').map((r) => [r.speaker, r.text])).toEqual([['Martin Hale', 'no council will be allowed to hide behind the green belt.']]);
    expect(got.filter((r) => r.type === 'qa').map((r) => r.speaker)).toEqual(['Siobhan Carrick', 'Siobhan Carrick']);
  });
});

describe('an undated Q&A dated by its standfirst: "She spoke to Mara Quist in October 2023."', () => {
  const qa = (standfirst: string) =>
    [
      '# "I never wanted to be a baker": a conversation with Lucía Ferraro',
      '',
      `*Lucía Ferraro runs Forno Lucía in Turin. ${standfirst} The interview has been edited for length.*`,
      '',
      '**Q: You trained as an architect. How did you end up baking?**',
      '',
      '**A:** My grandmother. She baked every day, and when she got sick in 2015 someone had to keep the oven going.',
      '',
      '**Q: Will you open a second shop?**',
      '',
      '**A:** People ask me that every week. No. One oven, one shop, one me.',
      '',
    ].join('\n');

  it('the note of when the interview was held gives the year its words were said', () => {
    const got = loadCorpus(tempCorpus({ 'ferraro.md': qa('She spoke to Mara Quist in October 2023.') })).records as Rec[];
    expect(got.find((r) => r.type === 'qa')).toMatchObject({ speaker: 'Lucía Ferraro', year: 2023 });
    const conducted = loadCorpus(tempCorpus({ 'ferraro.md': qa('This interview was conducted on 3 May 2021.') })).records as Rec[];
    expect(conducted.find((r) => r.type === 'qa')?.year).toBe(2021);
  });

  it('a year the standfirst tells of something else dates nothing', () => {
    const got = loadCorpus(tempCorpus({ 'ferraro.md': qa('She opened the shop in 2016.') })).records as Rec[];
    expect(got.find((r) => r.type === 'qa')?.year).toBeNull();
  });
});

describe("a meeting's roll above its labelled questions", () => {
  it('"Present: …" and "Apologies: …" are no speakers: each line stays a claim of the notes', () => {
    const doc = [
      '# Allotment committee — open meeting notes',
      '',
      'Present: Ingrid Solberg (chair), Marcus Ofori (treasurer), about 20 plot holders.',
      'Apologies: Hamish Reid.',
      '',
      '**Q (Rhian Pugh):** Why has the rent gone up?',
      '',
      '**A (Marcus Ofori):** The council raised our lease by 12% in January.',
      '',
      '**Q (Dev Anand):** Can half plots be offered?',
      '',
      '**A (Ingrid Solberg):** We tried half plots in 2022 and most were abandoned.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'notes.md': doc })).records as Rec[];
    expect(got.some((r) => /^(?:Present|Apologies)$/.test(`${r.speaker}`))).toBe(false);
    expect(got.filter((r) => r.type === 'claim').map((r) => r.text)).toEqual(['Present: Ingrid Solberg (chair), Marcus Ofori (treasurer), about 20 plot holders.', 'Apologies: Hamish Reid.']);
    expect(got.filter((r) => r.type === 'qa').map((r) => r.asker)).toEqual(['Rhian Pugh', 'Dev Anand']);
  });
});

describe("a talk's transcript copied from its video page, the video's title on top", () => {
  const body = ['', '0:00', 'so my grandmother gave me twelve thousand', '0:03', 'euros and said if it fails you pay me back', '0:06', 'in bread and I thought okay that is fair', ''];
  const speakerOf = (title: string) => (loadCorpus(tempCorpus({ 'talk.txt': [title, ...body].join('\n') })).records as Rec[])[0]?.speaker;

  it('"TITLE | NAME | TEDxCITY" is that speaker\'s talk', () => {
    expect(speakerOf('Why we sleep badly | Matt Walker | TEDxVienna')).toBe('Matt Walker');
    expect(speakerOf('The river remembers | Ana Ruiz | TED')).toBe('Ana Ruiz');
  });

  it("a headline's bar naming an outlet, or a channel's video titled in its guest's voice, names no speaker", () => {
    expect(speakerOf('Why rents rose again | Harbour Courier')).toBeNull();
    // (a channel's page: test/parse/probe28-c.test.ts keeps its description nobody's)
    expect(speakerOf('How I Built a Bakery From Nothing | Lucía Ferraro')).toBeNull();
  });
});

describe("a Zoom chat export: a message that is only a link", () => {
  it("is its sender's message, the answer to the question it follows", () => {
    const chat = [
      '10:05:17 From Siobhan Keane to Everyone:',
      '\tCan someone post the link to the ministry consultation?',
      '10:05:49 From Pádraig Walsh to Everyone:',
      '\thttps://gov.example/consultation/mackerel-2025',
      '10:06:03 From Siobhan Keane to Everyone:',
      '\tThanks Pádraig',
      '10:12:30 From Declan Moriarty to Everyone:',
      '\tI have to drop at 11, sorry',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'meeting_saved_chat.txt': chat })).records as Rec[];
    expect(got.find((r) => r.type === 'qa')).toMatchObject({ asker: 'Siobhan Keane', speaker: 'Pádraig Walsh', text: 'https://gov.example/consultation/mackerel-2025' });
    expect(got.filter((r) => r.type === 'quote').map((r) => r.text)).toEqual(['Thanks Pádraig', 'I have to drop at 11, sorry']);
  });
});

describe('a letters page: letters one under another, each signed by its writer', () => {
  const records = fixtureCorpus(DIR, ['letters-toll-2025.txt']).records as Rec[];
  const claimsOf = (speaker: string | null) => records.filter((r) => r.type === 'claim' && r.speaker === speaker).map((r) => r.line);

  it("a letter's sentences are its signer's claims, signed on its last line or under it", () => {
    expect(claimsOf('Owen Pryce')).toEqual([6, 6, 6, 7]);
    expect(claimsOf('Margaret Ilsley')).toEqual([11, 11, 11, 11, 12]);
    // the words it quotes stay their speaker's
    expect(at(records, 6, 'quote')?.speaker).toBe('Delgado');
  });

  it("the headlines stay the paper's, and a letter signed 'Name and address supplied' is nobody's", () => {
    expect(claimsOf('the Harlow Courier')).toEqual([4, 9]);
    expect(records.filter((r) => r.line >= 16).map((r) => r.speaker)).toEqual([null, null]);
  });

  it('one signed letter under a "Letters" heading is no page of letters: left as it was', () => {
    const doc = ['Letters', '', 'A bench for the park', '', 'Sir, the park needs a bench. My knees agree.', 'Ana Ruiz, Leeds', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'letters.txt': doc })).records as Rec[];
    expect(got.some((r) => r.speaker === 'Ana Ruiz' && /bench/.test(r.text))).toBe(false);
  });
});
