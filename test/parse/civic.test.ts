/**
 * Civic documents: a by-election hustings transcribed with `NAME (PARTY):` labels under a header
 * naming its chair ("Chaired by Canon Frances Lyle"), who reads out questions handed in at the door.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'civic');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a hustings under "Chaired by Canon Frances Lyle", her turns labelled "CANON LYLE:"', () => {
  const records = fixtureCorpus(DIR, ['hustings.txt']).records as Rec[];

  it('names the chair by her name, the title off it', () => {
    expect(records.filter((r) => r.speaker === 'Canon Lyle' || r.asker === 'Canon Lyle')).toEqual([]);
    expect(records.find((r) => r.text.startsWith("Thank you. That's all we have time for"))).toMatchObject({ type: 'quote', speaker: 'Frances Lyle' });
  });

  it("pairs every candidate's answer with the question the chair put to the room", () => {
    const jess = records.filter((r) => r.type === 'qa' && r.question?.includes('Why should I vote'));
    expect(jess.map((r) => r.speaker)).toEqual(['Dominic Keyes', 'Priya Mandal']);
    const surgeries = records.filter((r) => r.type === 'qa' && r.question?.includes('hold surgeries'));
    expect(surgeries.map((r) => r.speaker)).toEqual(['Geoffrey Stott', 'Ruth Okafor']);
  });

  it('asks a question read out "from Harold Pike, who says he has voted …:" by Harold Pike', () => {
    expect(records.filter((r) => r.question?.includes('hold surgeries')).map((r) => r.asker)).toEqual(['Harold Pike', 'Harold Pike']);
  });

  it('in other words: a "Moderated by" line makes its holder the chair of every round', () => {
    const doc = [
      'Town Forum on Buses',
      'Moderated by Rev. Amos Tiller',
      '',
      'TILLER: Both of our guests are here. Should the 42 route be cut?',
      '',
      'MARA VOSS: No. It carries nine hundred people a day.',
      '',
      'OWEN BRAY: It loses money on every trip after seven.',
      '',
      'TILLER: Next, from a resident who signs only "K": "Who decided the timetable?"',
      '',
      'OWEN BRAY: The county did, in 2022.',
      '',
      'MARA VOSS: And nobody asked the riders.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'forum.txt': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => [r.speaker, r.asker])).toEqual([
      ['Mara Voss', 'Amos Tiller'],
      ['Owen Bray', 'Amos Tiller'],
      ['Owen Bray', 'Amos Tiller'],
      ['Mara Voss', 'Amos Tiller'],
    ]);
  });
});

describe('a quiz show: the host asks, contestants buzz in', () => {
  const records = fixtureCorpus(DIR, ['game-show.txt']).records as Rec[];

  it('pairs an answer that is only a figure ("1989.") with the question, as a word answer is', () => {
    expect(records.find((r) => r.text === '1989.')).toMatchObject({ type: 'qa', speaker: 'Lorna', asker: 'Dev Chandra' });
    expect(records.find((r) => r.text === '1989.')!.question).toContain('In what year did the Berlin Wall fall?');
    expect(records.find((r) => r.text === 'Sydney.')).toMatchObject({ type: 'qa', speaker: 'Marcus' });
  });

  it('in other words: a price answers, a chat\'s "+1" still only agrees', () => {
    const doc = ['Host: Ann Bell', '', 'ANN BELL: What did the bike cost you?', '', 'JO: £300.', '', 'ANN BELL: And the lock?', '', 'JO: Forty.', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'bike.txt': doc })).records as Rec[];
    expect(got.find((r) => r.text === '£300.')).toMatchObject({ type: 'qa', question: 'What did the bike cost you?' });
    const chat = [
      'Nadia Sorokina, [21.11.2024 18:04]',
      'Last one: when is the mainnet?',
      '',
      'Tom Reyes, [21.11.2024 18:04]',
      '+1',
      '',
      'Julien Delacroix, [21.11.2024 18:05]',
      'March, if the audit is clean.',
      '',
    ].join('\n');
    const ama = loadCorpus(tempCorpus({ 'ama.txt': chat })).records as Rec[];
    expect(ama.find((r) => r.type === 'qa')).toMatchObject({ speaker: 'Julien Delacroix', text: 'March, if the audit is clean.' });
  });
});

describe('a radio phone-in: callers by first name and place, texts read out', () => {
  const records = fixtureCorpus(DIR, ['phone-in.txt']).records as Rec[];

  it('credits a text read out "from Bev in Millbrook, who says: “…”" to Bev', () => {
    expect(records.find((r) => r.text.startsWith('My daughter is a nurse there'))).toMatchObject({ type: 'quote', speaker: 'Bev', line: 33 });
    // The presenter's turn keeps the words too: nothing lost.
    expect(records.find((r) => r.speaker === 'Gavin Tull' && r.text.includes('A text now from Bev'))).toBeTruthy();
  });

  it('in other words: "from NAME, who wrote: “…”" in an article is NAME\'s; a cleft\'s other name never is', () => {
    const doc = [
      'Parking charges',
      '',
      'Letters kept arriving. One came from Hal Moss, who wrote: "I will not pay it again."',
      '',
      'It was Ada Quist, not Hal Moss, who said, "The trust should be ashamed of itself."',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'parking.txt': doc })).records as Rec[];
    expect(got.find((r) => r.text.startsWith('I will not pay'))).toMatchObject({ type: 'quote', speaker: 'Hal Moss' });
    expect(got.find((r) => r.text.startsWith('The trust should'))).toMatchObject({ type: 'quote', speaker: 'Ada Quist' });
  });
});

describe('a renters\' podcast exported from Descript: "Speaker 1 (00:00:00):" labels, two hosts, a guest', () => {
  const corpus = fixtureCorpus(DIR, ['lease-lines-ep14.txt']);
  const records = corpus.records as Rec[];

  it('titles the episode by its first line, a question in quotation marks and all, and asks nothing with it', () => {
    expect(corpus.documents[0]!.meta.title).toBe('Lease Lines — Episode 14: "Should you ever pay a holding deposit?"');
    expect(records.filter((r) => r.line === 1)).toEqual([]);
    expect(records.find((r) => r.text.startsWith('Welcome to Lease Lines'))).toMatchObject({ type: 'quote', speaker: 'Orla Brennan' });
  });

  it('in other words: "Episode 47: Is the Spring Market Back?" unquoted over a Rev export is its title too', () => {
    const doc = [
      'Bricks & Mortar Podcast, Episode 47: Is the Spring Market Back?',
      'Transcript exported from Rev.com, 14 March 2025',
      '',
      'Dana Whitlock (00:00:03):',
      "Hello and welcome to Bricks & Mortar. I'm Dana Whitlock.",
      '',
      'Moira Fenwick (00:00:12):',
      'Thanks for having me.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'ep47.txt': doc }));
    expect(got.documents[0]!.meta.title).toBe('Bricks & Mortar Podcast, Episode 47: Is the Spring Market Back?');
    expect(got.records.filter((r) => r.type === 'qa')).toEqual([]);
  });

  it("reads a co-host's \"And I'm Femi Adebayo.\" as asking nothing, under any title", () => {
    expect(records.find((r) => r.text === "And I'm Femi Adebayo.")).toMatchObject({ type: 'quote', speaker: 'Femi Adebayo' });
    expect(records.find((r) => r.text.startsWith("Today we're joined by"))).toMatchObject({ type: 'quote', speaker: 'Orla Brennan' });
    const plain = readFileSync(join(DIR, 'lease-lines-ep14.txt'), 'utf8').replace(/^.*\n/, 'Lease Lines — Episode 14: Holding deposits\n');
    const got = loadCorpus(tempCorpus({ 'ep14.txt': plain })).records as Rec[];
    expect(got.find((r) => r.text.startsWith("Today we're joined by"))).toMatchObject({ type: 'quote', speaker: 'Orla Brennan' });
  });

  it('names "Speaker 3" by the guest the host welcomed by first name just before her first turn', () => {
    expect(records.filter((r) => r.speaker === 'Speaker 3')).toEqual([]);
    expect(records.filter((r) => r.type === 'qa').map((r) => r.speaker)).toEqual(['Catriona Daly', 'Catriona Daly', 'Catriona Daly']);
  });

  it('in other words: "Welcome to the show, Marta!" names the numbered voice that speaks next', () => {
    const doc = [
      'Speaker 1 (00:00): Hello, I\'m Tom Reyes, and this is Shelf Life.',
      '',
      'Speaker 2 (00:04): Our guest is a bookseller, Marta Lind, who opened her shop in 2012. Welcome to the show, Marta!',
      '',
      'Speaker 3 (00:11): Thank you. Lovely to be here.',
      '',
      'Speaker 1 (00:14): How many books do you sell a week?',
      '',
      'Speaker 3 (00:17): About four hundred in a good week.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'shelf.txt': doc })).records as Rec[];
    expect(got.find((r) => r.text.startsWith('About four hundred'))).toMatchObject({ type: 'qa', speaker: 'Marta Lind', asker: 'Tom Reyes' });
  });
});

describe('an inquest report: a police constable, a widow\'s statement read to the court', () => {
  const records = fixtureCorpus(DIR, ['inquest-cyclist.txt']).records as Rec[];

  it('names "PC Sarah Lomax" Sarah Lomax in her claim and her quote alike', () => {
    const hers = records.filter((r) => r.text.includes('collision investigator') || r.text.startsWith('There is no evidence'));
    expect(hers.map((r) => [r.type, r.speaker])).toEqual([['quote', 'Sarah Lomax'], ['claim', 'Sarah Lomax']]);
  });

  it('credits words "her statement said" to the woman whose statement it is', () => {
    expect(records.find((r) => r.text.startsWith('He always said that lane would kill someone'))).toMatchObject({ type: 'quote', speaker: 'Helen Dunmore' });
  });

  it('in other words: "his letter said" is his; a statement no pronoun owns stays nobody\'s', () => {
    const doc = [
      'Ferry row',
      '',
      'The island councillor Owen Pryce wrote to the operator in March.',
      '',
      '"The timetable is a disgrace," his letter said.',
      '',
      '"We regret the changes," a statement said.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'ferry.txt': doc })).records as Rec[];
    expect(got.find((r) => r.text.startsWith('The timetable is a disgrace'))).toMatchObject({ type: 'quote', speaker: 'Owen Pryce' });
    expect(got.find((r) => r.text.startsWith('We regret'))!.speaker).not.toBe('Owen Pryce');
  });
});

describe("a police rank's initials before a name", () => {
  it('make "DC SHAH:" the "Detective Constable Priya Shah" who introduces herself, and "DC Mark Doyle" Mark Doyle', () => {
    const doc = [
      'RECORD OF INTERVIEW',
      '',
      "DC SHAH: This interview is being recorded. I'm Detective Constable Priya Shah. Also present is …",
      '',
      'DC DOYLE: DC Mark Doyle.',
      '',
      'DC SHAH: Where were you on the night of the 21st?',
      '',
      'ASHBY: At the Anchor, with my cousin.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'interview.txt': doc })).records as Rec[];
    expect(got.find((r) => r.type === 'qa')).toMatchObject({ speaker: 'Ashby', asker: 'Priya Shah' });
    expect(got.find((r) => r.text === 'DC Mark Doyle.')).toMatchObject({ speaker: 'Mark Doyle' });
  });
});

describe('a eulogy titled "Remarks at the funeral of Margaret "Peggy" Olsen", delivered by her son', () => {
  const records = fixtureCorpus(DIR, ['eulogy-olsen.txt']).records as Rec[];

  it('gives the words "she used to say", "as she put it" and "she said" to the woman the title names', () => {
    const hers = records.filter((r) => r.type === 'quote' && r.speaker === 'Margaret Olsen').map((r) => r.text);
    expect(hers).toEqual(['The suitcase was the easy part. The forty pounds went in a week.', 'Nobody is going to take me to bingo for the next thirty years.', 'You lot. And my roses.']);
    expect(records.filter((r) => r.type === 'quote' && r.speaker === null)).toEqual([]);
  });

  it('keeps the rest the speaker\'s own, and a man quoted by name his', () => {
    expect(records.filter((r) => r.type === 'claim').every((r) => r.speaker === 'Erik Olsen')).toBe(true);
    expect(records.find((r) => r.text.startsWith('You were the shop'))!.speaker).toBe('Fairweather');
  });

  it('in other words: "In Loving Memory of Tom Reilly" makes a later "he said" his where no man is nearer', () => {
    const doc = ['In Loving Memory of Tom Reilly', '', 'Dad loved the sea. "Never trust a calm morning," he said, every single day.', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'tom.txt': doc })).records as Rec[];
    expect(got.find((r) => r.text.startsWith('Never trust'))).toMatchObject({ type: 'quote', speaker: 'Tom Reilly' });
  });
});

describe('a newsletter interview dated by an italic line "*From The Saltmarsh Letter, issue 88, 4 June 2025*"', () => {
  const corpus = fixtureCorpus(DIR, ['lighthouse-newsletter.md']);

  it('takes the day from the italic line, as from the same line without its marks', () => {
    expect(corpus.documents[0]!.meta).toMatchObject({ date: '2025-06-04', year: 2025 });
    expect(corpus.records.every((r) => r.year === 2025 || (r.type === 'quote' && r.year !== null))).toBe(true);
  });

  it('in other words: a bold byline ending on its day dates the page', () => {
    const doc = ['# Ferry fares rise again', '', '**By Ann Bell, Transport Reporter | 3 April 2024**', '', 'Fares on the island ferry will rise by 9% in May, the operator said.', ''].join('\n');
    expect(loadCorpus(tempCorpus({ 'fares.md': doc })).documents[0]!.meta.date).toBe('2024-04-03');
  });
});

describe('an oral history with `NAME — ` labels under its title and cast fields', () => {
  const corpus = fixtureCorpus(DIR, ['oral-history-strike.txt']);
  const records = corpus.records as Rec[];

  it('is titled by its first line, never by the "Narrator:" field under it', () => {
    expect(corpus.documents.find((d) => d.id === 'oral-history-strike')!.meta.title).toBe('Oral history: the Millbrook bakery strike, 1977');
    expect(records.filter((r) => r.text.startsWith('Oral history'))).toEqual([]);
  });

  it('gives "The manager, Mr Cotter, came out on the first morning and said, “…”" to Cotter', () => {
    expect(records.find((r) => r.text === "You'll be back by Friday.")).toMatchObject({ type: 'quote', speaker: 'Cotter' });
  });

  it('in other words: a subject, a deed, "and said" is that subject\'s; after ", and" the last clause\'s subject', () => {
    const doc = [
      'Strike',
      '',
      'Ray Cotter came out on the first morning and said, "You will be back by Monday."',
      '',
      'The drivers cheered, and Ann Bell stepped forward and said, "We will not go back for less."',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'strike.txt': doc })).records as Rec[];
    expect(got.find((r) => r.text.startsWith('You will be back'))).toMatchObject({ type: 'quote', speaker: 'Ray Cotter' });
    expect(got.find((r) => r.text === 'We will not go back for less.')).toMatchObject({ type: 'quote', speaker: 'Ann Bell' });
  });
});

describe('a quotation framed by "described the scene:" or "summed it up:"', () => {
  it('is the words of the subject, a role of capitalised words and "of" before the name perhaps', () => {
    const doc = [
      'Rescue',
      '',
      'Helm of the Porthwen inshore lifeboat, Mark Tregenza, described the scene: "The swell was three metres and she was clinging to the rocks."',
      '',
      'That was how the station manager, Ann Bell, summed it up afterwards: "Eleven minutes from pager to casualty."',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'rescue.txt': doc })).records as Rec[];
    expect(got.find((r) => r.text.startsWith('The swell'))).toMatchObject({ type: 'quote', speaker: 'Mark Tregenza' });
    expect(got.find((r) => r.text.startsWith('Eleven minutes'))).toMatchObject({ type: 'quote', speaker: 'Ann Bell' });
  });
});

describe('a question read out for a sender who gave no name', () => {
  it('is asked by nobody, never by the one reading it out', () => {
    const doc = [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:06.000',
      '<v Lauren Mbeki>The first one is anonymous from Slido. "Are there going to be redundancies in Sheffield?"</v>',
      '',
      '00:00:06.000 --> 00:00:12.000',
      '<v Fiona Castellan>No. I want to be really clear about that.</v>',
      '',
      '00:00:12.000 --> 00:00:16.000',
      '<v Lauren Mbeki>Next, from Dev Sharma: "Will the pay review be in January?"</v>',
      '',
      '00:00:16.000 --> 00:00:20.000',
      '<v Fiona Castellan>It will, yes.</v>',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'allhands.vtt': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => [r.speaker, r.asker])).toEqual([['Fiona Castellan', null], ['Fiona Castellan', 'Dev Sharma']]);
  });
});

describe('a podcast labelled by first names, its show notes under the transcript naming them in full', () => {
  const records = fixtureCorpus(DIR, ['dig-deeper-ep31.txt']).records as Rec[];

  it('names each voice by the full name the credits give its first name', () => {
    expect([...new Set(records.map((r) => r.speaker).filter(Boolean))].sort()).toEqual(['Imran Chaudhry', 'Meg Arkwright', 'Sam Dalloway']);
    expect(records.find((r) => r.text.startsWith('The PAS 100 mark'))).toMatchObject({ type: 'qa', speaker: 'Imran Chaudhry', asker: 'Meg Arkwright' });
  });

  it('in other words: a first name the credits give two surnames stays as it is', () => {
    const doc = [
      'SHELF TALK — EPISODE 9',
      '',
      "ANA: Welcome back to Shelf Talk. I'm Ana.",
      '',
      'BEN: Thanks, Ana. What are we reading this week?',
      '',
      'ANA: A novel set on a lighthouse. It came out in 2024.',
      '',
      'BEN: Did you like it?',
      '',
      'ANA: Very much. The ending surprised me.',
      '',
      'Shelf Talk is presented by Ana Ruiz and Ana Lobo, and produced by Ben Cole.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'ep.txt': doc })).records as Rec[];
    expect(got.find((r) => r.text.startsWith('Very much.'))!.speaker).toBe('Ana');
  });
});
