/**
 * News, fix88-a: a quoted question standing alone as its paragraph, the reply in the next one, is
 * an exchange (asker whom the text says asked, speaker who replies); facial verbs before a colon
 * ("grinned:", "smiled:", "beamed:") frame a quotation; "pal" is a person word; a verb and its
 * object before "in a statement:" frame the quotation; "X told the court two members of staff had
 * …" (a count in words opening the clause) is X's claim.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string };

describe('the sweep probe88-b', () => {
  const records = fixtureCorpus(join(FIXTURES, 'probe88', 'b'), ['court.txt', 'match.txt', 'tabloid.txt', 'trade.txt']).records as Rec[];
  const of = (doc: string, line: number, type: string) => records.find((r) => r.doc === doc && r.line === line && r.type === type);

  it('reads a lone question and the reply below it as a qa', () => {
    expect(of('court', 22, 'qa')).toMatchObject({ speaker: 'Margaret Oyelaran', asker: 'defence counsel', endLine: 24, question: expect.stringMatching(/^Did anyone other/), text: expect.stringMatching(/^Not in any detail/) });
    expect(of('court', 22, 'quote')).toBeUndefined();
    expect(of('court', 24, 'quote')).toBeUndefined();
    expect(of('match', 24, 'qa')).toMatchObject({ speaker: 'Stuart Keane', asker: null, endLine: 26, question: expect.stringMatching(/^Are Rovers/) });
  });

  it('reads the small attribution shapes', () => {
    expect(of('tabloid', 22, 'quote')?.speaker).toBe('Darren Pickles');
    expect(of('tabloid', 12, 'quote')?.speaker).toBe('a pal of the couple');
    expect(of('trade', 25, 'quote')?.speaker).toBe('Severnside Paper');
    expect(records.find((r) => r.doc === 'court' && r.line === 16 && r.type === 'claim' && r.text.startsWith('She told the court'))?.speaker).toBe('Margaret Oyelaran');
  });
});

describe('documents of fix88-a', () => {
  const records = fixtureCorpus(join(FIXTURES, 'fix88', 'a'), ['inquest.txt', 'gig.txt', 'count.txt']).records as Rec[];
  const of = (doc: string, line: number, type: string) => records.find((r) => r.doc === doc && r.line === line && r.type === type);

  it('pairs each lone question with the reply, its asker as the text gives it', () => {
    expect(of('inquest', 12, 'qa')).toMatchObject({ speaker: 'Owen Pritchard', asker: "the family's barrister", endLine: 14 });
    expect(of('inquest', 18, 'qa')).toMatchObject({ speaker: 'Gwen Talbot', asker: 'the coroner', endLine: 20 });
    expect(of('gig', 18, 'qa')).toMatchObject({ speaker: 'Sean Doyle', asker: null, endLine: 20, question: 'Will there be more dates next year?' });
    // the question's own paragraph framing it as asked ("She was asked by …:", "Asked by …:"), the
    // frame kept in the question so that its words stay searchable
    expect(of('count', 8, 'qa')).toMatchObject({ speaker: 'Ruth Akers', asker: 'the returning officer', endLine: 10, question: 'She was asked by the returning officer: "Do you want a recount?"' });
    expect(of('count', 12, 'qa')).toMatchObject({ speaker: 'Ruth Akers', asker: 'a local reporter', endLine: 14 });
  });

  it('reads facial verbs, "pal", a verb with an object before "in a letter:", and a count opening a told clause', () => {
    expect(of('inquest', 22, 'quote')?.speaker).toBe('Gwen Talbot');
    expect(of('gig', 10, 'quote')?.speaker).toBe('Mia Larkin');
    expect(of('gig', 12, 'quote')?.speaker).toBe('a pal of the band');
    expect(of('inquest', 24, 'quote')?.speaker).toBe('Carreg Stone');
    expect(of('gig', 24, 'quote')?.speaker).toBe('Kirkgate Ales');
    expect(records.find((r) => r.doc === 'inquest' && r.line === 8 && r.text.startsWith('He told the inquest'))?.speaker).toBe('Owen Pritchard');
  });
});
