/**
 * The sentence check leaves out back-channel filler only where a record's
 * lines include it (an "Uh-huh." inside an answer joined across it): a
 * filler line outside every record is a turn whose words search cannot find,
 * and the check must say so.
 */
import { describe, expect, it } from 'vitest';
import { accountSentences, linesWithLostWords, standsWholeIn, words, type SearchableRecord } from '../../src/load/sentences.js';
import type { LineKind } from '../../src/model/record.js';

const body = ['Host: Is the aid coming?', '', 'Guest: The money moves this week.', '', 'Host: Uh-huh.', '', 'Guest: And the paperwork is signed.', '', 'Guest: My pleasure.'].join('\n');
const rec = (line: number, endLine: number, text: string, question: string | null = null): SearchableRecord => ({
  line,
  endLine,
  text,
  question,
  context: null,
  speaker: 'Guest',
  asker: 'Host',
  section: null,
  topics: [],
});
const kinds = (marks: Record<number, LineKind>): (LineKind | null)[] => body.split('\n').map((l, i) => marks[i] ?? (l.trim() ? 'record' : null));

describe('accountSentences and filler lines', () => {
  const answer = rec(1, 7, 'The money moves this week.\nAnd the paperwork is signed.', 'Is the aid coming?');

  it('leaves out a filler line within a record’s lines', () => {
    const acc = accountSentences(body, 1, kinds({ 8: 'filler' }), [answer, rec(9, 9, 'My pleasure.')], [4]);
    expect(acc.missed).toEqual([]);
    expect(acc.total).toBe(4);
  });

  it('counts a filler line no record spans, and reports it when no record holds its words', () => {
    const acc = accountSentences(body, 1, kinds({ 8: 'filler' }), [answer], [4, 8]);
    expect(acc.missed).toEqual([{ line: 9, text: 'My pleasure.' }]);
    expect(acc.total).toBe(4);
    expect(acc.inRecords).toBe(3);
  });
});

describe('a call transcript\'s name line with a title ("Lena Vogt, Head of Treasury")', () => {
  const call = ['Lena Vogt, Head of Treasury', 'Cash rose to 80 million.', '', 'Ravi Menon -- Corbel Securities', 'How much of that is restricted?', '', 'Ines Alba, Chair of the Audit Committee'].join('\n');
  const quote = (line: number, speaker: string, text: string): SearchableRecord => ({ line, endLine: line + 1, text, question: null, context: null, speaker, asker: null, section: null, topics: [] });

  it('is the label of the turn whose speaker or asker it names: the name set aside, the title, its role, checked against the records\' roles', () => {
    const qa: SearchableRecord = { ...quote(4, 'Lena Vogt', 'Cash rose to 80 million.'), question: 'How much of that is restricted?', asker: 'Ravi Menon', role: 'Head of Treasury', askerRole: 'Corbel Securities' };
    const acc = accountSentences(call, 1, call.split('\n').map((l) => (l.trim() ? 'record' : null)), [{ ...quote(1, 'Lena Vogt', 'Cash rose to 80 million.'), role: 'Head of Treasury' }, qa]);
    // Ines Alba's line heads no record of hers: its words are reported.
    expect(acc.missed).toEqual([{ line: 7, text: 'Ines Alba, Chair of the Audit Committee' }]);
    // A title no record's role holds is a sentence search cannot find.
    const roleless = accountSentences(call, 1, call.split('\n').map((l) => (l.trim() ? 'record' : null)), [quote(1, 'Lena Vogt', 'Cash rose to 80 million.'), { ...qa, role: null, askerRole: null }]);
    expect(roleless.missed.map((m) => m.text)).toEqual(['Head of Treasury', 'Corbel Securities', 'Ines Alba, Chair of the Audit Committee']);
  });

  it('is a sentence when no record citing it has that speaker', () => {
    const acc = accountSentences(call, 1, call.split('\n').map((l) => (l.trim() ? 'record' : null)), [quote(1, 'Someone Else', 'Cash rose to 80 million.')]);
    expect(acc.missed.map((m) => m.line)).toContain(1);
  });
});

describe('a line that opens with a direction in capitals, or a label with a note', () => {
  const talk = ['PRESENTER: Do you still bake on Sundays?', '', 'IVO KARLSSON, BAKER OF LUND (through interpreter): (LAUGHS) Every Sunday. The ovens never rest.'].join('\n');
  const answer: SearchableRecord = { ...rec(1, 3, 'Every Sunday. The ovens never rest.', 'Do you still bake on Sundays?'), speaker: 'Ivo Karlsson', asker: 'Presenter', role: 'BAKER OF LUND' };

  it('reads only the words, so a sentence in a record is not reported missing', () => {
    const acc = accountSentences(talk, 1, talk.split('\n').map((l) => (l.trim() ? 'record' : null)), [answer]);
    expect(acc.missed).toEqual([]);
    // the label's role is a sentence of its own, held by the record's role
    expect(acc.inRecords).toBe(4);
  });

  it('reports a label\'s role no record holds', () => {
    const acc = accountSentences(talk, 1, talk.split('\n').map((l) => (l.trim() ? 'record' : null)), [{ ...answer, role: null }]);
    expect(acc.missed).toEqual([{ line: 3, text: 'BAKER OF LUND' }]);
  });
});

describe('a caption voice tag written surname first, and a label whose only words are a direction', () => {
  const cues = ['<v Moreau, Elodie (Sales)>The order shipped today.</v>', '', 'ASANTE: (speaking foreign language)'].join('\n');
  const said: SearchableRecord = { ...rec(1, 1, 'The order shipped today.'), speaker: 'Elodie Moreau', asker: null };

  it('sets the tag and the direction aside as markup, not words', () => {
    const acc = accountSentences(cues, 1, cues.split('\n').map((l) => (l.trim() ? 'record' : null)), [said]);
    expect(acc.missed).toEqual([]);
    expect(acc.total).toBe(1);
  });
});

describe('standsWholeIn: a part standing whole in a text has only words of that text', () => {
  // Characters chosen to break a careless shortcut: combining marks (NFKC composes them with the
  // letter before), compatibility forms (ligatures, full-width, superscripts, NBSP), Hangul jamo
  // (composed into syllables), a capital sigma (lower-cased by what follows), apostrophes (joined
  // into a word), digits, and each kind of space.
  const pieces = ['a', 'e', 'Z', 'Σ', 'σ', 'Α', '\u0301', '\u0308', '\u0327', 'ﬁ', 'Ａ', '²', '\u00a0', '\u202f', '\u1100', '\u1161', '\u11a8', 'ō', "'", '’', '‘', '"', '.', ',', '-', '1', '0', ' ', ' ', ' ', '\t', '\n', 'ǅ', 'İ', 'ß', 'K', '\u0345', '(', 'x'];
  let seed = 0x51ce;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const text = (n: number) => Array.from({ length: n }, () => pieces[Math.floor(rand() * pieces.length)]).join('');

  it('holds on 20,000 random texts and every part the test finds standing whole in them', () => {
    let checked = 0;
    for (let t = 0; t < 20000; t++) {
      const whole = text(2 + Math.floor(rand() * 40));
      const vocabulary = new Set(words(whole));
      const a = Math.floor(rand() * whole.length);
      const b = a + 1 + Math.floor(rand() * (whole.length - a));
      const part = whole.slice(a, b);
      if (!standsWholeIn(whole, part)) continue;
      checked++;
      for (const w of words(part)) expect(vocabulary.has(w), `${JSON.stringify(part)} in ${JSON.stringify(whole)}: ${w}`).toBe(true);
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('asks for whole words: a part inside a longer word, or one glued by an apostrophe, does not stand whole', () => {
    expect(standsWholeIn('concatenate the cat', 'cat')).toBe(true);
    expect(standsWholeIn('concatenate', 'cat')).toBe(false);
    expect(standsWholeIn("rock'n roll", 'n roll')).toBe(false);
    expect(standsWholeIn('Ele\u0301ne', 'Ele')).toBe(false);
    expect(standsWholeIn('anything', '')).toBe(false);
  });

  it('counts a sentence a record holds whole as found, and one it does not as missed', () => {
    const lines = 'Guest: The money moves this week. It moves fast.';
    const acc = accountSentences(lines, 1, ['record'], [rec(1, 1, 'The money moves this week.')]);
    expect(acc.total).toBe(2);
    expect(acc.inRecords).toBe(1);
    expect(acc.missed.map((m) => m.text)).toEqual(['It moves fast.']);
  });
});

describe('accountSentences and labels in scripts without capitals', () => {
  it('sets a Hangul label aside, so a turn a record holds is not reported missing', () => {
    const text = '허이: CZ는 기술과 전략, 나는 사용자와 마케팅을 맡는다.';
    const said: SearchableRecord = { line: 1, endLine: 1, text: 'CZ는 기술과 전략, 나는 사용자와 마케팅을 맡는다.', question: null, context: null, speaker: 'He Yi', asker: null, section: null, topics: [] };
    expect(accountSentences(text, 1, ['record'], [said]).missed).toEqual([]);
    // the words of the turn are still checked
    expect(accountSentences(text, 1, ['record'], [{ ...said, text: 'CZ는 기술과 전략.' }]).missed).toHaveLength(1);
  });
});

describe('linesWithLostWords', () => {
  it('reads a record of many lines in order, and still finds the one line whose word it lost', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `${String(i).padStart(6, '0')} reading ${i % 7}`);
    rows[1500] = 'an odd marginal note';
    const body = rows.join('\n');
    const text = rows.filter((_, i) => i !== 1500).join(' ') + ' an odd';
    const rec: SearchableRecord = { line: 1, endLine: rows.length, text, question: null, context: null, speaker: null, asker: null, section: null, topics: [] };
    expect(linesWithLostWords(body, 1, rows.map(() => 'record'), [rec])).toEqual([1500]);
  });
});
