/**
 * Three misreads the lead found on two unseen documents (a panel with a video's chapter list and
 * an audience's laughter, a news story with "According to NAME, role, …"), copied into
 * test/fixtures/probe7/lead, and, beside each, a small text of our own in other words, so each
 * test proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe7', 'lead');

const probeCorpus = (): Corpus => fixtureCorpus(DIR);
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const recOf = (c: Corpus, doc: string, words: string) => {
  const r = recs(c, doc).find((x) => x.text.includes(words));
  expect(r, words).toBeDefined();
  return r!;
};

describe('a video chapter list under the title', () => {
  it('names no speaker from a chapter title (probe7 lead panel)', () => {
    const c = probeCorpus();
    const d = c.documents.find((x) => x.id === 'panel-web3-summit-2023')!;
    expect(d.meta.speakers).toEqual(['Priya Nair', 'Yi He', 'Marco Bellini']);
    expect(recs(c, 'panel-web3-summit-2023').some((r) => r.speaker === 'Regulation')).toBe(false);
  });

  it('reads a chapter list in other words as contents, never voices', () => {
    const text = [
      'Night Shift Podcast, Episode 12',
      'Published May 2, 2021',
      '',
      'Timestamps',
      '0:00 Welcome',
      '3:15 Early days',
      '11:40 Money',
      '1:02:05 Listener Mail',
      '',
      'HOST: Tell me how the bakery started.',
      '',
      'GRETA VOSS: My mother sold bread from a window in 1998.',
      '',
      'HOST: And now?',
      '',
      'GRETA VOSS: Now we bake for forty cafés.',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'night-shift.txt': text }));
    const d = c.documents[0]!;
    expect(d.meta.speakers).toEqual(['Greta Voss']);
    expect(c.records.map((r) => r.speaker)).not.toContain('Money');
    expect(c.records.map((r) => r.speaker)).not.toContain('Listener Mail');
    const qa = c.records.find((r) => r.text.includes('forty cafés'))!;
    expect([qa.type, qa.question]).toEqual(['qa', 'And now?']);
  });

  it('keeps timed captions with a name after a time as voices', () => {
    // "00:00:03 Speaker 1" then words: a time and a name over a turn, not a chapter list.
    const text = ['00:00:03 Ines Moreau', 'We opened the mill in 2004.', '', '00:00:09 Paul Keller', 'And it still runs today, mostly.', '', '00:00:15 Ines Moreau', 'It does, on two shifts.'].join('\n');
    const c = loadCorpus(tempCorpus({ 'mill.txt': text }));
    expect(new Set(c.records.map((r) => r.speaker))).toEqual(new Set(['Ines Moreau', 'Paul Keller']));
  });
});

describe('a label whose whole words are a stage direction', () => {
  it('is markup, no quote of the audience, and the exchange around it pairs (probe7 lead panel)', () => {
    const c = probeCorpus();
    const doc = 'panel-web3-summit-2023';
    expect(recs(c, doc).some((r) => r.text.includes('(laughter)'))).toBe(false);
    expect(recs(c, doc).some((r) => r.speaker === 'Audience')).toBe(false);
    const qa = recOf(c, doc, 'Fragmentation');
    expect([qa.type, qa.speaker, qa.asker, qa.question]).toEqual(['qa', 'Yi He', 'Priya Nair', 'What worries you most about regulation in 2024?']);
  });

  it('does not part a question from its answer, in other words and brackets', () => {
    const text = [
      'Harbour Tech Forum — Closing Session',
      'Recorded October 2, 2022',
      '',
      'HOST (Sam Okafor): Ana, what did the first year cost you?',
      '',
      'ANA ROSSI: Two marriages and most of my savings, in that order.',
      '',
      'HOST (Sam Okafor): And the second year?',
      '',
      'CROWD: (LAUGHTER)',
      '',
      'ANA ROSSI: Better. We found a buyer for the hardware line in 2019.',
      '',
      'HOST (Sam Okafor): Would you do it again?',
      '',
      'ANA ROSSI: (laughs)',
      '',
      'AUDIENCE: [applause]',
      '',
      'ANA ROSSI: Yes, without a doubt.',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'forum.txt': text }));
    const rows = c.records.map((r) => [r.type, r.speaker, r.question]);
    expect(rows).toEqual([
      ['qa', 'Ana Rossi', 'Ana, what did the first year cost you?'],
      ['qa', 'Ana Rossi', 'And the second year?'],
      ['qa', 'Ana Rossi', 'Would you do it again?'],
    ]);
    expect(c.records[2]!.text).toBe('Yes, without a doubt.');
  });
});

describe('"According to NAME[, role]," opening a sentence', () => {
  it("is that person's claim (probe7 lead article)", () => {
    const c = probeCorpus();
    const doc = 'article-according';
    const claim = recOf(c, doc, 'the exchange is still hiring');
    expect([claim.type, claim.speaker]).toEqual(['claim', 'Changpeng Zhao']);
    // A source that is data, not a person, stays the author's.
    expect(recOf(c, doc, 'according to data from CryptoCompare').speaker).toBe('Dana Ortiz');
  });

  it('credits a person, a surname named before and a registered alias; not a report or an organisation', () => {
    const text = [
      'Port traffic slows in autumn',
      '',
      'By Rhea Lindqvist',
      'September 9, 2021',
      '',
      "Container traffic fell 8% in August, and Tomas Berg, the port's director, blamed the weather.",
      '',
      "According to Tomas Berg, the port's director, the new crane will arrive in spring. According to Berg, two berths will close for repairs. According to Kay, the terminal will stay open at night.",
      '',
      'According to a report by the harbour board, wait times doubled last year. According to Maersk, demand will recover before winter.',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'speakers.yml': 'Katarina Yusupova:\n  aliases: [Kay]\n', 'port.txt': text }));
    const by = (w: string) => c.records.find((r) => r.text.includes(w))!.speaker;
    expect(by('new crane')).toBe('Tomas Berg');
    expect(by('two berths')).toBe('Tomas Berg');
    expect(by('stay open at night')).toBe('Katarina Yusupova');
    expect(by('wait times doubled')).toBe('Rhea Lindqvist');
    expect(by('demand will recover')).toBe('Rhea Lindqvist');
  });
});
