/**
 * fix97-a: speeches each under a Markdown heading naming its speaker after a dash
 * ("### Father of the bride — Gareth Pryce") over first-person paragraphs.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; text: string; year: number | null };
const at = (records: Rec[], line: number, type?: string) => records.filter((r) => r.line === line && (!type || r.type === type));

describe('speeches under "### Role — Full Name" headings, in the first person', () => {
  it('gives each heading\'s person the paragraphs under it, to the next heading', () => {
    const records = fixtureCorpus(join(FIXTURES, 'probe97', 'a'), ['wedding-speeches.md']).records as Rec[];
    for (const r of at(records, 8)) expect(r.speaker).toBe('Gareth Pryce');
    for (const r of at(records, 26)) expect(r.speaker).toBe('Chidi Okafor');
    for (const r of at(records, 34, 'claim')) expect(r.speaker).toBe('Sophie Lewis');
    for (const r of at(records, 40)) expect(r.speaker).toBe('Daniel Okafor');
    // a quotation inside keeps the person it names; one a pronoun gave the speaker is not his
    expect(at(records, 12, 'quote')[0]?.speaker).toBe('Carys');
    expect(at(records, 10, 'quote')[0]?.speaker).not.toBe('Gareth Pryce');
    // the compiler's note above the first heading is nobody's speech
    expect(at(records, 4)[0]?.speaker).toBeNull();
  });

  it('reads another collection of the same shape, "## Her manager — Tomasz Wilk"', () => {
    const records = fixtureCorpus(join(FIXTURES, 'fix97', 'a'), ['retirement-toasts.md']).records as Rec[];
    expect(at(records, 7)[0]).toMatchObject({ type: 'claim', speaker: 'Tomasz Wilk' });
    expect(at(records, 11)[0]?.speaker).toBe('Tomasz Wilk');
    for (const r of at(records, 17)) expect(r.speaker).toBe('Bernadette Shaw');
    expect(at(records, 19)[0]?.speaker).toBe('Bernadette Shaw');
    expect(at(records, 9, 'quote')[0]?.speaker).not.toBe('Tomasz Wilk');
    expect(at(records, 3)[0]?.speaker).toBeNull();
  });
});

describe('family letters closed by kin or love ("Your loving sister," / "Ada")', () => {
  it('gives each letter to the first name signing it, named in full where the page names her', () => {
    const records = fixtureCorpus(join(FIXTURES, 'probe97', 'a'), ['letters-ada.txt']).records as Rec[];
    for (const line of [8, 10, 29, 47, 53, 64]) for (const r of at(records, line, 'claim')) expect(r.speaker).toBe('Ada Fenwick');
    // the transcriber's note above the first greeting, and the notes between letters, are not hers
    for (const line of [1, 2, 56]) for (const r of at(records, line)) expect(r.speaker).toBeNull();
    // a quotation in a letter keeps the person it names
    expect(at(records, 33, 'quote')[0]?.speaker).toBe('Mam');
  });

  it('reads a son\'s letters home the same way, "Your loving son," and "All my love,"', () => {
    const records = fixtureCorpus(join(FIXTURES, 'fix97', 'a'), ['letters-from-camp.txt']).records as Rec[];
    for (const line of [7, 9, 21, 23, 25]) for (const r of at(records, line)) expect(r.speaker).toBe('Owen Tredwell');
    for (const line of [1, 2, 28]) for (const r of at(records, line)) expect(r.speaker).toBeNull();
  });
});

describe('a notice whose intro names the office answering the questions below, signed by it at its foot', () => {
  it('gives the answers to the signer over that office: "Captain Morven Sinclair" / "Harbour Master"', () => {
    const records = fixtureCorpus(join(FIXTURES, 'probe97', 'b'), ['harbour-notice.txt']).records as Rec[];
    expect(at(records, 28, 'qa')[0]).toMatchObject({ speaker: 'Morven Sinclair', asker: 'Ewan MacAulay' });
    for (const line of [33, 37, 41]) expect(at(records, line, 'qa')[0]?.speaker).toBe('Morven Sinclair');
  });

  it('reads a parish notice the same way: "the Parish Clerk has answered the questions that follow"', () => {
    const records = fixtureCorpus(join(FIXTURES, 'fix97', 'a'), ['village-hall-notice.txt']).records as Rec[];
    expect(at(records, 14, 'qa')[0]).toMatchObject({ speaker: 'Janet Rowe', asker: 'Dorothy Hale' });
    expect(at(records, 17, 'qa')[0]?.speaker).toBe('Janet Rowe');
  });
});
