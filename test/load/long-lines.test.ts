/**
 * Documents with one very long line (40 KB runs of spaces, stops, dashes, asterisks, "[", tabs:
 * PDF extractions, one-line pages, logs): each reaches one of the patterns rewritten to read a run
 * once (test/parse/long-lines.test.ts holds each to its old pattern; bench/pathological.mjs times
 * them). Here the reader must still give the right records and header fields for them. No
 * assertion on time.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const N = 40_000;
const SPACES = ' '.repeat(N);
const QA = 'Q: What did you build first?\nA: A small exchange, in 2017.\n';
const TALK = 'Ben Ode: How did it start?\n\nAna Ruiz: With a small exchange.\n\nBen Ode: Where?\n\nAna Ruiz: In Lisbon, with two friends.\n\n';

function read(name: string, text: string): Corpus {
  return loadCorpus(tempCorpus({ [name]: text }), { parallel: false });
}
const rows = (c: Corpus) => c.records.map((r) => ({ type: r.type, speaker: r.speaker, question: r.question ?? null, text: r.text, line: r.line, endLine: r.endLine }));
const firstQa = { type: 'qa', speaker: null, question: 'What did you build first?', text: 'A small exchange, in 2017.', line: 3, endLine: 4 };

describe('a document with a 40 KB line reads as it should', () => {
  it('a header field line with a long run of spaces before " | ": the interviewer is read from its first field', () => {
    const c = read('a.txt', `Interviewer: Tom Reyes${SPACES}| Guest: Ana Ruiz\n\nTom Reyes: What did you build first?\n\nAna Ruiz: A small exchange, in 2017.\n`);
    expect(c.documents[0]!.meta.interviewer).toBe('Tom Reyes');
    expect(rows(c).filter((r) => r.type === 'qa')).toEqual([{ type: 'qa', speaker: 'Ana Ruiz', question: 'What did you build first?', text: 'A small exchange, in 2017.', line: 3, endLine: 5 }]);
  });

  it('a "Key: value" line whose value holds a long run of spaces: page metadata, and its date dates the document', () => {
    const c = read('b.txt', `Release Date: December 13, 2025${SPACES}x\n\n${QA}`);
    expect(c.documents[0]!.meta.date).toBe('2025-12-13');
    expect(c.documents[0]!.lines.classified).toEqual({ metadata: 1 });
    expect(rows(c)).toEqual([firstQa]);
  });

  it('a navigation phrase ending in a long run of "!": navigation, no record', () => {
    const c = read('c.txt', `Share this${'!'.repeat(N)}\n\n${QA}`);
    expect(c.documents[0]!.lines.classified).toEqual({ navigation: 1 });
    expect(rows(c)).toEqual([firstQa]);
  });

  it('a heading wrapped in long runs of asterisks: its words are the title', () => {
    const c = read('d.md', `# ${'*'.repeat(N)}Early years${'*'.repeat(N)}\n\n${QA}`);
    expect(c.documents[0]!.meta.title).toBe('Early years');
    expect(rows(c)).toEqual([firstQa]);
  });

  it('a turn broken off with a long run of dashes: a quote of its own, the next answer keeps its question', () => {
    const c = read('e.txt', `${TALK}Ana Ruiz: I was going to say${'-'.repeat(N)}\n\nBen Ode: Go on.\n\nAna Ruiz: It started in 2017.\n`);
    expect(rows(c)).toEqual([
      { type: 'qa', speaker: 'Ana Ruiz', question: 'How did it start?', text: 'With a small exchange.', line: 1, endLine: 3 },
      { type: 'qa', speaker: 'Ana Ruiz', question: 'Where?', text: 'In Lisbon, with two friends.', line: 5, endLine: 7 },
      { type: 'quote', speaker: 'Ana Ruiz', question: null, text: `I was going to say${'-'.repeat(N)}`, line: 9, endLine: 9 },
      { type: 'qa', speaker: 'Ana Ruiz', question: 'Go on.', text: 'It started in 2017.', line: 11, endLine: 13 },
    ]);
  });

  it('an infobox fact ending in a long run of tabs: its year dates the header', () => {
    const c = read('f.txt', `Born\tin 1948${'\t'.repeat(N)}\n\n${QA}`);
    expect(c.documents[0]!.meta.year).toBe(1948);
    expect(rows(c)).toEqual([firstQa]);
  });

  it('a byline whose date is followed by a long run of stops and commas, or of asterisks: author and date read', () => {
    for (const tail of ['. ,'.repeat(N / 3), ` ${'*'.repeat(N)}x`]) {
      const c = read('g.txt', `By Ana Ruiz | June 18, 2024${tail}\n\nShe said it began in 2017. "We built it small," Ruiz said.\n`);
      expect(c.documents[0]!.meta.author).toBe('Ana Ruiz');
      expect(c.documents[0]!.meta.date).toBe('2024-06-18');
      expect(rows(c)).toEqual([
        { type: 'quote', speaker: 'Ana Ruiz', question: null, text: 'We built it small', line: 3, endLine: 3 },
        { type: 'claim', speaker: 'Ana Ruiz', question: null, text: 'She said it began in 2017.', line: 3, endLine: 3 },
      ]);
    }
  });

  it('a turn holding a long run of "[": its words are in the answer and no sentence is missed', () => {
    const c = read('h.txt', `${TALK}Ana Ruiz: It began ${'['.repeat(N)} in 2017.\n\nBen Ode: And then?\n\nAna Ruiz: It grew.\n`);
    expect(rows(c)).toEqual([
      { type: 'qa', speaker: 'Ana Ruiz', question: 'How did it start?', text: 'With a small exchange.', line: 1, endLine: 3 },
      { type: 'qa', speaker: 'Ana Ruiz', question: 'Where?', text: `In Lisbon, with two friends.\nIt began ${'['.repeat(N)} in 2017.`, line: 5, endLine: 9 },
      { type: 'qa', speaker: 'Ana Ruiz', question: 'And then?', text: 'It grew.', line: 11, endLine: 13 },
    ]);
    expect(c.documents[0]!.sentences.missed).toEqual([]);
  });

  it('an answer with a long run of stops before a capital: one answer, every sentence in it', () => {
    const c = read('i.txt', `Q: What did you build first?\nA: A small exchange. ${'.'.repeat(N)} Then a wallet, in 2019.\n`);
    expect(rows(c)).toEqual([{ type: 'qa', speaker: null, question: 'What did you build first?', text: `A small exchange. ${'.'.repeat(N)} Then a wallet, in 2019.`, line: 1, endLine: 2 }]);
    expect(c.documents[0]!.sentences).toMatchObject({ total: 3, inRecords: 3, missed: [] });
  });

  it('a cast line whose name has a note after a long run of spaces: the name is a speaker', () => {
    const c = read('j.txt', `Host: Lin Wei${SPACES}(pseudonym), early employee\n\nLin Wei: What did you build first?\n\nAna Ruiz: A small exchange, in 2017.\n`);
    expect(c.documents[0]!.meta.speakers).toEqual(['Lin Wei', 'Ana Ruiz']);
    expect(c.documents[0]!.lines.classified).toEqual({ metadata: 1 });
    expect(rows(c)).toEqual([{ type: 'qa', speaker: 'Ana Ruiz', question: 'What did you build first?', text: 'A small exchange, in 2017.', line: 3, endLine: 5 }]);
  });

  it('a line ending in a 40 KB e-mail address, then a line in lowercase: one wrapped sentence', () => {
    const address = `${'x'.repeat(N)}@example.com`;
    const c = read('k.txt', `She wrote to us from ${address}\nand we answered her the same day, in 2019.\n`);
    expect(rows(c)).toEqual([{ type: 'claim', speaker: null, question: null, text: `She wrote to us from ${address} and we answered her the same day, in 2019.`, line: 1, endLine: 2 }]);
  });
});
