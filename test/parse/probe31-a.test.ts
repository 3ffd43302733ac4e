/**
 * probe31-a: news and magazine articles as plain text, with every way reporters attribute a quote.
 * The shapes read wrong before: a described person whose own relative clause gives her gender ("One
 * longtime resident, who said she had not owned a car, told …") lost the next paragraph's "she said"
 * to a woman named paragraphs before. Each rule on the fixture's shape and on a text in other words.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const corpusOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const quoteOf = (c: ReturnType<typeof corpusOf>, words: RegExp) => c.records.find((r) => r.type === 'quote' && words.test(r.text));

describe('a described person whose relative clause gives a gender', () => {
  it('is who the next paragraph\'s "she said" is, not a woman named earlier', () => {
    const c = corpusOf('a.txt', [
      'The sponsor, Sen. Adaeze Okafor, opened the hearing by reading from a letter she said she had received.',
      '',
      '"That is who this bill is for," Okafor told the committee.',
      '',
      'Testimony from the public was largely in favor. One longtime resident of the Hill District, who said she had not owned a car since 1997, told the committee that losing her bus line would mean losing her job.',
      '',
      '"I am 71 years old," she said. "I am not going to learn to drive now."',
      '',
    ].join('\n'));
    expect(quoteOf(c, /71 years old/)?.speaker).toBe('one longtime resident of the Hill District');
  });
  it('reads "he" the same way, in other words', () => {
    const c = corpusOf('b.txt', [
      'Coach Daniel Ferris praised his players after the match.',
      '',
      '"They never stopped running," Ferris said.',
      '',
      'Outside the stadium, a retired teacher who said he had attended every home game since 1988 was less impressed.',
      '',
      '"We were lucky," he said. "Nobody should pretend otherwise."',
      '',
    ].join('\n'));
    expect(quoteOf(c, /We were lucky/)?.speaker).toBe('a retired teacher');
  });
});

describe('a surname first met after a preposition, then set off with a "who" clause', () => {
  it('is the person whose quotation the next paragraph holds', () => {
    const c = corpusOf('c.txt', [
      'The men\'s race was won by Haruto Ishida of Japan in 2:06:11, the fastest time by a Japanese man on the course. Ishida, who works full-time for a Tokyo electronics company, described his approach in a post-race news conference.',
      '',
      '"People ask me how I train with a job. I tell them the job is part of the training.',
      '',
      '"Maybe this is a strange way to think. But it worked today."',
      '',
    ].join('\n'));
    expect(quoteOf(c, /train with a job/)?.speaker).toBe('Haruto Ishida');
  });
  it('reads the same in other words', () => {
    const c = corpusOf('d.txt', [
      'The prize went to Marguerite Osei of Accra, the youngest winner by a wide margin, a local woman noted. Osei, whose first novel sold 900 copies in 2019, spoke briefly at the ceremony.',
      '',
      '"I wrote this book at night, after my shifts at the pharmacy. I did not expect anyone to read it."',
      '',
    ].join('\n'));
    expect(quoteOf(c, /wrote this book at night/)?.speaker).toBe('Marguerite Osei');
  });
});

describe('a byline naming the writer\'s bureau or desk', () => {
  it('names the author, whose claims the article\'s narration is', () => {
    const c = corpusOf('e.txt', [
      'POLITICS',
      '',
      'Senate panel advances $4.8 billion transit bill',
      '',
      'By Jerome Acheampong, Capitol Bureau',
      'June 3, 2025',
      '',
      'A state Senate committee voted 8-5 on Tuesday to advance a $4.8 billion plan to rescue the state\'s transit agencies.',
      '',
    ].join('\n'));
    expect(c.records.find((r) => /voted 8-5/.test(r.text))?.speaker).toBe('Jerome Acheampong');
  });
  it('names the author in other words', () => {
    const c = corpusOf('f.txt', [
      'City council delays vote on stadium lease',
      '',
      'By Mariel Okonjo, Metro Desk',
      'March 12, 2024',
      '',
      'The council postponed its vote on the 30-year lease until April, citing missing cost estimates.',
      '',
    ].join('\n'));
    expect(c.records.find((r) => /postponed its vote/.test(r.text))?.speaker).toBe('Mariel Okonjo');
  });
});

describe('a definite title after an abbreviated title named a person', () => {
  it('"the senator said" is the last person named "Sen."', () => {
    const c = corpusOf('g.txt', [
      'Sen. Walter Brisbane, the Republican who chairs the committee, said he would not stand in the bill\'s way.',
      '',
      '"I have been asked to vote for a rescue package three times since 2016," the senator said. "Forgive me if I have heard this song before."',
      '',
    ].join('\n'));
    expect(quoteOf(c, /rescue package/)?.speaker).toBe('Walter Brisbane');
  });
  it('"the governor told reporters" is the last person named "Gov."', () => {
    const c = corpusOf('h.txt', [
      'The budget reached the desk of Gov. Ada Lindqvist on Friday, three weeks late.',
      '',
      '"I will sign it, but I will not pretend to like it," the governor told reporters in Helena.',
      '',
    ].join('\n'));
    expect(quoteOf(c, /pretend to like it/)?.speaker).toBe('Ada Lindqvist');
  });
});
