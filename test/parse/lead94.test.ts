/**
 * Shapes read this session: a Reddit AMA copied from the new site's compact view ("u/name · 2y",
 * "Reply Share Report" under each comment), a newspaper's letters page signed "— Name, Place" and
 * by hyphenated first names, and "X quoted Y as saying" with a note in brackets or a clause
 * between the frame and the words quoted.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';
import { loadCorpus } from '../../src/load/load.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string };
const DIR = join(FIXTURES, 'lead94');

describe('a Reddit AMA copied from the compact view: "u/name · 2y" headers, "Reply Share Report" bars', () => {
  const records = fixtureCorpus(DIR, ['reddit-ama-thread.txt']).records as Rec[];

  it("reads each comment as its poster's turn, the OP by the name the post introduces", () => {
    expect(records.find((r) => r.text.startsWith('Thanks, that'))).toMatchObject({ speaker: 'u/satoshis_cousin' });
    expect(records.filter((r) => r.speaker === null)).toEqual([]);
  });

  it("pairs the OP's replies with the comments they answer", () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker, r.text.slice(0, 12)])).toEqual([
      ['u/satoshis_cousin', 'Tomás Reyes', 'Swap fees. W'],
      ['u/lagos_dev_ng', 'Tomás Reyes', 'November 202'],
      ['u/quietbull', 'Tomás Reyes', 'No. A token '],
    ]);
  });

  it('keeps the headers and the button bars out of every record', () => {
    expect(records.filter((r) => /Reply Share|· 2y/.test(r.text))).toEqual([]);
  });

  it('in other words: a bar of other buttons, a "mo" age, a dot of another kind', () => {
    const dir = tempCorpus({
      'thread.txt': [
        'r/running', '', 'Posted by u/coach_ines • 5mo', '', 'I coached the 2019 national team. AMA about marathon training.', '',
        'u/slow_miles • 5mo', '', 'How many long runs a month?', '', 'Reply Award Share Save Follow', '',
        '    u/coach_ines OP • 5mo', '', '    Three, never four. The fourth is where injuries come from.', '', '    Reply Award Share Save Follow', '',
      ].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.text.startsWith('Three, never four'))).toMatchObject({ type: 'qa', speaker: 'u/coach_ines', asker: 'u/slow_miles' });
    expect(got.filter((r) => r.text.includes('Award'))).toEqual([]);
  });
});

describe('a letters page signed "— Name, Place" and "Anne-Marie Quigg" over her town', () => {
  const records = fixtureCorpus(DIR, ['letters-page.txt']).records as Rec[];
  const by = (start: string) => records.find((r) => r.text.startsWith(start));

  it("gives each letter's sentences to its signer, not the paper", () => {
    expect(by('The true cost to my family')).toMatchObject({ type: 'claim', speaker: 'Moira Kerr' });
    expect(by('The crew reached us')).toMatchObject({ type: 'claim', speaker: 'James and Ruairí Doherty' });
    expect(by('There were 64 children')).toMatchObject({ type: 'claim', speaker: 'Anne-Marie Quigg' });
  });

  it("keeps the paper's own lines the paper's and a quotation its speaker's", () => {
    expect(by('Letters may be edited')?.speaker).toBe('the Harbour Gazette');
    expect(by('You did the right thing')).toMatchObject({ type: 'quote', speaker: 'Declan Ward' });
  });

  it("keeps a letter's headline that is a short question the paper's", () => {
    const dir = tempCorpus({
      'letters.txt': [
        'Letters to the Editor', '', 'Who left the bench?', '',
        'Someone has put a bench at the top of Gallows Hill. We would love to thank them.', '', 'Ray Boateng, Upper Tarrow', '',
        'A toll by another name', '', 'The crossing charge is a tax on the old.', '', 'Sarah Onwuachi, Ashby Cross', '',
      ].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.text.startsWith('Someone has put'))?.speaker).toBe('Ray Boateng');
    expect(got.find((r) => r.text === 'Who left the bench?')?.speaker).toBeNull();
  });

  it('reads "Your report (March 7) quoted the chief executive, Colm Brady, as saying that" as his words', () => {
    expect(by('fares reflect the true cost')).toMatchObject({ type: 'quote', speaker: 'Colm Brady' });
  });
});

describe('"X quoted Y as saying …"', () => {
  const records = fixtureCorpus(DIR, ['quoted-as-saying.txt']).records as Rec[];
  const by = (start: string) => records.find((r) => r.text.startsWith(start));

  it('credits the one quoted when a note in brackets stands in the outlet\'s part', () => {
    expect(by('every service must pay')).toMatchObject({ type: 'quote', speaker: 'Colm Brady' });
  });

  it('credits a fragment quoted after a short clause ("as saying the library "…"")', () => {
    expect(by('serves too few people')).toMatchObject({ type: 'quote', speaker: 'a council spokesman' });
  });

  it('still credits the plain frame', () => {
    expect(by('We were never consulted')).toMatchObject({ type: 'quote', speaker: 'a spokeswoman for the trust' });
  });
});

describe('a trade magazine\'s Q&A: "*Refrigerated Transport Monthly talks to Ingrid Solberg, …*", italic questions', () => {
  const corpus = fixtureCorpus(DIR, ['trade-mag-italic-q.md']);
  const records = corpus.records as Rec[];

  it('has the guest the standfirst talks to answer, never the magazine', () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.length).toBe(5);
    expect(new Set(qa.map((r) => `${r.asker} → ${r.speaker}`))).toEqual(new Set(['Pete Armitage → Ingrid Solberg']));
    expect(records.filter((r) => r.speaker === 'Refrigerated Transport Monthly')).toEqual([]);
  });

  it('dates the page by the month and year on its byline, "Interview by Pete Armitage | May 2025"', () => {
    expect(corpus.documents[0]!.meta).toMatchObject({ year: 2025 });
    expect(records.every((r) => (r as Rec & { year: number | null }).year === 2025)).toBe(true);
  });
});

describe('an event write-up: quotations after a question reported', () => {
  const corpus = fixtureCorpus(DIR, ['fireside-writeup.txt']);
  const records = corpus.records as Rec[];
  const by = (start: string) => records.find((r) => r.text.startsWith(start));

  it('gives the answer after "X asking what he would do" to the one asked, not the moderator', () => {
    expect(by('Hire a CFO')).toMatchObject({ type: 'quote', speaker: 'Nuno Barreto' });
  });

  it('in other words: "Asked by X whether …, Y was candid." and "X asked Y whether …"', () => {
    const dir = tempCorpus({
      'chat.txt': [
        'Evening with a founder', '', 'By Ana Silva', '',
        'Founder Tomas Keel sat down with host Maria Lund in front of 200 people.', '',
        'Asked by Lund whether he would ever sell, Keel was blunt. "Not while I can still walk."', '',
        'Lund asked Keel what he had learned. "That cash is a fact and profit is an opinion."', '',
      ].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.text.startsWith('Not while'))?.speaker).toBe('Tomas Keel');
    expect(got.find((r) => r.text.startsWith('That cash'))?.speaker).toBe('Tomas Keel');
  });

  it('dates the page by its dateline with the write-up credit after a dash', () => {
    expect(corpus.documents[0]!.meta).toMatchObject({ date: '2024-11-14', year: 2024 });
  });
});

describe('a reaction round-up: "Green councillor Ruth Abara, who voted against: "…""', () => {
  const records = fixtureCorpus(DIR, ['what-they-said.txt']).records as Rec[];

  it('credits the words to the named person, a role before her name and a relative clause after it', () => {
    expect(records.find((r) => r.text.startsWith('We have approved a car park'))).toMatchObject({ type: 'quote', speaker: 'Ruth Abara' });
  });

  it('keeps the round-up\'s other forms as they were', () => {
    expect(records.find((r) => r.text.startsWith('This is the biggest'))?.speaker).toBe('Linda Okoro');
    expect(records.find((r) => r.text.startsWith('Nobody asked the people'))?.speaker).toBe('Tom Baxter');
    expect(records.find((r) => r.text.startsWith("We've waited a decade"))?.speaker).toBe('Sheila Murray');
  });
});

describe('a Sonix export: "Speaker1:" and "Speaker2:", the host introducing himself as "your host"', () => {
  const records = fixtureCorpus(DIR, ['sonix-export.txt']).records as Rec[];

  it('names the host from "I\'m your host, Colm Byrne" and the guest he is joined by', () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.length).toBe(3);
    expect(new Set(qa.map((r) => `${r.asker} → ${r.speaker}`))).toEqual(new Set(['Colm Byrne → Nadia Osei']));
    expect(records.filter((r) => /^Speaker ?\d$/.test(r.speaker ?? ''))).toEqual([]);
  });
});

describe('a profile: a short quotation after the subject\'s beat with a clause of when', () => {
  const records = fixtureCorpus(DIR, ['long-profile.txt']).records as Rec[];

  it('gives "Ferreira laughs when I read her the line. "Both true."" to her', () => {
    expect(records.find((r) => r.text === 'Both true.')).toMatchObject({ type: 'quote', speaker: 'Marta Ferreira' });
  });

  it('keeps the profile\'s other voices as they were', () => {
    expect(records.find((r) => r.text.startsWith('She was the only person'))?.speaker).toBe('Rui Nogueira');
    expect(records.find((r) => r.text.startsWith('brilliant and impossible'))?.speaker).toBe('one senior manager');
  });
});

describe('a plain-text Q&A under "Each year our Chair, Dame Helen Achebe, answers questions from shareholders."', () => {
  const records = fixtureCorpus(DIR, ['board-qa-annual-report.txt']).records as Rec[];

  it('reads the unmarked questions as questions the Chair answers', () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => r.question)).toEqual([
      "What was the board's biggest decision this year?",
      'Why has the dividend been cut?',
      'How is the board thinking about climate risk?',
    ]);
    expect(new Set(qa.map((r) => r.speaker))).toEqual(new Set(['Helen Achebe']));
  });
});

describe('a short video\'s captions opening "POV: you just quit your bank job"', () => {
  const records = fixtureCorpus(DIR, ['tiktok-captions.srt']).records as Rec[];

  it('names no speaker "POV": the convention is the caption\'s own words', () => {
    expect(records.filter((r) => r.speaker === 'POV' || r.asker === 'POV')).toEqual([]);
    expect(records.some((r) => r.text.includes('POV: you just quit'))).toBe(true);
  });

  it('a guard: "TL;DR:" and "ICYMI:" before a post\'s words name no one either (so read before too)', () => {
    const dir = tempCorpus({ 'post.txt': 'Weekly notes\n\nTL;DR: we shipped the new checkout.\n\nICYMI: the office moves in May.\n' });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.filter((r) => r.speaker !== null && /TL|ICYMI/i.test(r.speaker))).toEqual([]);
  });
});
