import { describe, expect, it } from 'vitest';
import { speakerOfSpeechTitle } from '../../src/parse/header.js';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const of = (value: string) => speakerOfSpeechTitle({ value, from: 'the first heading (line 5)' });

describe('a web page\'s speech title: the kind of speech after the talk\'s own title', () => {
  it('names the speaker a later part of the title names ("… - Keynote by NAME, Day 2")', () => {
    expect(of('Transcript: "The Boring Middle" - Keynote by Ingrid Solvang, Day 2 Main Stage')?.value).toBe('Ingrid Solvang');
    expect(of('Full text: \u201cTides and Tariffs\u201d \u2014 commencement address by Dr. Oren Makepeace at Lakeview College')?.value).toBe('Oren Makepeace');
    expect(of('Video | Opening remarks by Sen. Talia Brookfield')?.value).toBe('Talia Brookfield');
  });

  it('names nobody where the part goes on into a headline\'s sentence, or names no full name', () => {
    expect(of('Markets rally - speech by Jerome Hallworth lifts bank shares')).toBeNull();
    expect(of('Day 2: keynote by the chair')).toBeNull();
    expect(of('Opinion - A statement by Ruth Kamara, and what it leaves out')?.value ?? null).toBeNull();
  });

  it('makes the page\'s sentences the speaker\'s', () => {
    const c = loadCorpus(tempCorpus({
      'talk.txt': 'Home > Videos\n\nTranscript: "Small Harbours" - Lecture by Amadou Sarr, Spring Series\n\nPublished 3 May 2023\n\nThank you for coming tonight. In 2011 our port handled 90 ships a year.\n',
    }));
    expect(c.records.filter((r) => /ships|coming/.test(r.text)).map((r) => r.speaker)).toEqual(['Amadou Sarr', 'Amadou Sarr']);
  });
});

describe('a ruling\'s summary: counsel "submitted" or "contended" what the quotation says', () => {
  const quotes = (text: string) => loadCorpus(tempCorpus({ 'ruling.txt': `PRESS SUMMARY\n\n12 March 2024\n\n${text}\n` })).records.filter((r) => r.type === 'quote');
  it('makes the quotation the words of the person who submitted it', () => {
    expect(quotes('7. Counsel for the Authority, Mr Desmond Achebe KC, submitted that "a chief executive who reads a warning six times and does nothing has made a decision" [para 61]. The Tribunal agrees.').map((r) => r.speaker)).toEqual(['Desmond Achebe']);
    expect(quotes('For the appellant, Ms Ilse Vandermeer contended that "the fine ignores every step the board took after 2019". The court disagreed.').map((r) => r.speaker)).toEqual(['Ilse Vandermeer']);
    expect(quotes('"We will not let this lie," said Ruth Kamara MP, who chairs the committee.').map((r) => r.speaker)).toEqual(['Ruth Kamara']);
  });
});

describe('an article quoted "an unnamed director who called her …"', () => {
  const quotes = (text: string) => loadCorpus(tempCorpus({ 'obit.txt': `OBITUARIES\n\nBy Lena Harwick\n\n${text}\n` })).records.filter((r) => r.type === 'quote');
  it('is the described person\'s quotation, not a clause\'s words up to "who"', () => {
    expect(quotes('Not everyone welcomed her work. A 1986 profile in this newspaper quoted an unnamed director who called her "a clerk with a grudge". She kept the clipping.').map((r) => r.speaker)).toEqual(['an unnamed director']);
    expect(quotes('A trade journal at the time cited a rival engineer who called the bridge "a toy for tourists". It still stands.').map((r) => r.speaker)).toEqual(['a rival engineer']);
  });
});

describe('a press summary\'s end mark in lower case between dashes', () => {
  const texts = (end: string) => loadCorpus(tempCorpus({ 'summary.txt': `PRESS SUMMARY\n\n4 June 2024\n\nThe appeal is dismissed. The fine of £2 million stands.\n\n${end}\n\nPress Office, 020 7946 0000\n` })).records.map((r) => r.text);
  it('is no claim: "- ends -", "-- Ends --"', () => {
    expect(texts('- ends -').some((t) => /ends/i.test(t))).toBe(false);
    expect(texts('-- Ends --').some((t) => /ends/i.test(t))).toBe(false);
  });
});
