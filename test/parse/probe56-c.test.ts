/**
 * Magazine Q&As without labels, probe56-c: the guest a Q&A's intro opens on ("Miriam Calloway opened
 * …") answers where the title names nobody; a request above the first question ("Tell me about the
 * first shop.") asks as the questions do; the writer's closing paragraph reporting speech in the third
 * person ("“…,” she says. Her deputy, Marc Roux, adds: “…”") ends the last answer; a publisher's note
 * between two questions ("Editor's note: …") is no part of the answer above it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker?: string | null; text: string };
const DIR = join(FIXTURES, 'probe56', 'c');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));
const qas = (records: Rec[]) => records.filter((r) => r.type === 'qa');

describe('the last answer ends before the writer\'s narrative paragraph', () => {
  const records = fixtureCorpus(DIR, ['five-minutes-with-claire-dubois-2022.txt']).records as Rec[];
  it('keeps the quotes of the closing paragraph as quotes, each its speaker\'s', () => {
    expect(at(records, 14, 'qa')).toMatchObject({ speaker: 'Claire Dubois', asker: 'Hélène Marchand', text: 'We are 212, against 40 at the start.', endLine: 15 });
    const quotes = records.filter((r) => r.line === 17 && r.type === 'quote');
    expect(quotes.map((q) => q.speaker)).toEqual(['Claire Dubois', 'Marc Roux']);
    expect(quotes[0]!.text).toMatch(/^Milk is not a commodity/);
  });

  it('in other words: "he said" and "says NAME"', () => {
    const text = [
      'Five minutes with Tobias Lind',
      '',
      'By Ruth Cole',
      'May 2, 2021',
      '',
      'Tobias Lind has kept the lighthouse at Skarvik for thirty years.',
      '',
      'Do you get lonely?',
      'Never. I have the radio and the birds.',
      '',
      'What will you miss?',
      'The storms, oddly.',
      '',
      '"He taught me everything about the lamp," says Ingrid Holm, who takes over in June. "I only hope the birds accept me," she said.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'lind-2021.txt': text })).records as Rec[];
    expect(at(got, 11, 'qa')).toMatchObject({ speaker: 'Tobias Lind', text: 'The storms, oddly.' });
    expect(got.filter((r) => r.line === 14 && r.type === 'quote').map((r) => r.speaker)).toContain('Ingrid Holm');
  });
});

describe('a Q&A whose title names nobody: the person its intro opens on answers', () => {
  it('questions in capitals, in bold, and plain with follow-ups', () => {
    const potter = fixtureCorpus(DIR, ['capitals-questions-potter-2020.txt']).records as Rec[];
    expect(qas(potter).map((r) => [r.line, r.speaker, r.asker])).toEqual([8, 11, 14, 17].map((l) => [l, 'Owain Beddoe', 'Rhian Pritchard']));
    expect(at(potter, 20)).toMatchObject({ type: 'claim', speaker: 'Rhian Pritchard' });
    const trade = fixtureCorpus(DIR, ['trade-press-logistics-2024.txt']).records as Rec[];
    expect(qas(trade).map((r) => [r.line, r.speaker, r.asker])).toEqual([8, 11, 14, 17].map((l) => [l, 'Grace Adeyemi', 'Tomasz Kowalczyk']));
    const nurse = fixtureCorpus(DIR, ['follow-up-lines-night-nurse-2023.txt']).records as Rec[];
    expect(qas(nurse).map((r) => [r.line, r.speaker])).toEqual([8, 11, 14, 17, 20].map((l) => [l, 'Joseph Mbeki']));
    expect(at(nurse, 23)).toMatchObject({ type: 'claim', speaker: 'Priya Raman' });
  });

  it('a request for its first question, answers of several paragraphs and a numbered list, the editing note left out', () => {
    const records = fixtureCorpus(DIR, ['tell-me-about-the-first-shop-2021.txt']).records as Rec[];
    expect(qas(records).map((r) => [r.line, r.endLine, r.speaker, r.asker])).toEqual([
      [8, 11, 'Miriam Calloway', 'Daniel Okafor'],
      [13, 16, 'Miriam Calloway', 'Daniel Okafor'],
      [18, 25, 'Miriam Calloway', 'Daniel Okafor'],
      [27, 28, 'Miriam Calloway', 'Daniel Okafor'],
    ]);
    expect(at(records, 6)?.speaker).toBe('Daniel Okafor');
  });

  it('a publisher\'s note between two questions is no part of the answer above it', () => {
    const records = fixtureCorpus(DIR, ['editors-note-architect-2019.txt']).records as Rec[];
    expect(qas(records).map((r) => [r.line, r.endLine, r.speaker])).toEqual([[8, 9, 'Samir Haddad'], [11, 12, 'Samir Haddad'], [16, 17, 'Samir Haddad'], [19, 20, 'Samir Haddad']]);
    expect(at(records, 14)).toMatchObject({ type: 'claim', text: expect.stringMatching(/^Editor's note/) });
  });
});
