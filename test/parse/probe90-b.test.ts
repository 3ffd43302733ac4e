/**
 * Arts, entertainment and media documents, probe90-b: a press junket's log with "journalist" and
 * "talent" columns; a magazine cover profile whose album and magazine names stand in italics before
 * "he says"; an awards page whose speeches stand under "## Category — NAME, "Film"" headings.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe90', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a press junket exported as a sheet: date, outlet, journalist, talent, question, answer', () => {
  const records = fixtureCorpus(DIR, ['junket-starfall-press.tsv']).records as Rec[];

  it('gives each answer to the talent, asked by the journalist of its row', () => {
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas).toHaveLength(8);
    for (const r of qas) expect(r.speaker).toBe('Noor Haddad');
    expect(at(records, 2)).toMatchObject({ asker: 'Dana Whitlock', question: expect.stringMatching(/^What drew you/) });
    expect(at(records, 7)).toMatchObject({ asker: 'Tomás Albero' });
  });

  it('in other words: a "Reporter" and a "Talent" column of a CSV', () => {
    const csv = ['Reporter,Talent,Question,Answer', 'Ann Lee,Mo Farrah,Why this film?,Because of the script.', 'Raj Patel,Mo Farrah,Any nerves?,Always.', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'junket.csv': csv })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker])).toEqual([
      ['Ann Lee', 'Mo Farrah'],
      ['Raj Patel', 'Mo Farrah'],
    ]);
  });
});

describe('a cover profile: the album and the magazine in italics, then "he says"', () => {
  const records = fixtureCorpus(DIR, ['cover-profile-dex-amari.md']).records as Rec[];

  it('never takes an italicised title for the person a later "he" means', () => {
    expect(records.some((r) => /Quiet Money|Current Sound/.test(`${r.speaker}`) && r.type === 'quote')).toBe(false);
    expect(at(records, 20, 'quote')?.speaker).toBe('Dex Amari');
    expect(at(records, 22, 'quote')).toMatchObject({ speaker: 'Dex Amari', year: 2016 });
    expect(at(records, 24, 'quote')?.speaker).toBe('Dex Amari');
    expect(at(records, 32, 'quote')?.speaker).toBe('Dex Amari');
  });

  it('in other words: a novel in italics after the novelist is named', () => {
    const doc = [
      '# The quiet one',
      '',
      'Marta Veld has written four novels. The latest, *Harbour Lights*, came out in May.',
      '',
      '"I write in the mornings," she says. "The afternoons are for walking."',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'profile-veld.md': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['Marta Veld']);
  });
});

describe('an awards page: each speech under "## Category — NAME, "Film""', () => {
  const records = fixtureCorpus(DIR, ['awards-night-speeches.md']).records as Rec[];

  it('gives a speech wholly in quotation marks to the person its heading names', () => {
    expect(at(records, 21, 'quote')?.speaker).toBe('Samuel Okonjo');
    expect(at(records, 27, 'quote')?.speaker).toBe('Ines Kowalczyk');
    expect(at(records, 39, 'quote')?.speaker).toBe('Dolores Fenn');
    // not the presenter the paragraph above names
    expect(at(records, 49, 'quote')?.speaker).toBe('Harriet Osei-Lang');
    // the surname the text uses is the heading's full name
    expect(at(records, 43, 'quote')?.speaker).toBe('Kenji Albright');
    // a heading naming a film, not a person: the colon's lead names the speaker
    expect(at(records, 17, 'quote')?.speaker).toBe('Leonie Marsh');
  });

  it('in other words: a round-up of winners; a heading naming a work credits no one', () => {
    const doc = [
      '# The winners speak',
      '',
      'The night\'s winners, in their own words.',
      '',
      '## Best Newcomer — Tariq Mensah, "Low Tide"',
      '',
      '"I borrowed this suit. Please give it back to my cousin after."',
      '',
      '## Best Film — "Low Tide"',
      '',
      '"We shot it in eleven days."',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'winners.md': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'quote').map((r) => [r.line, r.speaker])).toEqual([
      [7, 'Tariq Mensah'],
      [11, null],
    ]);
  });
});

describe('a literary-festival transcript headed "Event 14: NAME in conversation with NAME"', () => {
  const records = fixtureCorpus(DIR, ['litfest-author-event.txt']).records as Rec[];

  it('reads the programme line as no one\'s label', () => {
    expect(records.some((r) => /Event/.test(`${r.speaker} ${r.asker}`))).toBe(false);
    expect(at(records, 2)).toMatchObject({ type: 'claim', speaker: null });
    expect(at(records, 42, 'qa')).toMatchObject({ speaker: 'Hannah Oyelaran', asker: 'Audience Member 1' });
  });

  it('in other words: a festival\'s "Event 7:" line over numbered voices from the floor', () => {
    const doc = [
      'RIVERSIDE BOOK FESTIVAL 2024',
      'Event 7: Mira Lund in conversation with Sam Cole',
      'The Town Hall, Saturday 4 May 2024',
      '',
      'CHAIR (Sam Cole): Welcome, everyone. Mira, where did the book start?',
      '',
      'MIRA LUND: In a car park in Hull, in the rain.',
      '',
      'SAM COLE: And where did it end?',
      '',
      'MIRA LUND: In the same car park. It had stopped raining.',
      '',
      'AUDIENCE MEMBER 1: Do you write by hand?',
      '',
      'MIRA LUND: Always, in pencil.',
      '',
      'AUDIENCE MEMBER 2: What is next?',
      '',
      'MIRA LUND: A book about a ferry.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'festival-lund.txt': doc })).records as Rec[];
    expect(got.some((r) => /Event/i.test(`${r.speaker} ${r.asker}`))).toBe(false);
    expect(got.find((r) => r.line === 2)).toMatchObject({ type: 'claim', speaker: null });
    expect(got.filter((r) => r.type === 'qa').map((r) => r.asker)).toEqual(['Sam Cole', 'Sam Cole', 'Audience Member 1', 'Audience Member 2']);
  });
});

describe('a review quoting the artist "that year" and "last year"', () => {
  const records = fixtureCorpus(DIR, ['review-album-maren-holt.md']).records as Rec[];

  it('dates each quotation by the year its frame points at', () => {
    // "Her 2019 breakthrough … was made, she told this paper that year, "…""
    expect(at(records, 16, 'quote')).toMatchObject({ speaker: 'Maren Holt', year: 2019 });
    // "Holt explained on a podcast last year": the review is of 2025
    expect(at(records, 24, 'quote')).toMatchObject({ speaker: 'Maren Holt', year: 2024 });
    // "in a label statement last month": the review's own year
    expect(at(records, 18, 'quote')).toMatchObject({ speaker: 'Maren Holt', year: 2025 });
    expect(at(records, 26, 'quote')).toMatchObject({ year: 2021 });
  });

  it('in other words: "she told a radio show last year"; "he said that year" after 2016', () => {
    const doc = [
      '---',
      'title: A quiet comeback',
      'date: 2023-06-01',
      '---',
      '',
      'Ada Brenn released her first record in 2016. "I was terrified," she said that year.',
      '',
      '"Touring is the job now," Brenn told a radio show last year.',
      '',
      '"I sleep better," she says.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'brenn.md': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'quote').map((r) => [r.line, r.year])).toEqual([
      [6, 2016],
      [8, 2022],
      [10, 2023],
    ]);
  });
});

describe("a cover profile's sidebar of quick questions, the magazine its publisher", () => {
  const records = fixtureCorpus(DIR, ['cover-profile-dex-amari.md']).records as Rec[];

  it('gives the answers in the first person to the musician the profile is about, not the magazine', () => {
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas).toHaveLength(5);
    for (const r of qas) expect(r).toMatchObject({ speaker: 'Dex Amari', asker: 'Priya Venkataraman' });
  });

  it("in other words: a profile's quickfire box; an FAQ answering as \"we\" stays the publisher's", () => {
    const profile = [
      '---',
      'title: "Lena Haas Takes the Long Way"',
      'publisher: Northern Stage',
      'author: Tom Reyes',
      '---',
      '',
      '# Lena Haas Takes the Long Way',
      '',
      'Lena Haas is the only cellist I know who drives to every gig. "Planes hate cellos," she says.',
      '',
      '### Quickfire',
      '',
      '**First record you owned?**',
      'A Jacqueline du Pré box set. I wore it out.',
      '',
      '**Pre-show ritual?**',
      'I eat a banana and I call my sister.',
      '',
    ].join('\n');
    const faq = [
      '---',
      'title: "Visiting the gallery"',
      'publisher: Northern Stage',
      '---',
      '',
      '# Visiting the gallery',
      '',
      '**Can I bring a bag?**',
      'Small bags are fine. We ask that larger bags go in the cloakroom.',
      '',
      '**Is there parking?**',
      'We have no car park of our own, but I would suggest the one on Mill Street.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'haas.md': profile, 'gallery-faq.md': faq })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa' && r.doc === 'haas').map((r) => r.speaker)).toEqual(['Lena Haas', 'Lena Haas']);
    expect(got.filter((r) => r.type === 'qa' && r.doc === 'gallery-faq').map((r) => r.speaker)).toEqual(['Northern Stage', 'Northern Stage']);
  });
});

describe('a festival Q&A after a screening: a question from the floor "For the actors — …?"', () => {
  const records = fixtureCorpus(DIR, ['festival-qa-after-screening.txt']).records as Rec[];

  it('pairs both actors\' answers with the question put to them both', () => {
    const put = records.filter((r) => r.type === 'qa' && /^Thanks\. For the actors/.test(r.question ?? ''));
    expect(put.map((r) => [r.speaker, r.asker])).toEqual([
      ['Ayo Fadahunsi', 'Audience Member'],
      ['Marek Lindqvist', 'Audience Member'],
    ]);
  });

  it('in other words: "To both authors: …" at a reading', () => {
    const doc = [
      'CHAIR: Welcome back. Questions from the floor.',
      '',
      'AUDIENCE MEMBER: To both authors: do you write by hand?',
      '',
      'NINA BELL: Always, in pencil.',
      '',
      'OMAR SAYED: Never. My handwriting is a crime scene.',
      '',
      'CHAIR: Thank you both.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'reading.txt': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => [r.speaker, r.asker])).toEqual([
      ['Nina Bell', 'Audience Member'],
      ['Omar Sayed', 'Audience Member'],
    ]);
  });
});

describe("a subtitled interview's opening note in brackets, wrapped over two lines of its cue", () => {
  const records = fixtureCorpus(DIR, ['interview-director-ruiz-subtitled.srt']).records as Rec[];

  it("is the file's narration, no one's quote", () => {
    expect(records.filter((r) => r.line === 3).map((r) => [r.type, r.speaker, r.text])).toEqual([
      ['claim', null, 'Interview recorded in Madrid, 2 May 2024.'],
      ['claim', null, 'Spanish, with English subtitles.'],
    ]);
    expect(records.some((r) => r.type === 'quote' && r.speaker === null)).toBe(false);
  });

  it('in other words: a WebVTT note in brackets over two lines, and a sound wrapped so', () => {
    const vtt = [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:04.000',
      '[This conversation was recorded',
      'for broadcast in March 2023 and has been edited.]',
      '',
      '00:00:05.000 --> 00:00:07.000',
      '[soft piano',
      'music playing]',
      '',
      '00:00:08.000 --> 00:00:10.000',
      'HOST: Welcome. Why poetry?',
      '',
      '00:00:10.500 --> 00:00:12.000',
      'ANA PIRES: Because prose was too loud.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'pires.vtt': vtt })).records as Rec[];
    expect(got.filter((r) => r.line === 4 || r.line === 8).map((r) => [r.line, r.type, r.speaker])).toEqual([
      [4, 'claim', null],
    ]);
    expect(got.find((r) => r.type === 'qa')).toMatchObject({ speaker: 'Ana Pires', asker: 'Host' });
  });
});

describe('a speech in quotation marks with a stage note in brackets between its parts', () => {
  it("is the heading's person's still (the awards page's Best Actor)", () => {
    const records = fixtureCorpus(DIR, ['awards-night-speeches.md']).records as Rec[];
    expect(at(records, 33, 'quote')).toMatchObject({ speaker: 'Teo Baptiste', text: expect.stringMatching(/^Wow\. Okay\. I have a list\. I'm kidding\./) });
  });

  it('in other words: a winner\'s speech with "*(He tugged at the sleeve.)*" between its parts', () => {
    const doc = [
      '# The winners speak',
      '',
      'The night\'s winners, in their own words.',
      '',
      '## Best Newcomer — Tariq Mensah, "Low Tide"',
      '',
      '"I borrowed this suit." *(He tugged at the sleeve.)* "Please give it back to my cousin after."',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'winners.md': doc })).records as Rec[];
    expect(got.find((r) => r.line === 7 && r.type === 'quote')?.speaker).toBe('Tariq Mensah');
  });
});

describe("a screening Q&A's release note under the closing applause", () => {
  it("is the page's, not the moderator's last words", () => {
    const records = fixtureCorpus(DIR, ['festival-qa-after-screening.txt']).records as Rec[];
    expect(at(records, 72, 'quote')).toMatchObject({ speaker: 'Gwen Aldous', endLine: 72 });
    expect(at(records, 76)).toMatchObject({ type: 'claim', speaker: null, text: 'The Salt Orchard opens in UK cinemas on 14 November 2025.' });
  });

  it('in other words: "[Sustained applause]" then the book\'s date; a host going on after applause stays the host\'s', () => {
    const event = (tail: string) =>
      [
        'CHAIR: Welcome, all. Nia, why a lighthouse?',
        '',
        'NIA OKORO: Because my grandfather kept one.',
        '',
        'CHAIR: And why now?',
        '',
        'NIA OKORO: Because he died last spring.',
        '',
        'And because the light was sold in May, and I wanted to write it before it became a hotel.',
        '',
        'CHAIR: Nia Okoro, thank you.',
        '',
        '[Sustained applause]',
        '',
        tail,
        '',
      ].join('\n');
    const got = loadCorpus(tempCorpus({ 'okoro.txt': event('The Keeper is published by Fenwick Press on 3 April.'), 'okoro-2.txt': event('We will be back after a short break.') })).records as Rec[];
    expect(got.find((r) => r.doc === 'okoro' && r.line === 15)).toMatchObject({ type: 'claim', speaker: null });
    expect(got.find((r) => r.doc === 'okoro-2' && r.line === 11)).toMatchObject({ speaker: 'Chair', endLine: 15 });
  });
});

describe('an awards ceremony, a record label, a band: names of things, never people', () => {
  it('never makes "Meridian Screen Awards" the "she" of a quotation', () => {
    const records = fixtureCorpus(DIR, ['awards-night-speeches.md']).records as Rec[];
    expect(records.some((r) => r.speaker === 'Meridian Screen Awards')).toBe(false);
  });

  it('in other words: the Lakeside Music Awards named in the intro, then "She dedicated …"', () => {
    const doc = [
      '---',
      'title: "Every speech from the 2024 Lakeside Music Awards"',
      'publisher: Stage Door',
      'date: 2024-03-02',
      '---',
      '',
      '# Every speech from the 2024 Lakeside Music Awards',
      '',
      'The Lakeside Music Awards were held on Friday night in Leeds. Some speeches have been trimmed.',
      '',
      'She dedicated the award to her first teacher, Edith Marr. "She said to me when I was nine, \'Play it slower.\' I am still trying."',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'lakeside.md': doc })).records as Rec[];
    expect(got.some((r) => r.speaker === 'Lakeside Music Awards')).toBe(false);
  });
});
