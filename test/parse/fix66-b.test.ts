/**
 * Q&As and panels, fix66-b: a title's "the X Trust's new chair" names where the person works, and
 * the one the standfirst names in that role answers (the one it has putting the questions asks);
 * the person a standfirst says answers ("Bankole did most of the talking", "Coyle answers") gives
 * the unnamed "A:" answers; a moderator's prompt with no question mark put to a panellist by name
 * ("Peter, you've called that a scandal.") is answered by that panellist; a question put to the
 * whole panel is answered by each panellist in turn.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; text: string };
const OWN = join(FIXTURES, 'fix66', 'b');
const PROBE = join(FIXTURES, 'probe54', 'c');
const qas = (records: Rec[]) => records.filter((r) => r.type === 'qa');

describe("an organisation's possessive before a role in a Q&A's title", () => {
  it('credits the standfirst\'s chair, not the trust, and the one it says put the questions', () => {
    const records = fixtureCorpus(OWN, ['harbour-trust-no-front-matter.md']).records as Rec[];
    const answers = qas(records);
    expect(answers).toHaveLength(10);
    for (const r of answers) expect(r).toMatchObject({ speaker: 'Fenella Achterberg', asker: 'Rowan Pyke' });
  });

  it('in other words: "the club\'s first head coach, NAME," and "Interview by"', () => {
    const records = fixtureCorpus(OWN, ['rowing-club-coach-questions.md']).records as Rec[];
    const answers = qas(records);
    expect(answers.map((r) => r.line)).toEqual([7, 11, 15]);
    for (const r of answers) expect(r).toMatchObject({ speaker: 'Marta Quillfeather', asker: 'Dylan Orme' });
  });
});

describe('the answerer a standfirst names for unnamed "A:" answers', () => {
  it('"Bankole did most of the talking; where Strand answered, her name is given"', () => {
    const records = qas(fixtureCorpus(PROBE, ['seedbank-blockquote-qa.md']).records as Rec[]);
    expect(records.find((r) => r.line === 7)).toMatchObject({ speaker: 'Oyelowo Bankole', asker: 'Tamsin Greaves' });
    expect(records.find((r) => r.line === 17)).toMatchObject({ speaker: 'Oyelowo Bankole', asker: 'Tamsin Greaves' });
    // unchanged: the named answers
    expect(records.filter((r) => r.line === 11).map((r) => r.speaker)).toEqual(['Linnea Strand', 'Oyelowo Bankole']);
    expect(records.find((r) => r.line === 25)?.speaker).toBe('Linnea Strand');
  });

  it('in other words: "Ruairi Coyle answers; where Dahl spoke, her name is given"', () => {
    const records = qas(fixtureCorpus(OWN, ['bakery-cooperative-qa.md']).records as Rec[]);
    expect(records.map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [7, 'Ruairi Coyle', 'Ines Kalder'],
      [11, 'Sunniva Dahl', 'Ines Kalder'],
      [15, 'Ruairi Coyle', 'Ines Kalder'],
    ]);
  });
});

describe('a panel', () => {
  it('a prompt with no question mark put to the panellist who answers next', () => {
    const records = fixtureCorpus(PROBE, ['library-futures-panel-2025.txt']).records as Rec[];
    expect(records.find((r) => r.line === 18)).toMatchObject({ type: 'qa', speaker: 'Peter Vance', asker: 'Harriet Ojukwu' });
    // the reply of another panellist to that answer is no answer to the prompt
    expect(records.find((r) => r.line === 22)).toMatchObject({ type: 'quote', speaker: 'Desmond Fairclough' });
  });

  it('an audience question put to the whole panel is answered by each panellist in turn, not the chair', () => {
    const records = fixtureCorpus(PROBE, ['library-futures-panel-2025.txt']).records as Rec[];
    const round = qas(records).filter((r) => r.line === 46);
    // (Peter Vance's bare "Yes." in the round answers it too: fix67-b)
    expect(round.map((r) => r.speaker)).toEqual(['Ana Lucía Beltrán', 'Peter Vance', 'Yuki Harrowgate', 'Desmond Fairclough']);
    for (const r of round) expect(r.asker).toBe('Colin Atherley');
    expect(records.find((r) => r.line === 58)).toMatchObject({ type: 'quote', speaker: 'Harriet Ojukwu' });
  });

  it('in other words: "Nadia, you have argued …", "Tobias, you\'ve said …", "Would all of you back …?"', () => {
    const records = fixtureCorpus(OWN, ['harbour-housing-panel.txt']).records as Rec[];
    expect(records.find((r) => r.line === 15)).toMatchObject({ type: 'qa', speaker: 'Nadia Salib', asker: 'Miriam Tobbs' });
    expect(records.find((r) => r.line === 19)).toMatchObject({ type: 'quote', speaker: 'Tobias Wren' });
    expect(records.find((r) => r.line === 21)).toMatchObject({ type: 'qa', speaker: 'Tobias Wren', asker: 'Miriam Tobbs' });
    expect(qas(records).filter((r) => r.line === 27).map((r) => r.speaker)).toEqual(['Nadia Salib', 'Tobias Wren', 'Grace Ellery']);
    expect(records.find((r) => r.line === 35)).toMatchObject({ type: 'quote', speaker: 'Miriam Tobbs' });
  });
});
