/**
 * The sentence check leaves out back-channel filler only where a record's
 * lines include it (an "Uh-huh." inside an answer joined across it): a
 * filler line outside every record is a turn whose words search cannot find,
 * and the check must say so.
 */
import { describe, expect, it } from 'vitest';
import { accountSentences, type SearchableRecord } from '../../src/load/sentences.js';
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

  it('is the label of the turn whose speaker or asker it names: the title, its role, is set aside with it', () => {
    const qa: SearchableRecord = { ...quote(4, 'Lena Vogt', 'Cash rose to 80 million.'), question: 'How much of that is restricted?', asker: 'Ravi Menon' };
    const acc = accountSentences(call, 1, call.split('\n').map((l) => (l.trim() ? 'record' : null)), [quote(1, 'Lena Vogt', 'Cash rose to 80 million.'), qa]);
    // Ines Alba's line heads no record of hers: its words are reported.
    expect(acc.missed).toEqual([{ line: 7, text: 'Ines Alba, Chair of the Audit Committee' }]);
  });

  it('is a sentence when no record citing it has that speaker', () => {
    const acc = accountSentences(call, 1, call.split('\n').map((l) => (l.trim() ? 'record' : null)), [quote(1, 'Someone Else', 'Cash rose to 80 million.')]);
    expect(acc.missed.map((m) => m.line)).toContain(1);
  });
});

describe('a line that opens with a direction in capitals, or a label with a note', () => {
  const talk = ['PRESENTER: Do you still bake on Sundays?', '', 'IVO KARLSSON, BAKER OF LUND (through interpreter): (LAUGHS) Every Sunday. The ovens never rest.'].join('\n');
  const answer: SearchableRecord = { ...rec(1, 3, 'Every Sunday. The ovens never rest.', 'Do you still bake on Sundays?'), speaker: 'Ivo Karlsson', asker: 'Presenter' };

  it('reads only the words, so a sentence in a record is not reported missing', () => {
    const acc = accountSentences(talk, 1, talk.split('\n').map((l) => (l.trim() ? 'record' : null)), [answer]);
    expect(acc.missed).toEqual([]);
    expect(acc.inRecords).toBe(3);
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
