/**
 * News attribution shapes found in unseen wire copy: a description whose head noun comes after a
 * word that only ends like "…man" ("a Lumen Ridge spokesperson", "a human rights lawyer"); a
 * quotation that runs on into a short paragraph of its own; a subject with an appositive that
 * reports a clause after "that"; a pronoun and its verb reported without "that".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, tempCorpus } from '../helpers.js';

const story = (body: string) => `Harbour plan approved\n\nBy Ann Smith\nJune 3, 2025\n\n${body}\n`;
const load = (body: string) => loadCorpus(tempCorpus({ 'story.txt': story(body) })).records;
const speakerOf = (records: ReturnType<typeof load>, words: string) => records.find((r) => r.text.includes(words))?.speaker;

describe('a description is its head noun, not a word that ends like "…man"', () => {
  it('a company name, an "-men" place and "human rights" before the person noun', () => {
    const records = load(
      [
        '"We will appeal," a Carmen Freight spokeswoman said on Friday.',
        '"The ruling stands," a human rights lawyer told the court.',
        '"Talks continue," a Yemen government official said.',
      ].join('\n\n'),
    );
    expect(speakerOf(records, 'We will appeal')).toBe('a Carmen Freight spokeswoman');
    expect(speakerOf(records, 'The ruling stands')).toBe('a human rights lawyer');
    expect(speakerOf(records, 'Talks continue')).toBe('a Yemen government official');
  });

  it('a real "…man" noun still ends the description', () => {
    const records = load('"The nets were empty," a fisherman said.\n\n"It was late," a Congressman told reporters.');
    expect(speakerOf(records, 'nets were empty')).toBe('a fisherman');
    expect(speakerOf(records, 'It was late')).toBe('a Congressman');
  });
});

describe('a quotation running on into the next paragraph', () => {
  it('a short last paragraph of it is still the same speaker, in one record', () => {
    const records = load('Mayor Ida Berg spoke after the vote.\n\n"We did this by the book," Berg said. "Every page of it.\n\n"All of it."\n\nThe council meets again in July.');
    const quote = records.find((r) => r.type === 'quote')!;
    expect(quote.speaker).toBe('Ida Berg');
    expect(quote.text).toBe('We did this by the book. Every page of it. All of it.');
    expect(records.filter((r) => r.text.includes('All of it'))).toHaveLength(1);
  });

  it('a short quoted paragraph after a closed quotation is not pulled in', () => {
    const records = load('"We did this by the book," Mayor Ida Berg said.\n\n"Yes."\n\nThe council meets again in July.');
    expect(records.find((r) => r.type === 'quote')!.text).toBe('We did this by the book');
  });
});

describe('reported speech without quotation marks', () => {
  it('a subject with an appositive between commas reports the clause after "that"', () => {
    const records = load(
      'The harbour master, Lena Fiske, told reporters after the meeting that the dredging would start in 2026.\n\nTom Reyes, who owns the ferry line, told the board on Monday that fares would rise.',
    );
    expect(speakerOf(records, 'dredging would start')).toBe('Lena Fiske');
    expect(speakerOf(records, 'fares would rise')).toBe('Tom Reyes');
  });

  it('"said it expects": a pronoun and its own verb, without "that"', () => {
    const records = load('Lena Fiske opened the meeting.\n\nFiske said she planned to retire in 2027.\n\nThe ferry left at noon and said goodbye to nobody.');
    expect(speakerOf(records, 'planned to retire')).toBe('Lena Fiske');
    expect(speakerOf(records, 'said goodbye')).toBe('Ann Smith');
  });
});

describe('the wire story these shapes came from', () => {
  const records = loadCorpus(tempCorpus({ 'solar.txt': readFileSync(join(FIXTURES, 'lead-news', 'solar_farm_story.txt'), 'utf8') })).records;
  it('credits the spokesperson, the continued quotation and the reported clause', () => {
    expect(speakerOf(records, 'We heard the concerns')).toBe('a Lumen Ridge spokesperson');
    const sue = records.find((r) => r.text.includes('Let them sue'))!;
    expect(sue.speaker).toBe('Ray Delgado');
    expect(sue.text).toMatch(/Every single one\.$/);
    expect(speakerOf(records, 'expected a lawsuit')).toBe('Ray Delgado');
  });
});

describe('an attribution set between commas', () => {
  it('"The mill, she says, will close" is the person "she" is; "the report said" credits nobody', () => {
    const records = load('Tina Rao runs the mill on the river.\n\nThe mill, she says, will close in 2026.\n\nThe budget, the report said, was short by a third.\n\nThe plan, Rao said, was never costed.');
    expect(speakerOf(records, 'will close in 2026')).toBe('Tina Rao');
    expect(speakerOf(records, 'never costed')).toBe('Tina Rao');
    expect(speakerOf(records, 'short by a third')).toBe('Ann Smith');
  });
});

describe('bylines with a newsroom title or emphasis around the credit', () => {
  const docOf = (name: string) => {
    const loaded = loadCorpus(tempCorpus({ [name]: readFileSync(join(FIXTURES, 'lead-news', name), 'utf8') }));
    return { doc: loaded.documents[0]!, records: loaded.records };
  };

  it('"By NAME, Economics Editor" names the author, whose unattributed claims they are', () => {
    const { doc, records } = docOf('ap-single-quotes-uk.txt');
    expect(doc.meta.author).toBe('Harriet Cole');
    expect(records.find((r) => r.text.includes('4.75 per cent'))?.speaker).toBe('Harriet Cole');
  });

  it('"**By NAME** · DATE" names the author and dates the document', () => {
    const { doc, records } = docOf('pullquote-dash.md');
    expect(doc.meta.author).toBe('Jonas Feld');
    expect(doc.meta.date).toBe('2024-06-12');
    expect(records.find((r) => r.text.includes('300 million users'))?.year).toBe(2024);
  });

  it('a title that is not a newsroom one leaves "By Friday, every writer" no byline', () => {
    const loaded = load('By Friday, every writer had filed.\n\n"We made it," said Ann Smith.');
    expect(loaded.find((r) => r.text.includes('every writer'))).toBeDefined();
  });
});

describe('broadcast labels with an abbreviated office', () => {
  it('"SEC. MARSH:" is the "SECRETARY ELLEN MARSH" introduced above', () => {
    const text = readFileSync(join(FIXTURES, 'lead-news', 'cbs-style-transcript.txt'), 'utf8');
    const { records, documents } = loadCorpus(tempCorpus({ 'face.txt': text }));
    expect(documents[0]!.meta.speakers ?? []).not.toContain('Sec. Marsh');
    const answers = records.filter((r) => r.type === 'qa' && r.asker === 'Margaret Brennan');
    expect(answers.length).toBeGreaterThanOrEqual(3);
    expect(new Set(answers.map((r) => r.speaker))).toEqual(new Set(['Ellen Marsh']));
  });
});

describe('a quotation reported by a participle', () => {
  it('"with NAME saying … "…"" is that person\'s; "NAME disagreed, saying … "…"" the opening name\'s', () => {
    const records = load(
      [
        'The bank kept rates at 2%, with President Christine Lagarde saying the decision was "wide open."',
        'Senator Elizabeth Warren disagreed, saying the plan was "a gift to the industry."',
        'Markets rose, with investors saying the outlook was "brighter than expected."',
      ].join('\n\n'),
    );
    expect(speakerOf(records, 'wide open')).toBe('Christine Lagarde');
    expect(speakerOf(records, 'a gift to the industry')).toBe('Elizabeth Warren');
    // Nobody named after "with": the byline's sentence, as before.
    expect(records.find((r) => r.text.includes('brighter than expected'))?.type).toBe('claim');
  });
});

describe('an oral history\'s header names who answers', () => {
  it('"Interviewee: NAME (b. 1931)" answers the "A." lines; "Narrator: NAME" too', () => {
    const text = readFileSync(join(FIXTURES, 'lead-news', 'oral-history-q-dot.txt'), 'utf8');
    const pairs = (t: string) => loadCorpus(tempCorpus({ 'oh.txt': t })).records.map((r) => [r.speaker, r.asker]);
    expect(pairs(text)).toEqual(Array(3).fill(['Walter Hughes', 'Joan Pritchard']));
    expect(pairs(text.replace('Interviewee: Walter Hughes (b. 1931)', 'Narrator: Walter Hughes'))).toEqual(Array(3).fill(['Walter Hughes', 'Joan Pritchard']));
  });
});
