/**
 * What a review of the day's parser rules found (each failed before its fix):
 * a dateline's place let a line of "and and and …" split in exponentially many ways (a wire dateline's
 * "--(" made the loader hang); lettered paragraphs read minutes opening on two people's initials
 * ("P. Smith said…" / "R. Jones replied…") as questions and answers; a numbered voice took the name
 * of the person a host introduced ("This is Dana Wu from legal, who will walk us through it").
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus as makeCorpus } from '../helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
const load = (files: Record<string, string>) => {
  const dir = makeCorpus(files);
  made.push(dir);
  return loadCorpus(dir, { parallel: false });
};

describe('a dateline place is read in linear time', () => {
  // (An exponential split would not finish within the suite's timeout; the speed itself is
  // measured by `node bench/pathological.mjs --only dateline-ands`, never timed in a test.)
  it('a line of 40 "and"s before a wire\'s "--(" loads, its words kept', () => {
    const c = load({ 'a.txt': `AUSTIN ${'and '.repeat(40)}x;--(BUSINESS WIRE)--June 10, 2025--Body text here.\n\nMore text in 2025.\n` });
    expect(c.records.some((r) => r.text.includes('Body text here'))).toBe(true);
    expect(c.records.some((r) => r.text.includes('More text in 2025'))).toBe(true);
  });
  it('other words: a lead dateline\'s place of "and"s, then a stop', () => {
    const c = load({ 'b.txt': `BERLIN ${'AND '.repeat(40)}y; — March 3, 2024 — The council met.\n` });
    expect(c.records.some((r) => r.text.includes('The council met'))).toBe(true);
  });
  it('"BOSTON and ZURICH--(BUSINESS WIRE)--Oct. 15, 2024--" still dates the release', () => {
    const c = load({ 'c.txt': 'Acme opens two offices\n\nBOSTON and ZURICH--(BUSINESS WIRE)--Oct. 15, 2024--Acme Corp. said on Tuesday it would open offices in both cities.\n\nThe offices open in 2025.\n' });
    expect(c.documents[0]!.meta.date).toBe('2024-10-15');
  });
  it('other words: "LISBON and PORTO, March 4, 2023 (GLOBE NEWSWIRE) -- " dates it', () => {
    const c = load({ 'd.txt': 'Tideway adds routes\n\nLISBON and PORTO, March 4, 2023 (GLOBE NEWSWIRE) -- Tideway Ferries said it adds two routes.\n\nThe routes start in May.\n' });
    expect(c.documents[0]!.meta.date).toBe('2023-03-04');
  });
});

describe('lettered paragraphs are questions only where the questions ask', () => {
  it('minutes opening on initials in turn ("P. Smith said…" / "R. Jones replied…") are no interview', () => {
    const c = load({ 'm.txt': 'Minutes of the board, 2021\n\nP. Smith said the vote was close and should be held again.\n\nR. Jones replied that the count had been checked twice.\n\nP. Smith then asked for a recount in March.\n\nR. Jones agreed to the recount.\n' });
    expect(c.records.filter((r) => r.type === 'qa')).toEqual([]);
    expect(c.records.map((r) => r.text).join('\n')).toContain('Smith said the vote was close');
  });
  it('other words: "D. Ferri opened…" / "R. Conti closed…" in a club report', () => {
    const c = load({ 'n.txt': 'Club report, 2019\n\nD. Ferri opened the season with a win at home.\n\nR. Conti closed it with a draw away.\n\nD. Ferri scored twice in April.\n\nR. Conti kept a clean sheet in May.\n' });
    expect(c.records.filter((r) => r.type === 'qa')).toEqual([]);
  });
  it('a Spanish interview\'s "P. ¿…?" / "R. …" still pairs', () => {
    const c = load({ 'e.txt': 'Entrevista con Adela Lucero\n\nP. ¿Cuánto cuesta la planta?\n\nR. Unos 480.000 euros, en 2023.\n\nP. ¿Y cuándo abre?\n\nR. En marzo de 2024.\n' });
    const qa = c.records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => r.question)).toEqual(['¿Cuánto cuesta la planta?', '¿Y cuándo abre?']);
  });
});

describe('"This is NAME from …" names the speaker only when it is their own name', () => {
  it('a host introducing a colleague ("This is Dana Wu from legal, who will …") keeps "Speaker 1"', () => {
    const c = load({ 'i.txt': 'Speaker 1  0:02\nThanks everyone for joining. This is Dana Wu from legal, who will walk us through the contract.\n\nSpeaker 2  0:10\nThank you. The contract runs to 2027.\n\nSpeaker 1  0:20\nAnd the renewal?\n\nSpeaker 2  0:25\nIt renews each year.\n' });
    expect(c.records.map((r) => r.speaker)).not.toContain('Dana Wu');
  });
  it('other words: "Hello, this is Omar Haddad with ops, and he has the numbers."', () => {
    const c = load({ 'j.txt': 'Speaker 1  0:01\nHello, this is Omar Haddad with ops, and he has the numbers for 2024.\n\nSpeaker 2  0:09\nWe shipped 5,000 units.\n\nSpeaker 1  0:15\nAnd next year?\n\nSpeaker 2  0:18\nMore.\n' });
    expect(c.records.map((r) => r.speaker)).not.toContain('Omar Haddad');
  });
  it('a caller naming themself ("Hi, this is Gil Navarro from the Courier.") is still named', () => {
    const c = load({ 'k.txt': 'Speaker 1  0:02\nHi, this is Gil Navarro from the Courier. Thanks for taking the call.\n\nSpeaker 2  0:10\nHappy to. We opened in 2019.\n\nSpeaker 1  0:20\nWhy then?\n\nSpeaker 2  0:25\nThe rent was low.\n' });
    expect(c.records.map((r) => r.speaker)).toContain('Gil Navarro');
  });
});
