/**
 * Reviewer probe8's transcript-tool and speech shapes (c1) and research / long-form texts (c4),
 * copied into test/fixtures/probe8/c1 and c4 with their speakers.yml, and beside each a small
 * text of our own in other words, so each test proves the shape and not the sentence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const C1 = join(FIXTURES, 'probe8', 'c1');
const C4 = join(FIXTURES, 'probe8', 'c4');
const SPEAKERS = readFileSync(join(C1, 'speakers.yml'), 'utf8');
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const recOf = (c: Corpus, doc: string, words: string, type?: string) => {
  const r = recs(c, doc).find((x) => (!type || x.type === type) && (x.text.includes(words) || (x.question ?? '').includes(words)));
  expect(r, words).toBeDefined();
  return r!;
};
const own = (files: Record<string, string>) => loadCorpus(tempCorpus({ 'speakers.yml': SPEAKERS, ...files }));

describe('a speech whose header names its speaker under a Keynote:/Lecture: title (probe8 #1)', () => {
  it('gives every paragraph of the keynote to CZ', () => {
    const rs = recs(fixtureCorpus(C1), 'keynote-cz-bbw-paris-2022');
    expect(recOf(fixtureCorpus(C1), 'keynote-cz-bbw-paris-2022', 'about 1,000 employees').speaker).toBe('CZ');
    expect(rs.filter((r) => r.text.includes('keep building'))[0]!.speaker).toBe('CZ');
    expect(rs.every((r) => r.speaker === 'CZ')).toBe(true);
  });
  it('reads the shape in other words', () => {
    const c = own({ 'talk.txt': 'Lecture 3: Tides and Harbours\nProf. Ada Lindqvist — Northsea Maritime College\nGiven 2 March 2021\n\nGood morning. Today we look at why the harbour silts up every winter, and what the dredgers can and cannot do.\n\nIn 1998 we moved the breakwater forty metres, and the silt simply moved with it.\n' });
    expect(c.records.length).toBeGreaterThan(0);
    for (const r of c.records) expect(r.speaker, r.text).toBe('Ada Lindqvist');
  });
  it('leaves an article whose title merely starts with a word like "Talk" alone', () => {
    const c = own({ 'a.txt': 'Harbour news\nMarta Nilsen, Tidewater Gazette\n\nThe council met on Tuesday to talk about the dredging budget for the coming winter season.\n' });
    expect(c.records.every((r) => r.speaker !== 'Marta Nilsen' || c.documents[0]!.meta.author === 'Marta Nilsen')).toBe(true);
  });
});

describe("a role label whose note names the holder and describes them (probe8 #2)", () => {
  it('makes Amira the asker, the later bare "Audience member" someone else, and keeps the note searchable', () => {
    const c = fixtureCorpus(C1);
    const qa = recOf(c, 'fireside-web3-women-summit-2023', 'I stopped counting', 'qa');
    expect(qa.asker).toBe('Amira');
    expect(qa.speaker).toBe('He Yi');
    // the note's description is the asker's role, not words of the question
    expect(qa.askerRole).toBe('founder of a payments startup');
    expect(qa.question).not.toContain('payments startup');
    expect(recOf(c, 'fireside-web3-women-summit-2023', 'Being too slow', 'qa').asker).toBe('Audience member');
  });
  it('reads the shape in other words', () => {
    const c = own({ 'panel.txt': 'Harbour panel\n\nHost: Welcome, everyone. Questions from the floor now.\n\nDara Quinn: Happy to take them.\n\nCaller (Jonas, a ferry pilot from Kiel): Why do the ferries keep running late in winter?\n\nDara Quinn: Ice, mostly, and crews who cannot get to the port on time.\n' });
    const qa = c.records.find((r) => r.type === 'qa' && r.text.startsWith('Ice'))!;
    expect(qa.asker).toBe('Jonas');
    expect(qa.askerRole).toBe('a ferry pilot from Kiel');
  });
});

describe('plain Whisper segment lines (probe8 #8)', () => {
  it('keeps the [mm:ss.mmm --> mm:ss.mmm] spans out of the words', () => {
    const rs = recs(fixtureCorpus(C1), 'lecture-04-market-microstructure');
    expect(rs.length).toBeGreaterThan(5);
    for (const r of rs) expect(r.text).not.toMatch(/-->|\[\d/);
    expect(rs.some((r) => r.text.startsWith('In 2001, when US exchanges'))).toBe(true);
  });
});

describe('a novel: a character named by first name, and the actor before a bare quote (probe8 #26)', () => {
  it("gives Margaret her lines and not her father's", () => {
    const c = fixtureCorpus(C4);
    const d = 'the-long-winter-ch7-excerpt';
    expect(recOf(c, d, "You'll catch your death", 'quote').speaker).toBe('Margaret');
    expect(recOf(c, d, 'the Coopers are selling', 'quote').speaker).toBe('Margaret');
    expect(recOf(c, d, "Nobody's asking you", 'quote').speaker).toBe('Margaret');
    expect(recOf(c, d, 'Your mother said the same thing', 'quote').speaker).not.toBe('Margaret');
    expect(recOf(c, d, 'your grandfather built that boat', 'quote').speaker).not.toBe('Margaret');
  });
  it('reads the shape in other words', () => {
    const c = own({ 'story.txt': 'Chapter Two\n\nPavel found his sister in the orchard, where she had hidden since the morning.\n\n"Mother is looking for you," he said.\n\nShe did not look up. "Let her look. I am not going back to that kitchen."\n\nPavel sat down beside her in the wet grass.\n\n"Then I will wait with you," he said quietly.\n' });
    const q = (w: string) => c.records.find((r) => r.type === 'quote' && r.text.includes(w))!;
    expect(q('Mother is looking').speaker).toBe('Pavel');
    expect(q('Then I will wait').speaker).toBe('Pavel');
    expect(q('Let her look').speaker).not.toBe('Pavel');
  });
});

describe('research participant codes as speakers (probe8 #27)', () => {
  it('credits P3, P7, P15 (Participant 15) and P19', () => {
    const c = fixtureCorpus(C4);
    const d = 'paper-section5-findings-founder-burnout';
    expect(recOf(c, d, "You can't tell your employees", 'quote').speaker).toBe('P3');
    expect(recOf(c, d, 'I let go of eleven people', 'quote').speaker).toBe('P7');
    expect(recOf(c, d, 'want a story that goes up', 'quote').speaker).toBe('P15');
    expect(recOf(c, d, 'They were nicer about it', 'quote').speaker).toBe('P19');
  });
  it('reads the shape in other words', () => {
    const c = own({ 'study.txt': '4. Results\n\nWe spoke with twelve nurses on night rotations in two hospitals during 2023.\n\nAs R2 (nurse, 51) told us: "Nights are when the real work gets done, and nobody sees it."\n\nRespondent 9 said the rota "eats your weekends and then your friendships."\n' });
    const q = (w: string) => c.records.find((r) => r.type === 'quote' && r.text.includes(w))!;
    expect(q('Nights are when').speaker).toBe('R2');
    expect(q('eats your weekends').speaker).toBe('R9');
  });
});

describe("a translator's bracketed notes inside an answer (probe8 #28)", () => {
  it('makes no quote of the glosses and keeps them in the answer', () => {
    const c = fixtureCorpus(C4);
    const d = 'caijing-interview-heyi-translated-2019';
    expect(recs(c, d).filter((r) => r.type === 'quote' && /consequences|Old Zhao/.test(r.text))).toEqual([]);
    expect(recOf(c, d, 'Here I say my own', 'qa').text).toContain('[TN:');
  });
  it('reads the shape in other words', () => {
    const c = own({ 'i.txt': 'Interviewer: What do you miss about the old port?\n\nMarta Nilsen: The noise, honestly. Now I hear my own thoughts, and I hate it. [Ed.: "hear my own thoughts" is a Norwegian saying, "høre seg selv tenke."]\n\nInterviewer: Would you go back?\n\nMarta Nilsen: Tomorrow, if they let me.\n' });
    expect(c.records.filter((r) => r.type === 'quote' && r.text.includes('hear my own thoughts'))).toEqual([]);
  });
});

describe('a bare quote after a sentence in which she or he reacts (probe8 #29)', () => {
  it("gives 'Ask me after I sleep.' to Rosa Delgado", () => {
    expect(recOf(fixtureCorpus(C4), 'day-in-the-life-night-shift-nurse', 'Ask me after I sleep', 'quote').speaker).toBe('Rosa Delgado');
  });
  it('reads the shape in other words', () => {
    const c = own({ 'f.txt': 'Dock notes\n\nBy Lena Ortiz\n\nInes Duarte has run the night tide desk for nine years, and she knows every boat by its engine.\n\nAt dawn she counts the trawlers back in. Her deputy, Tom Hale, has his own boat now. Asked whether she will retire next year, she shrugs. "Ask the tide, not me. It decides these things."\n' });
    expect(c.records.find((r) => r.type === 'quote' && r.text.includes('Ask the tide'))!.speaker).toBe('Ines Duarte');
  });
});
